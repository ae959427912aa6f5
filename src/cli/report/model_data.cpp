#include "report/model_data.hpp"

#include <cctype>
#include <stdexcept>

namespace ig_cli::report {

const std::string& Node::tag(const std::string& key) const {
  static const std::string none;
  for (const auto& [k, v] : tags)
    if (k == key) return v;
  return none;
}

std::optional<double> period_time(const std::string& p) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (p.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(p[i]))) return false;
    return true;
  };
  if (!digits(0, 4)) return std::nullopt;
  const double year = std::stod(p.substr(0, 4));
  if (p.size() == 4) return year;
  if (p.size() == 6 && p[4] == 'Q' && p[5] >= '1' && p[5] <= '4') return year + (p[5] - '1') * 0.25;
  if (p.size() == 7 && p[4] == '-' && digits(5, 2)) {
    const int month = std::stoi(p.substr(5, 2));
    if (month >= 1 && month <= 12) return year + (month - 1) / 12.0;
  }
  return std::nullopt;
}

namespace {

std::vector<std::string> strings(const char* const* items, std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) out.emplace_back(items[i] ? items[i] : "");
  return out;
}

void read_nodes(const ig::model& m, ModelData& d) {
  for (std::size_t i = 0; i < m.level_count(); ++i) d.levels.emplace_back(m.level(i));
  d.nodes.resize(m.node_count());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const ig_node n = m.node(i);
    Node& x = d.nodes[i];
    x.id = n.id;
    x.level = n.level;
    x.level_index = n.level_index;
    x.label = n.label;
    x.description = n.description;
    for (const auto& [k, v] : m.node_tags(i)) x.tags.emplace_back(std::string(k), std::string(v));
    for (const ig_funding& f : m.node_funding(i)) x.funding.push_back({f.amount, f.currency, f.source, f.period});
  }
  d.edges.resize(m.edge_count());
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    const ig_edge e = m.edge(i);
    Edge& x = d.edges[i];
    x.from = e.from;
    x.to = e.to;
    x.weight = e.weight;
    x.has_range = e.has_weight_range != 0;
    x.weight_min = e.weight_min;
    x.weight_max = e.weight_max;
    x.assumption = e.assumption;
    x.evidence = ig_evidence_name(e.evidence);
    d.nodes[e.from].out_edges.push_back(i);
    d.nodes[e.to].in_edges.push_back(i);
  }
  d.topological_order = m.topological_order();
}

void read_indicators(const ig::model& m, ModelData& d) {
  d.indicators.resize(m.indicator_count());
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const ig_indicator r = m.indicator(i);
    Indicator& x = d.indicators[i];
    x.id = r.id;
    x.label = r.label;
    x.unit = r.unit;
    x.description = r.description;
    x.source = r.source;
    x.node = r.node;
    x.direction = r.direction;
    x.measure = r.measure;
    x.geo_aggregation = r.geo_aggregation;
    x.has_baseline = r.has_baseline != 0;
    x.baseline_period = r.baseline_period;
    x.baseline_value = r.baseline_value;
    x.numerator = r.numerator;
    x.denominator = r.denominator;
    x.factor = r.factor;
    x.has_scale = r.has_scale != 0;
    x.scale_min = r.scale_min;
    x.scale_max = r.scale_max;
    x.weight = r.weight;
    for (std::size_t k = 0; k < r.target_count; ++k) {
      const ig_target t = m.indicator_target(i, k);
      Target y;
      y.kind = t.kind;
      y.period = t.period;
      y.base_period = t.base_period;
      y.op = t.op;
      y.compare = t.compare;
      y.has_value = t.has_value != 0;
      y.value = t.value;
      y.geos = strings(t.geos, t.geo_count);
      y.between = strings(t.between, t.between_count);
      x.targets.push_back(std::move(y));
    }
  }
}

void read_observations(const ig::model& m, ModelData& d) {
  d.geographies.resize(m.geography_count());
  for (std::size_t i = 0; i < d.geographies.size(); ++i) {
    const ig_geography g = m.geography(i);
    d.geographies[i].id = g.id;
    d.geographies[i].name = g.name;
    if (g.parent != IG_NO_INDEX) d.geographies[i].parent = g.parent;
  }
  d.observations.resize(m.observation_count());
  for (std::size_t i = 0; i < d.observations.size(); ++i) {
    const ig_observation o = m.observation(i);
    Observation& x = d.observations[i];
    x.indicator = o.indicator;
    x.geo = o.geo;
    x.period = o.period;
    x.breakdown = o.breakdown;
    x.has_value = o.has_value != 0;
    x.value = x.has_value ? o.value : 0.0;
    x.text = o.text;
    x.status = o.status;
    x.time = period_time(x.period).value_or(0.0);
  }
}

void choose_focus(ModelData& d, const std::string& focus) {
  std::vector<std::size_t> children(d.geographies.size(), 0);
  for (const auto& g : d.geographies)
    if (g.parent) ++children[*g.parent];
  if (!focus.empty()) {
    for (std::size_t i = 0; i < d.geographies.size(); ++i)
      if (d.geographies[i].id == focus) d.focus_geo = i;
    if (!d.focus_geo) throw std::runtime_error("--geo " + focus + ": the model has no such geography");
  } else if (!d.geographies.empty()) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < children.size(); ++i)
      if (children[i] > children[best]) best = i;
    d.focus_geo = best;
  }
  if (d.focus_geo)
    for (std::size_t i = 0; i < d.geographies.size(); ++i)
      if (d.geographies[i].parent == d.focus_geo) d.focus_children.push_back(i);
}

}  // namespace

ModelData read_model(const ig::model& m, const std::string& focus) {
  ModelData d;
  d.name = m.name();
  read_nodes(m, d);
  read_indicators(m, d);
  read_observations(m, d);
  d.diagnostics = m.validate().all();
  choose_focus(d, focus);
  d.goal_level = d.levels.size() > 1 ? d.levels.size() - 2 : 0;
  for (std::size_t i = 0; i < d.levels.size(); ++i)
    if (d.levels[i] == "goal") d.goal_level = i;
  return d;
}

}  // namespace ig_cli::report
