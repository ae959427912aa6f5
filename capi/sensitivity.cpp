// ig_sensitivity and its result handle: the summary, each unit's ranks, each varied
// input's Sobol indices and the run's notes. The handle keeps its model alive.
#include <cmath>
#include <limits>
#include <memory>

#include "aggregate_options.hpp"

struct ig_sensitivity_result {
  ig_sensitivity_result(impactgraph::Model m, impactgraph::SensitivityResult r)
      : model(std::move(m)), result(std::move(r)), period(result.period.str()) {}

  impactgraph::Model model;
  impactgraph::SensitivityResult result;
  std::string period;
};

extern "C" {

ig_status ig_sensitivity(ig_sensitivity_result** out, const ig_model* m, const ig_aggregate_options* options,
                         const ig_sensitivity_options* sensitivity_options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::AggregateOptions o = ig_capi::aggregate_options(options, ig_function);
    const impactgraph::SensitivityOptions so = ig_capi::sensitivity_options(sensitivity_options, ig_function);
    auto r = std::make_unique<ig_sensitivity_result>(
        m->model, ig_capi::options_checked(ig_function, [&] { return impactgraph::sensitivity(m->model, o, so); }));
    *out = r.release();
  });
}

void ig_sensitivity_result_destroy(ig_sensitivity_result** r) {
  if (r == nullptr) return;
  delete *r;
  *r = nullptr;
}

ig_status ig_sensitivity_result_summary(ig_sensitivity_summary* out, const ig_sensitivity_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_sensitivity_summary, output_variance);
    IG_REQUIRE(r);
    const impactgraph::SensitivityResult& x = r->result;
    ig_sensitivity_summary s{};
    s.target = x.target;
    s.target_id = ig_capi::cstr(r->model.node(x.target).id());
    s.period = r->period.c_str();
    s.runs = x.runs;
    s.unit_count = x.units.size();
    s.input_count = x.inputs.size();
    s.has_sobol = x.sobol.empty() ? 0 : 1;
    s.output_variance = x.output_variance;
    ig_capi::fill(out, s);
  });
}

ig_status ig_sensitivity_result_unit(ig_unit_ranks* out, const ig_sensitivity_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_unit_ranks, p95);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->result.units.size());
    const impactgraph::UnitRanks& u = r->result.units[index];
    ig_unit_ranks s{};
    s.geo = u.geo;
    s.geo_id = r->model.geographies()[u.geo].id.c_str();
    s.nominal_score = u.nominal_score;
    s.nominal_rank = u.nominal_rank;
    s.mean_rank = u.mean_rank;
    s.median_rank = u.median_rank;
    s.p05 = u.p05;
    s.p95 = u.p95;
    ig_capi::fill(out, s);
  });
}

ig_status ig_sensitivity_result_input(ig_sobol_index* out, const ig_sensitivity_result* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_sobol_index, total);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->result.inputs.size());
    ig_sobol_index s{};
    s.input = r->result.inputs[index].c_str();
    s.first_order = std::numeric_limits<double>::quiet_NaN();
    s.total = std::numeric_limits<double>::quiet_NaN();
    if (index < r->result.sobol.size()) {
      s.first_order = r->result.sobol[index].first_order;
      s.total = r->result.sobol[index].total;
    }
    ig_capi::fill(out, s);
  });
}

ig_status ig_sensitivity_result_diagnostics(ig_diagnostics** out, const ig_sensitivity_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    auto d = std::make_unique<ig_diagnostics>();
    d->items = r->result.diagnostics;
    *out = d.release();
  });
}

}  // extern "C"
