// Private to the contribution module: the topological order the sweeps visit nodes in.
#pragma once

#include <vector>

#include "impactgraph/model.hpp"

namespace impactgraph::detail {

/// The nodes by depth (the longest path from a node without predecessors), within a depth
/// by descending index: a topological order (no edge joins two nodes of one depth) which a
/// reverse sweep, the one contributions run, walks layer by layer (e.g. all outputs, then
/// all projects) each in ascending node order, so that it reads the CSR arrays, the weights
/// and the projects' rows front to back, as the hardware prefetcher expects. Kahn's order,
/// which the model keeps, interleaves a layer by when each node's last predecessor was taken. Any
/// topological order gives the sweeps bitwise the same results (each node adds its own
/// edges in edge order); this one only changes what is in cache. Deterministic, O(V + E).
void layered_order(const Model& model, std::vector<NodeIndex>& out);

}  // namespace impactgraph::detail
