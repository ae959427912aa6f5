// ig_aggregate and its result handle: scores, indicator values, assessments, the period
// axis and the run's notes. The handle keeps its model alive, so the ids it lends (from
// the model) and the period texts (its own) stay valid until it is destroyed.
#include <algorithm>
#include <cmath>
#include <memory>

#include "aggregate_options.hpp"

struct ig_aggregate_result {
  ig_aggregate_result(impactgraph::Model m, impactgraph::AggregateResult r) : model(std::move(m)), result(std::move(r)) {
    for (const impactgraph::Period p : result.periods) period_text.push_back(p.str());
    for (const auto& a : result.assessments) assessment_period.push_back(a.period.str());
  }

  impactgraph::Model model;
  impactgraph::AggregateResult result;
  std::vector<std::string> period_text;      // per axis period
  std::vector<std::string> assessment_period; // per assessment (its own period, not the axis's)

  const char* period(impactgraph::Period p) const noexcept {
    const auto& axis = result.periods;
    const auto it = std::lower_bound(axis.begin(), axis.end(), p);
    return it != axis.end() && *it == p ? period_text[static_cast<std::size_t>(it - axis.begin())].c_str() : "";
  }
};

namespace {

const char* geo_id(const ig_aggregate_result* r, std::uint32_t g) { return r->model.geographies()[g].id.c_str(); }

// The indices of (geo id, period text) or a NOT_FOUND failure.
std::pair<std::uint32_t, impactgraph::Period> geo_period(const ig_aggregate_result* r, const char* geo,
                                                         const char* period, const char* function) {
  const auto g = r->model.find_geography(geo);
  if (!g) ig_capi::fail(IG_ERROR_NOT_FOUND, function, std::string("no geography \"") + geo + "\"");
  const auto p = impactgraph::Period::parse(period);
  if (!p) ig_capi::fail(IG_ERROR_NOT_FOUND, function, std::string("\"") + period + "\" is not a period");
  return {static_cast<std::uint32_t>(*g), *p};
}

}  // namespace

extern "C" {

ig_status ig_aggregate(ig_aggregate_result** out, const ig_model* m, const ig_aggregate_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::AggregateOptions o = ig_capi::aggregate_options(options, ig_function);
    auto r = std::make_unique<ig_aggregate_result>(
        m->model, ig_capi::options_checked(ig_function, [&] { return impactgraph::aggregate(m->model, o); }));
    *out = r.release();
  });
}

void ig_aggregate_result_destroy(ig_aggregate_result** r) {
  if (r == nullptr) return;
  delete *r;
  *r = nullptr;
}

ig_status ig_aggregate_result_score_count(size_t* out, const ig_aggregate_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->result.scores.size();
  });
}

ig_status ig_aggregate_result_score(ig_score* out, const ig_aggregate_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_score, imputed);
    IG_REQUIRE(r);
    const impactgraph::ScoreTable& t = r->result.scores;
    IG_REQUIRE_INDEX(index, t.size());
    ig_score s{};
    s.node = t.node(index);
    s.node_id = ig_capi::cstr(r->model.node(t.node(index)).id());
    s.geo = t.geo(index);
    s.geo_id = geo_id(r, t.geo(index));
    s.period = r->period(t.period(index));
    s.value = t.value(index);
    s.has_value = std::isnan(s.value) ? 0 : 1;
    s.coverage = t.coverage(index);
    s.imputed = t.imputed(index) ? 1 : 0;
    ig_capi::fill(out, s);
  });
}

ig_status ig_aggregate_result_find_score(size_t* out, const ig_aggregate_result* r, const char* node_id,
                                         const char* geo_id, const char* period) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    IG_REQUIRE(node_id);
    IG_REQUIRE(geo_id);
    IG_REQUIRE(period);
    const auto v = r->model.find_node(node_id);
    if (!v) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no node \"") + node_id + "\"");
    const auto [g, p] = geo_period(r, geo_id, period, ig_function);
    const auto row = r->result.scores.find(*v, g, p);
    if (!row) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, "no score of that node, geography and period");
    *out = *row;
  });
}

ig_status ig_aggregate_result_value_count(size_t* out, const ig_aggregate_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->result.values.size();
  });
}

ig_status ig_aggregate_result_value(ig_indicator_value* out, const ig_aggregate_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_indicator_value, flags);
    IG_REQUIRE(r);
    const impactgraph::IndicatorValues& t = r->result.values;
    IG_REQUIRE_INDEX(index, t.size());
    ig_indicator_value v{};
    v.indicator = t.indicator(index);
    v.indicator_id = r->model.indicators()[t.indicator(index)].id.c_str();
    v.geo = t.geo(index);
    v.geo_id = geo_id(r, t.geo(index));
    v.period = r->period(t.period(index));
    v.value = t.value(index);
    v.normalised = t.normalised(index);
    v.has_normalised = std::isnan(v.normalised) ? 0 : 1;
    v.flags = t.flags(index);
    ig_capi::fill(out, v);
  });
}

ig_status ig_aggregate_result_find_value(size_t* out, const ig_aggregate_result* r, const char* indicator_id,
                                         const char* geo_id, const char* period) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    IG_REQUIRE(indicator_id);
    IG_REQUIRE(geo_id);
    IG_REQUIRE(period);
    const auto i = r->model.find_indicator(indicator_id);
    if (!i) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no indicator \"") + indicator_id + "\"");
    const auto [g, p] = geo_period(r, geo_id, period, ig_function);
    const auto row = r->result.values.find(static_cast<std::uint32_t>(*i), g, p);
    if (!row) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, "no value of that indicator, geography and period");
    *out = *row;
  });
}

ig_status ig_aggregate_result_assessment_count(size_t* out, const ig_aggregate_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->result.assessments.size();
  });
}

ig_status ig_aggregate_result_assessment(ig_assessment* out, const ig_aggregate_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_assessment, status);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->result.assessments.size());
    const impactgraph::Assessment& a = r->result.assessments[index];
    const impactgraph::IndicatorSpec& x = r->model.indicators()[a.indicator];
    ig_assessment s{};
    s.indicator = a.indicator;
    s.indicator_id = x.id.c_str();
    s.node_id = x.node.c_str();
    s.geo = a.geo;
    s.geo_id = geo_id(r, a.geo);
    s.period = r->assessment_period[index].c_str();
    s.breakdown = a.breakdown.c_str();
    s.text = a.text.c_str();
    s.status = a.status.c_str();
    ig_capi::fill(out, s);
  });
}

ig_status ig_aggregate_result_period_count(size_t* out, const ig_aggregate_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->period_text.size();
  });
}

ig_status ig_aggregate_result_period(const char** out, const ig_aggregate_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->period_text.size());
    *out = r->period_text[index].c_str();
  });
}

ig_status ig_aggregate_result_diagnostics(ig_diagnostics** out, const ig_aggregate_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    auto d = std::make_unique<ig_diagnostics>();
    d->items = r->result.diagnostics;
    *out = d.release();
  });
}

}  // extern "C"
