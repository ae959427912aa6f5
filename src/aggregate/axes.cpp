// The aggregation grid's axes: the geography hierarchy (children lists, a bottom-up order)
// and the period axis on the chosen grain; the deduplicated findings.
#include <algorithm>

#include <fmt/format.h>

#include "aggregate/pipeline.hpp"

namespace impactgraph::aggregate_detail {

std::optional<std::uint32_t> Axes::period_index(Period p) const noexcept {
  const auto it = std::lower_bound(periods.begin(), periods.end(), p);
  if (it == periods.end() || *it != p) return std::nullopt;
  return static_cast<std::uint32_t>(it - periods.begin());
}

std::optional<Period> to_grain(Period p, PeriodGrain grain) noexcept {
  switch (grain) {
    case PeriodGrain::as_observed: return p;
    case PeriodGrain::year: return Period{p.year, Period::Kind::year, 0};
    case PeriodGrain::quarter:
      if (p.kind == Period::Kind::year) return std::nullopt;
      if (p.kind == Period::Kind::quarter) return p;
      return Period{p.year, Period::Kind::quarter, static_cast<std::uint8_t>((p.sub - 1) / 3 + 1)};
  }
  return p;
}

int ordinal(Period p) noexcept {
  switch (p.kind) {
    case Period::Kind::year: return p.year;
    case Period::Kind::quarter: return p.year * 4 + p.sub - 1;
    case Period::Kind::month: return p.year * 12 + p.sub - 1;
  }
  return p.year;
}

Axes::Place Axes::place_slow(Period p) const noexcept {
  const auto mapped = to_grain(p, grain);
  if (!mapped) return {};
  return {period_index(*mapped), *mapped == p};
}

void Findings::merge(Findings&& other) {
  for (Diagnostic& d : other.items_) add(d.code, d.severity, std::move(d.message), std::move(d.ids));
  other.items_.clear();
  other.seen_.clear();
}

void Findings::add(std::string_view code, Severity severity, std::string message, std::vector<std::string> ids) {
  if (!seen_.emplace(std::string(code), ids.empty() ? std::string() : ids.front()).second) return;
  Diagnostic d;
  d.code = std::string(code);
  d.severity = severity;
  d.message = std::move(message);
  d.ids = std::move(ids);
  items_.push_back(std::move(d));
}

Axes make_axes(const Model& model, std::span<const Period> observed, PeriodGrain grain, Findings& findings) {
  Axes a;
  a.grain = grain;
  const auto geos = model.geographies();
  a.geo_count = geos.size();
  a.parent.assign(a.geo_count, -1);
  std::vector<std::uint32_t> count(a.geo_count + 1, 0);
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    if (geos[g].parent.empty()) continue;
    if (const auto p = model.find_geography(geos[g].parent)) {
      a.parent[g] = static_cast<std::int32_t>(*p);
      ++count[*p + 1];
    }
  }
  for (std::size_t g = 0; g < a.geo_count; ++g) count[g + 1] += count[g];
  a.child_begin = count;
  a.children.resize(count.back());
  for (std::size_t g = 0; g < a.geo_count; ++g)
    if (a.parent[g] >= 0) a.children[count[static_cast<std::size_t>(a.parent[g])]++] = static_cast<std::uint32_t>(g);

  // Post-order from every root (the model is validated: no geography cycle).
  a.bottom_up.reserve(a.geo_count);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;  // (geo, next child slot)
  for (std::size_t root = 0; root < a.geo_count; ++root) {
    if (a.parent[root] >= 0) continue;
    stack.emplace_back(static_cast<std::uint32_t>(root), a.child_begin[root]);
    while (!stack.empty()) {
      auto& [g, next] = stack.back();
      if (next < a.child_begin[g + 1]) {
        const std::uint32_t child = a.children[next++];
        stack.emplace_back(child, a.child_begin[child]);
      } else {
        a.bottom_up.push_back(g);
        stack.pop_back();
      }
    }
  }

  a.depth.assign(a.geo_count, 0);
  for (auto it = a.bottom_up.rbegin(); it != a.bottom_up.rend(); ++it)  // parents before children
    if (a.parent[*it] >= 0) a.depth[*it] = a.depth[static_cast<std::size_t>(a.parent[*it])] + 1;

  std::size_t coarse = 0;
  for (const Period p : observed) {
    const auto mapped = to_grain(p, grain);
    if (!mapped) {
      ++coarse;
      continue;
    }
    if (a.periods.empty() || a.periods.back() != *mapped) a.periods.push_back(*mapped);
  }
  std::sort(a.periods.begin(), a.periods.end());
  a.periods.erase(std::unique(a.periods.begin(), a.periods.end()), a.periods.end());
  a.period_count = a.periods.size();

  // The observation periods' places, by table.
  if (!observed.empty()) {
    a.code = PeriodCode(observed.front().year, observed.back().year);
    a.code_place.assign(a.code.size, -1);
    for (const Period p : observed) {
      const auto mapped = to_grain(p, grain);
      const auto at = mapped ? a.period_index(*mapped) : std::nullopt;
      if (!at) {
        a.all_exact = false;
        continue;
      }
      const bool exact = *mapped == p;
      a.all_exact = a.all_exact && exact;
      a.code_place[a.code(p)] = exact ? static_cast<std::int32_t>(*at) : -2 - static_cast<std::int32_t>(*at);
    }
  }
  if (coarse > 0)
    findings.add(codes::coarse_period, Severity::warning,
                 fmt::format("{} observation period(s) are coarser than the {} grain; their observations are left out",
                             coarse, to_string(grain)),
                 {});
  return a;
}

}  // namespace impactgraph::aggregate_detail
