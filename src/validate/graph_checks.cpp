// Graph checks on the edges between known nodes: self-loops, cycles (one per strongly
// connected component), edges against the level order, and repeated edges.
#include <fmt/format.h>

#include <algorithm>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

Adjacency build_adjacency(const Context& c) {
  const ModelSpec& s = c.spec;
  Adjacency a;
  a.offsets.assign(s.nodes.size() + 1, 0);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends(s.edges.size(), {npos, npos});
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    const std::uint32_t u = c.edge_from[i], v = c.edge_to[i];
    if (u == npos || v == npos || u == v) continue;
    ends[i] = {u, v};
    ++a.offsets[u + 1];
  }
  for (std::size_t v = 0; v < s.nodes.size(); ++v) a.offsets[v + 1] += a.offsets[v];
  a.targets.resize(a.offsets.back());
  a.edges.resize(a.offsets.back());
  std::vector<std::uint32_t> next(a.offsets.begin(), a.offsets.end() - 1);
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    if (ends[i].first == npos) continue;
    const std::uint32_t slot = next[ends[i].first]++;
    a.targets[slot] = ends[i].second;
    a.edges[slot] = static_cast<std::uint32_t>(i);
  }
  return a;
}

// Kahn's algorithm, ready nodes taken in index order: the nodes it can take, in order; all of
// them exactly when there is no cycle. O(V + E) with plain array passes, cheaper than finding
// components, which a model without cycles (the usual case) does not need.
std::vector<std::uint32_t> kahn(const Adjacency& a, std::size_t n) {
  std::vector<std::uint32_t> indegree(n, 0), ready;
  for (const std::uint32_t v : a.targets) ++indegree[v];
  ready.reserve(n);
  for (std::uint32_t v = 0; v < n; ++v)
    if (indegree[v] == 0) ready.push_back(v);
  for (std::size_t head = 0; head < ready.size(); ++head) {
    const std::uint32_t u = ready[head];
    for (std::uint32_t k = a.offsets[u]; k < a.offsets[u + 1]; ++k)
      if (--indegree[a.targets[k]] == 0) ready.push_back(a.targets[k]);
  }
  return ready;
}

// Tarjan's strongly connected components with an explicit stack instead of recursion, so
// a long chain cannot overflow the call stack. O(V + E).
// R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972.
// Returns each node's component number.
std::vector<std::uint32_t> strong_components(const Adjacency& a, std::size_t n) {
  std::vector<std::uint32_t> index(n, npos), low(n, 0), component(n, npos);
  std::vector<std::uint32_t> stack;                          // Tarjan's node stack
  std::vector<std::pair<std::uint32_t, std::uint32_t>> dfs;  // (node, next adjacency slot)
  std::uint32_t counter = 0, components = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != npos) continue;
    index[root] = low[root] = counter++;
    stack.push_back(root);
    dfs.emplace_back(root, a.offsets[root]);
    while (!dfs.empty()) {
      auto& [v, slot] = dfs.back();
      if (slot < a.offsets[v + 1]) {
        const std::uint32_t w = a.targets[slot++];
        if (index[w] == npos) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          dfs.emplace_back(w, a.offsets[w]);  // invalidates v and slot; they are not used again
        } else if (component[w] == npos) {    // w is on the stack
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      const std::uint32_t done = v;
      dfs.pop_back();
      if (low[done] == index[done]) {
        std::uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          component[w] = components;
        } while (w != done);
        ++components;
      }
      if (!dfs.empty()) low[dfs.back().first] = std::min(low[dfs.back().first], low[done]);
    }
  }
  return component;
}

// The shortest cycle through `start` inside its component, by breadth-first search:
// node indices [start, ..., last] with an edge last -> start, and the edge start -> second.
std::pair<std::vector<std::uint32_t>, std::uint32_t> cycle_through(const Adjacency& a,
                                                                   const std::vector<std::uint32_t>& component,
                                                                   std::uint32_t start,
                                                                   std::vector<std::uint32_t>& parent,
                                                                   std::vector<std::uint32_t>& parent_edge) {
  std::vector<std::uint32_t> queue{start};
  parent[start] = start;
  std::uint32_t last = npos;
  for (std::size_t head = 0; head < queue.size() && last == npos; ++head) {
    const std::uint32_t u = queue[head];
    for (std::uint32_t slot = a.offsets[u]; slot < a.offsets[u + 1]; ++slot) {
      const std::uint32_t w = a.targets[slot];
      if (component[w] != component[start]) continue;
      if (w == start) {
        last = u;
        break;
      }
      if (parent[w] != npos) continue;
      parent[w] = u;
      parent_edge[w] = a.edges[slot];
      queue.push_back(w);
    }
  }
  std::vector<std::uint32_t> path;
  for (std::uint32_t v = last; v != start; v = parent[v]) path.push_back(v);
  path.push_back(start);
  std::reverse(path.begin(), path.end());
  const std::uint32_t first_edge = parent_edge[path[1]];
  for (std::uint32_t v : queue) parent[v] = npos;  // ready for the next component
  return {std::move(path), first_edge};
}

