// Model::freeze: validate a spec, then lay it out as the compact frozen model.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <type_traits>
#include <unordered_map>

#include "model/id_order.hpp"
#include "model/model_data.hpp"
#include "validate/context.hpp"

namespace impactgraph {

namespace {

using detail::ModelData;
using detail::StringId;

[[noreturn]] void fail(std::string_view code, std::string message) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  throw Error(std::move(d));
}

// The context's lookups (ids resolved to indices) were made by validation: freezing
// reuses them instead of looking every id up again.
using validate_detail::Context;

void freeze_nodes(const Context& c, ModelData& d) {
  const ModelSpec& spec = c.spec;
  const std::size_t n = spec.nodes.size();
  detail::Interner intern(d.strings);

  for (auto* column : {&d.node_id, &d.node_label}) column->reserve(n);
  d.node_level.reserve(n);
  d.tag_begin.reserve(n + 1);
  d.funding_begin.reserve(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    const NodeSpec& node = spec.nodes[i];
    d.node_id.push_back(d.strings.add(node.id));
    d.node_label.push_back(d.strings.add(node.label));
    const auto v = static_cast<std::uint32_t>(i);
    if (!node.description.empty()) d.node_description.push_back(v, d.strings.add(node.description));
    if (!node.start.empty()) d.node_start.push_back(v, intern(node.start));
    if (!node.end.empty()) d.node_end.push_back(v, intern(node.end));
    d.node_level.push_back(static_cast<LevelIndex>(c.node_level[i]));  // validated: the level exists
    d.tag_begin.push_back(static_cast<std::uint32_t>(d.tags.size()));
    for (const auto& [key, value] : node.tags) d.tags.emplace_back(intern(key), intern(value));
    d.funding_begin.push_back(static_cast<std::uint32_t>(d.funding.size()));
    for (const Funding& f : node.funding)
      d.funding.push_back({f.amount, intern(f.currency), intern(f.source), intern(f.period)});
    if (!node.extras.empty()) d.node_extras.push_back(static_cast<std::uint32_t>(i), node.extras);
  }
  d.tag_begin.push_back(static_cast<std::uint32_t>(d.tags.size()));
  d.funding_begin.push_back(static_cast<std::uint32_t>(d.funding.size()));
  d.nodes_by_id = detail::order_by_id(n, [&](std::uint32_t i) { return d.str(d.node_id[i]); });
}

/// The CSR graph and the incoming-edge index from validation's adjacency, which in a valid
/// model holds every edge, grouped by source node, input order within a source: the CSR
/// layout itself. Its two arrays become the graph's (Boost keeps a graph without properties
/// in exactly these two vectors), so the edges are neither sorted nor copied again.
void freeze_edges(Context& c, ModelData& d) {
  const ModelSpec& spec = c.spec;
  const std::size_t n = spec.nodes.size();
  const std::size_t m = spec.edges.size();
  validate_detail::Adjacency& a = c.adjacency;
  if (a.targets.size() != m) fail(codes::bad_reference, "an edge has an unknown end or is a self-loop");  // validate() names it
  static_assert(std::is_same_v<std::uint32_t, NodeIndex> && std::is_same_v<std::uint32_t, EdgeIndex>);
  d.graph.m_forward.m_rowstart = std::move(a.offsets);
  d.graph.m_forward.m_column = std::move(a.targets);
  const auto rows = d.row_start();
  const auto heads = d.column();
  d.edge_source.resize(m);
  for (NodeIndex u = 0; u < n; ++u) std::fill(d.edge_source.begin() + rows[u], d.edge_source.begin() + rows[u + 1], u);
  // One pass over the edge specs (176 bytes each), in frozen order.
  d.edge_weight.resize(m);
  for (EdgeIndex p = 0; p < m; ++p) {
    const EdgeSpec& e = spec.edges[a.edges[p]];
    d.edge_weight[p] = e.weight;
    if (e.weight_range) d.edge_range.push_back(p, *e.weight_range);
    if (e.confidence) d.edge_confidence.push_back(p, *e.confidence);
    if (e.evidence != Evidence::unspecified) d.edge_evidence.push_back(p, e.evidence);
    if (!e.assumption.empty()) d.edge_assumption.push_back(p, d.strings.add(e.assumption));
    if (!e.extras.empty()) d.edge_extras.push_back(p, e.extras);
  }

  d.in_begin.assign(n + 1, 0);
  for (const NodeIndex v : heads) ++d.in_begin[v + 1];
  std::partial_sum(d.in_begin.begin(), d.in_begin.end(), d.in_begin.begin());
  d.in_edge.resize(m);
  std::vector<EdgeIndex> fill(d.in_begin.begin(), d.in_begin.end() - 1);
  for (EdgeIndex p = 0; p < m; ++p) d.in_edge[fill[heads[p]]++] = p;
}

void freeze_indicators_and_geographies(const ModelSpec& spec, ModelData& d) {
  d.indicators = spec.indicators;
  d.indicators_by_id = detail::order_by_id(d.indicators.size(), [&](std::uint32_t i) { return std::string_view(d.indicators[i].id); });
  d.geographies = spec.geographies;
  d.geographies_by_id =
      detail::order_by_id(d.geographies.size(), [&](std::uint32_t i) { return std::string_view(d.geographies[i].id); });
}

void freeze_observations(const Context& c, ModelData& d) {
  const ModelSpec& spec = c.spec;
  const std::size_t n = spec.observations.size();
  detail::Interner intern(d.strings);
  std::unordered_map<StringId, std::uint16_t> breakdown_of;
  d.obs_indicator.reserve(n);
  d.obs_geo.reserve(n);
  d.obs_period.reserve(n);
  d.obs_breakdown.reserve(n);
  d.obs_value.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const ObservationSpec& o = spec.observations[i];
    const std::uint32_t indicator = c.observation_indicator[i];
    const std::uint32_t geo = c.observation_geo[i];
    auto period = Period::parse(o.period);
    if (indicator == validate_detail::npos || geo == validate_detail::npos || !period) fail(codes::bad_reference, "observation " + std::to_string(i) + " is invalid");
    const StringId breakdown = intern(o.breakdown);
    auto [it, inserted] = breakdown_of.try_emplace(breakdown, static_cast<std::uint16_t>(d.breakdowns.size()));
    if (inserted) {
      if (d.breakdowns.size() > std::numeric_limits<std::uint16_t>::max())
        fail(codes::out_of_range, "more than 65536 distinct observation breakdowns");
      d.breakdowns.push_back(breakdown);
    }
    d.obs_indicator.push_back(indicator);
    d.obs_geo.push_back(geo);
    d.obs_period.push_back(*period);
    d.obs_breakdown.push_back(it->second);
    d.obs_value.push_back(o.value ? *o.value : std::numeric_limits<double>::quiet_NaN());
    if (!o.text.empty()) d.obs_text.push_back(static_cast<std::uint32_t>(i), d.strings.add(o.text));
    if (!o.status.empty()) d.obs_status.push_back(static_cast<std::uint32_t>(i), intern(o.status));
  }
}

}  // namespace

