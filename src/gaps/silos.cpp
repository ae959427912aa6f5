// Silos ("stuprör"): groups of activities (by area, by owner) whose activities never meet
// another group's below the goal level; and goals that hang on a single activity or a
// single group. docs/gaps.md, "Structural".
#include <algorithm>
#include <string>
#include <vector>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

// Nodes reachable by one edge or more from `starts`, marked with `stamp` in `mark`.
void mark_reach(const Model& m, const std::vector<NodeIndex>& starts, std::vector<std::uint32_t>& mark,
                std::uint32_t stamp, std::vector<NodeIndex>& reached) {
  reached.clear();
  std::vector<NodeIndex> stack(starts.begin(), starts.end());
  const auto offsets = m.csr_offsets();
  const auto targets = m.csr_targets();
  while (!stack.empty()) {
    const NodeIndex u = stack.back();
    stack.pop_back();
    for (EdgeIndex e = offsets[u]; e < offsets[u + 1]; ++e) {
      const NodeIndex w = targets[e];
      if (mark[w] == stamp) continue;
      mark[w] = stamp;
      reached.push_back(w);
      stack.push_back(w);
    }
  }
}

struct Group {
  std::string value;
  std::vector<NodeIndex> activities;
  std::vector<NodeIndex> downstream;  // below the goal level
};

std::vector<Group> groups_by_tag(const Context& c, const std::string& tag) {
  std::vector<Group> groups;
  const Model& m = c.model;
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    const NodeRef n = m.node(v);
    if (n.level_index() != c.activity_level) continue;
    const auto value = n.tag(tag);
    if (!value || value->empty()) continue;
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.value == *value; });
    if (it == groups.end()) {
      groups.push_back(Group{std::string(*value), {}, {}});
      it = groups.end() - 1;
    }
    it->activities.push_back(v);
  }
  return groups;
}

void silos_for_tag(Context& c, const std::string& tag) {
  const Model& m = c.model;
  std::vector<Group> groups = groups_by_tag(c, tag);
  if (groups.size() < 2) return;  // nothing to meet
  std::vector<std::uint32_t> mark(m.node_count(), 0);
  std::vector<std::uint32_t> groups_reaching(m.node_count(), 0);
  std::vector<NodeIndex> reached;
  for (std::uint32_t g = 0; g < groups.size(); ++g) {
    mark_reach(m, groups[g].activities, mark, g + 1, reached);
    for (NodeIndex w : reached)
      if (m.node(w).level_index() < c.goal_level) {
        groups[g].downstream.push_back(w);
        ++groups_reaching[w];
      }
  }
  for (const Group& g : groups) {
    GroupLinkage link;
    link.tag = tag;
    link.group = g.value;
    link.activities = g.activities.size();
    link.downstream = g.downstream.size();
    for (NodeIndex w : g.downstream) link.shared += groups_reaching[w] >= 2;
    link.share = link.downstream ? static_cast<double>(link.shared) / static_cast<double>(link.downstream) : 0.0;
    c.report.groups.push_back(link);
    if (link.downstream == 0 || link.share > c.options.silo_share) continue;
    std::vector<std::string> ids{g.value};
    for (NodeIndex a : g.activities) ids.emplace_back(m.node(a).id());
    c.add(gap_codes::silo, std::move(ids),
          {text_figure("tag", tag), text_figure("group", g.value),
           number_figure("activities", static_cast<double>(link.activities)),
           number_figure("downstream", static_cast<double>(link.downstream)),
           number_figure("shared", static_cast<double>(link.shared)), number_figure("share", link.share)},
          {word_arg("tag", "tag:" + tag), text_arg("group", g.value),
           number_arg("activities", static_cast<double>(link.activities)),
           number_arg("downstream", static_cast<double>(link.downstream)),
           number_arg("shared", static_cast<double>(link.shared)), percent_arg("share", link.share, 0)});
  }
}

// The activities reaching `goal`, in node order (a backward search).
std::vector<NodeIndex> activities_reaching(const Context& c, NodeIndex goal) {
  const Model& m = c.model;
  std::vector<char> seen(m.node_count(), 0);
  std::vector<NodeIndex> stack{goal}, found;
  const auto sources = m.edge_sources();
  while (!stack.empty()) {
    const NodeIndex v = stack.back();
    stack.pop_back();
    for (EdgeIndex e : m.in_edges(v)) {
      const NodeIndex u = sources[e];
      if (seen[u]) continue;
      seen[u] = 1;
      if (m.node(u).level_index() == c.activity_level) found.push_back(u);
      stack.push_back(u);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

void single_source_gaps(Context& c) {
  const Model& m = c.model;
  const std::string& tag = c.options.single_source_tag;
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    if (m.node(v).level_index() != c.goal_level) continue;
    const std::vector<NodeIndex> acts = activities_reaching(c, v);
    if (acts.empty()) continue;  // unreached-goal says it
    std::string basis, source;
    std::vector<std::string> groups;  // an activity without the tag counts as a group of its own
    if (!tag.empty())
      for (NodeIndex a : acts) {
        const auto t = m.node(a).tag(tag);
        std::string key = t && !t->empty() ? std::string(*t) : "\x1f" + std::string(m.node(a).id());
        if (std::find(groups.begin(), groups.end(), key) == groups.end()) groups.push_back(std::move(key));
      }
    if (acts.size() == 1) {
      basis = "activity";
      source = m.node(acts[0]).id();
    } else if (groups.size() == 1 && groups[0][0] != '\x1f') {
      basis = tag;
      source = groups[0];
    } else {
      continue;
    }
    c.add(gap_codes::single_source, {std::string(m.node(v).id()), source},
          {text_figure("basis", basis), text_figure("source", source),
           number_figure("activities", static_cast<double>(acts.size()))},
          {c.node_arg("node", v), c.level_arg("level", m.node(v).level_index()), word_arg("basis", "basis:" + basis),
           text_arg("source", source)});
  }
}

}  // namespace

void silo_gaps(Context& c) {
  for (const std::string& tag : c.options.silo_tags) silos_for_tag(c, tag);
  single_source_gaps(c);
}

}  // namespace impactgraph::gaps