void check_self_loops(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    // Two resolved ends are the same id exactly when they are the same node; only an edge
    // with an unknown or empty end has its ids compared as text.
    const std::uint32_t u = c.edge_from[i], v = c.edge_to[i];
    if (u != npos && v != npos && u != v) continue;
    const EdgeSpec& e = s.edges[i];
    if (!e.from.empty() && e.from == e.to)
      c.error(codes::self_loop, fmt::format("edge {} -> {} is a self-loop", in_quotes(e.from), in_quotes(e.to)), {e.from},
              Context::at(s.where.edges, i, "to"));
  }
}

void check_cycles(Context& c, const Adjacency& a) {
  const ModelSpec& s = c.spec;
  const std::size_t n = s.nodes.size();
  c.kahn_order = kahn(a, n);
  if (c.kahn_order.size() == n) return;
  const std::vector<std::uint32_t> component = strong_components(a, n);
  std::vector<std::uint32_t> size(n, 0);
  for (std::uint32_t k : component) ++size[k];
  std::vector<bool> reported(n, false);
  std::vector<std::uint32_t> parent(n, npos), parent_edge(n, npos);
  // Nodes in input order: each component is named from its first node, so the output is deterministic.
  for (std::uint32_t v = 0; v < n; ++v) {
    const std::uint32_t k = component[v];
    if (size[k] < 2 || reported[k]) continue;
    reported[k] = true;
    auto [path, first_edge] = cycle_through(a, component, v, parent, parent_edge);
    std::vector<std::string> ids;
    ids.reserve(path.size());
    for (std::uint32_t p : path) ids.push_back(s.nodes[p].id);
    std::string message = "the graph has a cycle: " + fmt::format("{}", fmt::join(ids, " -> ")) + " -> " + ids.front();
    if (size[k] > path.size())
      message += fmt::format(" (one of the cycles among {} nodes that all reach each other)", size[k]);
    c.error(codes::cycle, std::move(message), std::move(ids), Context::at(s.where.edges, first_edge, "to"));
  }
}

void check_level_order(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    const EdgeSpec& e = s.edges[i];
    const std::uint32_t u = c.edge_from[i], v = c.edge_to[i];
    if (u == npos || v == npos || u == v) continue;
    const std::uint32_t lu = c.node_level[u], lv = c.node_level[v];
    if (lu == npos || lv == npos || lu < lv) continue;
    const std::string &from_level = s.nodes[u].level, &to_level = s.nodes[v].level;
    c.warning(codes::level_order,
              fmt::format("edge {} -> {} goes {} in the level order ({} -> {})", in_quotes(e.from), in_quotes(e.to),
                          lu == lv ? "sideways" : "down", from_level, to_level),
              {e.from, e.to}, Context::at(s.where.edges, i, "to"));
  }
}

// Repeats found on the adjacency, whose groups by from node keep the input order: within a
// group a mark per to node holds the first edge to it, stamped with the group. O(V + E); the
// repeats, few, are sorted afterwards. Self-loops, left out of the adjacency, are matched on
// their own.
void check_duplicate_edges(Context& c, const Adjacency& a) {
  const ModelSpec& s = c.spec;
  const std::size_t n = s.nodes.size();
  std::vector<std::uint32_t> stamp(n, npos), first_to(n, npos), first_loop(n, npos);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (repeat, first)
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t k = a.offsets[u]; k < a.offsets[u + 1]; ++k) {
      const std::uint32_t i = a.edges[k], v = a.targets[k];
      if (stamp[v] == u) {
        repeats.emplace_back(i, first_to[v]);
      } else {
        stamp[v] = u;
        first_to[v] = i;
      }
    }
  for (std::uint32_t i = 0; i < s.edges.size(); ++i) {
    const std::uint32_t u = c.edge_from[i];
    if (u == npos || u != c.edge_to[i]) continue;
    if (first_loop[u] == npos) first_loop[u] = i;
    else repeats.emplace_back(i, first_loop[u]);
  }
  std::sort(repeats.begin(), repeats.end());
  for (const auto& [repeat, first] : repeats) {
    const EdgeSpec& e = s.edges[repeat];
    c.warning(
        codes::duplicate_edge,
        fmt::format("edge {} -> {} is given twice ({} and {})", in_quotes(e.from), in_quotes(e.to),
                    Context::place(s.where.edges, first, "edges"), Context::place(s.where.edges, repeat, "edges")),
        {e.from, e.to}, Context::at(s.where.edges, repeat, "to"));
  }
}

}  // namespace

void check_graph(Context& c) {
  check_self_loops(c);
  c.adjacency = build_adjacency(c);  // shared by the cycle and duplicate checks, and the freeze
  check_cycles(c, c.adjacency);
  check_level_order(c);
  check_duplicate_edges(c, c.adjacency);
}

}  // namespace impactgraph::validate_detail
