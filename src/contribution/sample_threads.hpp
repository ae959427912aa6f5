// Private to the contribution module: how the Monte-Carlo samplers (monte_carlo.cpp, the
// dense one; mc_sparse.cpp, the batched sparse one) run their threads and report a sample
// that fails.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "contribution/engine.hpp"
#include "contribution/parallel.hpp"

namespace impactgraph::detail {

/// What one sampling thread reports: the first of its samples that cannot normalise.
struct SampleOutcome {
  std::size_t failed_sample = std::numeric_limits<std::size_t>::max();
  NormalizeFailure failure;
};

/// Runs work(t, outcomes[t]) for t in [0, threads), thread 0 on the caller's thread
/// (parallel.hpp's run_workers: an exception reaches the caller once all have joined).
template <class F>
void run_sample_threads(unsigned threads, std::vector<SampleOutcome>& outcomes, F work) {
  outcomes.assign(threads, SampleOutcome{});
  run_workers(threads, [&](unsigned t) { work(t, outcomes[t]); });
}

/// Throws cannot-normalise for the smallest failing sample over all threads (each stops at
/// its first), so the error names the same sample whatever the thread count. Returns when
/// no sample failed.
void raise_sample_failure(const SamplingPlan& plan, const std::vector<SampleOutcome>& outcomes, std::uint64_t seed);

}  // namespace impactgraph::detail
