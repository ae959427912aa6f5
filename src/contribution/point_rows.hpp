// Private to the contribution module: the rows of the point estimate's reverse sweep, one
// cache line per node. The sweep reads a successor's mask and row once per edge, at random;
// in a slot found from the node index alone they are one line, prefetched as soon as the
// edge's head is known. (Monte Carlo's batched sweep keeps sparse_sweep.hpp's packed rows:
// its rows are mc_lanes values per target, too wide for a line.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "contribution/sparse_sweep.hpp"
#include "util/huge_pages.hpp"

namespace impactgraph::detail {

/// Doubles a slot holds in place; a longer row spills to PointRows::spill.
inline constexpr unsigned slot_doubles = 7;

/// The successors' slots are read at random, one line each, found from the edge heads alone:
/// the sweep prefetches them this many nodes (of its visiting order) ahead.
inline constexpr std::size_t slot_ahead = 8;

/// In a two-channel (P, N) sweep, a node with no negative edge on any path from it has N
/// entries that are all +0.0 (a sum of +0.0 and x * +0.0 with x >= 0), so its row holds the P
/// entries alone and the sweep reads N as the constant +0.0. On a strategy with few
/// trade-offs this halves the rows, and more of them fit in their slot.
inline constexpr std::uint16_t slot_p_only = 1;
/// The row is in PointRows::spill at `spill_at`, not in place.
inline constexpr std::uint16_t slot_spilled = 2;

struct alignas(64) PointSlot {
  std::uint32_t mask = 0;  // the group's targets the node reaches; read as 0 unless gen is current
  std::uint16_t gen = 0;   // the sweep that wrote the slot
  std::uint16_t flags = 0;
  union {
    // Target bit k, channel c at k * width + c (width: 1 when P-only); in attribution the
    // last place holds the node's normalising factor, read with the row.
    double values[slot_doubles];
    std::uint64_t spill_at;
  };
  PointSlot() : values{} {}
};
static_assert(sizeof(PointSlot) == 64);

/// One slot per node, and the rows too long for theirs. A slot is current when its gen is
/// the rows' gen: each sweep takes a new generation, so nothing is cleared between sweeps and
/// a node the sweep did not reach (or that reaches no target) reads as mask 0.
struct PointRows {
  std::vector<PointSlot, HugePageAllocator<PointSlot>> slots;  // read at random
  std::vector<double> spill;
  std::uint16_t gen = 0;

  std::uint32_t mask(NodeIndex v) const noexcept { return slots[v].gen == gen ? slots[v].mask : 0; }
  /// The row of a node whose mask is not 0, and its values per target (1 or the channels).
  const double* row(NodeIndex v) const noexcept { return row(slots[v]); }
  const double* row(const PointSlot& s) const noexcept {
    return (s.flags & slot_spilled) ? spill.data() + s.spill_at : s.values;
  }
  bool p_only(NodeIndex v) const noexcept { return (slots[v].flags & slot_p_only) != 0; }
};

/// The point estimate's rows in one reverse sweep over `s.order` (a new generation of
/// `rows`, sized to the model on first use): every visited node's mask (seed bit | the masks
/// of its successors: the bits of the seeds, s.slot 0..31, it has a path to) and its row,
/// row(v)[j] = [v is seed j] + sum over edges v->u of w'(v->u) * row(u)[j], per channel under
/// the rules of the dense kernel (sweep.cpp), with the same terms in the same order. With
/// `channels` 2 and a non-empty `positive` (positive_below's marks; only valid where the
/// sweep's weights are the model's own, i.e. path mode), a marked node's row is P-only.
/// When `records` is not empty (one counter per seed, zeroed by the caller), records[j] gains
/// the sources (s.flags' flag_source) that reach seed j, each not counting itself: the
/// records of seed j, counted without a second pass over the sources. When `mark_to` (the
/// node flags) is not empty, every visited node that reaches a seed gains flag_to there: with
/// `s.order` the nodes reachable from the sources, that finishes mark_reach's marks without
/// its second pass.
void point_rows(const Sweep& s, unsigned channels, PointRows& rows, std::span<const std::uint8_t> positive = {},
                std::span<std::size_t> records = {}, std::span<std::uint8_t> mark_to = {});

}  // namespace impactgraph::detail
