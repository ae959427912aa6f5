// Number checks: every number must be finite, and lie in its allowed range
// (docs/diagnostics.md, "out-of-range", lists the rules).
#include <fmt/format.h>

#include <cmath>

#include "validate/context.hpp"
#include "validate/items.hpp"

namespace impactgraph::validate_detail {

namespace {

// Reports a non-finite value ("the weight of edge ... is NaN"); returns whether it is finite.
template <class Item>
bool finite(Context& c, const Item& item, double value, std::string_view what, std::string_view field) {
  if (std::isfinite(value)) return true;
  c.error(codes::non_finite, fmt::format("{} of {} is {}", what, item.name(), number(value)), item.ids(),
          item.at(field));
  return false;
}

template <class Item>
void out_of_range(Context& c, const Item& item, std::string message, std::string_view field,
                  Severity severity = Severity::error) {
  c.report(codes::out_of_range, severity, std::move(message), item.ids(), item.at(field));
}

void edge_numbers(Context& c) {
  for (std::size_t i = 0; i < c.spec.edges.size(); ++i) {
    const EdgeItem item{c, i};
    const EdgeSpec& e = item.spec();
    const bool weight_ok = finite(c, item, e.weight, "the weight", "weight");
    if (e.weight_range) {
      const auto [lo, hi] = *e.weight_range;
      const bool lo_ok = finite(c, item, lo, "the weight range minimum", "weight_range[0]");
      const bool hi_ok = finite(c, item, hi, "the weight range maximum", "weight_range[1]");
      if (lo_ok && hi_ok && lo > hi)
        out_of_range(c, item,
                     fmt::format("the weight range of {} is [{}, {}]: its minimum is above its maximum", item.name(),
                                 number(lo), number(hi)),
                     "weight_range");
      else if (lo_ok && hi_ok && weight_ok && (e.weight < lo || e.weight > hi))
        out_of_range(c, item,
                     fmt::format("the weight {} of {} is outside its range [{}, {}]", number(e.weight), item.name(),
                                 number(lo), number(hi)),
                     "weight");
    }
    if (e.confidence && finite(c, item, *e.confidence, "the confidence", "confidence") &&
        (*e.confidence < 0.0 || *e.confidence > 1.0))
      out_of_range(c, item,
                   fmt::format("the confidence {} of {} is outside [0, 1]", number(*e.confidence), item.name()),
                   "confidence");
  }
}

void funding_numbers(Context& c) {
  for (std::size_t i = 0; i < c.spec.nodes.size(); ++i) {
    const NodeItem item{c, i};
    const auto& funding = item.spec().funding;
    for (std::size_t f = 0; f < funding.size(); ++f) {
      const double amount = funding[f].amount;
      if (std::isfinite(amount) && amount >= 0.0) continue;  // the common case: no field name to format
      const std::string field = fmt::format("funding[{}].amount", f);
      if (finite(c, item, amount, "a funding amount", field) && amount < 0.0)
        out_of_range(c, item, fmt::format("{} has a negative funding amount {}", item.name(), number(amount)), field);
    }
  }
}

// Whether an ordinal indicator's value lies on its scale; true when there is no usable scale.
bool on_scale(const IndicatorSpec& x, double value) {
  if (x.measure != Measure::ordinal || !x.scale) return true;
  const auto [lo, hi] = *x.scale;
  if (!std::isfinite(lo) || !std::isfinite(hi) || lo >= hi) return true;
  return value >= lo && value <= hi;
}

std::string scale_text(const IndicatorSpec& x) {
  return fmt::format("[{}, {}]", number((*x.scale)[0]), number((*x.scale)[1]));
}

void target_numbers(Context& c, const IndicatorItem& item) {
  const IndicatorSpec& x = item.spec();
  for (std::size_t t = 0; t < x.targets.size(); ++t) {
    const Target& target = x.targets[t];
    if (!target.value) continue;
    const std::string field = fmt::format("targets[{}].value", t);
    const double v = *target.value;
    const std::string what = fmt::format("the {} target value", to_string(target.kind));
    if (!finite(c, item, v, what, field)) continue;
    if ((target.kind == TargetKind::level || target.kind == TargetKind::threshold) && !on_scale(x, v))
      out_of_range(c, item,
                   fmt::format("{} {} of {} is outside its scale {}", what, number(v), item.name(), scale_text(x)),
                   field);
    // A change below -100 % is almost always a percentage written where a fraction belongs.
    if (target.kind == TargetKind::change && v < -1.0)
      out_of_range(c, item,
                   fmt::format("{} {} of {} is below -1 (-100 %); change values are fractions, e.g. -0.6 for -60 %",
                               what, number(v), item.name()),
                   field, Severity::warning);
  }
}

void indicator_numbers(Context& c) {
  for (std::size_t i = 0; i < c.spec.indicators.size(); ++i) {
    const IndicatorItem item{c, i};
    const IndicatorSpec& x = item.spec();
    if (finite(c, item, x.weight, "the weight", "weight") && x.weight < 0.0)
      out_of_range(c, item, fmt::format("{} has a negative weight {}", item.name(), number(x.weight)), "weight");
    if (finite(c, item, x.factor, "the factor", "factor") && x.measure == Measure::ratio && x.factor == 0.0)
      out_of_range(c, item, item.name() + " is a ratio with factor 0, which makes every value 0", "factor");
    if (x.scale) {
      const auto [lo, hi] = *x.scale;
      const bool lo_ok = finite(c, item, lo, "the scale minimum", "scale[0]");
      const bool hi_ok = finite(c, item, hi, "the scale maximum", "scale[1]");
      if (lo_ok && hi_ok && lo >= hi)
        out_of_range(c, item,
                     fmt::format("the scale {} of {} is empty: its minimum must be below its maximum", scale_text(x),
                                 item.name()),
                     "scale");
    }
    if (x.baseline && finite(c, item, x.baseline->value, "the baseline value", "baseline.value") &&
        !on_scale(x, x.baseline->value))
      out_of_range(c, item,
                   fmt::format("the baseline value {} of {} is outside its scale {}", number(x.baseline->value),
                               item.name(), scale_text(x)),
                   "baseline.value");
    target_numbers(c, item);
  }
}

void observation_numbers(Context& c) {
  for (std::size_t i = 0; i < c.spec.observations.size(); ++i) {
    const ObservationItem item{c, i};
    const auto& value = item.spec().value;
    if (!value || !finite(c, item, *value, "the value", "value")) continue;
    const std::uint32_t k = c.observation_indicator[i];
    if (k == npos || on_scale(c.spec.indicators[k], *value)) continue;
    out_of_range(c, item,
                 fmt::format("the value {} of {} is outside the scale {}", number(*value), item.name(),
                             scale_text(c.spec.indicators[k])),
                 "value");
  }
}

}  // namespace

void check_numbers(Context& c) {
  edge_numbers(c);
  funding_numbers(c);
  indicator_numbers(c);
  observation_numbers(c);
}

}  // namespace impactgraph::validate_detail
