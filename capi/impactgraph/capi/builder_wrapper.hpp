// impactgraph.hpp, part "builder": ig::builder, building a model in memory.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_BUILDER_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_BUILDER_WRAPPER_HPP

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>

#include "model_wrapper.hpp"
#include "builder.h"

namespace ig {

namespace detail {
using builder_handle = handle<ig_builder, ig_builder_destroy>;
}  // namespace detail

/// Builds a model in memory; freeze() seals it. One thread at a time.
class builder {
 public:
  builder() {
    ig_builder* b = nullptr;
    check(ig_builder_create(&b));
    h_ = detail::builder_handle(b);
  }
  explicit builder(ig_builder* owned) noexcept : h_(owned) {}
  static builder from_model(const model& m) {
    ig_builder* b = nullptr;
    check(ig_builder_create_from_model(&b, m.get()));
    return builder(b);
  }
  ig_builder* get() const noexcept { return h_.get(); }

  builder& reserve(std::size_t nodes, std::size_t edges, std::size_t indicators, std::size_t observations) {
    check(ig_builder_reserve(h_.get(), nodes, edges, indicators, observations));
    return *this;
  }
  builder& name(const std::string& name) { return run(ig_builder_set_name(h_.get(), name.c_str())); }
  builder& add_level(const std::string& level) { return run(ig_builder_add_level(h_.get(), level.c_str())); }

  builder& add_node(const std::string& id, const std::string& level, const std::string& label = {}) {
    return run(ig_builder_add_node(h_.get(), id.c_str(), level.c_str(), label.c_str()));
  }
  builder& node_description(const std::string& id, const std::string& description) {
    return run(ig_builder_set_node_description(h_.get(), id.c_str(), description.c_str()));
  }
  builder& node_span(const std::string& id, const std::string& start, const std::string& end) {
    return run(ig_builder_set_node_span(h_.get(), id.c_str(), start.c_str(), end.c_str()));
  }
  builder& node_tag(const std::string& id, const std::string& key, const std::string& value) {
    return run(ig_builder_set_node_tag(h_.get(), id.c_str(), key.c_str(), value.c_str()));
  }
  builder& node_funding(const std::string& id, double amount, const std::string& currency,
                        const std::string& source = {}, const std::string& period = {}) {
    return run(ig_builder_add_node_funding(h_.get(), id.c_str(), amount, currency.c_str(), source.c_str(),
                                           period.c_str()));
  }

  builder& add_edge(const std::string& from, const std::string& to, double weight = 1.0) {
    return run(ig_builder_add_edge(h_.get(), from.c_str(), to.c_str(), weight));
  }
  builder& edge_range(const std::string& from, const std::string& to, double weight_min, double weight_max) {
    return run(ig_builder_set_edge_range(h_.get(), from.c_str(), to.c_str(), weight_min, weight_max));
  }
  builder& edge_confidence(const std::string& from, const std::string& to, double confidence) {
    return run(ig_builder_set_edge_confidence(h_.get(), from.c_str(), to.c_str(), confidence));
  }
  builder& edge_assumption(const std::string& from, const std::string& to, const std::string& assumption) {
    return run(ig_builder_set_edge_assumption(h_.get(), from.c_str(), to.c_str(), assumption.c_str()));
  }
  builder& edge_evidence(const std::string& from, const std::string& to, ig_evidence evidence) {
    return run(ig_builder_set_edge_evidence(h_.get(), from.c_str(), to.c_str(), evidence));
  }

  builder& add_indicator(const std::string& id, const std::string& node_id, const std::string& label = {}) {
    return run(ig_builder_add_indicator(h_.get(), id.c_str(), node_id.c_str(), label.c_str()));
  }
  builder& indicator_unit(const std::string& id, const std::string& unit) {
    return run(ig_builder_set_indicator_unit(h_.get(), id.c_str(), unit.c_str()));
  }
  builder& indicator_description(const std::string& id, const std::string& description) {
    return run(ig_builder_set_indicator_description(h_.get(), id.c_str(), description.c_str()));
  }
  builder& indicator_direction(const std::string& id, ig_direction direction) {
    return run(ig_builder_set_indicator_direction(h_.get(), id.c_str(), direction));
  }
  builder& indicator_baseline(const std::string& id, const std::string& period, double value) {
    return run(ig_builder_set_indicator_baseline(h_.get(), id.c_str(), period.c_str(), value));
  }
  builder& indicator_source(const std::string& id, const std::string& source) {
    return run(ig_builder_set_indicator_source(h_.get(), id.c_str(), source.c_str()));
  }
  builder& indicator_measure(const std::string& id, ig_measure measure) {
    return run(ig_builder_set_indicator_measure(h_.get(), id.c_str(), measure));
  }
  builder& indicator_ratio(const std::string& id, const std::string& numerator, const std::string& denominator,
                           double factor = 1.0) {
    return run(ig_builder_set_indicator_ratio(h_.get(), id.c_str(), numerator.c_str(), denominator.c_str(), factor));
  }
  builder& indicator_scale(const std::string& id, double scale_min, double scale_max) {
    return run(ig_builder_set_indicator_scale(h_.get(), id.c_str(), scale_min, scale_max));
  }
  builder& indicator_geo_aggregation(const std::string& id, ig_aggregation aggregation,
                                     const std::string& geo_weight = {}) {
    return run(ig_builder_set_indicator_geo_aggregation(h_.get(), id.c_str(), aggregation, geo_weight.c_str()));
  }
  builder& indicator_time_aggregation(const std::string& id, ig_aggregation aggregation) {
    return run(ig_builder_set_indicator_time_aggregation(h_.get(), id.c_str(), aggregation));
  }
  builder& indicator_weight(const std::string& id, double weight) {
    return run(ig_builder_set_indicator_weight(h_.get(), id.c_str(), weight));
  }
  /// `target.struct_size` is set here; its strings are copied by the call.
  builder& add_target(const std::string& id, ig_target target) {
    target.struct_size = sizeof(ig_target);
    return run(ig_builder_add_indicator_target(h_.get(), id.c_str(), &target));
  }

  builder& add_geography(const std::string& id, const std::string& name = {}, const std::string& parent = {}) {
    return run(ig_builder_add_geography(h_.get(), id.c_str(), name.c_str(), parent.c_str()));
  }
  /// `observation.struct_size` is set here.
  builder& add_observation(ig_observation observation) {
    observation.struct_size = sizeof(ig_observation);
    return run(ig_builder_add_observation(h_.get(), &observation));
  }
  builder& add_observation(const std::string& indicator, const std::string& geo, const std::string& period,
                           std::optional<double> value, const std::string& breakdown = "T") {
    ig_observation o = detail::sized<ig_observation>();
    o.indicator_id = indicator.c_str();
    o.geo_id = geo.c_str();
    o.period = period.c_str();
    o.breakdown = breakdown.c_str();
    o.has_value = value ? 1 : 0;
    o.value = value ? *value : std::nan("");
    return run(ig_builder_add_observation(h_.get(), &o));
  }

  diagnostics validate() const {
    ig_diagnostics* d = nullptr;
    check(ig_builder_validate(&d, h_.get()));
    return diagnostics(d);
  }
  /// Validates and freezes; afterwards this builder is sealed.
  model freeze() {
    ig_model* m = nullptr;
    check(ig_builder_freeze(&m, h_.get()));
    return model(m);
  }

 private:
  builder& run(ig_status status) {
    check(status);
    return *this;
  }

  detail::builder_handle h_;
};

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_BUILDER_WRAPPER_HPP
