// The Monte-Carlo summaries (mean, value percentiles, rank and rank interval) against a
// brute-force recomputation from the same sample matrix: full sorts and pairwise rank
// counting, nothing shared with the implementation but the definitions of
// docs/contributions.md.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

#include "contribution/engine.hpp"
#include "reference_stats.hpp"

namespace {

using impactgraph::ContributionRecord;
using impactgraph::ContributionStats;
using reference_stats::nearest;
using reference_stats::type7;

std::uint32_t pairwise_rank(const std::vector<double>& group, double x) {
  std::uint32_t r = 1;
  for (const double y : group) r += y > x;
  return r;
}

}  // namespace

TEST_CASE("Monte-Carlo summaries equal a brute-force recomputation", "[contribution][mc][stats]") {
  std::mt19937_64 rng(5);
  for (int round = 0; round < 12; ++round) {
    // Groups (targets) of unequal sizes, including a lone source; K samples each.
    const std::vector<std::size_t> sizes{1 + rng() % 3, 20 + rng() % 60, 50 + rng() % 150, 2};
    const std::size_t k = round % 3 == 0 ? 1 : 37 + rng() % 200;
    std::vector<ContributionRecord> records;
    for (std::size_t t = 0; t < sizes.size(); ++t)
      for (std::size_t s = 0; s < sizes[t]; ++s) {
        ContributionRecord r;
        r.source = static_cast<impactgraph::NodeIndex>(s);
        r.target = static_cast<impactgraph::NodeIndex>(1000 + t);
        r.value = static_cast<double>(rng() % 7) * 0.5;  // ties on purpose
        records.push_back(r);
      }
    const std::size_t n = records.size();
    // Each source's samples stay near its own level, with ties (quarter steps) and the
    // occasional swap of order with a neighbour. In odd rounds every third source keeps one
    // value in all samples (a source with no ranged edge on its paths: ranked apart by
    // rank_samples), some of them -0.0, which ties with the varying sources' occasional 0.0.
    std::vector<double> samples(n * k);
    for (std::size_t r = 0; r < n; ++r) {
      const bool fixed = round % 2 == 1 && r % 3 == 0;
      const double level = r % 6 == 0 ? -0.0 : static_cast<double>(r % 17) + 0.25 * static_cast<double>(rng() % 9);
      for (std::size_t s = 0; s < k; ++s) {
        const bool zero = round % 2 == 1 && rng() % 10 == 0;
        samples[r * k + s] = fixed ? level : zero ? 0.0 : static_cast<double>(r % 17) + 0.25 * static_cast<double>(rng() % 9);
      }
    }

    for (const unsigned threads : {1U, 2U, 3U}) {
      std::vector<ContributionStats> stats;
      impactgraph::detail::summarise_samples(records, samples, k, threads, stats);
      REQUIRE(stats.size() == n);
      std::size_t g0 = 0;
      for (std::size_t t = 0; t < sizes.size(); g0 += sizes[t], ++t) {
        std::vector<double> points;
        for (std::size_t i = 0; i < sizes[t]; ++i) points.push_back(records[g0 + i].value);
        for (std::size_t i = 0; i < sizes[t]; ++i) {
          const std::size_t r = g0 + i;
          const std::vector<double> row(samples.begin() + static_cast<std::ptrdiff_t>(r * k),
                                        samples.begin() + static_cast<std::ptrdiff_t>((r + 1) * k));
          double sum = 0.0;
          for (const double x : row) sum += x;
          CHECK(stats[r].mean == Approx(sum / static_cast<double>(k)).epsilon(1e-12));
          CHECK(stats[r].p05 == type7(row, 0.05));
          CHECK(stats[r].p95 == type7(row, 0.95));
          CHECK(stats[r].rank == pairwise_rank(points, records[r].value));
          std::vector<std::uint32_t> ranks;
          for (std::size_t s = 0; s < k; ++s) {
            std::vector<double> sample_group;
            for (std::size_t j = 0; j < sizes[t]; ++j) sample_group.push_back(samples[(g0 + j) * k + s]);
            ranks.push_back(pairwise_rank(sample_group, samples[r * k + s]));
          }
          CHECK(stats[r].rank_low == nearest(ranks, 0.05));
          CHECK(stats[r].rank_high == nearest(ranks, 0.95));
        }
      }
    }
  }
}

TEST_CASE("percentiles of a constant row: the bits of sample_percentiles on it", "[contribution][mc][stats]") {
  for (const double x : {-0.0, 0.0, 1.5, -2.25, 1e300, -4e-310}) {
    for (const std::size_t n : {1, 2, 7, 255, 256, 1000}) {
      const std::vector<double> row(n, x);
      CHECK(impactgraph::detail::same_bits(row));
      const auto [low, high] = impactgraph::detail::constant_percentiles(x, n, 0.05, 0.95);
      const auto [slow, shigh] = impactgraph::detail::sample_percentiles(row, 0.05, 0.95);
      INFO("x " << x << ", n " << n);
      CHECK(std::memcmp(&low, &slow, sizeof low) == 0);
      CHECK(std::memcmp(&high, &shigh, sizeof high) == 0);
    }
  }
  CHECK_FALSE(impactgraph::detail::same_bits(std::vector<double>{0.0, -0.0}));
  CHECK_FALSE(impactgraph::detail::same_bits(std::vector<double>{1.0, 1.0, 1.0 + 1e-16 * 2}));
}

TEST_CASE("sample percentiles equal type 7 on a full sort, on every kind of row", "[contribution][mc][stats]") {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const std::pair<double, double> levels[] = {{0.05, 0.95}, {0.01, 0.99}, {0.1, 0.9}};
  int rows = 0;
  for (const std::size_t n : {1, 2, 7, 255, 256, 257, 300, 999, 1000, 1001, 4096}) {
    for (int kind = 0; kind < 7; ++kind) {
      std::vector<double> row(n);
      for (std::size_t i = 0; i < n; ++i) {
        switch (kind) {
          case 0: row[i] = unit(rng); break;                                        // spread
          case 1: row[i] = static_cast<double>(rng() % 5); break;                   // heavy ties
          case 2: row[i] = static_cast<double>(i); break;                           // ascending
          case 3: row[i] = -static_cast<double>(i); break;                          // descending
          case 4: row[i] = 3.0; break;                                              // constant
          case 5: row[i] = i % 16 == 8 ? 1e6 : unit(rng); break;                    // the subsample sees only outliers
          default: row[i] = i % 16 == 8 ? -1e6 : (unit(rng) < 0.5 ? -0.0 : 0.0); break;  // and signed zeros
        }
      }
      for (const auto& [p, q] : levels) {
        const auto [low, high] = impactgraph::detail::sample_percentiles(row, p, q);
        INFO("n " << n << ", kind " << kind << ", p " << p);
        CHECK(low == type7(row, p));
        CHECK(high == type7(row, q));
      }
      ++rows;
    }
  }
  CHECK(rows == 77);
}
