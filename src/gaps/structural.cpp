// Structural gaps: nodes no activity reaches, activities that reach no goal (the strategy
// and the operational plan as parallel tracks), nodes and indicators that cannot be
// followed up, and edges against the level order. docs/gaps.md, "Structural".
#include <vector>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

// Nodes reachable by one edge or more from any node with `from` set, O(V + E).
std::vector<char> reach_forward(const Model& m, const std::vector<char>& from) {
  std::vector<char> seen(m.node_count(), 0);
  std::vector<NodeIndex> stack;
  for (NodeIndex v = 0; v < m.node_count(); ++v)
    if (from[v]) stack.push_back(v);
  const auto offsets = m.csr_offsets();
  const auto targets = m.csr_targets();
  while (!stack.empty()) {
    const NodeIndex u = stack.back();
    stack.pop_back();
    for (EdgeIndex e = offsets[u]; e < offsets[u + 1]; ++e)
      if (!seen[targets[e]]) {
        seen[targets[e]] = 1;
        stack.push_back(targets[e]);
      }
  }
  return seen;
}

// Nodes from which some node with `to` set is reachable (by zero edges or more), O(V + E).
std::vector<char> reach_backward(const Model& m, const std::vector<char>& to) {
  std::vector<char> seen = to;
  std::vector<NodeIndex> stack;
  for (NodeIndex v = 0; v < m.node_count(); ++v)
    if (to[v]) stack.push_back(v);
  const auto sources = m.edge_sources();
  while (!stack.empty()) {
    const NodeIndex v = stack.back();
    stack.pop_back();
    for (EdgeIndex e : m.in_edges(v))
      if (!seen[sources[e]]) {
        seen[sources[e]] = 1;
        stack.push_back(sources[e]);
      }
  }
  return seen;
}

void reach_gaps(Context& c) {
  const Model& m = c.model;
  std::vector<char> activity(m.node_count(), 0), goal(m.node_count(), 0);
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    activity[v] = m.node(v).level_index() == c.activity_level;
    goal[v] = m.node(v).level_index() >= c.goal_level;
  }
  const std::vector<char> reached = reach_forward(m, activity);
  for (int pass = 0; pass < 2; ++pass)  // goals first, then the levels between
    for (NodeIndex v = 0; v < m.node_count(); ++v) {
      const LevelIndex l = m.node(v).level_index();
      if (reached[v] || l <= c.activity_level) continue;
      const bool is_goal = l >= c.goal_level;
      if (is_goal != (pass == 0)) continue;
      c.add(is_goal ? gap_codes::unreached_goal : gap_codes::unreached_effect, {std::string(m.node(v).id())},
            {text_figure("level", std::string(m.node(v).level()))}, {c.node_arg("node", v), c.level_arg("level", l)});
    }

  const std::vector<char> leads_to_goal = reach_backward(m, goal);
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    if (!activity[v] || leads_to_goal[v]) continue;
    std::vector<char> self(m.node_count(), 0);
    self[v] = 1;
    const std::vector<char> downstream = reach_forward(m, self);
    double count = 0;
    for (char x : downstream) count += x;
    c.add(gap_codes::orphan_activity, {std::string(m.node(v).id())}, {number_figure("reached", count)},
          {c.node_arg("node", v)});
  }
}

void measurement_gaps(Context& c) {
  const Model& m = c.model;
  std::vector<std::size_t> indicators_of(m.node_count(), 0);
  for (const IndicatorSpec& i : m.indicators())
    if (const auto v = m.find_node(i.node)) ++indicators_of[*v];
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    const LevelIndex l = m.node(v).level_index();
    if (!c.measured_level[l] || indicators_of[v] > 0) continue;
    c.add(gap_codes::unmeasured_node, {std::string(m.node(v).id())}, {text_figure("level", std::string(m.node(v).level()))},
          {c.node_arg("node", v), c.level_arg("level", l)});
  }

  const auto indicators = m.indicators();
  const std::string_view codes[] = {gap_codes::indicator_without_baseline, gap_codes::indicator_without_target,
                                    gap_codes::indicator_without_direction};
  for (std::size_t kind = 0; kind < 3; ++kind)
    for (std::uint32_t i = 0; i < indicators.size(); ++i) {
      const IndicatorSpec& ind = indicators[i];
      if (ind.measure == Measure::text) continue;  // a qualitative assessment has none of them by nature
      const bool lacks = kind == 0   ? !ind.baseline.has_value()
                         : kind == 1 ? ind.targets.empty()
                                     : ind.direction == Direction::unspecified;
      if (lacks) c.add(codes[kind], {ind.id, ind.node}, {}, {c.indicator_arg("indicator", i)});
    }
}

void level_order_gaps(Context& c) {
  const Model& m = c.model;
  for (EdgeIndex e = 0; e < m.edge_count(); ++e) {
    const NodeRef from = m.node(m.edge(e).source());
    const NodeRef to = m.node(m.edge(e).target());
    if (from.level_index() < to.level_index()) continue;
    c.add(gap_codes::level_violation, {std::string(from.id()), std::string(to.id())},
          {text_figure("from_level", std::string(from.level())), text_figure("to_level", std::string(to.level()))},
          {text_arg("from", std::string(from.id())), text_arg("to", std::string(to.id())),
           c.level_arg("from_level", from.level_index()), c.level_arg("to_level", to.level_index())});
  }
}

}  // namespace

void structural_gaps(Context& c) {
  reach_gaps(c);
  measurement_gaps(c);
  level_order_gaps(c);
}

}  // namespace impactgraph::gaps
