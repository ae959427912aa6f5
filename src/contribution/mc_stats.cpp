// Summaries of Monte-Carlo samples: mean, 5th and 95th percentiles of each record's value,
// and the 5-95 % interval of each source's rank among the sources of the same target.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

double percentile_sorted(std::span<const double> sorted, double p) noexcept {
  if (sorted.empty()) return 0.0;
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

namespace {

// Nearest-rank percentile of sorted integers: the value at position ceil(p * n) (1-based).
std::uint32_t nearest_rank(std::span<const std::uint32_t> sorted, double p) noexcept {
  const auto n = sorted.size();
  auto pos = static_cast<std::size_t>(std::ceil(p * static_cast<double>(n)));
  pos = std::clamp<std::size_t>(pos, 1, n);
  return sorted[pos - 1];
}

// Competition ranks ("1224"): 1 for the largest value; equal values share the smallest rank.
// `order` is reused scratch; `value(i)` gives member i's value.
template <class Value>
void rank_group(std::size_t size, Value value, std::vector<std::size_t>& order, std::uint32_t* out) {
  order.resize(size);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return value(a) > value(b); });
  for (std::size_t i = 0; i < size; ++i) {
    const bool tie = i > 0 && value(order[i]) == value(order[i - 1]);
    out[order[i]] = tie ? out[order[i - 1]] : static_cast<std::uint32_t>(i + 1);
  }
}

}  // namespace

void summarise_samples(std::span<const ContributionRecord> records, std::span<const double> samples, std::size_t k,
                       std::vector<ContributionStats>& stats) {
  const std::size_t n = records.size();
  stats.assign(n, ContributionStats{});
  std::vector<double> sorted(k);
  for (std::size_t r = 0; r < n; ++r) {
    const std::span<const double> row = samples.subspan(r * k, k);
    double sum = 0.0;
    for (const double x : row) sum += x;  // in sample order: the same for any thread count
    std::copy(row.begin(), row.end(), sorted.begin());
    std::sort(sorted.begin(), sorted.end());
    stats[r].mean = sum / static_cast<double>(k);
    stats[r].p05 = percentile_sorted(sorted, 0.05);
    stats[r].p95 = percentile_sorted(sorted, 0.95);
  }

  // Ranks within each target's group of records (contiguous: records are ordered by target).
  std::vector<std::size_t> order;
  std::vector<std::uint32_t> ranks;      // [member * k + sample]
  std::vector<std::uint32_t> one(n);     // one sample's ranks of a group
  std::vector<std::uint32_t> row_ranks(k);
  for (std::size_t g0 = 0; g0 < n;) {
    std::size_t g1 = g0;
    while (g1 < n && records[g1].target == records[g0].target) ++g1;
    const std::size_t size = g1 - g0;
    rank_group(size, [&](std::size_t i) { return records[g0 + i].value; }, order, one.data());
    for (std::size_t i = 0; i < size; ++i) stats[g0 + i].rank = one[i];
    ranks.resize(size * k);
    for (std::size_t s = 0; s < k; ++s) {
      rank_group(size, [&](std::size_t i) { return samples[(g0 + i) * k + s]; }, order, one.data());
      for (std::size_t i = 0; i < size; ++i) ranks[i * k + s] = one[i];
    }
    for (std::size_t i = 0; i < size; ++i) {
      std::copy_n(ranks.begin() + static_cast<std::ptrdiff_t>(i * k), k, row_ranks.begin());
      std::sort(row_ranks.begin(), row_ranks.end());
      stats[g0 + i].rank_low = nearest_rank(row_ranks, 0.05);
      stats[g0 + i].rank_high = nearest_rank(row_ranks, 0.95);
    }
    g0 = g1;
  }
}

}  // namespace impactgraph::detail
