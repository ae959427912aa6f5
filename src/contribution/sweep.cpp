// The propagation kernel (see sweep.hpp) and the reachability marks it relies on.
//
// Reverse sweep, seeds t_0..t_7: in reverse topological order,
//   D[v][j] = [v == t_j] + sum over edges v->u of w'(v->u) * D[u][j],
// so D[s][j] = sum over paths s -> t_j of the product of w' (the empty path when s = t_j).
// Forward sweep, seeds s_0..s_7: in topological order,
//   D[v][i] = [v == s_i] + sum over edges u->v of w'(u->v) * D[u][i].
// Only nodes that lie on some source-to-target path (flag_from and flag_to; the list
// collect_on_path makes) are visited; every other node's value is 0 and is never read.
#include <algorithm>
#include <array>
#include <cassert>

#include "contribution/sweep.hpp"

namespace impactgraph::detail {

void mark_reach(const Model& model, std::span<std::uint8_t> flags) {
  mark_reach(model, model.topological_order(), flags);
}

void mark_from(const Model& model, std::span<const NodeIndex> order, std::span<std::uint8_t> flags) {
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  for (const NodeIndex v : order) {
    if (flags[v] & flag_source) flags[v] |= flag_from;
    if (!(flags[v] & flag_from)) continue;
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) flags[heads[e]] |= flag_from;
  }
}

void mark_reach(const Model& model, std::span<const NodeIndex> order, std::span<std::uint8_t> flags) {
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  mark_from(model, order, flags);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const NodeIndex v = *it;
    if (flags[v] & flag_target) {
      flags[v] |= flag_to;
      continue;
    }
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e)
      if (flags[heads[e]] & flag_to) {
        flags[v] |= flag_to;
        break;
      }
  }
}

// See sweep.hpp. The walk: a node joins when it is no source and each of its in-edges comes
// from a node that joined.
bool reach_from_roots(const Model& m, std::span<std::uint8_t> flags, RootWalk& walk) {
  const std::size_t n = m.node_count();
  if (walk.root.size() != n) {
    walk.root.assign(n, 1);
    for (const NodeIndex h : m.csr_targets()) walk.root[h] = 0;
    walk.pending.assign(n, 0);
  }
  const std::size_t limit = n / 64 + 16;  // past it the forward pass is as cheap
  std::vector<NodeIndex>& out = walk.unreached;
  out.clear();
  for (NodeIndex v = 0; v < n; ++v)
    if (walk.root[v] && !(flags[v] & flag_source)) {
      if (out.size() == limit) return false;
      out.push_back(v);
    }
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  std::vector<NodeIndex> touched;
  bool ok = true;
  for (std::size_t i = 0; i < out.size() && ok; ++i) {
    const NodeIndex b = out[i];
    for (EdgeIndex e = offsets[b]; e < offsets[b + 1]; ++e) {
      const NodeIndex w = heads[e];
      if (flags[w] & flag_source) continue;
      if (walk.pending[w]++ == 0) touched.push_back(w);
      if (walk.pending[w] == m.in_edges(w).size()) out.push_back(w);
    }
    ok = out.size() + touched.size() <= 4 * limit;
  }
  for (const NodeIndex w : touched) walk.pending[w] = 0;
  if (!ok) return false;
  for (std::uint8_t& f : flags) f |= flag_from;
  for (const NodeIndex b : out) flags[b] &= static_cast<std::uint8_t>(~flag_from);
  return true;
}

namespace {
constexpr std::uint8_t on_path = flag_from | flag_to;
}  // namespace

void collect_on_path(const Model& model, std::span<const std::uint8_t> flags, std::vector<NodeIndex>& out) {
  collect_on_path(model.topological_order(), flags, out);
}

void collect_flagged(std::span<const NodeIndex> order, std::span<const std::uint8_t> flags, std::uint8_t need,
                     std::vector<NodeIndex>& out) {
  out.clear();
  for (const NodeIndex v : order)
    if ((flags[v] & need) == need) out.push_back(v);
}

void collect_on_path(std::span<const NodeIndex> order, std::span<const std::uint8_t> flags,
                     std::vector<NodeIndex>& out) {
  collect_flagged(order, flags, on_path, out);
}

