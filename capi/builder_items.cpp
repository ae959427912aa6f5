// The in-memory builder: indicators (with targets), geographies and observations.
#include "builder.hpp"

namespace {

std::vector<std::string> strings(const char* const* items, std::size_t count, const char* function,
                                 const char* name) {
  if (count > 0 && items == nullptr)
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                  std::string("argument 'target' has ") + name + " NULL with a count of " + std::to_string(count));
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t k = 0; k < count; ++k) {
    if (items[k] == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                    std::string("argument 'target' has ") + name + "[" + std::to_string(k) + "] NULL");
    out.emplace_back(items[k]);
  }
  return out;
}

}  // namespace

extern "C" {

ig_status ig_builder_add_indicator(ig_builder* b, const char* id, const char* node_id, const char* label) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    IG_REQUIRE(id);
    IG_REQUIRE(node_id);
    ig_capi::add_indexed(b->indicators, id, spec.indicators.size(),
                         [&] { b->builder.add_indicator(id, node_id, ig_capi::text(label)); });
  });
}

ig_status ig_builder_set_indicator_unit(ig_builder* b, const char* id, const char* unit) {
  IG_GUARDED([&] { ig_capi::indicator_of(b, id, ig_function).unit = ig_capi::text(unit); });
}

ig_status ig_builder_set_indicator_description(ig_builder* b, const char* id, const char* description) {
  IG_GUARDED([&] { ig_capi::indicator_of(b, id, ig_function).description = ig_capi::text(description); });
}

ig_status ig_builder_set_indicator_direction(ig_builder* b, const char* id, ig_direction direction) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    i.direction = ig_capi::enum_arg<impactgraph::Direction>(direction, IG_DIRECTION_DECREASE, ig_function, "direction");
  });
}

ig_status ig_builder_set_indicator_baseline(ig_builder* b, const char* id, const char* period, double value) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    IG_REQUIRE(period);
    i.baseline = impactgraph::Baseline{period, value};
  });
}

ig_status ig_builder_set_indicator_source(ig_builder* b, const char* id, const char* source) {
  IG_GUARDED([&] { ig_capi::indicator_of(b, id, ig_function).source = ig_capi::text(source); });
}

ig_status ig_builder_set_indicator_measure(ig_builder* b, const char* id, ig_measure measure) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    i.measure = ig_capi::enum_arg<impactgraph::Measure>(measure, IG_MEASURE_TEXT, ig_function, "measure");
  });
}

ig_status ig_builder_set_indicator_ratio(ig_builder* b, const char* id, const char* numerator,
                                         const char* denominator, double factor) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    IG_REQUIRE(numerator);
    IG_REQUIRE(denominator);
    std::string n = numerator, d = denominator;
    i.measure = impactgraph::Measure::ratio;
    i.numerator = std::move(n);
    i.denominator = std::move(d);
    i.factor = factor;
  });
}

ig_status ig_builder_set_indicator_scale(ig_builder* b, const char* id, double scale_min, double scale_max) {
  IG_GUARDED(
      [&] { ig_capi::indicator_of(b, id, ig_function).scale = std::array<double, 2>{scale_min, scale_max}; });
}

ig_status ig_builder_set_indicator_geo_aggregation(ig_builder* b, const char* id, ig_aggregation aggregation,
                                                   const char* geo_weight) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    const auto a =
        ig_capi::enum_arg<impactgraph::Aggregation>(aggregation, IG_AGGREGATION_LAST, ig_function, "aggregation");
    i.geo_weight = ig_capi::text(geo_weight);
    i.geo_aggregation = a;
  });
}

ig_status ig_builder_set_indicator_time_aggregation(ig_builder* b, const char* id, ig_aggregation aggregation) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    i.time_aggregation =
        ig_capi::enum_arg<impactgraph::Aggregation>(aggregation, IG_AGGREGATION_LAST, ig_function, "aggregation");
  });
}

ig_status ig_builder_set_indicator_weight(ig_builder* b, const char* id, double weight) {
  IG_GUARDED([&] { ig_capi::indicator_of(b, id, ig_function).weight = weight; });
}

ig_status ig_builder_add_indicator_target(ig_builder* b, const char* id, const ig_target* target) {
  IG_GUARDED([&] {
    impactgraph::IndicatorSpec& i = ig_capi::indicator_of(b, id, ig_function);
    IG_REQUIRE_STRUCT(target, ig_target, between_count);
    const ig_target in = ig_capi::read_struct(target, ig_target{});
    impactgraph::Target t;
    t.kind = ig_capi::enum_arg<impactgraph::TargetKind>(in.kind, IG_TARGET_DISPARITY, ig_function, "target->kind");
    t.period = ig_capi::text(in.period);
    t.base_period = ig_capi::text(in.base_period);
    if (in.has_value) t.value = in.value;
    t.op = ig_capi::text(in.op);
    t.geos = strings(in.geos, in.geo_count, ig_function, "geos");
    t.compare = ig_capi::text(in.compare);
    t.between = strings(in.between, in.between_count, ig_function, "between");
    i.targets.push_back(std::move(t));
  });
}

ig_status ig_builder_add_geography(ig_builder* b, const char* id, const char* name, const char* parent) {
  IG_GUARDED([&] {
    ig_capi::open_spec(b, ig_function);
    IG_REQUIRE(id);
    b->builder.add_geography(id, ig_capi::text(name), ig_capi::text(parent));
  });
}

ig_status ig_builder_add_observation(ig_builder* b, const ig_observation* observation) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    IG_REQUIRE_STRUCT(observation, ig_observation, status);
    const ig_observation in = ig_capi::read_struct(observation, ig_observation{});
    if (in.indicator_id == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function, "argument 'observation' has indicator_id NULL");
    if (in.geo_id == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function, "argument 'observation' has geo_id NULL");
    if (in.period == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function, "argument 'observation' has period NULL");
    impactgraph::ObservationSpec o;
    o.indicator = in.indicator_id;
    o.geo = in.geo_id;
    o.period = in.period;
    if (in.breakdown != nullptr) o.breakdown = in.breakdown;
    if (in.has_value) o.value = in.value;
    o.text = ig_capi::text(in.text);
    o.status = ig_capi::text(in.status);
    spec.observations.push_back(std::move(o));
  });
}

}  // extern "C"
