// The point estimate's rows (see point_rows.hpp).
//
// mask(v) = seed bit of v | OR over edges v->u of mask(u), in reverse topological order;
// row(v)[j] = [v == t_j] + sum over edges v->u of w'(v->u) * row(u)[j] for j in mask(v).
// mask(u) is a subset of mask(v) for every successor u, so a node's accumulator only needs the
// places of its own mask; a successor off every path reads as mask 0 and adds nothing. A
// node's successors are all done when it is reached, so its mask is known then.
#include "contribution/point_rows.hpp"

#include "contribution/engine.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace impactgraph::detail {

namespace {

// The successors' slots are read at random, one line each, found from the edge heads alone:
// prefetched this many nodes (of the visiting order) ahead.
constexpr std::size_t slot_ahead = 8;

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
    rows.reach.assign(nodes, 0);
    rows.gen = 0;
  }
  if (++rows.gen == 0) {
    for (PointSlot& s : rows.slots) s.gen = 0;
    std::fill(rows.reach.begin(), rows.reach.end(), 0);
    rows.gen = 1;
  }
  return rows.gen;
}

// Per-model facts the sweep reads: which nodes have no in-edges.
void fill_roots(const Model& m, PointRows& rows) {
  if (rows.root.size() == m.node_count()) return;
  rows.root.assign(m.node_count(), 0);
  for (NodeIndex v = 0; v < m.node_count(); ++v) rows.root[v] = m.in_edges(v).empty() ? 1 : 0;
}

// One node's mask and row from its successors' slots, the one computation the sweep and
// point_records share (so that a leaf source's row, made in point_records, has the sweep's
// terms in the sweep's order).
template <unsigned C, ScaleAt At>
class RowMaker {
 public:
  RowMaker(const Sweep& s, const PointRows& rows, std::span<const std::uint8_t> positive)
      : offsets_(s.model->csr_offsets().data()),
        heads_(s.model->csr_targets().data()),
        w_(s.weights.data()),
        scale_(s.scale.data()),
        slot_(s.slot.data()),
        clamp_(s.clamp),
        split_(C == 2 && !positive.empty()),
        positive_(positive.data()),
        gen_(rows.gen),
        slots_(rows.slots.data()),
        rows_(rows) {}

  // Prefetches the successors' slots of v and its weights.
  void prefetch(NodeIndex v) const noexcept {
    const EdgeIndex first = offsets_[v], last = offsets_[v + 1];
    for (EdgeIndex e = first; e < last; ++e) __builtin_prefetch(slots_ + heads_[e]);
    if (first < last) {  // the weights: two lines at most on a node of a few edges
      __builtin_prefetch(w_ + first);
      __builtin_prefetch(w_ + last - 1);
    }
  }

