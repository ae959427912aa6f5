// impactgraph.hpp, part "aggregation": ig::aggregate and its options and result.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_AGGREGATION_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_AGGREGATION_WRAPPER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model_wrapper.hpp"
#include "aggregation.h"

namespace ig {

/// A normalisation method and its parameters, owning its strings.
struct normalisation_spec {
  ig_normalisation method = IG_NORMALISATION_MINMAX;
  bool across_periods = false;
  bool by_level = false;
  double lower = 0.0, upper = 100.0;            // minmax
  std::optional<std::pair<double, double>> goalposts;
  bool truncate = true;
  double mean = 0.0, sd = 1.0;                  // zscore
  std::optional<double> target;                 // dist_to_target
  bool cap = false;
  std::string reference_geo;                    // dist_to_ref
  std::string base_period;                      // index
  double scale = 100.0;

  /// The C struct; its strings point into this object.
  ig_normalisation_spec c() const noexcept {
    ig_normalisation_spec s = IG_NORMALISATION_SPEC_INIT;
    s.method = method;
    s.across_periods = across_periods ? 1 : 0;
    s.by_level = by_level ? 1 : 0;
    s.lower = lower;
    s.upper = upper;
    s.has_goalposts = goalposts ? 1 : 0;
    if (goalposts) s.goal_low = goalposts->first, s.goal_high = goalposts->second;
    s.truncate = truncate ? 1 : 0;
    s.mean = mean;
    s.sd = sd;
    s.has_target = target ? 1 : 0;
    s.target = target.value_or(0.0);
    s.cap = cap ? 1 : 0;
    s.reference_geo = reference_geo.empty() ? nullptr : reference_geo.c_str();
    s.base_period = base_period.empty() ? nullptr : base_period.c_str();
    s.scale = scale;
    return s;
  }
};

/// Aggregation options owning their strings and lists (defaults as IG_AGGREGATE_OPTIONS_INIT).
struct aggregate_options {
  normalisation_spec normalisation;
  std::vector<std::pair<std::string, normalisation_spec>> indicator_normalisation;
  ig_outliers outliers = IG_OUTLIERS_NONE;
  int winmax = 5;
  double skew_threshold = 2.0, kurtosis_threshold = 3.5;
  bool log_fallback = true;
  ig_imputation imputation = IG_IMPUTATION_NONE;
  int max_gap = 0;
  ig_composite method = IG_COMPOSITE_ARITHMETIC;
  double p = 2.0;
  std::vector<std::pair<std::string, ig_composite>> node_methods;
  double min_coverage = 0.0;
  ig_negative_weights negative_weights = IG_NEGATIVE_WEIGHTS_EXCLUDE;
  std::string breakdown = "T";
  ig_period_grain grain = IG_PERIOD_GRAIN_AS_OBSERVED;
  int window = 1;
  double geo_min_coverage = 0.5;
  std::vector<std::string> geos, periods;
};

namespace detail {

/// The C view of an aggregate_options: pointer arrays into it, valid while both live.
class c_aggregate_options {
 public:
  explicit c_aggregate_options(const aggregate_options& o) {
    normalisation_ = o.normalisation.c();
    for (const auto& [id, spec] : o.indicator_normalisation) {
      ids_.push_back(id.c_str());
      specs_.push_back(spec.c());
    }
    for (const auto& spec : specs_) spec_ptrs_.push_back(&spec);
    for (const auto& [id, m] : o.node_methods) {
      node_ids_.push_back(id.c_str());
      node_methods_.push_back(m);
    }
    for (const auto& g : o.geos) geos_.push_back(g.c_str());
    for (const auto& p : o.periods) periods_.push_back(p.c_str());
    ig_aggregate_options c = IG_AGGREGATE_OPTIONS_INIT;
    c.normalisation = &normalisation_;
    c.indicator_normalisation_count = ids_.size();
    c.indicator_normalisation_ids = ids_.data();
    c.indicator_normalisations = spec_ptrs_.data();
    c.outliers = o.outliers;
    c.winmax = o.winmax;
    c.skew_threshold = o.skew_threshold;
    c.kurtosis_threshold = o.kurtosis_threshold;
    c.log_fallback = o.log_fallback ? 1 : 0;
    c.imputation = o.imputation;
    c.max_gap = o.max_gap;
    c.method = o.method;
    c.p = o.p;
    c.node_method_count = node_ids_.size();
    c.node_method_ids = node_ids_.data();
    c.node_methods = node_methods_.data();
    c.min_coverage = o.min_coverage;
    c.negative_weights = o.negative_weights;
    c.breakdown = o.breakdown.c_str();
    c.grain = o.grain;
    c.window = o.window;
    c.geo_min_coverage = o.geo_min_coverage;
    c.geo_count = geos_.size();
    c.geos = geos_.data();
    c.period_count = periods_.size();
    c.periods = periods_.data();
    c_ = c;
  }
  c_aggregate_options(const c_aggregate_options&) = delete;
  c_aggregate_options& operator=(const c_aggregate_options&) = delete;
  const ig_aggregate_options* get() const noexcept { return &c_; }

