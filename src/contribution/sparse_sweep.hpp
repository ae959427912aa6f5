// Private to the contribution module: the reverse sweep with sparse rows, used by the point
// estimate of contributions. The dense kernel (sweep.hpp) carries eight values per node and
// channel whether or not the node reaches those targets; in a strategy most nodes reach few
// of the targets (an output feeds its area and that area's goals), so here each node carries
// only the targets it reaches: a bit mask over a group of up to 32 targets and a row of
// popcount(mask) * channels values. One group covers 32 targets in one sweep, and the rows of
// the nodes the sweep reads at random stay small enough to sit in the cache.
//
// Results are bitwise those of the dense kernel: the same terms added in the same order.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "contribution/sweep.hpp"

namespace impactgraph::detail {

/// Targets per sparse sweep: the width of a mask. 32 keeps a node's metadata at 8 bytes,
/// which the sweep reads at random once per edge.
inline constexpr unsigned group_width = 32;

/// std::popcount, inline: without -mpopcnt (the x86-64 baseline) std::popcount is a call
/// into libgcc, which the sweeps would make once per node.
inline unsigned bit_count(std::uint32_t x) noexcept {
#if defined(__POPCNT__) || !(defined(__x86_64__) || defined(__i386__))
  return static_cast<unsigned>(std::popcount(x));
#else
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (x * 0x01010101u) >> 24;
#endif
}

/// Per node: the group's targets it reaches and where its row starts in SparseRows::values.
struct RowMeta {
  std::uint32_t mask = 0;
  std::uint32_t offset = 0;  // with p_only_row set: see there
};

/// In a two-channel (P, N) sweep, set in RowMeta::offset for a node with no negative edge on
/// any path from it: every N entry of its row is +0.0 (a sum of +0.0 and x * +0.0 with x >= 0),
/// so its row holds the P entries alone and the sweep reads N as the constant +0.0. On a
/// strategy with few trade-offs this halves the rows the sweep reads at random.
inline constexpr std::uint32_t p_only_row = 0x80000000u;
inline constexpr std::uint32_t row_offset_bits = 0x7FFFFFFFu;

/// The most doubles the rows of one sweep may take (offsets are 31-bit); past it the engine
/// sweeps fewer targets at a time.
inline constexpr std::size_t max_row_doubles = row_offset_bits;

struct SparseRows {
  std::vector<RowMeta> meta;   // node_count; a node off every path keeps mask 0
  std::vector<double> values;  // the rows: value of target bit k, channel c at offset + k * channels + c
};

/// For every node of `s.order` (visited in reverse), meta[v].mask = the bits of the seeds
/// (s.slot: 0..31) it has a path to, its own included; every other node's mask is 0.
/// `s.direction` must be reverse and `s.stop_at_members` false.
void sparse_reach(const Sweep& s, std::span<RowMeta> meta);

/// Lays the rows out (Monte Carlo's sampler, whose rows are mc_lanes wide): first the
/// `readers` (in the given order: their rows can then be read in that order), then the other
/// nodes of `order`. Returns the number of doubles the rows take; when that is above
/// max_row_doubles the offsets are not valid.
std::size_t sparse_layout(std::span<const NodeIndex> readers, std::span<const NodeIndex> order,
                          std::span<const std::uint32_t> reader_pos, unsigned channels, std::span<RowMeta> meta);

/// positive[v] = 1 when no edge of negative weight (w < 0) lies on any path from v, else 0.
/// O(V + E), over the model's topological order.
void positive_below(const Model& model, std::span<const double> weights, std::vector<std::uint8_t>& positive);

/// The point estimate's rows, masks and layout in one reverse sweep over `s.order`:
/// meta[v].mask as sparse_reach computes it, and row(v)[j] = [v is seed j] + sum over edges
/// v->u of w'(v->u) * row(u)[j], per channel under the rules of the dense kernel (sweep.cpp).
/// Each row is placed in `values` (grown as needed) when its node is reached, so the rows lie
/// in visiting order. With `channels` 2 and a non-empty `positive` (positive_below's marks;
/// only valid where the sweep's weights are the model's own, i.e. path mode), a marked node's
/// row is a p_only_row. Returns the number of doubles the rows take; a number above
/// max_row_doubles means they would not fit 31-bit offsets, and then meta and values are not
/// valid.
std::size_t sparse_rows(const Sweep& s, unsigned channels, std::span<RowMeta> meta, std::vector<double>& values,
                        std::span<const std::uint8_t> positive = {});

}  // namespace impactgraph::detail
