// C ABI: influence among a node set (ig_influence).
#include <memory>

#include "analysis.hpp"

extern "C" {

ig_status ig_influence_options_init(ig_influence_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    ig_capi::init_options(options, struct_size, ig_influence_options IG_INFLUENCE_OPTIONS_INIT,
                          IG_V0_SIZE(ig_influence_options, sign_rule), ig_function);
  });
}

ig_status ig_influence_compute(ig_influence** out, const ig_model* m, const ig_node_selection* nodes,
                               const ig_influence_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const ig_influence_options o = ig_capi::read_options(options, ig_influence_options IG_INFLUENCE_OPTIONS_INIT,
                                                         IG_V0_SIZE(ig_influence_options, sign_rule), ig_function);
    ig_capi::require_enum(o.sign_rule, 2, ig_function, "options->sign_rule");
    const auto chosen = ig_capi::select(m->model, nodes, ig_function, "nodes");
    if (chosen.size() > impactgraph::max_influence_nodes)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'nodes' selects " + std::to_string(chosen.size()) + " nodes; influence takes at most " +
                        std::to_string(impactgraph::max_influence_nodes) + " (its matrices are dense)");
    impactgraph::InfluenceOptions io;
    io.sign_rule = static_cast<impactgraph::SignRule>(o.sign_rule);
    auto result = std::unique_ptr<ig_influence>(new ig_influence{m->model, {}});
    result->result = ig_capi::analysis([&] { return impactgraph::influence(m->model, chosen, io); });
    *out = result.release();
  });
}

ig_status ig_influence_node_count(size_t* out, const ig_influence* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->result.nodes.size();
  });
}

ig_status ig_influence_node_get(ig_influence_node* out, const ig_influence* r, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_influence_node, micmac);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->result.nodes.size());
    const impactgraph::InfluenceNode& n = r->result.nodes[index];
    ig_influence_node x{};
    x.node = n.node;
    x.node_id = ig_capi::cstr(r->model.node(n.node).id());
    x.influence = n.influence;
    x.dependence = n.dependence;
    x.net_influence = n.net_influence;
    x.net_dependence = n.net_dependence;
    x.micmac = static_cast<ig_micmac_class>(n.micmac);
    ig_capi::fill(out, x);
  });
}

ig_status ig_influence_pair_get(ig_influence_pair* out, const ig_influence* r, size_t from_index, size_t to_index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_influence_pair, trade_off);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(from_index, r->result.nodes.size());
    IG_REQUIRE_INDEX(to_index, r->result.nodes.size());
    const impactgraph::InfluencePair& p = r->result.pair(from_index, to_index);
    const impactgraph::NodeIndex from = r->result.nodes[from_index].node;
    const impactgraph::NodeIndex to = r->result.nodes[to_index].node;
    ig_influence_pair x{};
    x.from = from;
    x.to = to;
    x.from_id = ig_capi::cstr(r->model.node(from).id());
    x.to_id = ig_capi::cstr(r->model.node(to).id());
    x.first = p.first;
    x.second = p.second;
    x.total = p.total;
    x.synergy = p.synergy;
    x.trade_off = p.trade_off;
    ig_capi::fill(out, x);
  });
}

ig_status ig_influence_means(double* mean_influence, double* mean_dependence, const ig_influence* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(r);
    if (mean_influence) *mean_influence = r->result.mean_influence;
    if (mean_dependence) *mean_dependence = r->result.mean_dependence;
  });
}

void ig_influence_destroy(ig_influence** r) {
  if (r == nullptr) return;
  delete *r;
  *r = nullptr;
}

}  // extern "C"
