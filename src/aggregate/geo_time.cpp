// The time and geography stages of one indicator: observations onto the grid by the
// indicator's time rule (grain, window), then parents without a value from their children
// by its geography rule — one rule per axis, as DHIS2's aggregation types separate them.
// Observed values always win over aggregated ones. Formulas: docs/aggregation.md.
#include <algorithm>
#include <cmath>

#include "aggregate/pipeline.hpp"
#include "aggregate/rules.hpp"

namespace impactgraph::aggregate_detail {

void fill_time(const Context& c, std::uint32_t indicator, Series& s) {
  const Axes& a = c.axes;
  const ObservationTable obs = c.model.observations();
  const Aggregation rule = time_rule(c.model.indicators()[indicator]);
  if (a.all_exact) {
    // Every observation has a cell of its own period (keys are unique): no accumulating,
    // and no order needed.
    const auto geo = obs.geo_column();
    const auto per = obs.period_column();
    const auto val = obs.value_column();
    const auto bd = obs.breakdown_column();
    const ObservationGroups::Series series = c.groups.series(indicator);
    for (const std::uint32_t i : series.observations) {
      if (series.filter && bd[i] != series.breakdown) continue;
      const double v = val[i];
      if (std::isnan(v)) continue;
      const std::size_t cell = a.cell(geo[i], *a.place(per[i]).index);
      s.value[cell] = v;
      s.flags[cell] = value_observed;
    }
    if (c.options.window > 1) apply_window(a, c.options.window, rule, s);
    return;
  }
  std::vector<Accumulator> acc(a.period_count);
  std::vector<double> exact(a.period_count, nan);
  std::vector<std::uint32_t> touched;

  const auto flush = [&](std::uint32_t g) {
    for (const std::uint32_t p : touched) {
      const std::size_t cell = a.cell(g, p);
      if (!std::isnan(exact[p])) {
        s.value[cell] = exact[p];
        s.flags[cell] = value_observed;
      } else if (acc[p].count > 0) {
        s.value[cell] = acc[p].result(rule);
        s.flags[cell] = value_time_aggregated;
      }
      acc[p] = Accumulator{};
      exact[p] = nan;
    }
    touched.clear();
  };

  std::uint32_t current = 0;
  bool any = false;
  for (const std::uint32_t i : sorted_series(c.model, c.groups, indicator)) {  // by geography, then period
    if (!obs.has_value(i)) continue;
    const std::uint32_t g = obs.geo(i);
    if (any && g != current) flush(current);
    current = g;
    any = true;
    const auto [p, is_exact] = a.place(obs.period(i));
    if (!p) continue;
    touched.push_back(*p);
    if (is_exact)
      exact[*p] = obs.value(i);
    else
      acc[*p].add(obs.value(i));
  }
  if (any) flush(current);

  if (c.options.window > 1) apply_window(a, c.options.window, rule, s);
}

void apply_window(const Axes& a, int window, Aggregation rule, Series& s) {
  std::vector<double> out(a.period_count);
  std::vector<std::uint8_t> out_flags(a.period_count);
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const Period here = a.periods[p];
      const int last = ordinal(here);
      Accumulator acc;
      std::uint8_t flags = 0;
      // Back through the axis while the year can still be inside the window.
      for (std::size_t q = p + 1; q-- > 0;) {
        const Period there = a.periods[q];
        if (there.year < here.year - window) break;
        if (there.kind != here.kind || ordinal(there) <= last - window) continue;
        const std::size_t cell = a.cell(g, q);
        if (std::isnan(s.value[cell])) continue;
        acc.add_before(s.value[cell]);  // walking backwards: each value is earlier than the last
        flags = static_cast<std::uint8_t>(flags | s.flags[cell]);
      }
      out[p] = acc.count > 0 ? acc.result(rule) : nan;
      out_flags[p] = acc.count > 1 ? static_cast<std::uint8_t>(flags | value_time_aggregated) : flags;
    }
    for (std::size_t p = 0; p < a.period_count; ++p) {
      s.value[a.cell(g, p)] = out[p];
      s.flags[a.cell(g, p)] = out_flags[p];
    }
  }
}

void fill_geo(Context& c, std::uint32_t indicator, Series& s) {
  const Axes& a = c.axes;
  const IndicatorSpec& spec = c.model.indicators()[indicator];
  const Aggregation rule = geo_rule(spec);
  const Series* weights = nullptr;
  if (rule == Aggregation::weighted_mean)
    if (const auto w = c.model.find_indicator(spec.geo_weight)) weights = weight_series(c, static_cast<std::uint32_t>(*w));

  for (const std::uint32_t g : a.bottom_up) {
    const std::uint32_t first = a.child_begin[g], end = a.child_begin[g + 1];
    if (first == end) continue;
    const double n = static_cast<double>(end - first);
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const std::size_t cell = a.cell(g, p);
      if (!std::isnan(s.value[cell])) continue;
      GeoAccumulator acc;
      std::uint8_t flags = 0;
      for (std::uint32_t k = first; k < end; ++k) {
        const std::size_t child = a.cell(a.children[k], p);
        const double x = s.value[child];
        if (std::isnan(x)) continue;
        double w = 1.0;
        if (rule == Aggregation::weighted_mean) {
          w = weights && !weights->value.empty() ? weights->value[child] : nan;
          if (std::isnan(w)) continue;
        }
        acc.add(x, w);
        flags = static_cast<std::uint8_t>(flags | s.flags[child]);
      }
      if (acc.count == 0) continue;
      const double covered = static_cast<double>(acc.count) / n;
      if (covered + 1e-12 < c.options.geo_min_coverage) continue;
      if (rule == Aggregation::sum && acc.count < end - first) continue;  // a partial sum is no total
      const double v = acc.result(rule);
      if (std::isnan(v)) continue;
      s.value[cell] = v;
      s.flags[cell] = static_cast<std::uint8_t>((flags & ~value_observed) | value_geo_aggregated);
    }
  }
}

void raw_series(Context& c, std::uint32_t indicator, Series& s) {
  s.reset(c.axes.cells());
  if (c.model.indicators()[indicator].measure == Measure::ratio) {
    fill_ratio(c, indicator, s);
    return;
  }
  fill_time(c, indicator, s);
  fill_geo(c, indicator, s);
}

const Series* weight_series(Context& c, std::uint32_t indicator) {
  auto& slot = c.weight_cache[indicator];
  if (slot) return slot->value.empty() ? nullptr : &*slot;  // empty: being computed (weights in a cycle)
  slot.emplace();
  Series s;
  raw_series(c, indicator, s);
  c.weight_cache[indicator] = std::move(s);
  return &*c.weight_cache[indicator];
}

}  // namespace impactgraph::aggregate_detail
