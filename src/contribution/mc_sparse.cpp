// Monte Carlo in the reverse direction over sparse rows, several samples at once: each
// node's row holds, per target of its mask, one value per sample lane (mc_lanes of them).
// One sweep then carries mc_lanes samples of up to 32 targets; the dense kernel took one
// sweep per sample and per block of eight targets, and carried eight values per node
// whether or not the node reaches those targets.
//
// Per lane the arithmetic is the dense kernel's (sweep.cpp), term for term and in the same
// order: x = w(e), clamped, times the tail's or the head's factor; the node's value is its
// seed 1 plus x * (the successor's value) over its out-edges in edge order. So a sample's
// values do not depend on the lane or the batch it ran in, nor on the thread count.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "contribution/sample_threads.hpp"

namespace impactgraph::detail {

namespace {

// A node's row as a program for the batched sweep: its out-edges whose head reaches a
// target of the group, in edge order.
struct SweepStep {
  NodeIndex node;
  std::uint32_t first, last;  // into SweepProgram::heads / edges
};

struct SweepProgram {
  std::vector<SweepStep> steps;  // in reverse topological order (the sweep's order)
  std::vector<NodeIndex> heads;
  std::vector<EdgeIndex> edges;
};

SweepProgram make_program(const Model& m, std::span<const NodeIndex> order, std::span<const RowMeta> meta) {
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  SweepProgram p;
  for (std::size_t k = order.size(); k-- > 0;) {
    const NodeIndex v = order[k];
    if (!meta[v].mask) continue;
    const auto first = static_cast<std::uint32_t>(p.heads.size());
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e)
      if (meta[heads[e]].mask) {
        p.heads.push_back(heads[e]);
        p.edges.push_back(e);
      }
    p.steps.push_back({v, first, static_cast<std::uint32_t>(p.heads.size())});
  }
  return p;
}

constexpr std::size_t L = mc_lanes;

// acc[k * L + l] += x[l] * r[k * L + l] for the entries of a successor with the node's mask.
inline void add_same(double* acc, const double* x, const double* r, unsigned entries) noexcept {
  for (unsigned k = 0; k < entries; ++k)
    for (std::size_t l = 0; l < L; ++l) acc[k * L + l] += x[l] * r[k * L + l];
}

// A successor reaching fewer targets: its entry for target bit j goes to place rank[j].
inline void add_subset(double* acc, const double* x, const std::uint8_t* rank, std::uint32_t bits,
                       const double* r) noexcept {
  for (; bits; bits &= bits - 1, r += L) {
    double* a = acc + rank[std::countr_zero(bits)] * L;
    for (std::size_t l = 0; l < L; ++l) a[l] += x[l] * r[l];
  }
}

// One batched sweep: rows[meta[v].offset + k * L + l] for every node of the program.
void batched_sweep(const SweepProgram& p, std::span<const RowMeta> meta, const std::uint8_t* slot,
                   const double* x, double* rows) {
  alignas(64) std::array<double, group_width * L> acc;
  std::array<std::uint8_t, group_width> rank;
  for (const SweepStep& step : p.steps) {
    const std::uint32_t mine = meta[step.node].mask;
    unsigned count = 0;
    for (std::uint32_t b = mine; b; b &= b - 1) rank[std::countr_zero(b)] = static_cast<std::uint8_t>(count++);
    std::fill_n(acc.begin(), count * L, 0.0);
    if (slot[step.node] != no_slot) std::fill_n(acc.begin() + rank[slot[step.node]] * L, L, 1.0);
    for (std::uint32_t i = step.first; i < step.last; ++i) {
      const RowMeta mu = meta[p.heads[i]];
      const double* xi = x + static_cast<std::size_t>(i) * L;
      if (mu.mask == mine)
        add_same(acc.data(), xi, rows + mu.offset, count);
      else
        add_subset(acc.data(), xi, rank.data(), mu.mask, rows + mu.offset);
    }
    std::copy_n(acc.begin(), count * L, rows + meta[step.node].offset);
  }
}

// A record's eight lane values into its row of samples. Where the row's place is 16-byte
// aligned (always when the sample count is even), as non-temporal stores: the 88 MB of
// samples are far larger than the cache, and ordinary stores first read every line in.
inline void store_lanes(double* to, const double* r) noexcept {
#if defined(__SSE2__)
  if ((reinterpret_cast<std::uintptr_t>(to) & 15) == 0) {
    for (std::size_t l = 0; l < L; l += 2) _mm_stream_pd(to + l, _mm_loadu_pd(r + l));
    return;
  }
#endif
  for (std::size_t l = 0; l < L; ++l) to[l] = r[l];  // inline stores, not a memmove call
}

// Per edge: can its multiplier differ between samples? Its weight when it has a range (path
// mode); in flow, any out-edge of its tail with a range (the tail's factor sums them all);
// in attribution, any in-edge of its head with a range.
std::vector<std::uint8_t> varying_edges(const Model& m, std::span<const UncertainEdge> uncertain, ScaleAt at) {
  std::vector<std::uint8_t> varies(m.edge_count(), 0);
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const auto tails = m.edge_sources();
  for (const UncertainEdge& e : uncertain) {
    if (at == ScaleAt::tail) {
      const NodeIndex v = tails[e.edge];
      for (EdgeIndex f = offsets[v]; f < offsets[v + 1]; ++f) varies[f] = 1;
    } else if (at == ScaleAt::head) {
      for (const EdgeIndex f : m.in_edges(heads[e.edge])) varies[f] = 1;
    } else {
      varies[e.edge] = 1;
    }
  }
  return varies;
}

// varying[v]: the targets of the group (bits, as in the masks) for which node v's sampled
// values can differ between samples: those of a successor reached by a varying edge, and
// those a successor varies for. In the program's order, successors before predecessors.
void mark_varying(const SweepProgram& p, std::span<const RowMeta> meta, std::span<const std::uint8_t> varies,
                  std::span<std::uint32_t> varying) {
  for (const SweepStep& step : p.steps) {
    std::uint32_t bits = 0;
    for (std::uint32_t i = step.first; i < step.last; ++i) {
      const NodeIndex u = p.heads[i];
      bits |= varies[p.edges[i]] ? meta[u].mask : varying[u];
    }
    varying[step.node] = bits & meta[step.node].mask;
  }
}

// Per thread: the sample's weights and factors, the lanes' edge multipliers, the rows.
struct LaneBuffers {
  std::vector<double> weights, scale, x, rows;
};

}  // namespace