Model Model::freeze(const ModelSpec& spec) {
  validate_detail::Context c(spec);
  validate_detail::run_checks(c);
  std::vector<Diagnostic> errors = std::move(c.out);
  std::erase_if(errors, [](const Diagnostic& d) { return d.severity != Severity::error; });
  if (!errors.empty()) throw Error(std::move(errors));
  constexpr std::size_t limit = std::numeric_limits<std::uint32_t>::max() - 1;
  if (spec.nodes.size() > limit || spec.edges.size() > limit || spec.observations.size() > limit)
    fail(codes::out_of_range, "a model holds at most 4294967294 nodes, edges and observations each");

  auto d = std::make_shared<ModelData>();
  d->name = spec.name;
  d->extras = spec.extras;
  d->levels = spec.effective_levels();
  freeze_nodes(c, *d);
  freeze_edges(c, *d);
  // Validation's Kahn order (ready nodes taken in index order): deterministic, O(V + E).
  if (c.kahn_order.size() != spec.nodes.size()) fail(codes::cycle, "the graph has a cycle");  // validate() names it
  d->topo_order = std::move(c.kahn_order);
  freeze_indicators_and_geographies(spec, *d);
  freeze_observations(c, *d);
  d->strings.shrink_to_fit();
  d->tags.shrink_to_fit();
  d->funding.shrink_to_fit();
  d->node_description.shrink_to_fit();
  d->node_start.shrink_to_fit();
  d->node_end.shrink_to_fit();
  d->edge_range.shrink_to_fit();
  d->edge_confidence.shrink_to_fit();
  d->edge_evidence.shrink_to_fit();
  d->edge_assumption.shrink_to_fit();
  d->edge_extras.shrink_to_fit();
  return Model(std::move(d));
}

}  // namespace impactgraph
