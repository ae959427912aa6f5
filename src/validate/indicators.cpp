// Measure consistency of each indicator: what its measure and aggregation need, and
// references to other indicators that cannot serve (itself, or a text indicator).
#include <fmt/format.h>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

// A numerator, denominator or geo_weight must be another indicator with numbers.
void numeric_reference(Context& c, std::size_t i, const std::string& ref, std::string_view field) {
  const ModelSpec& s = c.spec;
  const IndicatorSpec& x = s.indicators[i];
  if (ref.empty()) return;
  if (ref == x.id) {
    c.error(codes::bad_reference, fmt::format("indicator {} names itself as its {}", in_quotes(x.id), field), {x.id},
            Context::at(s.where.indicators, i, field));
    return;
  }
  const std::uint32_t k = c.indicator(ref);
  if (k != npos && s.indicators[k].measure == Measure::text)
    c.error(codes::bad_reference,
            fmt::format("indicator {} names text indicator {} as its {}; it needs numbers", in_quotes(x.id), in_quotes(ref),
                        field),
            {x.id, ref}, Context::at(s.where.indicators, i, field));
}

void missing(Context& c, std::size_t i, std::string_view field, std::string_view why) {
  const IndicatorSpec& x = c.spec.indicators[i];
  c.error(codes::missing_field, fmt::format("indicator {} {} but has no {}", in_quotes(x.id), why, field), {x.id},
          Context::at(c.spec.where.indicators, i, field));
}

}  // namespace

void check_measures(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.indicators.size(); ++i) {
    const IndicatorSpec& x = s.indicators[i];
    if (x.measure == Measure::ratio) {
      if (x.numerator.empty()) missing(c, i, "numerator", "is a ratio");
      if (x.denominator.empty()) missing(c, i, "denominator", "is a ratio");
      numeric_reference(c, i, x.numerator, "numerator");
      numeric_reference(c, i, x.denominator, "denominator");
    }
    if (x.measure == Measure::ordinal && !x.scale) missing(c, i, "scale", "is ordinal");
    if (x.geo_aggregation == Aggregation::weighted_mean && x.geo_weight.empty())
      missing(c, i, "geo_weight", "aggregates over geographies by weighted_mean");
    numeric_reference(c, i, x.geo_weight, "geo_weight");
    if (x.measure == Measure::text && x.baseline)
      c.error(codes::bad_value,
              fmt::format("indicator {} is a text measure and cannot have a numeric baseline", in_quotes(x.id)), {x.id},
              Context::at(s.where.indicators, i, "baseline"));
  }
}

}  // namespace impactgraph::validate_detail
