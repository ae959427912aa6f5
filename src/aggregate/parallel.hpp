// Worker threads for the aggregation: work(t) for t in [0, threads), t = 0 on the calling
// thread. Each worker owns a fixed share of the work, decided before they start, so results
// never depend on scheduling; the first worker's exception (in worker order) is rethrown.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace impactgraph::aggregate_detail {

/// `requested` threads (0: every core), at most `items` and at least 1.
inline unsigned worker_count(unsigned requested, std::size_t items) noexcept {
  unsigned t = requested != 0 ? requested : std::thread::hardware_concurrency();
  if (t == 0) t = 1;
  if (items < t) t = static_cast<unsigned>(std::max<std::size_t>(items, 1));
  return t;
}

template <class Work>
void run_workers(unsigned threads, Work&& work) {
  if (threads <= 1) {
    work(0u);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  const auto guarded = [&](unsigned t) {
    try {
      work(t);
    } catch (...) {
      errors[t] = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded, t);
  guarded(0);
  for (std::thread& th : pool) th.join();
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

/// Splits [0, n) into `parts` contiguous ranges of about equal total `cost(i)`; returns
/// parts + 1 boundaries.
template <class Cost>
std::vector<std::size_t> balanced_split(std::size_t n, unsigned parts, Cost&& cost) {
  std::vector<double> prefix(n + 1, 0.0);
  for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + static_cast<double>(cost(i));
  std::vector<std::size_t> bounds(parts + 1, n);
  bounds[0] = 0;
  for (unsigned p = 1; p < parts; ++p) {
    const double want = prefix[n] * p / parts;
    bounds[p] = static_cast<std::size_t>(std::lower_bound(prefix.begin(), prefix.end(), want) - prefix.begin());
    bounds[p] = std::clamp(bounds[p], bounds[p - 1], n);
  }
  return bounds;
}

}  // namespace impactgraph::aggregate_detail
