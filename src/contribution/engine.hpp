// Private to the contribution module: the engine's reusable working memory and the pieces
// of one contributions call that the Monte-Carlo part shares with the point estimate.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "contribution/layered_order.hpp"
#include "contribution/point_rows.hpp"
#include "contribution/sparse_sweep.hpp"
#include "contribution/sweep.hpp"
#include "impactgraph/contribution.hpp"

namespace impactgraph::detail {

/// One thread's buffers (node-sized or edge-sized, kept between calls).
struct Worker {
  std::vector<double> values;   // node_count * block_width * channels
  std::vector<double> scale;    // node_count
  std::vector<double> weights;  // edge_count: one Monte-Carlo sample's weights
  std::vector<double> tile;     // Monte Carlo: a few samples of every record of a block
};

/// An edge whose weight varies in Monte Carlo: drawn from [lo, hi] (mode: the triangular peak).
struct UncertainEdge {
  EdgeIndex edge;
  double lo, hi, mode;
};

/// Where each record's value sits after a sweep of its block: the node whose value block
/// holds it (the source in a reverse sweep, the target in a forward one) and the slot.
struct RecordCell {
  NodeIndex node;
  std::uint8_t slot;
};

struct ContributionScratch {
  std::vector<std::uint8_t> flags;  // NodeFlag bits
  std::vector<std::uint8_t> slot;   // position among the current block's seeds
  std::vector<std::uint8_t> reach;  // point pass: seeds reached
  // Selection positions, npos when not selected: filled only where needed (the forward
  // pass's sort, the sparse Monte-Carlo layout).
  std::vector<std::uint32_t> source_pos, target_pos;
  std::vector<NodeIndex> on_path;   // the nodes on some source-to-target path, in `layered` order
  std::vector<NodeIndex> on_path_topo;  // the same in the model's topological order (Monte Carlo)
  std::vector<Worker> workers;      // [0] does the point pass
  std::vector<UncertainEdge> uncertain;  // this call's varying edges
  // Per-call bookkeeping of the records, kept for its capacity.
  std::vector<RecordCell> cells;
  std::vector<std::size_t> block_records, start, perm;
  std::vector<ContributionRecord> sorted;
  PointRows point_rows;                   // the sparse point pass's rows
  std::vector<std::size_t> target_start;  // per target: its first record (sparse point pass)
  // Monte Carlo: every record's samples and ranks (records * samples), kept for their pages:
  // on the 5,000-node benchmark they are 133 MB that a fresh allocation faults in anew.
  std::vector<double> mc_samples, mc_rows;
  std::vector<std::uint8_t> mc_constant;  // records whose samples are all one value
  std::vector<std::uint32_t> mc_ranks;

