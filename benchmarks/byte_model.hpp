// The bytes one propagation sweep must move between memory and the core, and so the
// shortest time the machine's bandwidth allows (docs/performance.md, "Byte model").
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::bench {

struct SweepBytes {
  std::size_t nodes = 0;  // nodes on some source-to-target path (the sweep visits these)
  std::size_t edges = 0;  // edges whose two ends are both such nodes
  std::size_t per_edge = 0, per_node = 0;
  std::size_t total = 0;  // bytes of one sweep
};

/// Nodes on a path from a source to a target (sources and targets included), found as the
/// engine does: forward reach from the sources, backward reach to the targets.
std::vector<std::uint8_t> on_path(const Model& model, std::span<const NodeIndex> sources,
                                  std::span<const NodeIndex> targets);

/// The point estimate's sweep (src/contribution/point_rows.hpp), one group of up to 32
/// targets: each node's row sits in a 64-byte slot of its own (mask, flags and up to seven
/// values); `spill_doubles` values of the rows too long for their slot lie elsewhere.
///   per visited edge: target index 4 + weight 8
///   per visited node: topological order 4 + CSR offset 4 + seed slot 1
///                     (+ its normalising factor 8 in flow and attribution)
///                     + its slot 64, written (counted twice for the write-allocate read)
///                     and read once by its predecessors
///   per spilled value: 8, the same three times.
/// Random reads of successors' slots are counted once per slot: the bound assumes perfect
/// caching, so it is a lower bound on the traffic.
SweepBytes sweep_bytes(const Model& model, std::span<const std::uint8_t> on_path, ContributionMode mode,
                       std::size_t spill_doubles);

}  // namespace impactgraph::bench
