// The in-memory builder: life cycle, name, levels, nodes and edges, validate, freeze.
#include <algorithm>
#include <memory>

#include "builder.hpp"

namespace ig_capi {

impactgraph::ModelSpec& open_spec(ig_builder* b, const char* function) {
  require(b, function, "b");
  if (b->sealed)
    fail(IG_ERROR_STATE, function,
         "the builder was frozen and is sealed; start a new one with ig_builder_create_from_model");
  return b->builder.spec();
}

impactgraph::NodeSpec& node_of(ig_builder* b, const char* id, const char* function) {
  impactgraph::ModelSpec& spec = open_spec(b, function);
  require(id, function, "id");
  const auto it = b->nodes.find(id);
  if (it == b->nodes.end()) fail(IG_ERROR_NOT_FOUND, function, std::string("no node \"") + id + "\" in the builder");
  return spec.nodes[it->second];
}

impactgraph::IndicatorSpec& indicator_of(ig_builder* b, const char* id, const char* function) {
  impactgraph::ModelSpec& spec = open_spec(b, function);
  require(id, function, "id");
  const auto it = b->indicators.find(id);
  if (it == b->indicators.end())
    fail(IG_ERROR_NOT_FOUND, function, std::string("no indicator \"") + id + "\" in the builder");
  return spec.indicators[it->second];
}

}  // namespace ig_capi

namespace {

std::string edge_key(const std::string& from, const std::string& to) { return from + '\0' + to; }

impactgraph::EdgeSpec& edge_of(ig_builder* b, const char* from, const char* to, const char* function) {
  impactgraph::ModelSpec& spec = ig_capi::open_spec(b, function);
  ig_capi::require(from, function, "from");
  ig_capi::require(to, function, "to");
  const auto it = b->edges.find(edge_key(from, to));
  if (it == b->edges.end())
    ig_capi::fail(IG_ERROR_NOT_FOUND, function,
                  std::string("no edge from \"") + from + "\" to \"" + to + "\" in the builder");
  return spec.edges[it->second];
}

// Indexes every item of a spec, later items shadowing earlier ones with the same id.
void index_all(ig_builder& b) {
  const impactgraph::ModelSpec& spec = b.builder.spec();
  for (std::size_t i = 0; i < spec.nodes.size(); ++i) b.nodes[spec.nodes[i].id] = i;
  for (std::size_t i = 0; i < spec.edges.size(); ++i) b.edges[edge_key(spec.edges[i].from, spec.edges[i].to)] = i;
  for (std::size_t i = 0; i < spec.indicators.size(); ++i) b.indicators[spec.indicators[i].id] = i;
}

}  // namespace

extern "C" {

ig_status ig_builder_create(ig_builder** out) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = new ig_builder();
  });
}

ig_status ig_builder_create_from_model(ig_builder** out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    auto b = std::make_unique<ig_builder>();
    b->builder = impactgraph::ModelBuilder(m->model.spec());
    index_all(*b);
    *out = b.release();
  });
}

void ig_builder_destroy(ig_builder** b) {
  if (b == nullptr) return;
  delete *b;
  *b = nullptr;
}

ig_status ig_builder_reserve(ig_builder* b, size_t nodes, size_t edges, size_t indicators, size_t observations) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    spec.nodes.reserve(nodes);
    spec.edges.reserve(edges);
    spec.indicators.reserve(indicators);
    spec.observations.reserve(observations);
    b->nodes.reserve(nodes);
    b->edges.reserve(edges);
    b->indicators.reserve(indicators);
  });
}

ig_status ig_builder_set_name(ig_builder* b, const char* name) {
  IG_GUARDED([&] { ig_capi::open_spec(b, ig_function).name = ig_capi::text(name); });
}

ig_status ig_builder_add_level(ig_builder* b, const char* level) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    IG_REQUIRE(level);
    spec.levels.emplace_back(level);
  });
}

ig_status ig_builder_add_node(ig_builder* b, const char* id, const char* level, const char* label) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    IG_REQUIRE(id);
    IG_REQUIRE(level);
    ig_capi::add_indexed(b->nodes, id, spec.nodes.size(),
                         [&] { b->builder.add_node(id, level, ig_capi::text(label)); });
  });
}

