// Ratio measures: numerator / denominator * factor, where numerator and denominator are
// other indicators. A ratio never averages ratios: over periods and over a geography's
// children it divides the summed numerators by the summed denominators (each pair taken
// where both parts are observed). Formulas and a worked example: docs/aggregation.md.
#include <cmath>

#include "aggregate/pipeline.hpp"
#include "aggregate/rules.hpp"

namespace impactgraph::aggregate_detail {

namespace {

// A numerator-denominator pair per cell, combined by the ratio's time rule.
struct Pairs {
  std::vector<double> n, d;
  std::vector<std::uint8_t> flags;
  explicit Pairs(std::size_t cells) : n(cells, nan), d(cells, nan), flags(cells, 0) {}
  bool has(std::size_t cell) const noexcept { return !std::isnan(n[cell]); }
};

// sum, mean (and unspecified) add the parts; first, last take one pair; min, max the
// pair with the smallest or largest ratio.
void combine_pair(Aggregation rule, double& n, double& d, double n2, double d2, bool later) {
  if (std::isnan(n)) {
    n = n2;
    d = d2;
    return;
  }
  switch (rule) {
    case Aggregation::first:
      if (!later) n = n2, d = d2;
      return;
    case Aggregation::last:
      if (later) n = n2, d = d2;
      return;
    case Aggregation::min:
      if (n2 / d2 < n / d) n = n2, d = d2;
      return;
    case Aggregation::max:
      if (n2 / d2 > n / d) n = n2, d = d2;
      return;
    default:
      n += n2;
      d += d2;
  }
}

Aggregation pair_rule(const IndicatorSpec& spec) {
  // The ratio's own time rule; a mean of pairs is their sum (mean n / mean d = sum n / sum d).
  const Aggregation r = time_rule(spec);
  return r == Aggregation::mean ? Aggregation::sum : r;
}

}  // namespace

void fill_ratio(Context& c, std::uint32_t indicator, Series& s) {
  const Axes& a = c.axes;
  const IndicatorSpec& spec = c.model.indicators()[indicator];
  const auto num = c.model.find_indicator(spec.numerator);
  const auto den = c.model.find_indicator(spec.denominator);
  const Aggregation rule = pair_rule(spec);
  Pairs pairs(a.cells());

  if (num && den) {
    const ObservationTable obs = c.model.observations();
    const auto ns = sorted_series(c.model, c.groups, static_cast<std::uint32_t>(*num));
    const auto ds = sorted_series(c.model, c.groups, static_cast<std::uint32_t>(*den));
    std::vector<std::uint8_t> exact(a.cells(), 0);
    // Merge-join the two series on (geography, period): both are sorted that way.
    std::size_t i = 0, j = 0;
    while (i < ns.size() && j < ds.size()) {
      const auto ki = std::make_pair(obs.geo(ns[i]), obs.period(ns[i]));
      const auto kj = std::make_pair(obs.geo(ds[j]), obs.period(ds[j]));
      if (ki < kj) {
        ++i;
        continue;
      }
      if (kj < ki) {
        ++j;
        continue;
      }
      const std::uint32_t oi = ns[i++], oj = ds[j++];
      if (!obs.has_value(oi) || !obs.has_value(oj)) continue;
      const auto mapped = to_grain(ki.second, a.grain);
      if (!mapped) continue;
      const auto p = a.period_index(*mapped);
      if (!p) continue;
      const std::size_t cell = a.cell(ki.first, *p);
      if (*mapped == ki.second) {  // the pair at the cell's own period wins
        pairs.n[cell] = obs.value(oi);
        pairs.d[cell] = obs.value(oj);
        pairs.flags[cell] = value_ratio;
        exact[cell] = 1;
      } else if (!exact[cell]) {
        combine_pair(rule, pairs.n[cell], pairs.d[cell], obs.value(oi), obs.value(oj), true);
        pairs.flags[cell] = value_ratio | value_time_aggregated;
      }
    }
  }

  if (c.options.window > 1) {
    // The window over pairs: the same walk as apply_window, on both parts at once.
    Pairs out(a.cells());
    for (std::size_t g = 0; g < a.geo_count; ++g)
      for (std::size_t p = 0; p < a.period_count; ++p) {
        const Period here = a.periods[p];
        std::size_t used = 0;
        std::uint8_t flags = 0;
        const std::size_t cell = a.cell(g, p);
        for (std::size_t q = p + 1; q-- > 0;) {
          const Period there = a.periods[q];
          if (there.year < here.year - c.options.window) break;
          if (there.kind != here.kind || ordinal(there) <= ordinal(here) - c.options.window) continue;
          const std::size_t from = a.cell(g, q);
          if (!pairs.has(from)) continue;
          combine_pair(rule, out.n[cell], out.d[cell], pairs.n[from], pairs.d[from], false);
          flags = static_cast<std::uint8_t>(flags | pairs.flags[from]);
          ++used;
        }
        out.flags[cell] = used > 1 ? static_cast<std::uint8_t>(flags | value_time_aggregated) : flags;
      }
    pairs = std::move(out);
  }

  // Parents without a pair: the sums of their children's pairs.
  for (const std::uint32_t g : a.bottom_up) {
    const std::uint32_t first = a.child_begin[g], end = a.child_begin[g + 1];
    if (first == end) continue;
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const std::size_t cell = a.cell(g, p);
      if (pairs.has(cell)) continue;
      double n = 0.0, d = 0.0;
      std::uint32_t covered = 0;
      std::uint8_t flags = 0;
      for (std::uint32_t k = first; k < end; ++k) {
        const std::size_t child = a.cell(a.children[k], p);
        if (!pairs.has(child)) continue;
        n += pairs.n[child];
        d += pairs.d[child];
        flags = static_cast<std::uint8_t>(flags | pairs.flags[child]);
        ++covered;
      }
      if (covered == 0 || static_cast<double>(covered) / (end - first) + 1e-12 < c.options.geo_min_coverage) continue;
      pairs.n[cell] = n;
      pairs.d[cell] = d;
      pairs.flags[cell] = static_cast<std::uint8_t>(flags | value_geo_aggregated);
    }
  }

  // The ratio's own observations, where it has any, win over the computed value.
  fill_time(c, indicator, s);
  for (std::size_t cell = 0; cell < a.cells(); ++cell) {
    if (!std::isnan(s.value[cell]) || !pairs.has(cell) || pairs.d[cell] == 0.0) continue;
    s.value[cell] = pairs.n[cell] / pairs.d[cell] * spec.factor;
    s.flags[cell] = static_cast<std::uint8_t>(pairs.flags[cell] | value_ratio);
  }
}

}  // namespace impactgraph::aggregate_detail
