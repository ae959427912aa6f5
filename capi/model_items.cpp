// Reading a frozen model: indicators (with targets), geographies and observations.
#include <limits>

#include "internal.hpp"

extern "C" {

ig_status ig_model_indicator_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.indicators().size();
  });
}

ig_status ig_model_indicator(ig_indicator* out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_indicator, description);
    IG_REQUIRE(m);
    IG_REQUIRE_INDEX(index, m->model.indicators().size());
    const impactgraph::IndicatorSpec& i = m->model.indicators()[index];
    ig_indicator r{};
    r.index = index;
    r.id = i.id.c_str();
    r.node_id = i.node.c_str();
    r.node = m->model.find_node(i.node).value_or(static_cast<impactgraph::NodeIndex>(0));
    r.label = i.label.c_str();
    r.unit = i.unit.c_str();
    r.direction = static_cast<ig_direction>(i.direction);
    r.has_baseline = i.baseline ? 1 : 0;
    r.baseline_period = i.baseline ? i.baseline->period.c_str() : "";
    r.baseline_value = i.baseline ? i.baseline->value : 0.0;
    r.target_count = i.targets.size();
    r.source = i.source.c_str();
    r.measure = static_cast<ig_measure>(i.measure);
    r.numerator = i.numerator.c_str();
    r.denominator = i.denominator.c_str();
    r.factor = i.factor;
    r.has_scale = i.scale ? 1 : 0;
    r.scale_min = i.scale ? (*i.scale)[0] : 0.0;
    r.scale_max = i.scale ? (*i.scale)[1] : 0.0;
    r.geo_aggregation = static_cast<ig_aggregation>(i.geo_aggregation);
    r.geo_weight = i.geo_weight.c_str();
    r.time_aggregation = static_cast<ig_aggregation>(i.time_aggregation);
    r.weight = i.weight;
    r.description = i.description.c_str();
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_find_indicator(size_t* out, const ig_model* m, const char* id) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    IG_REQUIRE(id);
    const auto found = m->model.find_indicator(id);
    if (!found) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no indicator \"") + id + "\"");
    *out = *found;
  });
}

ig_status ig_model_indicator_target(ig_target* out, const ig_model* m, size_t indicator, size_t target_index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_target, between_count);
    IG_REQUIRE(m);
    IG_REQUIRE_INDEX(indicator, m->model.indicators().size());
    const auto& targets = m->model.indicators()[indicator].targets;
    IG_REQUIRE_INDEX(target_index, targets.size());
    const impactgraph::Target& t = targets[target_index];
    const std::size_t flat = m->target_offset[indicator] + target_index;
    const auto& geos = m->target_geos[flat];
    const auto& between = m->target_between[flat];
    ig_target r{};
    r.kind = static_cast<ig_target_kind>(t.kind);
    r.period = t.period.c_str();
    r.base_period = t.base_period.c_str();
    r.has_value = t.value ? 1 : 0;
    r.value = t.value.value_or(0.0);
    r.op = t.op.c_str();
    r.geos = geos.empty() ? nullptr : geos.data();
    r.geo_count = geos.size();
    r.compare = t.compare.c_str();
    r.between = between.empty() ? nullptr : between.data();
    r.between_count = between.size();
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_geography_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.geographies().size();
  });
}

ig_status ig_model_geography(ig_geography* out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_geography, parent);
    IG_REQUIRE(m);
    IG_REQUIRE_INDEX(index, m->model.geographies().size());
    const impactgraph::GeographySpec& g = m->model.geographies()[index];
    ig_geography r{};
    r.index = index;
    r.id = g.id.c_str();
    r.name = g.name.c_str();
    r.parent_id = g.parent.c_str();
    r.parent = IG_NO_INDEX;
    if (!g.parent.empty())
      if (const auto p = m->model.find_geography(g.parent)) r.parent = *p;
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_find_geography(size_t* out, const ig_model* m, const char* id) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    IG_REQUIRE(id);
    const auto found = m->model.find_geography(id);
    if (!found) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no geography \"") + id + "\"");
    *out = *found;
  });
}

ig_status ig_model_observation_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.observations().size();
  });
}

ig_status ig_model_observation(ig_observation* out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_observation, status);
    IG_REQUIRE(m);
    const auto table = m->model.observations();
    IG_REQUIRE_INDEX(index, table.size());
    const std::uint32_t indicator = table.indicator(index);
    const std::uint32_t geo = table.geo(index);
    ig_observation r{};
    r.index = index;
    r.indicator_id = m->model.indicators()[indicator].id.c_str();
    r.indicator = indicator;
    r.geo_id = m->model.geographies()[geo].id.c_str();
    r.geo = geo;
    r.period = m->period_text(table.period(index));
    r.breakdown = ig_capi::cstr(table.breakdown(index));
    r.has_value = table.has_value(index) ? 1 : 0;
    r.value = table.has_value(index) ? table.value(index) : std::numeric_limits<double>::quiet_NaN();
    r.text = ig_capi::cstr(table.text(index));
    r.status = ig_capi::cstr(table.status(index));
    ig_capi::fill(out, r);
  });
}

}  // extern "C"
