// The aggregation's view of a model's observations: grouped by indicator (a counting sort,
// input order kept within an indicator), the distinct periods, and which breakdown each
// indicator is scored on. 4 bytes per observation. Unlike ObservationIndex it does not
// sort within an indicator: the common path puts each observation into its own cell and
// needs no order; ratios and coarser grains sort the few series they use (sorted_series).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "impactgraph/aggregate.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::aggregate_detail {

class ObservationGroups {
 public:
  /// `breakdown`: the breakdown scored (falling back to "T" for an indicator without it).
  /// `threads` share out the passes over the observations (0: every core).
  ObservationGroups(const Model& model, std::string_view breakdown, unsigned threads = 1);

  /// Every observation of `indicator` (any breakdown), in input order.
  std::span<const std::uint32_t> indicator(std::uint32_t indicator) const noexcept {
    return std::span<const std::uint32_t>(order_.data(), order_.size()).subspan(begin_[indicator], begin_[indicator + 1] - begin_[indicator]);
  }
  /// Every distinct observation period, ascending.
  std::span<const Period> periods() const noexcept { return periods_; }

  /// The observations of `indicator` that are scored: those of its breakdown.
  struct Series {
    std::span<const std::uint32_t> observations;
    bool filter = false;     // keep only those with breakdown number `breakdown`
    std::uint16_t breakdown = 0;
    bool empty = false;      // the indicator has neither the wanted breakdown nor "T"
  };
  Series series(std::uint32_t indicator) const noexcept { return series_[indicator]; }

 private:
  Column<std::uint32_t> order_;  // uninitialised until the scatter writes it
  std::vector<std::uint32_t> begin_;  // per indicator, + 1
  std::vector<Period> periods_;
  std::vector<Series> series_;
};

/// The scored observations of `indicator`, sorted by geography then period.
std::vector<std::uint32_t> sorted_series(const Model& model, const ObservationGroups& groups, std::uint32_t indicator);

}  // namespace impactgraph::aggregate_detail
