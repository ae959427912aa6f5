// Monte Carlo over edge-weight ranges: sample k redraws every uncertain edge (a pure
// function of seed, k and the edge), renormalises, and repeats the point pass's sweeps.
// Samples are split over std::threads in contiguous ranges; each writes only its own
// samples' cells, so the result is the same for any thread count.
#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <thread>

#include "contribution/sample_threads.hpp"

namespace impactgraph::detail {

namespace {

// Samples a worker keeps before writing them out (see the loop).
constexpr std::size_t tile = 32;

}  // namespace

unsigned thread_count(const Uncertainty& u) {
  unsigned t = u.threads != 0 ? u.threads : std::thread::hardware_concurrency();
  if (t == 0) t = 1;
  if (t > u.samples) t = static_cast<unsigned>(u.samples);
  return t;
}

void sample_records(const SamplingPlan& plan, ContributionScratch& scratch, const Uncertainty& u,
                    std::span<double> samples) {
  const Model& m = *plan.model;
  const std::size_t n = m.node_count();
  const std::size_t k_total = u.samples;
  find_uncertain_edges(m, scratch, u);
  const std::vector<UncertainEdge>& uncertain = scratch.uncertain;
  const unsigned threads = thread_count(u);
  if (scratch.workers.size() < threads) scratch.workers.resize(threads);
  const auto base = m.edge_weights();
  for (unsigned t = 0; t < threads; ++t) {
    Worker& w = scratch.workers[t];
    w.values.resize(n * block_width);  // one channel: only the value is sampled
    w.scale.resize(n);
    w.weights.assign(base.begin(), base.end());
  }

  std::vector<SampleOutcome> outcomes;
  const std::size_t blocks = plan.block_records.size() - 1;
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t first_seed = b * block_width;
    const std::size_t count = std::min<std::size_t>(block_width, plan.seeds.size() - first_seed);
    for (std::size_t j = 0; j < count; ++j) scratch.slot[plan.seeds[first_seed + j]] = static_cast<std::uint8_t>(j);
    const std::size_t r0 = plan.block_records[b];
    const std::size_t r1 = plan.block_records[b + 1];

    run_sample_threads(threads, outcomes, [&](unsigned t, SampleOutcome& outcome) {
      Worker& w = scratch.workers[t];
      Sweep sweep = plan.sweep;
      sweep.weights = w.weights;
      sweep.scale = w.scale;
      const std::size_t k0 = k_total * t / threads;
      const std::size_t k1 = k_total * (t + 1) / threads;
      w.tile.resize((r1 - r0) * tile);
      for (std::size_t k = k0; k < k1 && k < outcome.failed_sample; ++k) {
        for (const UncertainEdge& e : uncertain) w.weights[e.edge] = draw_weight(e, u.seed, k, u.distribution);
        const NormalizeFailure f = compute_scales(m, w.weights, sweep.clamp, sweep.scale_at, sweep.flags, sweep.order, w.scale);
        if (f.failed) {
          outcome.failed_sample = k;
          outcome.failure = f;
          break;
        }
        run_sweep(sweep, 1, w.values, {});
        const std::span<const double> values(w.values);
        // Into a tile of consecutive samples first: samples[] holds each record's samples
        // in a row, so writing one sample of every record would stride across them all.
        const std::size_t t_at = (k - k0) % tile;
        for (std::size_t r = r0; r < r1; ++r) {
          const RecordCell& cell = plan.cells[r];
          w.tile[(r - r0) * tile + t_at] = block_of(values, cell.node, 1, 0)[cell.slot];
        }
        if (t_at + 1 == tile || k + 1 == k1) {
          const std::size_t first = k - t_at;
          for (std::size_t r = r0; r < r1; ++r)
            std::copy_n(w.tile.begin() + static_cast<std::ptrdiff_t>((r - r0) * tile), t_at + 1,
                        samples.begin() + static_cast<std::ptrdiff_t>(r * k_total + first));
        }
      }
    });
    for (std::size_t j = 0; j < count; ++j) scratch.slot[plan.seeds[first_seed + j]] = no_slot;

    raise_sample_failure(plan, outcomes, u.seed);
  }
}

void raise_sample_failure(const SamplingPlan& plan, const std::vector<SampleOutcome>& outcomes, std::uint64_t seed) {
  const SampleOutcome* worst = nullptr;
  for (const SampleOutcome& o : outcomes)
    if (o.failure.failed && (!worst || o.failed_sample < worst->failed_sample)) worst = &o;
  if (worst)
    throw_cannot_normalise(*plan.model, worst->failure, plan.what, plan.normalization,
                           fmt::format(" in Monte-Carlo sample {} (seed {})", worst->failed_sample, seed));
}

}  // namespace impactgraph::detail
