// Counting what one sweep visits and the bytes it must move (see byte_model.hpp).
#include "byte_model.hpp"

namespace impactgraph::bench {

std::vector<std::uint8_t> on_path(const Model& model, std::span<const NodeIndex> sources,
                                  std::span<const NodeIndex> targets) {
  const std::size_t n = model.node_count();
  const auto order = model.topological_order();
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  std::vector<std::uint8_t> from(n, 0), to(n, 0);
  for (const NodeIndex s : sources) from[s] = 1;
  for (const NodeIndex t : targets) to[t] = 1;
  for (const NodeIndex v : order)
    if (from[v])
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) from[heads[e]] = 1;
  for (auto it = order.rbegin(); it != order.rend(); ++it)
    for (EdgeIndex e = offsets[*it]; e < offsets[*it + 1] && !to[*it]; ++e)
      if (to[heads[e]]) to[*it] = 1;
  std::vector<std::uint8_t> both(n);
  for (std::size_t v = 0; v < n; ++v) both[v] = from[v] && to[v];
  return both;
}

SweepBytes sweep_bytes(const Model& model, std::span<const std::uint8_t> path, ContributionMode mode,
                       std::size_t spill_doubles) {
  SweepBytes b;
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  for (NodeIndex v = 0; v < model.node_count(); ++v) {
    if (!path[v]) continue;
    ++b.nodes;
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) b.edges += path[heads[e]];
  }
  b.per_edge = 4 + 8;
  b.per_node = 4 + 4 + 1 + 64 * 3 + (mode == ContributionMode::path ? 0 : 8);
  b.total = b.edges * b.per_edge + b.nodes * b.per_node + spill_doubles * 3 * 8;
  return b;
}

}  // namespace impactgraph::bench