bool sample_records_sparse(const SamplingPlan& plan, ContributionScratch& sc, const Uncertainty& u,
                           std::span<const NodeIndex> sources, std::span<double> samples,
                           std::span<std::uint8_t> constant) {
  const Model& m = *plan.model;
  const std::size_t k_total = u.samples;
  const std::span<const NodeIndex> targets = plan.seeds;
  const auto base = m.edge_weights();
  find_uncertain_edges(m, sc, u);
  const std::vector<UncertainEdge>& uncertain = sc.uncertain;
  const unsigned threads = thread_count(u);
  const Sweep& sweep = plan.sweep;
  std::vector<RowMeta> meta(m.node_count());
  std::vector<LaneBuffers> buffers(threads);
  std::vector<SampleOutcome> outcomes;
  const std::vector<std::uint8_t> varies = varying_edges(m, uncertain, sweep.scale_at);
  std::vector<std::uint32_t> varying(m.node_count());
  std::fill(constant.begin(), constant.end(), std::uint8_t{0});

  for (std::size_t g0 = 0; g0 < targets.size(); g0 += group_width) {
    const std::size_t count = std::min<std::size_t>(group_width, targets.size() - g0);
    const std::span<const NodeIndex> group = targets.subspan(g0, count);
    for (std::size_t j = 0; j < count; ++j) sc.slot[group[j]] = static_cast<std::uint8_t>(j);
    Sweep s = sweep;
    s.slot = sc.slot;
    sparse_reach(s, meta);
    const std::size_t size = sparse_layout(sources, sweep.order, sc.source_pos, L, meta);
    if (size > max_row_doubles) {  // too large for 32-bit offsets: the caller samples densely
      for (const NodeIndex t : group) sc.slot[t] = no_slot;
      return false;
    }
    const SweepProgram program = make_program(m, sweep.order, meta);
    const auto mask_of = [&meta](NodeIndex v) { return meta[v].mask; };
    // Where the group's records are (sparse_point_pass's order: by target, then source).
    std::vector<std::size_t> first_record(count);
    for (std::size_t j = 0; j < count; ++j) first_record[j] = sc.target_start[g0 + j];
    // The records whose samples are all one value: no multiplier on their paths varies.
    mark_varying(program, meta, varies, varying);
    // The program's multipliers that can vary, with their tails: after a thread's first
    // batch, only these are drawn again (6 % of them on the benchmark model).
    std::vector<std::pair<std::uint32_t, NodeIndex>> moving;
    for (const SweepStep& step : program.steps)
      for (std::uint32_t i = step.first; i < step.last; ++i)
        if (varies[program.edges[i]]) moving.emplace_back(i, step.node);
    {
      std::vector<std::size_t> cursor(first_record);
      for_each_group_record(sources, mask_of, group, cursor, [&](NodeIndex src, unsigned j, unsigned, std::size_t rec) {
        constant[rec] = !((varying[src] >> j) & 1U);
      });
    }

    run_sample_threads(threads, outcomes, [&](unsigned t, SampleOutcome& outcome) {
      LaneBuffers& b = buffers[t];
      b.weights.assign(base.begin(), base.end());
      b.scale.resize(m.node_count());
      b.x.resize(program.edges.size() * L);
      b.rows.resize(size);
      std::vector<std::size_t> cursor(count);
      const std::size_t k0 = k_total * t / threads;
      const std::size_t k1 = k_total * (t + 1) / threads;
      for (std::size_t kb = k0; kb < k1; kb += L) {
        const std::size_t lanes = std::min(L, k1 - kb);
        for (std::size_t l = 0; l < L; ++l) {
          if (l >= lanes) {  // past the thread's samples: zero multipliers, values unused
            for (std::size_t i = 0; i < program.edges.size(); ++i) b.x[i * L + l] = 0.0;
            continue;
          }
          const std::size_t k = kb + l;
          for (const UncertainEdge& e : uncertain) b.weights[e.edge] = draw_weight(e, u.seed, k, u.distribution);
          const NormalizeFailure f =
              compute_scales(m, b.weights, sweep.clamp, sweep.scale_at, sweep.flags, sweep.order, b.scale);
          if (f.failed) {
            outcome.failed_sample = k;
            outcome.failure = f;
            return;
          }
          const auto multiplier = [&](std::uint32_t i, NodeIndex tail) {
            double x = b.weights[program.edges[i]];
            if (sweep.clamp && x < 0.0) x = 0.0;
            if (sweep.scale_at == ScaleAt::tail) x *= b.scale[tail];
            else if (sweep.scale_at == ScaleAt::head) x *= b.scale[program.heads[i]];
            return x;
          };
          if (kb == k0) {  // every multiplier; the fixed ones stay for the later batches
            for (const SweepStep& step : program.steps)
              for (std::uint32_t i = step.first; i < step.last; ++i) b.x[i * L + l] = multiplier(i, step.node);
          } else {
            for (const auto& [i, tail] : moving) b.x[i * L + l] = multiplier(i, tail);
          }
        }
        batched_sweep(program, meta, sc.slot.data(), b.x.data(), b.rows.data());
        std::copy(first_record.begin(), first_record.end(), cursor.begin());
        for_each_group_record(sources, mask_of, group, cursor, [&](NodeIndex src, unsigned, unsigned entry, std::size_t rec) {
          const double* r = b.rows.data() + meta[src].offset + entry * L;
          double* to = samples.data() + rec * k_total + kb;
          if (constant[rec]) {  // only sample 0 is kept: the others are the same bits
            if (kb == 0) to[0] = r[0];
            return;
          }
          if (lanes == L) store_lanes(to, r);
          else std::copy_n(r, lanes, to);
        });
      }
#if defined(__SSE2__)
      _mm_sfence();  // the streamed stores are seen by the threads that summarise
#endif
    });
    for (const NodeIndex t : group) sc.slot[t] = no_slot;
    raise_sample_failure(plan, outcomes, u.seed);
  }
  return true;
}

}  // namespace impactgraph::detail
