// Monte Carlo over edge-weight ranges: sample k redraws every uncertain edge (a pure
// function of seed, k and the edge), renormalises, and repeats the point pass's sweeps.
// Samples are split over std::threads in contiguous ranges; each writes only its own
// samples' cells, so the result is the same for any thread count.
#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <limits>
#include <thread>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

namespace {

struct ThreadOutcome {
  std::size_t failed_sample = std::numeric_limits<std::size_t>::max();
  NormalizeFailure failure;
  std::exception_ptr error;
};

unsigned thread_count(const Uncertainty& u) {
  unsigned t = u.threads != 0 ? u.threads : std::thread::hardware_concurrency();
  if (t == 0) t = 1;
  if (t > u.samples) t = static_cast<unsigned>(u.samples);
  return t;
}

}  // namespace

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

  std::vector<ThreadOutcome> outcomes(threads);
  const std::size_t blocks = plan.block_records.size() - 1;
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t first_seed = b * block_width;
    const std::size_t count = std::min<std::size_t>(block_width, plan.seeds.size() - first_seed);
    for (std::size_t j = 0; j < count; ++j) scratch.slot[plan.seeds[first_seed + j]] = static_cast<std::uint8_t>(j);
    const std::size_t r0 = plan.block_records[b];
    const std::size_t r1 = plan.block_records[b + 1];

    const auto work = [&](unsigned t) {
      ThreadOutcome& outcome = outcomes[t];
      try {
        Worker& w = scratch.workers[t];
        Sweep sweep = plan.sweep;
        sweep.weights = w.weights;
        sweep.scale = w.scale;
        const std::size_t k0 = k_total * t / threads;
        const std::size_t k1 = k_total * (t + 1) / threads;
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
          for (std::size_t r = r0; r < r1; ++r) {
            const RecordCell& cell = plan.cells[r];
            samples[r * k_total + k] = block_of(values, cell.node, 1, 0)[cell.slot];
          }
        }
      } catch (...) {
        outcome.error = std::current_exception();
      }
    };

    if (threads == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      pool.reserve(threads - 1);
      for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
      work(0);
      for (auto& th : pool) th.join();
    }
    for (std::size_t j = 0; j < count; ++j) scratch.slot[plan.seeds[first_seed + j]] = no_slot;

    for (const ThreadOutcome& o : outcomes)
      if (o.error) std::rethrow_exception(o.error);
    // The smallest failing sample, whatever the threads: each thread stops at its first.
    const ThreadOutcome* worst = nullptr;
    for (const ThreadOutcome& o : outcomes)
      if (o.failure.failed && (!worst || o.failed_sample < worst->failed_sample)) worst = &o;
    if (worst)
      throw_cannot_normalise(m, worst->failure, plan.what, plan.normalization,
                             fmt::format(" in Monte-Carlo sample {} (seed {})", worst->failed_sample, u.seed));
  }
}

}  // namespace impactgraph::detail
