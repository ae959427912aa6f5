// Reading a frozen model: name, levels, nodes (tags, funding) and edges.
#include <algorithm>
#include <string_view>

#include "internal.hpp"

namespace {
using impactgraph::NodeIndex;

void require_node(const ig_model* m, std::size_t node, const char* function) {
  ig_capi::require_index(node, m->model.node_count(), function, "node");
}
}  // namespace

extern "C" {

ig_status ig_model_name(const char** out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = ig_capi::cstr(m->model.name());
  });
}

ig_status ig_model_level_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.levels().size();
  });
}

ig_status ig_model_level(const char** out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const auto levels = m->model.levels();
    IG_REQUIRE_INDEX(index, levels.size());
    *out = levels[index].c_str();
  });
}

ig_status ig_model_find_level(size_t* out, const ig_model* m, const char* name) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    IG_REQUIRE(name);
    const auto found = m->model.level_index(name);
    if (!found) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no level \"") + name + "\"");
    *out = *found;
  });
}

ig_status ig_model_node_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.node_count();
  });
}

ig_status ig_model_node(ig_node* out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_node, in_edge_count);
    IG_REQUIRE(m);
    IG_REQUIRE_INDEX(index, m->model.node_count());
    const auto n = m->model.node(static_cast<NodeIndex>(index));
    const auto out_edges = m->model.out_edges(static_cast<NodeIndex>(index));
    ig_node r{};
    r.index = index;
    r.id = ig_capi::cstr(n.id());
    r.level = ig_capi::cstr(n.level());
    r.level_index = n.level_index();
    r.label = ig_capi::cstr(n.label());
    r.description = ig_capi::cstr(n.description());
    r.start = ig_capi::cstr(n.start());
    r.end = ig_capi::cstr(n.end());
    r.tag_count = n.tag_count();
    r.funding_count = n.funding_count();
    r.out_edge_count = out_edges.second - out_edges.first;
    r.in_edge_count = m->model.in_edges(static_cast<NodeIndex>(index)).size();
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_find_node(size_t* out, const ig_model* m, const char* id) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    IG_REQUIRE(id);
    const auto found = m->model.find_node(id);
    if (!found) ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function, std::string("no node \"") + id + "\"");
    *out = *found;
  });
}

ig_status ig_model_node_tag(const char** key_out, const char** value_out, const ig_model* m, size_t node,
                            size_t tag_index) {
  IG_GUARDED([&] {
    IG_REQUIRE(key_out);
    IG_REQUIRE(value_out);
    IG_REQUIRE(m);
    require_node(m, node, ig_function);
    const auto n = m->model.node(static_cast<NodeIndex>(node));
    IG_REQUIRE_INDEX(tag_index, n.tag_count());
    const auto tag = n.tag(tag_index);
    *key_out = ig_capi::cstr(tag.first);
    *value_out = ig_capi::cstr(tag.second);
  });
}

ig_status ig_model_node_tag_value(const char** out, const ig_model* m, size_t node, const char* key) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    IG_REQUIRE(key);
    require_node(m, node, ig_function);
    const auto n = m->model.node(static_cast<NodeIndex>(node));
    const auto value = n.tag(std::string_view(key));
    if (!value)
      ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function,
                    "node \"" + std::string(n.id()) + "\" has no tag \"" + std::string(key) + "\"");
    *out = ig_capi::cstr(*value);
  });
}

ig_status ig_model_node_funding(ig_funding* out, const ig_model* m, size_t node, size_t funding_index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_funding, period);
    IG_REQUIRE(m);
    require_node(m, node, ig_function);
    const auto n = m->model.node(static_cast<NodeIndex>(node));
    IG_REQUIRE_INDEX(funding_index, n.funding_count());
    const impactgraph::FundingRef f = n.funding(funding_index);
    ig_funding r{};
    r.amount = f.amount;
    r.currency = ig_capi::cstr(f.currency);
    r.source = ig_capi::cstr(f.source);
    r.period = ig_capi::cstr(f.period);
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_edge_count(size_t* out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    *out = m->model.edge_count();
  });
}

ig_status ig_model_edge(ig_edge* out, const ig_model* m, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_edge, evidence);
    IG_REQUIRE(m);
    IG_REQUIRE_INDEX(index, m->model.edge_count());
    const auto e = m->model.edge(static_cast<impactgraph::EdgeIndex>(index));
    const auto range = e.weight_range();
    const auto confidence = e.confidence();
    ig_edge r{};
    r.index = index;
    r.from = e.source();
    r.to = e.target();
    r.from_id = ig_capi::cstr(m->model.node(e.source()).id());
    r.to_id = ig_capi::cstr(m->model.node(e.target()).id());
    r.weight = e.weight();
    r.has_weight_range = range ? 1 : 0;
    r.weight_min = range ? (*range)[0] : r.weight;
    r.weight_max = range ? (*range)[1] : r.weight;
    r.has_confidence = confidence ? 1 : 0;
    r.confidence = confidence.value_or(0.0);
    r.assumption = ig_capi::cstr(e.assumption());
    r.evidence = static_cast<ig_evidence>(e.evidence());
    ig_capi::fill(out, r);
  });
}

ig_status ig_model_out_edges(size_t* first_out, size_t* last_out, const ig_model* m, size_t node) {
  IG_GUARDED([&] {
    IG_REQUIRE(first_out);
    IG_REQUIRE(last_out);
    IG_REQUIRE(m);
    require_node(m, node, ig_function);
    const auto range = m->model.out_edges(static_cast<NodeIndex>(node));
    *first_out = range.first;
    *last_out = range.second;
  });
}

ig_status ig_model_in_edge_count(size_t* out, const ig_model* m, size_t node) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    require_node(m, node, ig_function);
    *out = m->model.in_edges(static_cast<NodeIndex>(node)).size();
  });
}

ig_status ig_model_in_edge(size_t* out, const ig_model* m, size_t node, size_t in_index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    require_node(m, node, ig_function);
    const auto in = m->model.in_edges(static_cast<NodeIndex>(node));
    IG_REQUIRE_INDEX(in_index, in.size());
    *out = in[in_index];
  });
}

ig_status ig_model_topological_order(size_t* nodes, size_t capacity, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(nodes);
    IG_REQUIRE(m);
    const auto order = m->model.topological_order();
    if (capacity < order.size())
      ig_capi::fail(IG_ERROR_BUFFER_TOO_SMALL, ig_function,
                    "argument 'capacity' is " + std::to_string(capacity) + "; the order has " +
                        std::to_string(order.size()) + " nodes");
    std::copy(order.begin(), order.end(), nodes);
  });
}

}  // extern "C"
