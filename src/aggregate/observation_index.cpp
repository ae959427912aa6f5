// ObservationIndex: the model's observations ordered by (indicator, breakdown, geography,
// period) through one permutation array; the values stay in the Model's columns.
#include <algorithm>
#include <tuple>

#include "impactgraph/observations.hpp"

namespace impactgraph {

ObservationIndex::ObservationIndex(Model model) : model_(std::move(model)) {
  const ObservationTable obs = model_.observations();
  const std::size_t n = obs.size();
  const std::size_t indicators = model_.indicators().size();

  // Counting sort by indicator (O(n)), then each indicator's bucket by the rest.
  by_indicator_.assign(indicators + 1, 0);
  for (std::size_t i = 0; i < n; ++i) ++by_indicator_[obs.indicator(i) + 1];
  for (std::size_t k = 0; k < indicators; ++k) by_indicator_[k + 1] += by_indicator_[k];
  order_.resize(n);
  std::vector<std::uint32_t> next(by_indicator_.begin(), by_indicator_.end() - 1);
  for (std::size_t i = 0; i < n; ++i) order_[next[obs.indicator(i)]++] = static_cast<std::uint32_t>(i);
  next.clear();
  next.shrink_to_fit();

  const auto key = [&obs](std::uint32_t i) { return std::make_tuple(obs.breakdown(i), obs.geo(i), obs.period(i)); };
  for (std::size_t k = 0; k < indicators; ++k)
    std::sort(order_.begin() + by_indicator_[k], order_.begin() + by_indicator_[k + 1],
              [&key](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });

  // Distinct periods: few, so a sorted insert (skipping runs of one period) beats
  // sorting a copy of the whole column.
  for (std::size_t i = 0; i < n; ++i) {
    const Period p = obs.period(i);
    if (i > 0 && obs.period(i - 1) == p) continue;
    const auto it = std::lower_bound(periods_.begin(), periods_.end(), p);
    if (it == periods_.end() || *it != p) periods_.insert(it, p);
  }
  periods_.shrink_to_fit();
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
