// The sparse sweep's masks and packed row layout, and the positive-below marks (see
// sparse_sweep.hpp).
//
// mask(v) = seed bit of v | OR over edges v->u of mask(u), in reverse topological order.
#include "contribution/sparse_sweep.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace impactgraph::detail {

namespace {

// The mask pass reads a successor's mask at random: on a large model these are cache misses,
// and one edge's work is too short for the processor to overlap them by itself. So it
// prefetches the masks this many nodes (of the visiting order) ahead.
constexpr std::size_t meta_ahead = 10;

inline void prefetch_meta(const Sweep& s, const RowMeta* meta, std::size_t k) noexcept {
  const auto offsets = s.model->csr_offsets();
  const auto heads = s.model->csr_targets();
  const NodeIndex v = s.order[k];
  for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) __builtin_prefetch(meta + heads[e]);
  // The weights too: visited in reverse, their lines come in an order the hardware
  // prefetcher does not follow.
  if (offsets[v] < offsets[v + 1]) {
    __builtin_prefetch(s.weights.data() + offsets[v]);
    __builtin_prefetch(s.weights.data() + offsets[v + 1] - 1);
  }
}

}  // namespace

void sparse_reach(const Sweep& s, std::span<RowMeta> meta) {
  assert(s.direction == Direction::reverse && !s.stop_at_members);
  const auto offsets = s.model->csr_offsets();
  const auto heads = s.model->csr_targets();
  const std::uint8_t* slot = s.slot.data();
  for (RowMeta& m : meta) m.mask = 0;
  for (std::size_t k = s.order.size(); k-- > 0;) {
    if (k >= meta_ahead) prefetch_meta(s, meta.data(), k - meta_ahead);
    const NodeIndex v = s.order[k];
    std::uint32_t bits = slot[v] != no_slot ? std::uint32_t{1} << slot[v] : 0;
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) bits |= meta[heads[e]].mask;
    meta[v].mask = bits;
  }
}

std::size_t sparse_layout(std::span<const NodeIndex> readers, std::span<const NodeIndex> order,
                          std::span<const std::uint32_t> reader_pos, unsigned channels, std::span<RowMeta> meta) {
  std::size_t at = 0;
  const auto place = [&](NodeIndex v) {
    // Past max_row_doubles the offsets are invalid anyway.
    meta[v].offset = static_cast<std::uint32_t>(at);
    at += bit_count(meta[v].mask) * channels;
  };
  for (const NodeIndex r : readers) place(r);
  for (const NodeIndex v : order)
    if (reader_pos[v] == 0xFFFFFFFFu) place(v);
  return at;
}

void positive_below(const Model& model, std::span<const double> weights, std::vector<std::uint8_t>& positive) {
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  const auto order = model.topological_order();
  positive.assign(model.node_count(), 1);
  for (std::size_t k = order.size(); k-- > 0;) {
    const NodeIndex v = order[k];
    bool ok = true;
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) ok = ok && !(weights[e] < 0.0) && positive[heads[e]];
    positive[v] = ok ? 1 : 0;
  }
}

}  // namespace impactgraph::detail
