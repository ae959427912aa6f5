// Periods of observations and targets: a year (2019), a quarter (2019Q3) or a month (2019-05).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace impactgraph {

struct Period {
  enum class Kind : std::uint8_t { year = 0, quarter = 1, month = 2 };

  std::int16_t year = 0;
  Kind kind = Kind::year;
  std::uint8_t sub = 0;  // quarter 1..4, month 1..12, 0 for a year

  /// Accepts exactly `YYYY`, `YYYYQn` (n 1..4) and `YYYY-MM` (MM 01..12), years 1000..9999.
  static std::optional<Period> parse(std::string_view text) noexcept;
  /// The canonical text; parse(p.str()) == p.
  std::string str() const;
  /// The period's first month as a fractional year (2019Q3 -> 2019.5), for trends.
  double as_year() const noexcept;

  auto operator<=>(const Period&) const = default;
};

}  // namespace impactgraph
