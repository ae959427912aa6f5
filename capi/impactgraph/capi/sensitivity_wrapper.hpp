// impactgraph.hpp, part "sensitivity": ig::sensitivity and its options and result.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_SENSITIVITY_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_SENSITIVITY_WRAPPER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "aggregation_wrapper.hpp"
#include "sensitivity.h"

namespace ig {

namespace detail {
inline void destroy_sensitivity(ig_sensitivity_result** r) { ig_sensitivity_result_destroy(r); }
}  // namespace detail

/// Sensitivity options owning their lists (defaults as IG_SENSITIVITY_OPTIONS_INIT).
struct sensitivity_options {
  std::size_t samples = 100;
  std::uint64_t seed = 1;
  ig_weight_sampling weights = IG_WEIGHT_SAMPLING_UNIFORM;
  double weight_noise = 0.25;
  double dirichlet_concentration = 20.0;
  std::vector<ig_normalisation> normalisations;
  std::vector<ig_composite> methods;
  bool sobol = true;
  std::string target_node;
  std::string period;
};

/// The result of ig::sensitivity.
class sensitivity_result {
 public:
  explicit sensitivity_result(ig_sensitivity_result* owned) noexcept : h_(owned) {}
  const ig_sensitivity_result* get() const noexcept { return h_.get(); }

  ig_sensitivity_summary summary() const {
    ig_sensitivity_summary s = detail::sized<ig_sensitivity_summary>();
    check(ig_sensitivity_result_summary(&s, h_.get()));
    return s;
  }
  std::vector<ig_unit_ranks> units() const {
    std::vector<ig_unit_ranks> out(summary().unit_count, detail::sized<ig_unit_ranks>());
    for (std::size_t k = 0; k < out.size(); ++k) check(ig_sensitivity_result_unit(&out[k], h_.get(), k));
    return out;
  }
  std::vector<ig_sobol_index> inputs() const {
    std::vector<ig_sobol_index> out(summary().input_count, detail::sized<ig_sobol_index>());
    for (std::size_t k = 0; k < out.size(); ++k) check(ig_sensitivity_result_input(&out[k], h_.get(), k));
    return out;
  }
  std::vector<diagnostic> diagnostics() const {
    ig_diagnostics* d = nullptr;
    check(ig_sensitivity_result_diagnostics(&d, h_.get()));
    return ig::diagnostics(d).all();
  }

 private:
  detail::handle<ig_sensitivity_result, detail::destroy_sensitivity> h_;
};

/// Uncertainty and sensitivity analysis of a composite around `options`.
inline sensitivity_result sensitivity(const model& m, const aggregate_options& options,
                                      const sensitivity_options& so) {
  const detail::c_aggregate_options c(options);
  ig_sensitivity_options s = IG_SENSITIVITY_OPTIONS_INIT;
  s.samples = so.samples;
  s.seed = so.seed;
  s.weights = so.weights;
  s.weight_noise = so.weight_noise;
  s.dirichlet_concentration = so.dirichlet_concentration;
  s.normalisation_count = so.normalisations.size();
  s.normalisations = so.normalisations.data();
  s.method_count = so.methods.size();
  s.methods = so.methods.data();
  s.sobol = so.sobol ? 1 : 0;
  s.target_node = so.target_node.empty() ? nullptr : so.target_node.c_str();
  s.period = so.period.empty() ? nullptr : so.period.c_str();
  ig_sensitivity_result* r = nullptr;
  check(ig_sensitivity(&r, m.get(), c.get(), &s));
  return sensitivity_result(r);
}

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_SENSITIVITY_WRAPPER_HPP
