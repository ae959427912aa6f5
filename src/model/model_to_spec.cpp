// Model::spec: the frozen model back as plain data.
#include "model/model_data.hpp"

namespace impactgraph {

ModelSpec Model::spec() const {
  const detail::ModelData& d = *d_;
  ModelSpec s;
  s.name = d.name;
  s.levels = d.levels;
  s.extras = d.extras;
  s.nodes.reserve(node_count());
  for (NodeIndex v = 0; v < node_count(); ++v) {
    const NodeRef n = node(v);
    NodeSpec& out = s.nodes.emplace_back();
    out.id = n.id();
    out.level = n.level();
    out.label = n.label();
    out.description = n.description();
    out.start = n.start();
    out.end = n.end();
    for (std::size_t i = 0; i < n.tag_count(); ++i) {
      auto [key, value] = n.tag(i);
      out.tags.emplace_back(key, value);
    }
    for (std::size_t i = 0; i < n.funding_count(); ++i) {
      const FundingRef f = n.funding(i);
      out.funding.push_back({f.amount, std::string(f.currency), std::string(f.source), std::string(f.period)});
    }
    if (const Extras* extras = d.node_extras.find(v)) out.extras = *extras;
  }
  s.edges.reserve(edge_count());
  for (EdgeIndex e = 0; e < edge_count(); ++e) {
    EdgeSpec& out = s.edges.emplace_back();
    out.from = node(d.edge_source[e]).id();
    out.to = node(d.column()[e]).id();
    out.weight = d.edge_weight[e];
    if (const auto* a = d.edge_range.find(e)) out.weight_range = *a;
    if (const auto* a = d.edge_confidence.find(e)) out.confidence = *a;
    if (const auto* a = d.edge_evidence.find(e)) out.evidence = *a;
    if (const auto* a = d.edge_assumption.find(e)) out.assumption = d.str(*a);
    if (const auto* a = d.edge_extras.find(e)) out.extras = *a;
  }
  s.indicators = d.indicators;
  s.geographies = d.geographies;
  const ObservationTable obs = observations();
  s.observations.reserve(obs.size());
  for (std::size_t i = 0; i < obs.size(); ++i) {
    ObservationSpec& out = s.observations.emplace_back();
    out.indicator = d.indicators[obs.indicator(i)].id;
    out.geo = d.geographies[obs.geo(i)].id;
    out.period = obs.period(i).str();
    out.breakdown = obs.breakdown(i);
    if (obs.has_value(i)) out.value = obs.value(i);
    out.text = obs.text(i);
    out.status = obs.status(i);
  }
  return s;
}

}  // namespace impactgraph
