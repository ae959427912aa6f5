// The aggregation's enumeration names and parsers, and its option defaults.
#include <cstring>

#include "aggregate_options.hpp"

namespace {

namespace ig = impactgraph;

static_assert(IG_NORMALISATION_NONE == static_cast<int>(ig::Normalisation::none));
static_assert(IG_COMPOSITE_MEDIAN == static_cast<int>(ig::CompositeMethod::median));
static_assert(IG_OUTLIERS_LOG == static_cast<int>(ig::OutlierTreatment::log));
static_assert(IG_IMPUTATION_GROUP_MEAN == static_cast<int>(ig::Imputation::group_mean));
static_assert(IG_NEGATIVE_WEIGHTS_INVERT == static_cast<int>(ig::NegativeWeights::invert));
static_assert(IG_PERIOD_GRAIN_QUARTER == static_cast<int>(ig::PeriodGrain::quarter));
static_assert(IG_WEIGHT_SAMPLING_DIRICHLET == static_cast<int>(ig::WeightSampling::dirichlet));
static_assert(IG_VALUE_LOG_TRANSFORMED == ig::value_log_transformed && IG_VALUE_OBSERVED == ig::value_observed);

// The C++ names are string literals, so their views are NUL-terminated.
template <class E>
const char* name(int value, int last) noexcept {
  if (value < 0 || value > last) return "";
  const std::string_view v = ig::to_string(static_cast<E>(value));
  return v.empty() ? "" : v.data();
}

template <class E, class Parse>
ig_status parse(E* out, const char* word, Parse p, const char* function) {
  const char* const ig_function = function;
  return ig_capi::guard([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(word);
    const auto found = p(word);
    if (!found) ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function, std::string("unknown word \"") + word + "\"");
    *out = static_cast<E>(*found);
  });
}

template <class T>
ig_status init(T* options, std::size_t struct_size, std::size_t v0, const T& defaults, const char* function) {
  const char* const ig_function = function;
  return ig_capi::guard([&] {
    IG_REQUIRE(options);
    if (struct_size < v0)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'struct_size' is " + std::to_string(struct_size) + ", less than the v0 struct");
    std::memset(static_cast<void*>(options), 0, struct_size);  // fields of a newer header: zero
    std::memcpy(static_cast<void*>(options), &defaults, struct_size < sizeof defaults ? struct_size : sizeof defaults);
    options->struct_size = struct_size;
  });
}

}  // namespace

extern "C" {

const char* ig_normalisation_name(ig_normalisation v) { return name<ig::Normalisation>(v, IG_NORMALISATION_NONE); }
const char* ig_composite_name(ig_composite v) { return name<ig::CompositeMethod>(v, IG_COMPOSITE_MEDIAN); }
const char* ig_outliers_name(ig_outliers v) { return name<ig::OutlierTreatment>(v, IG_OUTLIERS_LOG); }
const char* ig_imputation_name(ig_imputation v) { return name<ig::Imputation>(v, IG_IMPUTATION_GROUP_MEAN); }
const char* ig_negative_weights_name(ig_negative_weights v) {
  return name<ig::NegativeWeights>(v, IG_NEGATIVE_WEIGHTS_INVERT);
}
const char* ig_period_grain_name(ig_period_grain v) { return name<ig::PeriodGrain>(v, IG_PERIOD_GRAIN_QUARTER); }
const char* ig_weight_sampling_name(ig_weight_sampling v) {
  return name<ig::WeightSampling>(v, IG_WEIGHT_SAMPLING_DIRICHLET);
}

ig_status ig_normalisation_parse(ig_normalisation* out, const char* n) {
  return parse(out, n, ig::parse_normalisation, __func__);
}
ig_status ig_composite_parse(ig_composite* out, const char* n) {
  return parse(out, n, ig::parse_composite_method, __func__);
}
ig_status ig_outliers_parse(ig_outliers* out, const char* n) {
  return parse(out, n, ig::parse_outlier_treatment, __func__);
}
ig_status ig_imputation_parse(ig_imputation* out, const char* n) { return parse(out, n, ig::parse_imputation, __func__); }
ig_status ig_negative_weights_parse(ig_negative_weights* out, const char* n) {
  return parse(out, n, ig::parse_negative_weights, __func__);
}
ig_status ig_period_grain_parse(ig_period_grain* out, const char* n) {
  return parse(out, n, ig::parse_period_grain, __func__);
}
ig_status ig_weight_sampling_parse(ig_weight_sampling* out, const char* n) {
  return parse(out, n, ig::parse_weight_sampling, __func__);
}

ig_status ig_normalisation_spec_init(ig_normalisation_spec* spec, size_t struct_size) {
  const ig_normalisation_spec defaults = IG_NORMALISATION_SPEC_INIT;
  return init(spec, struct_size, IG_V0_SIZE(ig_normalisation_spec, scale), defaults, __func__);
}

ig_status ig_aggregate_options_init(ig_aggregate_options* options, size_t struct_size) {
  const ig_aggregate_options defaults = IG_AGGREGATE_OPTIONS_INIT;
  return init(options, struct_size, IG_V0_SIZE(ig_aggregate_options, periods), defaults, __func__);
}

ig_status ig_sensitivity_options_init(ig_sensitivity_options* options, size_t struct_size) {
  const ig_sensitivity_options defaults = IG_SENSITIVITY_OPTIONS_INIT;
  return init(options, struct_size, IG_V0_SIZE(ig_sensitivity_options, period), defaults, __func__);
}

}  // extern "C"