namespace {

template <unsigned C>
struct Acc {
  std::array<double, C * block_width> a{};
};

// Adds x * (neighbour block) into acc under the channel rules: channel 0 and 1 swap on a
// negative edge (a negative edge flips the parity of the path), channel 2 only takes
// non-negative edges.
template <unsigned C>
inline void add_scaled(Acc<C>& acc, double x, const double* nb) noexcept {
  double* a = acc.a.data();
  if constexpr (C == 1) {
    for (unsigned j = 0; j < block_width; ++j) a[j] += x * nb[j];
  } else {
    const double* p = nb;
    const double* n = nb + block_width;
    if (x >= 0.0) {
      for (unsigned j = 0; j < block_width; ++j) a[j] += x * p[j];
      for (unsigned j = 0; j < block_width; ++j) a[block_width + j] += x * n[j];
    } else {
      for (unsigned j = 0; j < block_width; ++j) a[j] += x * n[j];
      for (unsigned j = 0; j < block_width; ++j) a[block_width + j] += x * p[j];
    }
    if constexpr (C == 3) {
      const double xa = x > 0.0 ? x : 0.0;
      const double* q = nb + 2 * block_width;
      for (unsigned j = 0; j < block_width; ++j) a[2 * block_width + j] += xa * q[j];
    }
  }
}

// The seed part of a member's block: 1 in the seed's slot of the positive channels.
template <unsigned C>
inline void add_seed(Acc<C>& acc, double x, std::uint8_t slot) noexcept {
  if (slot == no_slot) return;
  if constexpr (C == 1) {
    acc.a[slot] += x;
  } else {
    acc.a[(x >= 0.0 ? 0 : block_width) + slot] += x;
    if constexpr (C == 3) acc.a[2 * block_width + slot] += x > 0.0 ? x : 0.0;
  }
}

template <unsigned C, Direction D>
void sweep_impl(const Sweep& s, std::span<double> values, std::span<std::uint8_t> reach) {
  const Model& m = *s.model;
  const auto order = s.order;
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const auto tails = m.edge_sources();
  const double* w = s.weights.data();
  const double* scale = s.scale.data();
  const std::uint8_t* flags = s.flags.data();
  const std::uint8_t* slot = s.slot.data();
  const bool with_reach = !reach.empty();
  const std::size_t n = order.size();
  // Reverse: neighbours are successors, which must reach a target; forward: predecessors,
  // which must be reachable from a source.
  constexpr std::uint8_t need = D == Direction::reverse ? flag_to : flag_from;
  const std::uint8_t stop = s.stop_at_members ? flag_member : 0;

  for (std::size_t k = 0; k < n; ++k) {
    const NodeIndex v = D == Direction::reverse ? order[n - 1 - k] : order[k];
    Acc<C> acc;
    std::uint8_t bits = 0;
    if (slot[v] != no_slot) {
      acc.a[slot[v]] = 1.0;
      if constexpr (C == 3) acc.a[2 * block_width + slot[v]] = 1.0;
      bits = static_cast<std::uint8_t>(1u << slot[v]);
    }
    const auto visit = [&](EdgeIndex e, NodeIndex u) {
      const std::uint8_t fu = flags[u];
      if (!(fu & (need | stop))) return;
      double x = w[e];
      if (s.clamp && x < 0.0) x = 0.0;
      if (s.scale_at == ScaleAt::tail) x *= scale[tails[e]];
      else if (s.scale_at == ScaleAt::head) x *= scale[heads[e]];
      if (fu & stop) {
        add_seed<C>(acc, x, slot[u]);
        if (with_reach && slot[u] != no_slot) bits |= static_cast<std::uint8_t>(1u << slot[u]);
        return;
      }
      add_scaled<C>(acc, x, values.data() + static_cast<std::size_t>(u) * C * block_width);
      if (with_reach) bits |= reach[u];
    };
    if constexpr (D == Direction::reverse) {
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) visit(e, heads[e]);
    } else {
      for (const EdgeIndex e : m.in_edges(v)) visit(e, tails[e]);
    }
    std::copy(acc.a.begin(), acc.a.end(), values.data() + static_cast<std::size_t>(v) * C * block_width);
    if (with_reach) reach[v] = bits;
  }
}

template <unsigned C>
void sweep_dir(const Sweep& s, std::span<double> values, std::span<std::uint8_t> reach) {
  if (s.direction == Direction::reverse)
    sweep_impl<C, Direction::reverse>(s, values, reach);
  else
    sweep_impl<C, Direction::forward>(s, values, reach);
}

}  // namespace

void run_sweep(const Sweep& sweep, unsigned channels, std::span<double> values, std::span<std::uint8_t> reach) {
  assert(!sweep.stop_at_members || sweep.direction == Direction::reverse);
  assert(values.size() >= sweep.model->node_count() * channels * block_width);
  switch (channels) {
    case 1: sweep_dir<1>(sweep, values, reach); break;
    case 2: sweep_dir<2>(sweep, values, reach); break;
    default: sweep_dir<3>(sweep, values, reach); break;
  }
}

}  // namespace impactgraph::detail