  // Cached per model: whether any edge weight is negative; the normalising factors
  // (all_factors) per [clamp][ScaleAt::head], filled on first use.
  std::optional<bool> negative_weights;
  std::array<std::array<std::vector<double>, 2>, 2> factors;
  std::vector<NodeIndex> layered;  // layered_order, filled on first use
  std::vector<std::uint8_t> positive;  // positive_below of the model's weights, filled on first use
  RootWalk roots;                      // reach_from_roots' marks and walk
};

inline constexpr std::uint32_t npos = 0xFFFFFFFFu;

/// What the Monte-Carlo part needs from the point pass.
struct SamplingPlan {
  const Model* model = nullptr;
  Sweep sweep;  // direction, clamp, scale_at, flags, slot (re-filled per block)
  Normalization normalization = Normalization::positive;
  const char* what = "flow";
  std::span<const NodeIndex> seeds;             // all seeds, block after block
  std::span<const std::size_t> block_records;   // records of block b: [block_records[b], block_records[b + 1])
  std::span<const RecordCell> cells;            // per record, in emission order
};

/// The record of (source, target) from its channel values: p (the value, or P), q (N) and a
/// (Q, any-negative only); `channels` says how many are meaningful (docs/contributions.md,
/// "Synergy and trade-off parts").
ContributionRecord make_record(NodeIndex source, NodeIndex target, unsigned channels, double p, double q,
                               double a) noexcept;

/// The point pass in the reverse direction (seeds = targets) with sparse rows, one sweep per
/// group of 32 targets: writes the records into `records` (resized to fit) already in their final order (by
/// target, then source, in selection order) and fills scratch.block_records (per block of
/// eight targets) and, when `cells` (Monte Carlo will sample), scratch.cells (3.4 million
/// of them, 27 MB, on the million-node benchmark: not written for a point estimate alone).
/// `sweep.slot` must be all no_slot; it is left so. With `marks` (the call's node flags;
/// at most group_width targets, `sweep.order` the nodes reachable from the sources, in
/// layered order, flag_to not yet set) the sweep sets flag_to, and `before_records`, when
/// given, runs after each sweep and before any record is written: it may throw.
void sparse_point_pass(Sweep sweep, unsigned channels, std::span<const NodeIndex> targets,
                       std::span<const NodeIndex> sources, ContributionScratch& scratch,
                       std::vector<ContributionRecord>& records, bool cells, std::span<std::uint8_t> marks = {},
                       const std::function<void()>& before_records = {});

/// The records of one group of targets (at most group_width) in sparse_point_pass's order,
/// the one order the point pass and the sparse sampler share: per source in selection order,
/// per target bit of its mask (mask_of(source)), a source not being its own target's
/// contributor. Calls f(source, j, entry, record): j the target's bit, entry its place in the
/// source's row, record cursor[j], which then advances (cursor starts at each target's first
/// record; from zeros, a walk leaves each target's record count there).
template <class MaskOf, class F>
inline void for_each_group_record(std::span<const NodeIndex> sources, MaskOf mask_of, std::span<const NodeIndex> group,
                                  std::span<std::size_t> cursor, F f) {
  for (const NodeIndex s : sources) {
    unsigned entry = 0;
    for (std::uint32_t bits = mask_of(s); bits; bits &= bits - 1, ++entry) {
      const auto j = static_cast<unsigned>(std::countr_zero(bits));
      if (group[j] != s) f(s, j, entry, cursor[j]++);
    }
  }
}

/// Fills scratch.uncertain with the edges that vary under `u` among those into or out of a
/// node of scratch.on_path (no other edge can change a result). Throws
/// std::invalid_argument for a negative or non-finite evidence range.
void find_uncertain_edges(const Model& model, ContributionScratch& scratch, const Uncertainty& u);

/// Draws sample k's weight of an uncertain edge: a pure function of (seed, k, edge).
double draw_weight(const UncertainEdge& edge, std::uint64_t seed, std::uint64_t k, WeightDistribution distribution);

/// Runs u.samples sweeps per block over std::threads and writes record r's value in sample
/// k to samples[r * u.samples + k]. Throws like the point pass (naming the first failing
/// sample), whatever the thread count.
void sample_records(const SamplingPlan& plan, ContributionScratch& scratch, const Uncertainty& u,
                    std::span<double> samples);

/// Samples one batched sparse sweep carries (mc_sparse.cpp).
inline constexpr std::size_t mc_lanes = 8;

/// sample_records for a reverse plan (seeds = targets, after sparse_point_pass, whose
/// scratch.target_start it reads; `sources` the selection it was given): sparse rows of
/// mc_lanes samples per sweep, up to 32 targets each; per sample the terms of sample_records'
/// dense kernel in the same order (less the zero terms of targets a node does not reach).
/// Returns false when the rows would outgrow 32-bit offsets; then sample_records
/// writes every record's samples instead.
/// constant[r] (records-sized) is set for the records none of whose paths has a
/// multiplier that varies between samples; only their sample 0 is written.
bool sample_records_sparse(const SamplingPlan& plan, ContributionScratch& scratch, const Uncertainty& u,
                           std::span<const NodeIndex> sources, std::span<double> samples,
                           std::span<std::uint8_t> constant);

/// The threads Monte Carlo uses: u.threads, or every core when 0; at most one per sample.
unsigned thread_count(const Uncertainty& u);

/// Means, percentiles and ranks from the sampled values (records ordered by target), over
/// `threads` std::threads; the result does not depend on their number.
void summarise_samples(std::span<const ContributionRecord> records, std::span<const double> samples,
                       std::size_t k, unsigned threads, std::vector<ContributionStats>& stats);
/// The same, with the buffer of every sample's ranks supplied, and (when not empty) the
/// records known to be constant, of whose samples only the first was written.
void summarise_samples(std::span<const ContributionRecord> records, std::span<const double> samples,
                       std::size_t k, unsigned threads, std::vector<ContributionStats>& stats,
                       std::vector<std::uint32_t>& ranks, std::span<const std::uint8_t> known_constant);

/// Hyndman-Fan type 7 (linear interpolation between order statistics) at p < q of unsorted
/// values, without sorting them (percentiles.cpp): the same bits as sorting first.
std::pair<double, double> sample_percentiles(std::span<const double> values, double p, double q);
/// True when every value has the bits of the first (and for none).
bool same_bits(std::span<const double> values) noexcept;
/// sample_percentiles of n copies of x, bit for bit, without looking at them.
std::pair<double, double> constant_percentiles(double x, std::size_t n, double p, double q) noexcept;

/// Samples per block of rank_samples' output.
inline constexpr std::size_t rank_block_samples = 64;
/// Every sample's ranks among its target's records (competition ranks, 1 = the largest),
/// for records in target groups [groups[g], groups[g + 1]), in blocks of
/// rank_block_samples samples: ranks[(b * records + r) * rank_block_samples + j] is record
/// r's rank in sample b * rank_block_samples + j. constant[r] says that record r's samples
/// all have the same bits (sample_ranks.cpp).
void rank_samples(std::span<const std::size_t> groups, std::span<const double> samples, std::size_t k,
                  std::span<const std::uint8_t> constant, unsigned threads, std::vector<std::uint32_t>& ranks);

}  // namespace impactgraph::detail
