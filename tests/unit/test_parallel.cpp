// The summaries' thread loops (contribution/parallel.hpp): every index runs exactly once, and
// an exception thrown on a worker thread reaches the caller after all threads have joined
// (std::thread would otherwise call std::terminate and take the embedding program down).
#include <catch2/catch.hpp>
#include <atomic>
#include <stdexcept>
#include <vector>

#include "contribution/parallel.hpp"

namespace {

template <class Loop>
void check_each_index_once(Loop loop) {
  for (const unsigned threads : {1U, 2U, 3U, 8U}) {
    for (const std::size_t count : {0U, 1U, 2U, 7U, 100U}) {
      std::vector<std::atomic<int>> seen(count);
      loop(count, threads, [&](std::size_t i) { ++seen[i]; });
      for (std::size_t i = 0; i < count; ++i) CHECK(seen[i] == 1);
    }
  }
}

template <class Loop>
void check_exception_reaches_caller(Loop loop) {
  for (const unsigned threads : {1U, 2U, 3U}) {
    std::atomic<int> ran{0};
    // Index 0 runs on the caller's thread, the last one on a worker's.
    for (const std::size_t failing : {std::size_t{0}, std::size_t{99}}) {
      ran = 0;
      CHECK_THROWS_AS(loop(100, threads,
                           [&](std::size_t i) {
                             ++ran;
                             if (i == failing) throw std::runtime_error("worker failed");
                           }),
                      std::runtime_error);
      CHECK(ran >= 1);
    }
  }
}

}  // namespace

TEST_CASE("parallel_for runs each index once and carries a worker's exception", "[contribution][threads]") {
  const auto loop = [](std::size_t count, unsigned threads, auto f) { impactgraph::detail::parallel_for(count, threads, f); };
  check_each_index_once(loop);
  check_exception_reaches_caller(loop);
}

TEST_CASE("parallel_tasks runs each index once and carries a worker's exception", "[contribution][threads]") {
  const auto loop = [](std::size_t count, unsigned threads, auto f) { impactgraph::detail::parallel_tasks(count, threads, f); };
  check_each_index_once(loop);
  check_exception_reaches_caller(loop);
}
