// Private to the contribution module: the sparse reverse sweeps' common parts. The dense
// kernel (sweep.hpp) carries eight values per node and channel whether or not the node
// reaches those targets; in a strategy most nodes reach few of the targets (an output feeds
// its area and that area's goals), so the sparse sweeps carry per node only the targets it
// reaches: a bit mask over a group of up to 32 targets and a row of popcount(mask) values
// per channel (per sample lane in Monte Carlo). The point estimate keeps its rows in
// point_rows.hpp; Monte Carlo's batched sweep (mc_sparse.cpp) in the packed layout here.
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

/// Per node: the group's targets it reaches and where its row starts in the packed rows.
struct RowMeta {
  std::uint32_t mask = 0;
  std::uint32_t offset = 0;
};

/// The most doubles packed rows may take (offsets are 32-bit); past it Monte Carlo samples
/// densely instead.
inline constexpr std::size_t max_row_doubles = 0xFFFFFFFFu;

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

}  // namespace impactgraph::detail
