// The layered topological order (see layered_order.hpp).
#include "contribution/layered_order.hpp"

#include <algorithm>
#include <cstdint>

namespace impactgraph::detail {

void layered_order(const Model& model, std::vector<NodeIndex>& out) {
  const std::size_t n = model.node_count();
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  std::vector<std::uint32_t> depth(n, 0);
  std::uint32_t deepest = 0;
  for (const NodeIndex v : model.topological_order()) {
    const std::uint32_t next = depth[v] + 1;
    deepest = std::max(deepest, depth[v]);
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) depth[heads[e]] = std::max(depth[heads[e]], next);
  }
  // A counting sort by depth; within a layer, nodes in descending order.
  std::vector<std::size_t> start(static_cast<std::size_t>(deepest) + 2, 0);
  for (NodeIndex v = 0; v < n; ++v) ++start[depth[v] + 1];
  for (std::size_t d = 1; d < start.size(); ++d) start[d] += start[d - 1];
  out.resize(n);
  for (NodeIndex v = static_cast<NodeIndex>(n); v-- > 0;) out[start[depth[v]]++] = v;
}

}  // namespace impactgraph::detail
