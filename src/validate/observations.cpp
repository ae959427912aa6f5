// Observation checks: the value's kind matches the indicator's measure, and no two
// observations share (indicator, geo, period, breakdown).
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "validate/context.hpp"
#include "validate/items.hpp"

namespace impactgraph::validate_detail {

namespace {

void value_kinds(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.observations.size(); ++i) {
    const ObservationSpec& o = s.observations[i];
    const std::uint32_t k = c.observation_indicator[i];
    if (k == npos) continue;
    const bool text = s.indicators[k].measure == Measure::text;
    if (text && o.value)
      c.error(codes::bad_value,
              fmt::format("{} has a numeric value, but {} is a text measure (put the assessment in text)",
                          ObservationItem{c, i}.name(), in_quotes(o.indicator)),
              {o.indicator, o.geo}, Context::at(s.where.observations, i, "value"));
    if (!text && !o.text.empty())
      c.error(codes::bad_value,
              fmt::format("{} has text, but {} is a {} measure (only text measures take text)",
                          ObservationItem{c, i}.name(), in_quotes(o.indicator), to_string(s.indicators[k].measure)),
              {o.indicator, o.geo}, Context::at(s.where.observations, i, "text"));
  }
}

// Sorting indices by key puts repeats side by side: O(n log n) string comparisons.
void duplicate_keys(Context& c) {
  const ModelSpec& s = c.spec;
  const auto key = [&](std::uint32_t i) {
    const ObservationSpec& o = s.observations[i];
    return std::tie(o.indicator, o.geo, o.period, o.breakdown);
  };
  std::vector<std::uint32_t> order(s.observations.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto ka = key(a), kb = key(b);
    return ka < kb || (ka == kb && a < b);
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (repeat, first)
  for (std::size_t k = 1, first = 0; k < order.size(); ++k) {
    if (key(order[k]) == key(order[first]))
      repeats.emplace_back(order[k], order[first]);
    else
      first = k;
  }
  std::sort(repeats.begin(), repeats.end());
  for (const auto& [repeat, first] : repeats) {
    const ObservationSpec& o = s.observations[repeat];
    c.error(codes::duplicate_observation,
            fmt::format("{} is given twice ({} and {})", ObservationItem{c, repeat}.name(),
                        Context::place(s.where.observations, first, "observations"),
                        Context::place(s.where.observations, repeat, "observations")),
            {o.indicator, o.geo}, Context::at(s.where.observations, repeat, "period"));
  }
}

}  // namespace

void check_observations(Context& c) {
  value_kinds(c);
  duplicate_keys(c);
}

}  // namespace impactgraph::validate_detail
