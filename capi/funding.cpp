// C ABI: funding flow (ig_funding_flows).
#include <memory>

#include "analysis.hpp"

namespace {

impactgraph::FundingOptions funding_options(const ig_funding_options* options, const char* function) {
  const ig_funding_options o = ig_capi::read_options(options, ig_funding_options IG_FUNDING_OPTIONS_INIT,
                                                     IG_V0_SIZE(ig_funding_options, period_count), function);
  ig_capi::require_enum(o.normalization, 2, function, "options->normalization");
  if (o.periods == nullptr && o.period_count > 0)
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "argument 'options' has periods but a NULL array");
  impactgraph::FundingOptions r;
  r.normalization = static_cast<impactgraph::Normalization>(o.normalization);
  r.group_by = ig_capi::text(o.group_by);
  for (std::size_t i = 0; i < o.period_count; ++i) {
    if (o.periods[i] == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                    "argument 'options': periods[" + std::to_string(i) + "] is NULL");
    r.periods.emplace_back(o.periods[i]);
  }
  return r;
}

ig_funding_flow flow(const ig_funding_flows* f, const impactgraph::FundingFlow& x) {
  ig_funding_flow r{};
  r.node = x.node;
  r.node_id = ig_capi::cstr(f->model.node(x.node).id());
  r.group = x.group.c_str();
  r.currency = x.currency.c_str();
  r.amount = x.amount;
  r.direct = x.direct;
  return r;
}

}  // namespace

extern "C" {

ig_status ig_funding_options_init(ig_funding_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    ig_capi::init_options(options, struct_size, ig_funding_options IG_FUNDING_OPTIONS_INIT,
                          IG_V0_SIZE(ig_funding_options, period_count), ig_function);
  });
}

ig_status ig_funding_flows_compute(ig_funding_flows** out, const ig_model* m, const ig_node_selection* nodes,
                                   const ig_funding_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::FundingOptions o = funding_options(options, ig_function);
    std::vector<impactgraph::NodeIndex> chosen;  // empty: every node
    if (nodes != nullptr) chosen = ig_capi::select(m->model, nodes, ig_function, "nodes");
    auto result = std::unique_ptr<ig_funding_flows>(new ig_funding_flows{m->model, {}});
    result->result = ig_capi::analysis([&] { return impactgraph::funding_flows(m->model, chosen, o); });
    *out = result.release();
  });
}

ig_status ig_funding_flows_count(size_t* out, const ig_funding_flows* f) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(f);
    *out = f->result.flows.size();
  });
}

ig_status ig_funding_flows_get(ig_funding_flow* out, const ig_funding_flows* f, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_funding_flow, direct);
    IG_REQUIRE(f);
    IG_REQUIRE_INDEX(index, f->result.flows.size());
    ig_capi::fill(out, flow(f, f->result.flows[index]));
  });
}

ig_status ig_funding_flows_total_count(size_t* out, const ig_funding_flows* f) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(f);
    *out = f->result.totals.size();
  });
}

ig_status ig_funding_flows_total(ig_funding_flow* out, const ig_funding_flows* f, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_funding_flow, direct);
    IG_REQUIRE(f);
    IG_REQUIRE_INDEX(index, f->result.totals.size());
    const impactgraph::FundingTotal& t = f->result.totals[index];
    ig_funding_flow r{};
    r.node = IG_NO_INDEX;
    r.node_id = "";
    r.group = t.group.c_str();
    r.currency = t.currency.c_str();
    r.amount = t.amount;
    r.direct = t.amount;
    ig_capi::fill(out, r);
  });
}

void ig_funding_flows_destroy(ig_funding_flows** f) {
  if (f == nullptr) return;
  delete *f;
  *f = nullptr;
}

}  // extern "C"
