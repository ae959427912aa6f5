// Summaries of Monte-Carlo samples: mean, 5th and 95th percentiles of each record's value,
// and the 5-95 % interval of each source's rank among the sources of the same target.
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <tuple>
#include <utility>

#include "contribution/competition_ranks.hpp"
#include "contribution/engine.hpp"
#include "contribution/parallel.hpp"

namespace impactgraph::detail {

namespace {

// Nearest-rank percentiles p < q of integers: the values at positions ceil(p * n) and
// ceil(q * n) (1-based) of their sorted order. A source's ranks over the samples mostly lie
// in a narrow range, so they are counted over [min, max] in `count`; a wide range falls
// back to selection (`values` is then reordered, the second search above the first).
std::pair<std::uint32_t, std::uint32_t> nearest_ranks(std::span<std::uint32_t> values, double p, double q,
                                                      std::vector<std::uint32_t>& count) {
  const auto n = values.size();
  if (n == 0) return {0, 0};
  const auto position = [&](double f) {
    return std::clamp<std::size_t>(static_cast<std::size_t>(std::ceil(f * static_cast<double>(n))), 1, n) - 1;
  };
  const std::size_t a = position(p), b = position(q);
  std::uint32_t lo = values[0], hi = values[0];
  for (const std::uint32_t v : values) {  // without branches: min and max as selects
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  const std::size_t range = std::size_t{hi} - lo + 1;
  if (range <= 4 * n) {
    const std::uint32_t base = lo;
    // Four interleaved counts, added after: a source's ranks repeat, and one count's
    // increments then wait on each other.
    count.assign(4 * range, 0);
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
      for (std::size_t c = 0; c < 4; ++c) ++count[c * range + values[i + c] - base];
    for (; i < n; ++i) ++count[values[i] - base];
    for (std::size_t v = 0; v < range; ++v) count[v] += count[range + v] + count[2 * range + v] + count[3 * range + v];
    std::pair<std::uint32_t, std::uint32_t> out{0, 0};
    std::size_t seen = 0;  // values below the current one
    for (std::size_t v = 0; v < range; ++v) {
      const std::size_t next = seen + count[v];
      if (seen <= a && a < next) out.first = static_cast<std::uint32_t>(base + v);
      if (seen <= b && b < next) {
        out.second = static_cast<std::uint32_t>(base + v);
        break;
      }
      seen = next;
    }
    return out;
  }
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(a), values.end());
  if (b > a)
    std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(a) + 1, values.begin() + static_cast<std::ptrdiff_t>(b),
                     values.end());
  return {values[a], values[b]};
}

// The sum of a record's samples as eight partial sums, S_j over the samples k = j (mod 8),
// added pairwise, ((S0 + S1) + (S2 + S3)) + ((S4 + S5) + (S6 + S7)): a fixed order, so the
// same bits for any thread count, and eight independent additions per step where one
// running sum was a chain of K dependent ones.
// `at(i)` gives sample i of the n.
template <class At>
double interleaved_sum(std::size_t n, At at) noexcept {
  std::array<double, 8> s{};
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (std::size_t j = 0; j < 8; ++j) s[j] += at(i + j);
  for (std::size_t j = 0; i < n; ++i, ++j) s[j] += at(i);
  return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

}  // namespace

void summarise_samples(std::span<const ContributionRecord> records, std::span<const double> samples, std::size_t k,
                       unsigned threads, std::vector<ContributionStats>& stats) {
  std::vector<std::uint32_t> ranks;
  summarise_samples(records, samples, k, threads, stats, ranks, {});
}

void summarise_samples(std::span<const ContributionRecord> records, std::span<const double> samples, std::size_t k,
                       unsigned threads, std::vector<ContributionStats>& stats, std::vector<std::uint32_t>& ranks,
                       std::span<const std::uint8_t> known_constant) {
  const std::size_t n = records.size();
  stats.assign(n, ContributionStats{});
  std::vector<std::uint8_t> constant(n);  // the record's K samples have the same bits
  parallel_for(n, threads, [&](std::size_t r) {
    const std::span<const double> row = samples.subspan(r * k, k);
    if (!known_constant.empty() && known_constant[r]) {  // only sample 0 was written
      // Summed as K copies, not taken as x: the mean must have the bits a written row gives.
      const double x = row[0];
      stats[r].mean = interleaved_sum(k, [x](std::size_t) { return x; }) / static_cast<double>(k);
      constant[r] = 1;
      std::tie(stats[r].p05, stats[r].p95) = constant_percentiles(x, k, 0.05, 0.95);
      return;
    }
    stats[r].mean = interleaved_sum(k, [&](std::size_t i) { return row[i]; }) / static_cast<double>(k);
    constant[r] = same_bits(row);
    const auto [p05, p95] = constant[r] ? constant_percentiles(row[0], k, 0.05, 0.95) : sample_percentiles(row, 0.05, 0.95);
    stats[r].p05 = p05;
    stats[r].p95 = p95;
  });

  // Ranks within each target's group of records (contiguous: records are ordered by target).
  std::vector<std::size_t> groups{0};
  for (std::size_t r = 1; r <= n; ++r)
    if (r == n || records[r].target != records[r - 1].target) groups.push_back(r);
  if (n == 0) return;
  // The point estimate's ranks.
  parallel_for(groups.size() - 1, threads, [&](std::size_t g) {
    const std::size_t g0 = groups[g], size = groups[g + 1] - g0;
    thread_local CompetitionRanker ranker;
    std::vector<double> values(size);
    std::vector<std::uint32_t> one(size);
    for (std::size_t i = 0; i < size; ++i) values[i] = records[g0 + i].value;
    ranker.rank(values, one.data());
    for (std::size_t i = 0; i < size; ++i) stats[g0 + i].rank = one[i];
  });
  // Every sample's ranks, in blocks of samples (sample_ranks.cpp); a record's K ranks are
  // gathered from the blocks (their order does not matter to percentiles).
  rank_samples(groups, samples, k, constant, threads, ranks);
  parallel_for(n, threads, [&](std::size_t r) {
    thread_local std::vector<std::uint32_t> count, mine;
    mine.resize(k);
    for (std::size_t s0 = 0; s0 < k; s0 += rank_block_samples)
      std::copy_n(ranks.data() + (s0 / rank_block_samples * n + r) * rank_block_samples,
                  std::min(rank_block_samples, k - s0), mine.data() + s0);
    const auto [low, high] = nearest_ranks(mine, 0.05, 0.95, count);
    stats[r].rank_low = low;
    stats[r].rank_high = high;
  });
}

}  // namespace impactgraph::detail
