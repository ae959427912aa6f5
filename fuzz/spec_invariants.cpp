#include "spec_invariants.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "fuzz_check.hpp"
#include "impactgraph/io.hpp"

namespace fuzz {

using namespace impactgraph;

namespace {

bool is_code(const std::string& code) {
  if (code.empty() || code.front() == '-' || code.back() == '-') return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

std::vector<Diagnostic> errors_of(std::vector<Diagnostic> all) {
  std::erase_if(all, [](const Diagnostic& d) { return d.severity != Severity::error; });
  return all;
}

}  // namespace

void check_refusal(const Error& error) {
  FUZZ_CHECK(!error.diagnostics().empty());
  for (const Diagnostic& d : error.diagnostics()) {
    FUZZ_CHECK(is_code(d.code));
    FUZZ_CHECK(d.severity == Severity::error);
    FUZZ_CHECK(!d.message.empty());
  }
  FUZZ_CHECK(error.what() != nullptr && *error.what() != '\0');
}

void check_model(const Model& model) {
  const std::size_t n = model.node_count(), m = model.edge_count();
  const auto order = model.topological_order();
  FUZZ_CHECK(order.size() == n);
  std::vector<std::size_t> position(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    FUZZ_CHECK(order[i] < n && position[order[i]] == n);  // a permutation
    position[order[i]] = i;
  }
  std::size_t in_total = 0;
  for (NodeIndex v = 0; v < n; ++v) {
    const auto [first, last] = model.out_edges(v);
    FUZZ_CHECK(first <= last && last <= m);
    for (EdgeIndex e = first; e < last; ++e) {
      const EdgeRef edge = model.edge(e);
      FUZZ_CHECK(edge.source() == v && edge.target() < n);
      FUZZ_CHECK(position[v] < position[edge.target()]);  // every edge goes forward
      FUZZ_CHECK(std::isfinite(edge.weight()));
    }
    for (EdgeIndex e : model.in_edges(v)) FUZZ_CHECK(e < m && model.edge(e).target() == v);
    in_total += model.in_edges(v).size();
    FUZZ_CHECK(model.find_node(model.node(v).id()) == std::optional<NodeIndex>(v));
  }
  FUZZ_CHECK(in_total == m);
  const ObservationTable obs = model.observations();
  for (std::size_t i = 0; i < obs.size(); ++i) {
    FUZZ_CHECK(obs.indicator(i) < model.indicators().size());
    FUZZ_CHECK(obs.geo(i) < model.geographies().size());
    FUZZ_CHECK(!obs.has_value(i) || std::isfinite(obs.value(i)));
  }
  FUZZ_CHECK(model.memory_bytes() > 0);
}

void check_spec(const ModelSpec& spec) {
  const std::vector<Diagnostic> found = validate(spec);
  FUZZ_CHECK(validate(spec) == found);  // deterministic
  for (const Diagnostic& d : found) FUZZ_CHECK(is_code(d.code) && !d.message.empty());
  const std::vector<Diagnostic> errors = errors_of(found);
  if (!errors.empty()) {
    try {
      (void)Model::freeze(spec);
      FUZZ_CHECK(!"freeze accepted a spec with validation errors");
    } catch (const Error& e) {
      FUZZ_CHECK(e.diagnostics() == errors);
    }
    return;
  }
  const Model model = Model::freeze(spec);  // must not throw: validate found no error
  check_model(model);

  // JSON round trip: exactly the same spec back.
  const std::string text = to_json(spec);
  ReadOptions generous;  // the written text may be longer or deeper than the input was
  generous.limits.max_file_bytes = std::size_t(-1);
  generous.limits.max_depth = 256;
  const ModelSpec back = read_json(text, "round-trip.json", generous);
  FUZZ_CHECK(back == spec);

  // The frozen model gives an equivalent spec (edges regrouped by source), stable from then on.
  const ModelSpec frozen = model.spec();
  FUZZ_CHECK(frozen.nodes == spec.nodes && frozen.observations == spec.observations);
  FUZZ_CHECK(frozen.edges.size() == spec.edges.size());
  FUZZ_CHECK(Model::freeze(frozen).spec() == frozen);

  std::ostringstream dot, graphml;
  write_dot(spec, dot);
  write_graphml(spec, graphml);
  FUZZ_CHECK(!dot.str().empty() && !graphml.str().empty());
}

}  // namespace fuzz
