// Private to the contribution module: how the Monte-Carlo samplers (monte_carlo.cpp, the
// dense one; mc_sparse.cpp, the batched sparse one) run their threads and report a sample
// that fails.
#pragma once

#include <cstddef>
#include <exception>
#include <limits>
#include <thread>
#include <vector>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

/// What one sampling thread reports: the first of its samples that cannot normalise, or an
/// exception it caught.
struct SampleOutcome {
  std::size_t failed_sample = std::numeric_limits<std::size_t>::max();
  NormalizeFailure failure;
  std::exception_ptr error;
};

/// Runs work(t, outcomes[t]) for t in [0, threads), thread 0 on the caller's thread; an
/// exception is caught into outcomes[t].error.
template <class F>
void run_sample_threads(unsigned threads, std::vector<SampleOutcome>& outcomes, F work) {
  outcomes.assign(threads, SampleOutcome{});
  const auto guarded = [&](unsigned t) {
    try {
      work(t, outcomes[t]);
    } catch (...) {
      outcomes[t].error = std::current_exception();
    }
  };
  if (threads == 1) {
    guarded(0);
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded, t);
  guarded(0);
  for (auto& th : pool) th.join();
}

/// Rethrows a thread's exception; else throws cannot-normalise for the smallest failing
/// sample over all threads (each stops at its first), so the error names the same sample
/// whatever the thread count. Returns when no sample failed.
void raise_sample_failure(const SamplingPlan& plan, const std::vector<SampleOutcome>& outcomes, std::uint64_t seed);

}  // namespace impactgraph::detail
