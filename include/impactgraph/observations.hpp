// The observation store: an index over a frozen model's observations by indicator,
// breakdown, geography and period, and the merge that importers use to add observations
// to a ModelSpec (replacing revised values).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"
#include "impactgraph/period.hpp"

namespace impactgraph {

/// An index over a Model's observations, sorted by (indicator, breakdown, geography,
/// period). It holds one 4-byte observation number per observation plus one offset
/// per indicator and per distinct period; the values stay in the Model's columns.
/// Building it is O(n) (counting and radix sorts; `threads` share out the indicators,
/// 0 = every core); a series lookup is O(log n). Keeps a copy of the Model (a shared
/// handle), so it stays valid on its own.
class ObservationIndex {
 public:
  explicit ObservationIndex(Model model, unsigned threads = 1);

  const Model& model() const noexcept { return model_; }

  /// The observation numbers of `indicator` (all breakdowns), sorted by breakdown,
  /// geography, period.
  std::span<const std::uint32_t> indicator(std::uint32_t indicator) const noexcept;
  /// The observation numbers of `indicator` with `breakdown`, sorted by geography, period.
  std::span<const std::uint32_t> series(std::uint32_t indicator, std::string_view breakdown) const noexcept;
  /// The observation of that key, if the model has one.
  std::optional<std::uint32_t> find(std::uint32_t indicator, std::uint32_t geo, Period period,
                                    std::string_view breakdown = "T") const noexcept;
  /// Every distinct observation period, ascending.
  std::span<const Period> periods() const noexcept { return periods_; }
  /// Bytes this index holds (not counting the Model).
  std::size_t memory_bytes() const noexcept;

 private:
  Model model_;
  std::vector<std::uint32_t> order_;        // observation numbers, sorted
  std::vector<std::uint32_t> by_indicator_; // indicator i's range is [by_indicator_[i], by_indicator_[i+1])
  std::vector<Period> periods_;
};

/// What merge_observations did.
struct MergeCounts {
  std::size_t added = 0;      // keys the spec did not have
  std::size_t changed = 0;    // keys it had, with another value, text or status
  std::size_t unchanged = 0;  // keys it had with the same content
};

/// Adds `incoming` to `spec.observations`: an observation whose key (indicator, geo,
/// period, breakdown) the spec already holds replaces that observation's value, text
/// and status (a revision); any other is appended, in incoming order. Within
/// `incoming` a later observation of the same key wins. Periods compare by their
/// parsed value when both parse ("2019-05" and "2019-05" alike), else as text.
/// `spec.where.observations`, when filled, gets an empty Location per appended item.
/// O((n + m) log n) time; 4 bytes per existing observation of working memory.
MergeCounts merge_observations(ModelSpec& spec, std::span<const ObservationSpec> incoming);

}  // namespace impactgraph
