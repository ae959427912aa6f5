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

/// One sweep of one block of eight seeds with `channels` values per seed:
///   per visited edge: target index 4 + weight 8 (+ source index 4 in flow mode)
///   per visited node: topological order 4 + CSR offset 4 + flags 1 + slot 1 + reach 1
///                     + its value block written (8 * 8 * channels, counted twice for the
///                     write-allocate read) + read once by its predecessors (8 * 8 * channels)
///                     (+ its normalising factor 8 in flow and attribution).
/// Random reads of neighbours' blocks are counted once per node: the bound assumes
/// perfect caching, so it is a lower bound on the traffic.
SweepBytes sweep_bytes(const Model& model, std::span<const std::uint8_t> on_path, ContributionMode mode,
                       unsigned channels);

}  // namespace impactgraph::bench