ig_status ig_builder_set_node_description(ig_builder* b, const char* id, const char* description) {
  IG_GUARDED([&] { ig_capi::node_of(b, id, ig_function).description = ig_capi::text(description); });
}

ig_status ig_builder_set_node_span(ig_builder* b, const char* id, const char* start, const char* end) {
  IG_GUARDED([&] {
    impactgraph::NodeSpec& n = ig_capi::node_of(b, id, ig_function);
    std::string s = ig_capi::text(start), e = ig_capi::text(end);
    n.start = std::move(s);
    n.end = std::move(e);
  });
}

ig_status ig_builder_set_node_tag(ig_builder* b, const char* id, const char* key, const char* value) {
  IG_GUARDED([&] {
    impactgraph::NodeSpec& n = ig_capi::node_of(b, id, ig_function);
    IG_REQUIRE(key);
    std::string v = ig_capi::text(value);
    const auto it = std::find_if(n.tags.begin(), n.tags.end(), [&](const auto& t) { return t.first == key; });
    if (it != n.tags.end())
      it->second = std::move(v);
    else
      n.tags.emplace_back(key, std::move(v));
  });
}

ig_status ig_builder_add_node_funding(ig_builder* b, const char* id, double amount, const char* currency,
                                      const char* source, const char* period) {
  IG_GUARDED([&] {
    impactgraph::NodeSpec& n = ig_capi::node_of(b, id, ig_function);
    n.funding.push_back(
        impactgraph::Funding{amount, ig_capi::text(currency), ig_capi::text(source), ig_capi::text(period)});
  });
}

ig_status ig_builder_add_edge(ig_builder* b, const char* from, const char* to, double weight) {
  IG_GUARDED([&] {
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    IG_REQUIRE(from);
    IG_REQUIRE(to);
    ig_capi::add_indexed(b->edges, edge_key(from, to), spec.edges.size(),
                         [&] { b->builder.add_edge(from, to, weight); });
  });
}

ig_status ig_builder_set_edge_range(ig_builder* b, const char* from, const char* to, double weight_min,
                                    double weight_max) {
  IG_GUARDED(
      [&] { edge_of(b, from, to, ig_function).weight_range = std::array<double, 2>{weight_min, weight_max}; });
}

ig_status ig_builder_set_edge_confidence(ig_builder* b, const char* from, const char* to, double confidence) {
  IG_GUARDED([&] { edge_of(b, from, to, ig_function).confidence = confidence; });
}

ig_status ig_builder_set_edge_assumption(ig_builder* b, const char* from, const char* to, const char* assumption) {
  IG_GUARDED([&] { edge_of(b, from, to, ig_function).assumption = ig_capi::text(assumption); });
}

ig_status ig_builder_set_edge_evidence(ig_builder* b, const char* from, const char* to, ig_evidence evidence) {
  IG_GUARDED([&] {
    impactgraph::EdgeSpec& e = edge_of(b, from, to, ig_function);
    e.evidence = ig_capi::enum_arg<impactgraph::Evidence>(evidence, IG_EVIDENCE_NONE, ig_function, "evidence");
  });
}

ig_status ig_builder_validate(ig_diagnostics** out, const ig_builder* b) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(b);
    if (b->sealed)
      ig_capi::fail(IG_ERROR_STATE, ig_function, "the builder was frozen and is sealed; validate the model instead");
    auto d = std::make_unique<ig_diagnostics>();
    d->items = b->builder.validate();
    *out = d.release();
  });
}

ig_status ig_builder_freeze(ig_model** out, ig_builder* b) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    const impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    auto m = std::make_unique<ig_model>(ig_capi::freeze(spec));
    // Seal: release the builder's data (none of this throws).
    b->builder = impactgraph::ModelBuilder();
    b->nodes.clear();
    b->edges.clear();
    b->indicators.clear();
    b->sealed = true;
    *out = m.release();
  });
}

}  // extern "C"
