// Disconnected parts: the weakly connected components of the graph other than the largest.
// docs/gaps.md, "Structural".
#include <fmt/format.h>

#include <numeric>
#include <vector>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

struct UnionFind {
  std::vector<NodeIndex> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), NodeIndex{0}); }
  NodeIndex find(NodeIndex v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  }
  void join(NodeIndex a, NodeIndex b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[a < b ? b : a] = a < b ? a : b;  // the smaller index is the root
  }
};

}  // namespace

void component_gaps(Context& c) {
  const Model& m = c.model;
  const std::size_t n = m.node_count();
  if (n == 0) return;
  UnionFind uf(n);
  const auto sources = m.edge_sources();
  const auto targets = m.csr_targets();
  for (EdgeIndex e = 0; e < m.edge_count(); ++e) uf.join(sources[e], targets[e]);

  // Parts in order of their first node; the main part is the largest (the first on ties).
  std::vector<std::vector<NodeIndex>> parts;
  std::vector<std::size_t> part_of_root(n, n);
  for (NodeIndex v = 0; v < n; ++v) {
    const NodeIndex r = uf.find(v);
    if (part_of_root[r] == n) {
      part_of_root[r] = parts.size();
      parts.emplace_back();
    }
    parts[part_of_root[r]].push_back(v);
  }
  if (parts.size() < 2) return;
  std::size_t main = 0;
  for (std::size_t p = 1; p < parts.size(); ++p)
    if (parts[p].size() > parts[main].size()) main = p;

  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (p == main) continue;
    std::vector<std::string> ids;
    for (NodeIndex v : parts[p]) ids.emplace_back(m.node(v).id());
    // The message names at most eight nodes.
    std::string listed;
    for (std::size_t k = 0; k < ids.size() && k < 8; ++k) listed += (k ? ", " : "") + ids[k];
    if (ids.size() > 8) listed += ", …";
    const auto count = static_cast<double>(ids.size());
    const auto main_count = static_cast<double>(parts[main].size());
    c.add(gap_codes::disconnected_part, std::move(ids),
          {number_figure("nodes", count), number_figure("main_part", main_count)},
          {number_arg("count", count), text_arg("nodes", listed), number_arg("main", main_count)});
  }
}

}  // namespace impactgraph::gaps
