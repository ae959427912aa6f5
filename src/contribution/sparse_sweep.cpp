// The sparse reverse sweep (see sparse_sweep.hpp).
//
// mask(v) = seed bit of v | OR over edges v->u of mask(u), in reverse topological order;
// row(v)[j] = [v == t_j] + sum over edges v->u of w'(v->u) * row(u)[j] for j in mask(v).
// mask(u) is a subset of mask(v) for every successor u, so a node's accumulator only needs the
// slots of its own mask; a successor off every path has mask 0 and adds nothing.
#include "contribution/sparse_sweep.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace impactgraph::detail {

namespace {

// The sweeps read a successor's mask and row at random: on a large model these are cache
// misses, and one edge's work is too short for the processor to overlap them by itself. So
// the loops prefetch: the successors' masks a few nodes ahead, their rows (whose place needs
// the mask's offset) a little less far ahead. Distances in nodes of the visiting order.
constexpr std::size_t meta_ahead = 10;
constexpr std::size_t row_ahead = 5;

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

template <ScaleAt At>
inline void prefetch_rows(const Sweep& s, const RowMeta* meta, const double* rows, std::size_t k, unsigned channels) noexcept {
  const auto offsets = s.model->csr_offsets();
  const auto heads = s.model->csr_targets();
  const NodeIndex v = s.order[k];
  for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
    const RowMeta& m = meta[heads[e]];
    if (!m.mask) continue;
    // Both ends: a row of a few doubles at any 8-byte place crosses into a second cache line
    // about a third of the time, and that line's miss was the sweep's largest stall.
    const double* r = rows + (m.offset & row_offset_bits);
    __builtin_prefetch(r);
    __builtin_prefetch(r + bit_count(m.mask) * ((m.offset & p_only_row) ? 1 : channels) - 1);
    if constexpr (At == ScaleAt::head) __builtin_prefetch(s.scale.data() + heads[e]);  // read at random too
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
    // Past max_row_doubles the offsets are invalid anyway; the mask keeps them from running
    // into the flag bit.
    meta[v].offset = static_cast<std::uint32_t>(at & row_offset_bits);
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

namespace {

// The accumulator of one node is compact, in the layout of its own row: entry k * C + c is
// channel c of the k-th target of its mask. Adding x * row(u) follows the channel rules of
// add_scaled in sweep.cpp, term for term: the (P, N) channels swap on a negative edge (it
// flips the parity of the path), the third (A: paths without a negative edge) takes only
// non-negative edges. R is the successor row's values per entry: C, or 1 for a p_only_row
// (C == 2), whose N entries are +0.0: the full row's term x * N, a zero, is then left out.
// That keeps the sums bitwise those of full rows: an accumulator starts at +0.0 (or the
// seed's 1.0) and a sum of finite doubles rounded to nearest is -0.0 only when both addends
// are, so no accumulator is ever -0.0, and adding a zero of either sign leaves every other
// value as it is.
template <unsigned C, unsigned R>
inline void add_entry(double* acc, double x, double xa, unsigned p, const double* r) noexcept {
  if constexpr (C == 1) {
    acc[0] += x * r[0];
  } else if constexpr (R == 1) {
    acc[p] += x * r[0];
  } else {
    acc[0] += x * r[p];
    acc[1] += x * r[1 - p];
    if constexpr (C == 3) acc[2] += xa * r[2];
  }
}

// Adds x * row(u). A successor with the node's own mask (the common case: the outputs of one
// area under a project of that area) has the same layout: a loop of fixed length, no bit
// search. One that reaches fewer targets puts entry j at the place rank[j] of target j in the
// node's own row.
template <unsigned C, unsigned R>
inline void add_row(double* acc, double x, const std::uint8_t* rank, std::uint32_t mine, std::uint32_t bits,
                    unsigned entries, const double* r) noexcept {
  const unsigned p = x >= 0.0 ? 0 : 1;
  const double xa = x > 0.0 ? x : 0.0;
  if (bits == mine) {
    for (unsigned k = 0; k < entries; ++k) add_entry<C, R>(acc + k * C, x, xa, p, r + k * R);
  } else {
    for (; bits; bits &= bits - 1, r += R) add_entry<C, R>(acc + rank[std::countr_zero(bits)] * C, x, xa, p, r);
  }
}

// The point pass's rows in one sweep: a node's successors are all done before it, so its
// mask (seed bit | their masks) is known when it is reached, and its row is placed then, at
// the end of the rows so far. No separate pass computes the masks or lays the rows out; a
// node's metadata is read at random only here.
template <unsigned C, ScaleAt At>
std::size_t sparse_rows_impl(const Sweep& s, std::span<RowMeta> meta, std::vector<double>& values,
                             std::span<const std::uint8_t> positive) {
  const Model& m = *s.model;
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const double* w = s.weights.data();
  const double* scale = s.scale.data();
  const std::uint8_t* slot = s.slot.data();
  RowMeta* rows = meta.data();
  double* out = values.data();
  const bool clamp = s.clamp;
  const bool split = C == 2 && !positive.empty();
  std::array<double, group_width * C> acc;
  std::array<std::uint8_t, group_width> rank;  // per target of the node's mask: its place in the row
  std::size_t at = 0;                           // the rows so far, in doubles

  // Masks start at 0: a successor not yet reached (or off every path) adds nothing, and the
  // prefetches below skip it.
  for (RowMeta& r : meta) r = RowMeta{};
  for (std::size_t k = s.order.size(); k-- > 0;) {
    if (k >= meta_ahead) prefetch_meta(s, rows, k - meta_ahead);
    if (k >= row_ahead) prefetch_rows<At>(s, rows, out, k - row_ahead, C);
    const NodeIndex v = s.order[k];
    const EdgeIndex first = offsets[v], last = offsets[v + 1];
    std::uint32_t mine = slot[v] != no_slot ? std::uint32_t{1} << slot[v] : 0;
    for (EdgeIndex e = first; e < last; ++e) mine |= rows[heads[e]].mask;
    if (!mine) continue;
    unsigned count = 0;
    for (std::uint32_t b = mine; b; b &= b - 1) rank[std::countr_zero(b)] = static_cast<std::uint8_t>(count++);
    const bool p_only = split && positive[v];
    const std::size_t need = count * (p_only ? 1 : C);
    if (at + need > max_row_doubles) return at + need;  // the caller sweeps fewer targets
    if (at + need > values.size()) {
      values.resize(std::max(at + need, 2 * values.size()));
      out = values.data();
    }
    std::fill_n(acc.begin(), count * C, 0.0);
    if (slot[v] != no_slot) {
      const unsigned i = rank[slot[v]] * C;
      acc[i] = 1.0;
      if constexpr (C == 3) acc[i + 2] = 1.0;
    }
    const double tail_scale = At == ScaleAt::tail ? scale[v] : 1.0;
    for (EdgeIndex e = first; e < last; ++e) {
      const NodeIndex u = heads[e];
      const RowMeta mu = rows[u];
      if (!mu.mask) continue;
      double x = w[e];
      if (clamp && x < 0.0) x = 0.0;
      if constexpr (At == ScaleAt::tail) x *= tail_scale;
      if constexpr (At == ScaleAt::head) x *= scale[u];
      const double* r = out + (mu.offset & row_offset_bits);
      if constexpr (C == 2) {
        if (mu.offset & p_only_row) {
          add_row<C, 1>(acc.data(), x, rank.data(), mine, mu.mask, count, r);
          continue;
        }
      }
      add_row<C, C>(acc.data(), x, rank.data(), mine, mu.mask, count, r);
    }
    double* row = out + at;
    rows[v] = RowMeta{mine, static_cast<std::uint32_t>(at) | (p_only ? p_only_row : 0u)};
    at += need;
    if (p_only) {
      for (unsigned i = 0; i < count; ++i) {
        assert(std::bit_cast<std::uint64_t>(acc[i * 2 + 1]) == 0);  // +0.0: no negative edge below
        row[i] = acc[i * 2];
      }
    } else {
      std::copy_n(acc.begin(), count * C, row);
    }
  }
  return at;
}

template <unsigned C>
std::size_t sparse_rows_at(const Sweep& s, std::span<RowMeta> meta, std::vector<double>& values,
                           std::span<const std::uint8_t> positive) {
  switch (s.scale_at) {
    case ScaleAt::none: return sparse_rows_impl<C, ScaleAt::none>(s, meta, values, positive);
    case ScaleAt::tail: return sparse_rows_impl<C, ScaleAt::tail>(s, meta, values, positive);
    case ScaleAt::head: break;
  }
  return sparse_rows_impl<C, ScaleAt::head>(s, meta, values, positive);
}

}  // namespace

std::size_t sparse_rows(const Sweep& s, unsigned channels, std::span<RowMeta> meta, std::vector<double>& values,
                        std::span<const std::uint8_t> positive) {
  assert(s.direction == Direction::reverse && !s.stop_at_members);
  switch (channels) {
    case 1: return sparse_rows_at<1>(s, meta, values, positive);
    case 2: return sparse_rows_at<2>(s, meta, values, positive);
    default: return sparse_rows_at<3>(s, meta, values, positive);
  }
}

}  // namespace impactgraph::detail