  // v's mask (0: it reaches no seed, nothing else is set), its row in acc (count entries of
  // 1 or C values, by p_only) and rank (per target bit: its entry).
  std::uint32_t make(NodeIndex v) noexcept {
    const EdgeIndex first = offsets_[v], last = offsets_[v + 1];
    std::uint32_t mine = slot_[v] != no_slot ? std::uint32_t{1} << slot_[v] : 0;
    std::uint32_t common = ~std::uint32_t{0};  // the targets every successor reaches
    std::uint16_t spilled = 0;
    for (EdgeIndex e = first; e < last; ++e) {
      const PointSlot& su = slots_[heads_[e]];
      if (su.gen != gen_) continue;
      mine |= su.mask;
      common &= su.mask;
      spilled |= su.flags;
    }
    if (!mine) return 0;
    // Every successor with the node's own targets, each row in its slot, no seed (a project
    // whose outputs all lead to its own area and goals): then the row's places are summed in
    // registers, in loops of fixed length, the same terms in the same order.
    const bool uniform = common == mine && !(spilled & slot_spilled);  // then count fits a slot
    count = 0;
    for (std::uint32_t b = mine; b; b &= b - 1) rank[std::countr_zero(b)] = static_cast<std::uint8_t>(count++);
    p_only = split_ && positive_[v];
    const double tail_scale = At == ScaleAt::tail ? scale_[v] : 1.0;
    // The multiplier of edge e into successor slot su: w', as the dense kernel forms it.
    const auto multiplier = [&](EdgeIndex e, const PointSlot& su) {
      double x = w_[e];
      if (clamp_ && x < 0.0) x = 0.0;
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
              const PointSlot& su = slots_[heads_[e]];
              if (su.gen != gen_) continue;
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
      if (slot_[v] != no_slot) {
        const unsigned i = rank[slot_[v]] * W;
        acc[i] = 1.0;
        if constexpr (W == 3) acc[i + 2] = 1.0;
      }
      for (EdgeIndex e = first; e < last; ++e) {
        const NodeIndex u = heads_[e];
        const PointSlot& su = slots_[u];
        if (su.gen != gen_) continue;
        const double x = multiplier(e, su);
        const double* r = rows_.row(su);
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
    return mine;
  }

  std::array<double, group_width * C> acc;
  std::array<std::uint8_t, group_width> rank;  // per target of the node's mask: its place in the row
  unsigned count = 0;                          // targets in the mask
  bool p_only = false;                         // the row holds P alone (its N entries are +0.0)

 private:
  const EdgeIndex* offsets_;
  const NodeIndex* heads_;
  const double* w_;
  const double* scale_;
  const std::uint8_t* slot_;
  bool clamp_, split_;
  const std::uint8_t* positive_;
  std::uint16_t gen_;
  const PointSlot* slots_;
  const PointRows& rows_;
};

template <unsigned C, ScaleAt At>
void point_rows_impl(const Sweep& s, PointRows& out, std::span<const std::uint8_t> positive,
                     std::span<std::size_t> records, std::span<std::uint8_t> mark_to) {
  const Model& m = *s.model;
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const double* scale = s.scale.data();
  const std::uint8_t* slot = s.slot.data();
  const std::uint8_t* flags = s.flags.data();
  std::uint8_t* const to = mark_to.empty() ? nullptr : mark_to.data();
  const std::uint16_t gen = next_generation(out, m.node_count());
  fill_roots(m, out);
  const std::uint8_t* root = out.root.data();
  std::uint64_t* reach = out.reach.data();
  const std::uint64_t stamp = std::uint64_t{gen} << 33;
  PointSlot* slots = out.slots.data();
  out.spill.clear();
  RowMaker<C, At> maker(s, out, positive);
  // A leaf source: a source no node reads (no in-edges); its records are its row's only use.
  const bool skip_leaves = !records.empty();  // point_records will make their rows
  const auto leaf = [&](NodeIndex v) { return skip_leaves && (flags[v] & flag_source) && root[v]; };
  const auto count_records = [&](NodeIndex v, std::uint32_t mine) {
    // A source's records: one per target it reaches, other than itself.
    std::uint32_t b = slot[v] != no_slot ? mine & ~(std::uint32_t{1} << slot[v]) : mine;
    for (; b; b &= b - 1) ++records[static_cast<unsigned>(std::countr_zero(b))];
  };

  for (std::size_t k = s.order.size(); k-- > 0;) {
    if (k >= slot_ahead) {
      const NodeIndex ahead = s.order[k - slot_ahead];
      if (!leaf(ahead)) {
        maker.prefetch(ahead);
      } else {
        for (EdgeIndex e = offsets[ahead]; e < offsets[ahead + 1]; ++e) __builtin_prefetch(reach + heads[e]);
      }
    }
    const NodeIndex v = s.order[k];
    if (leaf(v)) {  // its mask alone, from the successors' reach
      std::uint32_t mine = slot[v] != no_slot ? std::uint32_t{1} << slot[v] : 0;
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
        const std::uint64_t r = reach[heads[e]];
        if ((r >> 33) == gen) mine |= static_cast<std::uint32_t>(r);
      }
      if (!mine) continue;
      reach[v] = stamp | PointRows::leaf_bit | mine;
      if (to) to[v] |= flag_to;
      count_records(v, mine);
      continue;
    }
    const std::uint32_t mine = maker.make(v);
    if (!mine) continue;  // its slot and reach stay stale: mask 0
    reach[v] = stamp | mine;
    if (to) to[v] |= flag_to;
    if (skip_leaves && (flags[v] & flag_source)) count_records(v, mine);
    const unsigned need = maker.count * (maker.p_only ? 1 : C);
    PointSlot& sv = slots[v];
    sv.mask = mine;
    sv.gen = gen;
    sv.flags = maker.p_only ? slot_p_only : 0;
    double* row = sv.values;
    if constexpr (At == ScaleAt::head) sv.values[head_scale_at] = scale[v];
    if (need > (At == ScaleAt::head ? head_scale_at : slot_doubles)) {
      sv.flags |= slot_spilled;
      sv.spill_at = out.spill.size();
      out.spill.resize(out.spill.size() + need);
      row = out.spill.data() + sv.spill_at;
    }
    std::copy_n(maker.acc.begin(), need, row);
  }
}

template <unsigned C, ScaleAt At>
void point_records_impl(const Sweep& s, unsigned channels, const PointRows& rows, std::span<const std::uint8_t> positive,
                        std::span<const NodeIndex> sources, std::span<const NodeIndex> group,
                        std::span<std::size_t> cursor, std::span<ContributionRecord> records,
                        std::span<RecordCell> cells) {
  RowMaker<C, At> maker(s, rows, positive);
  const std::uint64_t* reach = rows.reach.data();
  const bool with_cells = !cells.empty();
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (i + slot_ahead < sources.size()) {
      const NodeIndex ahead = sources[i + slot_ahead];
      if (rows.current(reach[ahead]) && (reach[ahead] & PointRows::leaf_bit)) maker.prefetch(ahead);
    }
    const NodeIndex src = sources[i];
    const std::uint64_t r = reach[src];
    if (!rows.current(r)) continue;
    const auto mine = static_cast<std::uint32_t>(r);
    const double* row;
    bool p_only;
    if (r & PointRows::leaf_bit) {
      maker.make(src);  // the same mask, found from the same successors
      row = maker.acc.data();
      p_only = maker.p_only;
    } else {
      const PointSlot& slot = rows.slots[src];
      row = rows.row(slot);
      p_only = (slot.flags & slot_p_only) != 0;
    }
    const unsigned width = p_only ? 1 : channels;
    unsigned entry = 0;
    for (std::uint32_t bits = mine; bits; bits &= bits - 1, ++entry) {
      const auto j = static_cast<unsigned>(std::countr_zero(bits));
      if (group[j] == src) continue;
      const double* e = row + entry * width;
      const double q = channels > 1 && !p_only ? e[1] : 0.0;  // a P-only row's N entries are +0.0
      const std::size_t at = cursor[j]++;
      records[at] = make_record(src, group[j], channels, e[0], q, channels > 2 ? e[2] : 0.0);
      if (with_cells) cells[at] = {src, static_cast<std::uint8_t>(j % block_width)};
    }
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

template <unsigned C>
void point_records_at(const Sweep& s, unsigned channels, const PointRows& rows, std::span<const std::uint8_t> positive,
                      std::span<const NodeIndex> sources, std::span<const NodeIndex> group,
                      std::span<std::size_t> cursor, std::span<ContributionRecord> records,
                      std::span<RecordCell> cells) {
  switch (s.scale_at) {
    case ScaleAt::none:
      point_records_impl<C, ScaleAt::none>(s, channels, rows, positive, sources, group, cursor, records, cells);
      return;
    case ScaleAt::tail:
      point_records_impl<C, ScaleAt::tail>(s, channels, rows, positive, sources, group, cursor, records, cells);
      return;
    case ScaleAt::head:
      point_records_impl<C, ScaleAt::head>(s, channels, rows, positive, sources, group, cursor, records, cells);
      return;
  }
}

}  // namespace

void point_records(const Sweep& s, unsigned channels, const PointRows& rows, std::span<const std::uint8_t> positive,
                   std::span<const NodeIndex> sources, std::span<const NodeIndex> group, std::span<std::size_t> cursor,
                   std::span<ContributionRecord> records, std::span<RecordCell> cells) {
  switch (channels) {
    case 1: point_records_at<1>(s, channels, rows, positive, sources, group, cursor, records, cells); break;
    case 2: point_records_at<2>(s, channels, rows, positive, sources, group, cursor, records, cells); break;
    default: point_records_at<3>(s, channels, rows, positive, sources, group, cursor, records, cells); break;
  }
}

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