 private:
  ig_normalisation_spec normalisation_;
  std::vector<const char*> ids_;
  std::vector<ig_normalisation_spec> specs_;
  std::vector<const ig_normalisation_spec*> spec_ptrs_;
  std::vector<const char*> node_ids_;
  std::vector<ig_composite> node_methods_;
  std::vector<const char*> geos_, periods_;
  ig_aggregate_options c_;
};

inline void destroy_aggregate(ig_aggregate_result** r) { ig_aggregate_result_destroy(r); }

}  // namespace detail

/// The result of ig::aggregate: scores, indicator values, assessments. Read-only.
class aggregate_result {
 public:
  explicit aggregate_result(ig_aggregate_result* owned) noexcept : h_(owned) {}
  const ig_aggregate_result* get() const noexcept { return h_.get(); }

  std::size_t score_count() const { return count(ig_aggregate_result_score_count); }
  ig_score score(std::size_t i) const { return item<ig_score>(ig_aggregate_result_score, i); }
  std::optional<ig_score> find_score(const std::string& node, const std::string& geo, const std::string& period) const {
    return find<ig_score>(ig_aggregate_result_find_score, ig_aggregate_result_score, node, geo, period);
  }
  std::size_t value_count() const { return count(ig_aggregate_result_value_count); }
  ig_indicator_value value(std::size_t i) const { return item<ig_indicator_value>(ig_aggregate_result_value, i); }
  std::optional<ig_indicator_value> find_value(const std::string& indicator, const std::string& geo,
                                               const std::string& period) const {
    return find<ig_indicator_value>(ig_aggregate_result_find_value, ig_aggregate_result_value, indicator, geo, period);
  }
  std::size_t assessment_count() const { return count(ig_aggregate_result_assessment_count); }
  ig_assessment assessment(std::size_t i) const { return item<ig_assessment>(ig_aggregate_result_assessment, i); }
  std::vector<std::string_view> periods() const {
    std::vector<std::string_view> out(count(ig_aggregate_result_period_count));
    for (std::size_t k = 0; k < out.size(); ++k) {
      const char* s = nullptr;
      check(ig_aggregate_result_period(&s, h_.get(), k));
      out[k] = s;
    }
    return out;
  }
  std::vector<diagnostic> diagnostics() const {
    ig_diagnostics* d = nullptr;
    check(ig_aggregate_result_diagnostics(&d, h_.get()));
    return ig::diagnostics(d).all();
  }

 private:
  std::size_t count(ig_status (*f)(std::size_t*, const ig_aggregate_result*)) const {
    std::size_t n = 0;
    check(f(&n, h_.get()));
    return n;
  }
  template <class T>
  T item(ig_status (*f)(T*, const ig_aggregate_result*, std::size_t), std::size_t i) const {
    T value = detail::sized<T>();
    check(f(&value, h_.get(), i));
    return value;
  }
  template <class T>
  std::optional<T> find(ig_status (*f)(std::size_t*, const ig_aggregate_result*, const char*, const char*, const char*),
                        ig_status (*get)(T*, const ig_aggregate_result*, std::size_t), const std::string& a,
                        const std::string& b, const std::string& c) const {
    std::size_t i = 0;
    const ig_status s = f(&i, h_.get(), a.c_str(), b.c_str(), c.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return item<T>(get, i);
  }

  detail::handle<ig_aggregate_result, detail::destroy_aggregate> h_;
};

/// Aggregates `m` (docs/aggregation.md).
inline aggregate_result aggregate(const model& m, const aggregate_options& options = {}) {
  const detail::c_aggregate_options c(options);
  ig_aggregate_result* r = nullptr;
  check(ig_aggregate(&r, m.get(), c.get()));
  return aggregate_result(r);
}

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_AGGREGATION_WRAPPER_HPP
