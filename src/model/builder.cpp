#include "impactgraph/model.hpp"

namespace impactgraph {

ModelBuilder& ModelBuilder::name(std::string name) {
  spec_.name = std::move(name);
  return *this;
}

ModelBuilder& ModelBuilder::levels(std::vector<std::string> levels) {
  spec_.levels = std::move(levels);
  return *this;
}

NodeSpec& ModelBuilder::add_node(std::string id, std::string level, std::string label) {
  NodeSpec& n = spec_.nodes.emplace_back();
  n.id = std::move(id);
  n.level = std::move(level);
  n.label = std::move(label);
  return n;
}

EdgeSpec& ModelBuilder::add_edge(std::string from, std::string to, double weight) {
  EdgeSpec& e = spec_.edges.emplace_back();
  e.from = std::move(from);
  e.to = std::move(to);
  e.weight = weight;
  return e;
}

IndicatorSpec& ModelBuilder::add_indicator(std::string id, std::string node, std::string label) {
  IndicatorSpec& i = spec_.indicators.emplace_back();
  i.id = std::move(id);
  i.node = std::move(node);
  i.label = std::move(label);
  return i;
}

GeographySpec& ModelBuilder::add_geography(std::string id, std::string name, std::string parent) {
  GeographySpec& g = spec_.geographies.emplace_back();
  g.id = std::move(id);
  g.name = std::move(name);
  g.parent = std::move(parent);
  return g;
}

ObservationSpec& ModelBuilder::add_observation(std::string indicator, std::string geo, std::string period,
                                               std::optional<double> value, std::string breakdown) {
  ObservationSpec& o = spec_.observations.emplace_back();
  o.indicator = std::move(indicator);
  o.geo = std::move(geo);
  o.period = std::move(period);
  o.value = value;
  o.breakdown = std::move(breakdown);
  return o;
}

}  // namespace impactgraph
