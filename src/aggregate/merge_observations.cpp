// merge_observations: what an importer does with fetched data — revise the observations a
// spec has, append the others. Keys are looked up through a sorted permutation (4 bytes
// per observation), so millions of observations merge without a hash map of strings.
#include <algorithm>
#include <numeric>

#include "impactgraph/observations.hpp"

namespace impactgraph {

namespace {

std::string_view breakdown_of(const ObservationSpec& o) noexcept {
  return o.breakdown.empty() ? std::string_view("T") : std::string_view(o.breakdown);
}

// -1, 0, 1: parsed periods compare as periods and come before text that does not parse.
int compare_period(std::string_view a, std::string_view b) noexcept {
  const auto pa = Period::parse(a);
  const auto pb = Period::parse(b);
  if (pa && pb) return *pa < *pb ? -1 : (*pb < *pa ? 1 : 0);
  if (pa != pb) return pa ? -1 : 1;
  return a < b ? -1 : (b < a ? 1 : 0);
}

int compare_key(const ObservationSpec& a, const ObservationSpec& b) noexcept {
  if (const int c = a.indicator.compare(b.indicator)) return c;
  if (const int c = a.geo.compare(b.geo)) return c;
  if (const int c = compare_period(a.period, b.period)) return c;
  return breakdown_of(a).compare(breakdown_of(b));
}

bool same_content(const ObservationSpec& a, const ObservationSpec& b) noexcept {
  return a.value == b.value && a.text == b.text && a.status == b.status;
}

std::vector<std::uint32_t> sorted_order(std::span<const ObservationSpec> items) {
  std::vector<std::uint32_t> order(items.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return compare_key(items[a], items[b]) < 0; });
  return order;
}

}  // namespace

MergeCounts merge_observations(ModelSpec& spec, std::span<const ObservationSpec> incoming) {
  MergeCounts counts;
  // The last incoming observation of each key, in incoming order.
  std::vector<std::uint32_t> keep = sorted_order(incoming);
  {
    std::vector<std::uint32_t> last;
    for (std::size_t k = 0; k < keep.size(); ++k)
      if (k + 1 == keep.size() || compare_key(incoming[keep[k]], incoming[keep[k + 1]]) != 0) last.push_back(keep[k]);
    std::sort(last.begin(), last.end());
    keep = std::move(last);
  }

  const std::vector<std::uint32_t> existing = sorted_order(spec.observations);
  const std::size_t before = spec.observations.size();
  std::vector<std::uint32_t> appended;
  for (const std::uint32_t k : keep) {
    const ObservationSpec& in = incoming[k];
    const auto it = std::lower_bound(existing.begin(), existing.end(), in, [&](std::uint32_t i, const ObservationSpec& x) {
      return compare_key(spec.observations[i], x) < 0;
    });
    if (it != existing.end() && compare_key(spec.observations[*it], in) == 0) {
      ObservationSpec& have = spec.observations[*it];
      if (same_content(have, in)) {
        ++counts.unchanged;
      } else {
        have.value = in.value;
        have.text = in.text;
        have.status = in.status;
        ++counts.changed;
      }
    } else {
      appended.push_back(k);
    }
  }
  spec.observations.reserve(before + appended.size());
  for (const std::uint32_t k : appended) {
    spec.observations.push_back(incoming[k]);
    if (spec.observations.back().breakdown.empty()) spec.observations.back().breakdown.push_back('T');
  }
  if (!spec.where.observations.empty()) spec.where.observations.resize(spec.observations.size());
  counts.added = appended.size();
  return counts;
}

}  // namespace impactgraph
