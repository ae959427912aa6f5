// Periods numbered densely in Period's own order (year, then kind, then sub-period), so a
// table indexed by the number replaces a search among the periods: years 2000..2023 of any
// kind take 24 * 48 numbers.
#pragma once

#include <cstddef>

#include "impactgraph/period.hpp"

namespace impactgraph::aggregate_detail {

struct PeriodCode {
  int first_year = 0;
  std::size_t size = 0;  // numbers 0 .. size-1

  PeriodCode() = default;
  PeriodCode(int min_year, int max_year)
      : first_year(min_year), size(static_cast<std::size_t>(max_year - min_year + 1) * 48) {}
  std::size_t operator()(Period p) const noexcept {
    return static_cast<std::size_t>(((p.year - first_year) * 3 + static_cast<int>(p.kind)) * 16 + p.sub);
  }
  Period period(std::size_t code) const noexcept {
    return Period{static_cast<std::int16_t>(first_year + static_cast<int>(code / 48)),
                  static_cast<Period::Kind>(code / 16 % 3), static_cast<std::uint8_t>(code % 16)};
  }
};

}  // namespace impactgraph::aggregate_detail
