// Private to the contribution module: the loops Monte Carlo's summaries spread over
// std::threads. An exception in a worker (an allocation that fails, say) is carried to the
// caller and rethrown after every thread has joined, never left to std::terminate.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace impactgraph::detail {

/// Runs worker(t) for t in [0, threads), worker 0 on the caller's thread; rethrows the first
/// exception any of them threw, once all have finished.
template <class F>
void run_workers(unsigned threads, F worker) {
  std::exception_ptr error;
  std::mutex error_mutex;
  const auto guarded = [&](unsigned t) {
    try {
      worker(t);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  try {
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(guarded, t);
  } catch (...) {  // no thread to be had: the work cannot be shared out as promised
    for (auto& th : pool) th.join();
    throw;
  }
  guarded(0);
  for (auto& th : pool) th.join();
  if (error) std::rethrow_exception(error);
}

/// f(i) for i in [0, count) over `threads` threads in contiguous ranges: for tasks of
/// equal size, where each thread keeps to its own part of the arrays.
template <class F>
void parallel_for(std::size_t count, unsigned threads, F f) {
  if (threads <= 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) f(i);
    return;
  }
  run_workers(threads, [&](unsigned t) {
    for (std::size_t i = count * t / threads; i < count * (t + 1) / threads; ++i) f(i);
  });
}

/// f(i) for i in [0, count), each thread taking the next task when done with its last: for
/// tasks of unequal size (the ranking's groups are targets with 300 to 2,300 sources),
/// where contiguous ranges left one thread most of the work.
template <class F>
void parallel_tasks(std::size_t count, unsigned threads, F f) {
  if (threads <= 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  run_workers(threads, [&](unsigned) {
    for (std::size_t i = next++; i < count; i = next++) f(i);
  });
}

}  // namespace impactgraph::detail
