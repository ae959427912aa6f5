// Private to the contribution module: the one propagation kernel every analysis uses
// (contributions, funding, influence). It visits the nodes once in topological order (or
// reverse order) and carries, per node, a block of up to eight values per channel: the sum
// over paths between that node and each of eight seed nodes of the product of edge weights.
// Never enumerates paths: O(V + E) per block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::detail {

/// Seeds per sweep: the width of one block of values.
inline constexpr unsigned block_width = 8;
inline constexpr std::uint8_t no_slot = 0xFF;

/// Per-node flags.
enum NodeFlag : std::uint8_t {
  flag_source = 1,   // a chosen source
  flag_target = 2,   // a chosen target
  flag_from = 4,     // a source or reachable from one
  flag_to = 8,       // a target or reaches one
  flag_member = 16,  // a member of an influence set (paths stop there)
};

/// Sets flag_from on every node reachable from a flag_source node (and on those nodes) and
/// flag_to on every node that reaches a flag_target node (and on those). O(V + E).
void mark_reach(const Model& model, std::span<std::uint8_t> flags);

/// The same, walking `order` (a topological order of the model, e.g. layered_order).
void mark_reach(const Model& model, std::span<const NodeIndex> order, std::span<std::uint8_t> flags);

/// Only mark_reach's first half: flag_from, walking `order`. O(V + E).
void mark_from(const Model& model, std::span<const NodeIndex> order, std::span<std::uint8_t> flags);

/// What reach_from_roots keeps per model (filled on first use) and between calls.
struct RootWalk {
  std::vector<std::uint8_t> root;      // 1 for a node without in-edges
  std::vector<std::uint32_t> pending;  // per node, in-edges from nodes no source reaches: all 0 between calls
  std::vector<NodeIndex> unreached;    // the walk's nodes
};

/// mark_from's flags without its pass over the whole graph, when the flag_source nodes hold
/// all but a few of the nodes without predecessors (the usual call, all activities to a few
/// goals, is one). Every node is reachable from some such root, so a node no source reaches
/// lies, with all its predecessors, below uncovered roots only; a walk down from those finds
/// them, and every other node gets flag_from. Returns false, the flags untouched, when more
/// than 1/64 of the nodes are uncovered roots or the walk grows four times that long (then
/// mark_from is as cheap).
bool reach_from_roots(const Model& model, std::span<std::uint8_t> flags, RootWalk& walk);

/// The nodes flagged `need` (all of its bits), in the order of `order`, into `out` (cleared
/// first). O(V).
void collect_flagged(std::span<const NodeIndex> order, std::span<const std::uint8_t> flags, std::uint8_t need,
                     std::vector<NodeIndex>& out);

/// The nodes flagged both flag_from and flag_to (those on some source-to-target path), in
/// topological order, into `out` (cleared first). O(V).
void collect_on_path(const Model& model, std::span<const std::uint8_t> flags, std::vector<NodeIndex>& out);

/// The same, in the order of `order` (a topological order of the model, e.g. layered_order).
void collect_on_path(std::span<const NodeIndex> order, std::span<const std::uint8_t> flags,
                     std::vector<NodeIndex>& out);

enum class Direction : std::uint8_t {
  reverse,  // seeds are targets; a node's value is the sum over paths from it to each seed
  forward,  // seeds are sources; a node's value is the sum over paths from each seed to it
};

/// Where an edge's normalising factor sits: nowhere (path), at its tail (flow: the source
/// node's 1 / sum of out-weights) or at its head (attribution: the target node's 1 / sum of
/// in-weights).
enum class ScaleAt : std::uint8_t { none, tail, head };

/// Channels per block: 1 = the value; 2 = (P, N): paths with an even / odd number of
/// negative edges; 3 = (P, N, A): A over the paths with no negative edge.
struct Sweep {
  const Model* model = nullptr;
  std::span<const double> weights;   // per edge (the model's, or one Monte-Carlo sample)
  std::span<const double> scale;     // per node, when scale_at != none
  ScaleAt scale_at = ScaleAt::none;
  bool clamp = false;                // use max(w, 0) (positive normalisation)
  std::span<const std::uint8_t> flags;
  std::span<const NodeIndex> order;    // the nodes to visit: collect_on_path's list
  std::span<const std::uint8_t> slot;  // per node: its position among the block's seeds, or no_slot
  Direction direction = Direction::reverse;
  bool stop_at_members = false;      // reverse only: a path ends at the first member it meets
};

/// Runs one sweep over `sweep.order` (forward or backward). `values` holds
/// node_count * block_width * channels doubles; a visited node's block is written (others
/// are left as they were, and never read). `reach`, when not empty, gets per visited node
/// the bit mask of the seeds it has a path to (reverse) or from (forward), its own included.
void run_sweep(const Sweep& sweep, unsigned channels, std::span<double> values, std::span<std::uint8_t> reach);

/// The value block of node `v`, channel `c`.
inline const double* block_of(std::span<const double> values, NodeIndex v, unsigned channels, unsigned c) noexcept {
  return values.data() + (static_cast<std::size_t>(v) * channels + c) * block_width;
}

/// A node whose weights cannot be normalised, for the error message.
struct NormalizeFailure {
  bool failed = false;
  NodeIndex node = 0;
  double sum = 0.0;
};

/// Fills `scale` with 1 / (sum of out-weights) (flow, ScaleAt::tail) or 1 / (sum of
/// in-weights) (attribution, ScaleAt::head), weights clamped at 0 when `clamp`, for the nodes
/// whose factor some source-to-target path uses (flags from mark_reach; all of them are in
/// `order`, collect_on_path's list). Returns the first such node, in topological order,
/// whose sum is not > 0 (or not finite).
NormalizeFailure compute_scales(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                                std::span<const std::uint8_t> flags, std::span<const NodeIndex> order,
                                std::span<double> scale);

/// Every node's normalising factor, 1 / (sum of out-weights) (ScaleAt::tail) or 1 / (sum of
/// in-weights) (ScaleAt::head), weights clamped at 0 when `clamp`; 0 where that sum is not > 0,
/// not finite, or subnormal (1 / sum not finite) — a valid factor never is 0. Each sum adds
/// the edges in edge-index order, as compute_scales does, so the factors are bitwise the
/// same. It depends on the weights only, so the engine keeps it per model. O(V + E),
/// sequential over the edges.
void all_factors(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                 std::vector<double>& factor);

/// compute_scales' check over all_factors' result: the first node, in the model's
/// topological order, on a source-to-target path (flags from mark_reach) whose factor some
/// such path uses and is 0. O(V) plus the edges of the failing nodes.
NormalizeFailure check_factors(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                               std::span<const std::uint8_t> flags, std::span<const double> factor);

/// The impactgraph::Error (code cannot-normalise) for a failure; `what` is "flow" or
/// "attribution", `context` e.g. " in sample 17" or "".
[[noreturn]] void throw_cannot_normalise(const Model& model, const NormalizeFailure& failure, std::string_view what,
                                         Normalization normalization, std::string_view context);

}  // namespace impactgraph::detail
