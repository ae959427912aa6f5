// ObservationIndex: the model's observations ordered by (indicator, breakdown, geography,
// period) through one permutation array; the values stay in the Model's columns.
//
// Sort-free: a counting sort by indicator, then within each indicator a 64-bit key
// (breakdown rank, geography, period rank) radix-sorted a byte at a time over only the
// bytes that vary (a bucket already in order costs one pass). Periods are ranked through
// a table indexed by PeriodCode, not by search. O(n) for any model whose periods span
// fewer than 65,536 distinct values; indicators are shared out over threads.
#include <algorithm>
#include <array>
#include <tuple>

#include "aggregate/parallel.hpp"
#include "aggregate/period_code.hpp"
#include "impactgraph/observations.hpp"

namespace impactgraph {

namespace {

using aggregate_detail::PeriodCode;

struct Keyed {
  std::uint64_t key;
  std::uint32_t obs;
};

// Stable LSD radix sort of `a` by key, using `tmp` (same size) as scratch.
void radix_sort(std::vector<Keyed>& a, std::vector<Keyed>& tmp) {
  if (a.size() < 48) {  // insertion sort: small buckets and nearly sorted ones
    for (std::size_t i = 1; i < a.size(); ++i) {
      const Keyed x = a[i];
      std::size_t j = i;
      for (; j > 0 && a[j - 1].key > x.key; --j) a[j] = a[j - 1];
      a[j] = x;
    }
    return;
  }
  std::uint64_t varies = 0;
  for (const Keyed& k : a) varies |= k.key ^ a[0].key;
  tmp.resize(a.size());
  for (unsigned shift = 0; shift < 64; shift += 8) {
    if (((varies >> shift) & 0xFF) == 0) continue;
    std::array<std::uint32_t, 257> count{};
    for (const Keyed& k : a) ++count[((k.key >> shift) & 0xFF) + 1];
    for (std::size_t d = 0; d < 256; ++d) count[d + 1] += count[d];
    for (const Keyed& k : a) tmp[count[(k.key >> shift) & 0xFF]++] = k;
    a.swap(tmp);
  }
}

}  // namespace

ObservationIndex::ObservationIndex(Model model, unsigned threads) : model_(std::move(model)) {
  const ObservationTable obs = model_.observations();
  const auto ind = obs.indicator_column();
  const auto geo = obs.geo_column();
  const auto per = obs.period_column();
  const auto bd = obs.breakdown_column();
  const std::size_t n = obs.size();
  const std::size_t indicators = model_.indicators().size();

  // Distinct periods, through a presence table over their codes.
  int min_year = 0, max_year = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const int y = per[i].year;
    if (max_year < min_year) min_year = max_year = y;
    min_year = std::min(min_year, y);
    max_year = std::max(max_year, y);
  }
  const PeriodCode code = n ? PeriodCode(min_year, max_year) : PeriodCode();
  std::vector<std::uint32_t> rank(code.size, 0);
  for (std::size_t i = 0; i < n; ++i) rank[code(per[i])] = 1;
  for (std::size_t c = 0; c < code.size; ++c)
    if (rank[c]) {
      rank[c] = static_cast<std::uint32_t>(periods_.size());
      periods_.push_back(code.period(c));
    }
  periods_.shrink_to_fit();

  // Breakdown numbers ranked by their names.
  std::vector<std::uint16_t> by_name(obs.breakdown_count());
  for (std::size_t b = 0; b < by_name.size(); ++b) by_name[b] = static_cast<std::uint16_t>(b);
  std::sort(by_name.begin(), by_name.end(),
            [&obs](std::uint16_t a, std::uint16_t b) { return obs.breakdown_name(a) < obs.breakdown_name(b); });
  std::vector<std::uint64_t> breakdown_rank(by_name.size());
  for (std::size_t r = 0; r < by_name.size(); ++r) breakdown_rank[by_name[r]] = r;

