// The C option structs of aggregation and sensitivity as the C++ options: struct_size
// honoured (fields beyond the caller's size take their defaults), enums range-checked.
#include <string>

#include "aggregate_options.hpp"

namespace ig_capi {

namespace {

template <class E>
E enum_in(int value, int last, const char* function, const char* what) {
  if (value < 0 || value > last)
    fail(IG_ERROR_INVALID_ARGUMENT, function, std::string(what) + " is " + std::to_string(value) + ", not a value of its enumeration");
  return static_cast<E>(value);
}

impactgraph::NormalisationSpec spec_of(const ig_normalisation_spec* in, const char* function, const char* name) {
  const ig_normalisation_spec defaults = IG_NORMALISATION_SPEC_INIT;
  require_struct(in, IG_V0_SIZE(ig_normalisation_spec, scale), function, name);
  const ig_normalisation_spec c = read_struct(in, defaults);
  impactgraph::NormalisationSpec s;
  s.method = enum_in<impactgraph::Normalisation>(c.method, IG_NORMALISATION_NONE, function, "normalisation method");
  s.across_periods = c.across_periods != 0;
  s.by_level = c.by_level != 0;
  s.lower = c.lower;
  s.upper = c.upper;
  if (c.has_goalposts) s.goalposts = std::array<double, 2>{c.goal_low, c.goal_high};
  s.truncate = c.truncate != 0;
  s.mean = c.mean;
  s.sd = c.sd;
  if (c.has_target) s.target = c.target;
  s.cap = c.cap != 0;
  s.reference_geo = text(c.reference_geo);
  s.base_period = text(c.base_period);
  s.scale = c.scale;
  return s;
}

template <class T>
void require_array(const T* p, std::size_t n, const char* function, const char* name) {
  if (n > 0 && p == nullptr)
    fail(IG_ERROR_INVALID_ARGUMENT, function, std::string("argument 'options' has ") + name + " NULL with a non-zero count");
}

std::vector<std::string> strings(const char* const* items, std::size_t n, const char* function, const char* name) {
  require_array(items, n, function, name);
  std::vector<std::string> out;
  for (std::size_t k = 0; k < n; ++k) {
    if (items[k] == nullptr) fail(IG_ERROR_INVALID_ARGUMENT, function, std::string(name) + "[" + std::to_string(k) + "] is NULL");
    out.emplace_back(items[k]);
  }
  return out;
}

}  // namespace

impactgraph::AggregateOptions aggregate_options(const ig_aggregate_options* options, const char* function) {
  impactgraph::AggregateOptions o;
  if (options == nullptr) return o;
  const ig_aggregate_options defaults = IG_AGGREGATE_OPTIONS_INIT;
  require_struct(options, IG_V0_SIZE(ig_aggregate_options, periods), function, "options");
  const ig_aggregate_options c = read_struct(options, defaults);

  if (c.normalisation) o.normalisation = spec_of(c.normalisation, function, "options->normalisation");
  require_array(c.indicator_normalisation_ids, c.indicator_normalisation_count, function, "indicator_normalisation_ids");
  require_array(c.indicator_normalisations, c.indicator_normalisation_count, function, "indicator_normalisations");
  const auto ids = strings(c.indicator_normalisation_ids, c.indicator_normalisation_count, function,
                           "indicator_normalisation_ids");
  for (std::size_t k = 0; k < ids.size(); ++k)
    o.indicator_normalisation.emplace_back(ids[k],
                                           spec_of(c.indicator_normalisations[k], function, "indicator_normalisations[k]"));

  o.outliers.method = enum_in<impactgraph::OutlierTreatment>(c.outliers, IG_OUTLIERS_LOG, function, "outliers");
  o.outliers.winmax = c.winmax;
  o.outliers.skew = c.skew_threshold;
  o.outliers.kurtosis = c.kurtosis_threshold;
  o.outliers.log_fallback = c.log_fallback != 0;
  o.imputation.method = enum_in<impactgraph::Imputation>(c.imputation, IG_IMPUTATION_GROUP_MEAN, function, "imputation");
  o.imputation.max_gap = c.max_gap;
  o.method.method = enum_in<impactgraph::CompositeMethod>(c.method, IG_COMPOSITE_MEDIAN, function, "method");
  o.method.p = c.p;
  const auto nodes = strings(c.node_method_ids, c.node_method_count, function, "node_method_ids");
  require_array(c.node_methods, c.node_method_count, function, "node_methods");
  for (std::size_t k = 0; k < nodes.size(); ++k)
    o.node_methods.emplace_back(
        nodes[k], impactgraph::NodeMethod{
                      enum_in<impactgraph::CompositeMethod>(c.node_methods[k], IG_COMPOSITE_MEDIAN, function, "node_methods[k]"),
                      c.node_p ? c.node_p[k] : c.p});
  o.min_coverage = c.min_coverage;
  o.negative_weights =
      enum_in<impactgraph::NegativeWeights>(c.negative_weights, IG_NEGATIVE_WEIGHTS_INVERT, function, "negative_weights");
  o.breakdown = c.breakdown ? std::string(c.breakdown) : std::string("T");
  o.grain = enum_in<impactgraph::PeriodGrain>(c.grain, IG_PERIOD_GRAIN_QUARTER, function, "grain");
  o.window = c.window;
  o.geo_min_coverage = c.geo_min_coverage;
  o.geos = strings(c.geos, c.geo_count, function, "geos");
  o.periods = strings(c.periods, c.period_count, function, "periods");
  return o;
}

impactgraph::SensitivityOptions sensitivity_options(const ig_sensitivity_options* options, const char* function) {
  impactgraph::SensitivityOptions o;
  if (options == nullptr) return o;
  const ig_sensitivity_options defaults = IG_SENSITIVITY_OPTIONS_INIT;
  require_struct(options, IG_V0_SIZE(ig_sensitivity_options, period), function, "sensitivity_options");
  const ig_sensitivity_options c = read_struct(options, defaults);
  o.samples = c.samples;
  o.seed = c.seed;
  o.weights = enum_in<impactgraph::WeightSampling>(c.weights, IG_WEIGHT_SAMPLING_DIRICHLET, function, "weights");
  o.weight_noise = c.weight_noise;
  o.dirichlet_concentration = c.dirichlet_concentration;
  require_array(c.normalisations, c.normalisation_count, function, "normalisations");
  for (std::size_t k = 0; k < c.normalisation_count; ++k)
    o.normalisations.push_back(
        enum_in<impactgraph::Normalisation>(c.normalisations[k], IG_NORMALISATION_NONE, function, "normalisations[k]"));
  require_array(c.methods, c.method_count, function, "methods");
  for (std::size_t k = 0; k < c.method_count; ++k)
    o.methods.push_back(enum_in<impactgraph::CompositeMethod>(c.methods[k], IG_COMPOSITE_MEDIAN, function, "methods[k]"));
  o.sobol = c.sobol != 0;
  o.target_node = text(c.target_node);
  o.period = text(c.period);
  return o;
}

}  // namespace ig_capi
