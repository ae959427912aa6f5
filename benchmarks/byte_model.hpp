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

/// The value sweep of the sparse kernel (src/contribution/sparse_sweep.hpp), one group of
/// up to 32 targets, whose rows hold `row_doubles` values (a node's row: one value per target
/// it reaches and channel; P alone in a two-channel sweep when no negative edge lies below it):
///   per visited edge: target index 4 + weight 8 + the successor's mask and row offset 8
///   per visited node: topological order 4 + CSR offset 4 + slot 1 + its mask and offset 8
///                     (+ its normalising factor 8 in flow and attribution)
///   per row value: 8 written (counted twice for the write-allocate read) and read once by
///                     its predecessors.
/// Random reads of successors' rows are counted once per row: the bound assumes perfect
/// caching, so it is a lower bound on the traffic.
SweepBytes sweep_bytes(const Model& model, std::span<const std::uint8_t> on_path, ContributionMode mode,
                       std::size_t row_doubles);

}  // namespace impactgraph::bench