  // Counting sort by indicator (input order kept within an indicator).
  by_indicator_.assign(indicators + 1, 0);
  for (std::size_t i = 0; i < n; ++i) ++by_indicator_[ind[i] + 1];
  for (std::size_t k = 0; k < indicators; ++k) by_indicator_[k + 1] += by_indicator_[k];
  order_.resize(n);
  {
    std::vector<std::uint32_t> next(by_indicator_.begin(), by_indicator_.end() - 1);
    for (std::size_t i = 0; i < n; ++i) order_[next[ind[i]]++] = static_cast<std::uint32_t>(i);
  }

  // Each indicator's bucket by (breakdown, geography, period).
  const bool fits = periods_.size() < (1u << 16);
  const auto sort_bucket = [&](std::size_t k, std::vector<Keyed>& keyed, std::vector<Keyed>& tmp) {
    const auto first = order_.begin() + by_indicator_[k], end = order_.begin() + by_indicator_[k + 1];
    if (!fits) {  // a period axis too long for 16 bits: compare the fields themselves
      std::sort(first, end, [&](std::uint32_t a, std::uint32_t b) {
        return std::make_tuple(breakdown_rank[bd[a]], geo[a], per[a], a) <
               std::make_tuple(breakdown_rank[bd[b]], geo[b], per[b], b);
      });
      return;
    }
    keyed.clear();
    bool sorted = true;
    for (auto it = first; it != end; ++it) {
      const std::uint32_t i = *it;
      const std::uint64_t key = breakdown_rank[bd[i]] << 48 | std::uint64_t{geo[i]} << 16 | rank[code(per[i])];
      sorted = sorted && (keyed.empty() || keyed.back().key < key);
      keyed.push_back({key, i});
    }
    if (sorted) return;
    radix_sort(keyed, tmp);
    for (std::size_t j = 0; j < keyed.size(); ++j) first[static_cast<std::ptrdiff_t>(j)] = keyed[j].obs;
  };
  const unsigned workers = aggregate_detail::worker_count(threads, indicators);
  const std::vector<std::size_t> bounds = aggregate_detail::balanced_split(
      indicators, workers, [&](std::size_t k) { return by_indicator_[k + 1] - by_indicator_[k] + 1; });
  aggregate_detail::run_workers(workers, [&](unsigned t) {
    std::vector<Keyed> keyed, tmp;
    for (std::size_t k = bounds[t]; k < bounds[t + 1]; ++k) sort_bucket(k, keyed, tmp);
  });
}

std::span<const std::uint32_t> ObservationIndex::indicator(std::uint32_t indicator) const noexcept {
  if (indicator + 1 >= by_indicator_.size()) return {};
  return std::span<const std::uint32_t>(order_).subspan(by_indicator_[indicator],
                                                         by_indicator_[indicator + 1] - by_indicator_[indicator]);
}

std::span<const std::uint32_t> ObservationIndex::series(std::uint32_t indicator,
                                                        std::string_view breakdown) const noexcept {
  const auto all = this->indicator(indicator);
  const ObservationTable obs = model_.observations();
  const auto [first, last] = std::equal_range(
      all.begin(), all.end(), breakdown, [&obs](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::string_view>)
          return a < obs.breakdown(b);
        else
          return obs.breakdown(a) < b;
      });
  return all.subspan(static_cast<std::size_t>(first - all.begin()), static_cast<std::size_t>(last - first));
}

std::optional<std::uint32_t> ObservationIndex::find(std::uint32_t indicator, std::uint32_t geo, Period period,
                                                    std::string_view breakdown) const noexcept {
  const auto s = series(indicator, breakdown);
  const ObservationTable obs = model_.observations();
  const auto wanted = std::make_pair(geo, period);
  const auto it = std::lower_bound(s.begin(), s.end(), wanted, [&obs](std::uint32_t i, const auto& w) {
    return std::make_pair(obs.geo(i), obs.period(i)) < w;
  });
  if (it != s.end() && obs.geo(*it) == geo && obs.period(*it) == period) return *it;
  return std::nullopt;
}

std::size_t ObservationIndex::memory_bytes() const noexcept {
  return order_.capacity() * sizeof(std::uint32_t) + by_indicator_.capacity() * sizeof(std::uint32_t) +
         periods_.capacity() * sizeof(Period);
}

}  // namespace impactgraph
