// The point estimate's rows (see point_rows.hpp).
//
// mask(v) = seed bit of v | OR over edges v->u of mask(u), in reverse topological order;
// row(v)[j] = [v == t_j] + sum over edges v->u of w'(v->u) * row(u)[j] for j in mask(v).
// mask(u) is a subset of mask(v) for every successor u, so a node's accumulator only needs the
// places of its own mask; a successor off every path reads as mask 0 and adds nothing. A
// node's successors are all done when it is reached, so its mask is known then.
#include "contribution/point_rows.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace impactgraph::detail {

namespace {

// Attribution scales each edge by its head's factor, which the predecessors would read at
// random too: the head's slot carries it in its last place (rows then hold six values).
constexpr unsigned head_scale_at = slot_doubles - 1;

// The accumulator of one node is compact, in the layout of its own row: entry k * C + c is
// channel c of the k-th target of its mask. Adding x * row(u) follows the channel rules of
// add_scaled in sweep.cpp, term for term: the (P, N) channels swap on a negative edge (it
// flips the parity of the path), the third (A: paths without a negative edge) takes only
// non-negative edges. R is the successor row's values per entry: C, or 1 for a P-only row
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

// The generation of a new sweep; on wrap-around every slot is made stale first.
std::uint16_t next_generation(PointRows& rows, std::size_t nodes) {
  if (rows.slots.size() != nodes) {
    rows.slots.assign(nodes, PointSlot{});
    rows.gen = 0;
  }
  if (++rows.gen == 0) {
    for (PointSlot& s : rows.slots) s.gen = 0;
    rows.gen = 1;
  }
  return rows.gen;
}

template <unsigned C, ScaleAt At>
void point_rows_impl(const Sweep& s, PointRows& out, std::span<const std::uint8_t> positive,
                     std::span<std::size_t> records, std::span<std::uint8_t> mark_to) {
  const Model& m = *s.model;
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const double* w = s.weights.data();
  const double* scale = s.scale.data();
  const std::uint8_t* slot = s.slot.data();
  const std::uint8_t* flags = s.flags.data();
  const bool clamp = s.clamp;
  const bool count_records = !records.empty();
  std::uint8_t* const to = mark_to.empty() ? nullptr : mark_to.data();
  const bool split = C == 2 && !positive.empty();
  const std::uint16_t gen = next_generation(out, m.node_count());
  PointSlot* slots = out.slots.data();
  out.spill.clear();
  std::array<double, group_width * C> acc;
  std::array<std::uint8_t, group_width> rank;  // per target of the node's mask: its place in the row

  for (std::size_t k = s.order.size(); k-- > 0;) {
    if (k >= slot_ahead) {
      const NodeIndex ahead = s.order[k - slot_ahead];
      const EdgeIndex first = offsets[ahead], last = offsets[ahead + 1];
      for (EdgeIndex e = first; e < last; ++e) __builtin_prefetch(slots + heads[e]);
      if (first < last) {  // the weights: two lines at most on a node of a few edges
        __builtin_prefetch(w + first);
        __builtin_prefetch(w + last - 1);
      }
    }
    const NodeIndex v = s.order[k];
    const EdgeIndex first = offsets[v], last = offsets[v + 1];
    std::uint32_t mine = slot[v] != no_slot ? std::uint32_t{1} << slot[v] : 0;
    std::uint32_t common = ~std::uint32_t{0};  // the targets every successor reaches
    std::uint16_t spilled = 0;
    for (EdgeIndex e = first; e < last; ++e) {
      const PointSlot& su = slots[heads[e]];
      if (su.gen != gen) continue;
      mine |= su.mask;
      common &= su.mask;
      spilled |= su.flags;
    }
    // Every successor with the node's own targets, each row in its slot, no seed (a project
    // whose outputs all lead to its own area and goals): then the row's places are summed in
    // registers, in loops of fixed length, the same terms in the same order.
    const bool uniform = common == mine && !(spilled & slot_spilled);  // then count fits a slot
    if (!mine) continue;  // its slot stays stale: mask 0
    if (to) to[v] |= flag_to;
    if (count_records && (flags[v] & flag_source)) {
      // A source's records: one per target it reaches, other than itself.
      std::uint32_t b = slot[v] != no_slot ? mine & ~(std::uint32_t{1} << slot[v]) : mine;
      for (; b; b &= b - 1) ++records[static_cast<unsigned>(std::countr_zero(b))];
    }
    unsigned count = 0;
    for (std::uint32_t b = mine; b; b &= b - 1) rank[std::countr_zero(b)] = static_cast<std::uint8_t>(count++);
    const bool p_only = split && positive[v];
    const unsigned need = count * (p_only ? 1 : C);
    const double tail_scale = At == ScaleAt::tail ? scale[v] : 1.0;
    // The multiplier of edge e into successor slot su: w', as the dense kernel forms it.
    const auto multiplier = [&](EdgeIndex e, const PointSlot& su) {
      double x = w[e];
      if (clamp && x < 0.0) x = 0.0;
      if constexpr (At == ScaleAt::tail) x *= tail_scale;
      if constexpr (At == ScaleAt::head) x *= su.values[head_scale_at];
      return x;
    };
    // acc = the seed's 1.0 + x * row(u) over the edges, W values per target (W == C, or 1 for
    // a P-only node).
    const auto sum_edges = [&]<unsigned W>() {
      if constexpr (W == 1) {
        if (uniform) {
          const auto fixed = [&]<unsigned N>() {
            std::array<double, N> a{};
            for (EdgeIndex e = first; e < last; ++e) {
              const PointSlot& su = slots[heads[e]];
              if (su.gen != gen) continue;
              const double x = multiplier(e, su);
              for (unsigned i = 0; i < N; ++i) a[i] += x * su.values[i];
            }
            std::copy_n(a.begin(), N, acc.begin());
          };
          assert(count <= (At == ScaleAt::head ? head_scale_at : slot_doubles));  // rows in their slots
          switch (count) {
            case 1: fixed.template operator()<1>(); return;
            case 2: fixed.template operator()<2>(); return;
            case 3: fixed.template operator()<3>(); return;
            case 4: fixed.template operator()<4>(); return;
            case 5: fixed.template operator()<5>(); return;
            case 6: fixed.template operator()<6>(); return;
            default: fixed.template operator()<slot_doubles>(); return;  // the most a slot holds
          }
        }
      }
      std::fill_n(acc.begin(), count * W, 0.0);
      if (slot[v] != no_slot) {
        const unsigned i = rank[slot[v]] * W;
        acc[i] = 1.0;
        if constexpr (W == 3) acc[i + 2] = 1.0;
      }
      for (EdgeIndex e = first; e < last; ++e) {
        const NodeIndex u = heads[e];
        const PointSlot& su = slots[u];
        if (su.gen != gen) continue;
        const double x = multiplier(e, su);
        const double* r = out.row(su);
        if constexpr (W == 2) {
          if (su.flags & slot_p_only) {
            add_row<W, 1>(acc.data(), x, rank.data(), mine, su.mask, count, r);
            continue;
          }
        }
        add_row<W, W>(acc.data(), x, rank.data(), mine, su.mask, count, r);
      }
    };
    if constexpr (C == 2) {
      // A P-only node's edges are all >= 0 (or -0.0) and its successors all P-only, so its P
      // entries are the one-channel sums, term for term, and its N entries +0.0: it skips them.
      if (p_only) sum_edges.template operator()<1>();
      else sum_edges.template operator()<2>();
    } else {
      sum_edges.template operator()<C>();
    }

    PointSlot& sv = slots[v];
    sv.mask = mine;
    sv.gen = gen;
    sv.flags = p_only ? slot_p_only : 0;
    double* row = sv.values;
    if constexpr (At == ScaleAt::head) sv.values[head_scale_at] = scale[v];
    if (need > (At == ScaleAt::head ? head_scale_at : slot_doubles)) {
      sv.flags |= slot_spilled;
      sv.spill_at = out.spill.size();
      out.spill.resize(out.spill.size() + need);
      row = out.spill.data() + sv.spill_at;
    }
    std::copy_n(acc.begin(), need, row);
  }
}

template <unsigned C>
void point_rows_at(const Sweep& s, PointRows& rows, std::span<const std::uint8_t> positive,
                   std::span<std::size_t> records, std::span<std::uint8_t> mark_to) {
  switch (s.scale_at) {
    case ScaleAt::none: point_rows_impl<C, ScaleAt::none>(s, rows, positive, records, mark_to); return;
    case ScaleAt::tail: point_rows_impl<C, ScaleAt::tail>(s, rows, positive, records, mark_to); return;
    case ScaleAt::head: point_rows_impl<C, ScaleAt::head>(s, rows, positive, records, mark_to); return;
  }
}

}  // namespace

void point_rows(const Sweep& s, unsigned channels, PointRows& rows, std::span<const std::uint8_t> positive,
                std::span<std::size_t> records, std::span<std::uint8_t> mark_to) {
  assert(s.direction == Direction::reverse && !s.stop_at_members);
  assert(records.empty() || s.flags.size() == s.slot.size());
  switch (channels) {
    case 1: point_rows_at<1>(s, rows, positive, records, mark_to); break;
    case 2: point_rows_at<2>(s, rows, positive, records, mark_to); break;
    default: point_rows_at<3>(s, rows, positive, records, mark_to); break;
  }
}

}  // namespace impactgraph::detail
