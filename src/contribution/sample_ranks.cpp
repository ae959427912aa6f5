// Every Monte-Carlo sample's ranks of the sources of each target (docs/contributions.md,
// "Uncertainty: Monte Carlo"). Most records usually keep one value in every sample (no edge
// with a range lies on their paths: 63 % on the benchmark model), so each target's
// constant records are ranked once, and a sample sorts only the records that vary, then
// counts, by one merge each way, how many of the other kind lie strictly above each record:
//   rank = 1 + #{greater among the varying} + #{greater among the constant}.
#include <algorithm>
#include <numeric>

#include "contribution/competition_ranks.hpp"
#include "contribution/engine.hpp"
#include "contribution/parallel.hpp"

namespace impactgraph::detail {

namespace {

// Above every key (a key is all ones only for a NaN): ends a merge without a bounds check.
constexpr std::uint64_t sentinel = ~std::uint64_t{0};

// One target's records split by kind: positions within the group.
struct GroupKinds {
  std::vector<std::uint32_t> varying;
  std::vector<std::uint32_t> constant;      // in descending order of value
  std::vector<std::uint64_t> constant_key;  // their keys, ascending (descending values), then a sentinel
  std::vector<std::uint32_t> constant_rank; // 1 + the constants greater, per entry above
};

GroupKinds split_group(std::span<const double> samples, std::size_t k, std::size_t g0, std::size_t size,
                       std::span<const std::uint8_t> constant) {
  GroupKinds kinds;
  for (std::size_t i = 0; i < size; ++i)
    (constant[g0 + i] ? kinds.constant : kinds.varying).push_back(static_cast<std::uint32_t>(i));
  const std::size_t c = kinds.constant.size();
  kinds.constant_key.resize(c);
  std::vector<std::uint32_t> order(c);
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::uint64_t> key(c);
  for (std::size_t j = 0; j < c; ++j) key[j] = CompetitionRanker::descending_key(samples[(g0 + kinds.constant[j]) * k]);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
  std::vector<std::uint32_t> sorted(c);
  kinds.constant_rank.resize(c);
  for (std::size_t p = 0; p < c; ++p) {
    sorted[p] = kinds.constant[order[p]];
    kinds.constant_key[p] = key[order[p]];
    const bool tie = p > 0 && kinds.constant_key[p] == kinds.constant_key[p - 1];
    kinds.constant_rank[p] = tie ? kinds.constant_rank[p - 1] : static_cast<std::uint32_t>(p + 1);
  }
  kinds.constant.swap(sorted);
  kinds.constant_key.push_back(sentinel);
  return kinds;
}

}  // namespace

void rank_samples(std::span<const std::size_t> groups, std::span<const double> samples, std::size_t k,
                  std::span<const std::uint8_t> constant, unsigned threads, std::vector<std::uint32_t>& ranks) {
  const std::size_t group_count = groups.size() - 1;
  std::vector<GroupKinds> kinds(group_count);
  parallel_for(group_count, threads, [&](std::size_t g) {
    kinds[g] = split_group(samples, k, groups[g], groups[g + 1] - groups[g], constant);
  });
  // Tasks of (group, block of samples) taken by the threads as they finish. A task reads the
  // varying records' samples transposed to [sample][record], so that neither the reads nor
  // the writes stride across whole rows for every value.
  constexpr std::size_t block = rank_block_samples;
  const std::size_t blocks = (k + block - 1) / block, n = groups.back();
  ranks.resize(blocks * n * block);  // every entry of a sample < k is written below
  parallel_tasks(group_count * blocks, threads, [&](std::size_t task) {
    const std::size_t g = task / blocks, s0 = task % blocks * block, s1 = std::min(k, s0 + block);
    const std::size_t g0 = groups[g], size = groups[g + 1] - g0;
    const GroupKinds& kind = kinds[g];
    const std::size_t nv = kind.varying.size(), nc = kind.constant.size();
    thread_local CompetitionRanker ranker;
    thread_local std::vector<double> by_sample;
    thread_local std::vector<std::uint32_t> within, rank_block, varying_at;
    thread_local std::vector<std::uint64_t> varying_key;
    by_sample.resize(block * nv);
    within.resize(nv);
    varying_key.resize(nv + 1);
    varying_at.resize(nv);
    rank_block.resize(block * size);  // [sample in block][record in group]: a sample's ranks in L1
    // In tiles of eight records: each sample's eight values are one line of by_sample, and
    // the eight rows read stay in the cache while the tile is done.
    for (std::size_t v0 = 0; v0 < nv; v0 += 8) {
      const std::size_t v1 = std::min(nv, v0 + 8);
      for (std::size_t s = s0; s < s1; ++s)
        for (std::size_t v = v0; v < v1; ++v) by_sample[(s - s0) * nv + v] = samples[(g0 + kind.varying[v]) * k + s];
    }
    for (std::size_t s = s0; s < s1; ++s) {
      const std::size_t col = s - s0;
      ranker.rank(std::span<const double>(by_sample.data() + col * nv, nv), within.data());
      for (std::size_t p = 0; p < nv; ++p) {
        varying_key[p] = ranker.sorted_key(p);
        varying_at[p] = ranker.sorted_index(p);
      }
      varying_key[nv] = sentinel;
      // A varying record: the constants with a smaller key (a greater value) come before it.
      const std::uint64_t* constant_key = kind.constant_key.data();
      std::size_t c = 0;
      for (std::size_t p = 0; p < nv; ++p) {
        const std::uint64_t key = varying_key[p];
        while (constant_key[c] < key) ++c;
        const std::uint32_t v = varying_at[p];
        rank_block[col * size + kind.varying[v]] = within[v] + static_cast<std::uint32_t>(c);
      }
      // A constant record: the varying ones with a smaller key come before it.
      std::size_t q = 0;
      for (std::size_t p = 0; p < nc; ++p) {
        const std::uint64_t key = constant_key[p];
        while (varying_key[q] < key) ++q;
        rank_block[col * size + kind.constant[p]] = kind.constant_rank[p] + static_cast<std::uint32_t>(q);
      }
    }
    // Transposed into the group's slab of this block, [record][sample in block], one
    // contiguous stretch of memory, in tiles of sixteen records whose lines of rank_block
    // stay in the cache across the tile.
    const std::size_t cols = s1 - s0;
    std::uint32_t* slab = ranks.data() + (s0 / block * n + g0) * block;
    for (std::size_t i0 = 0; i0 < size; i0 += 16) {
      const std::size_t i1 = std::min(size, i0 + 16);
      for (std::size_t i = i0; i < i1; ++i)
        for (std::size_t col = 0; col < cols; ++col) slab[i * block + col] = rank_block[col * size + i];
    }
  });
}

}  // namespace impactgraph::detail
