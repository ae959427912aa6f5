// The keys JSON model v1 gives a meaning to, per object. Any other key is an extra:
// the reader keeps it, the writer refuses an extra that would shadow one of these.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace impactgraph::json::keys {

inline constexpr std::array<std::string_view, 8> model{
    "impactgraph", "name", "levels", "nodes", "edges", "indicators", "geographies", "observations"};
inline constexpr std::array<std::string_view, 8> node{"id",    "level",   "label", "description",
                                                      "tags", "funding", "start", "end"};
inline constexpr std::array<std::string_view, 7> edge{"from",       "to",         "weight",  "weight_range",
                                                      "confidence", "assumption", "evidence"};
inline constexpr std::array<std::string_view, 19> indicator{
    "id",      "node",        "label",       "description", "unit",   "direction",       "baseline",
    "target",  "targets",     "source",      "measure", "numerator",      "denominator",
    "factor",  "scale",       "geo_aggregation", "geo_weight", "time_aggregation", "weight"};
inline constexpr std::array<std::string_view, 8> target{"kind", "period", "base_period", "value",
                                                        "op",   "geos",   "compare",     "between"};
inline constexpr std::array<std::string_view, 3> geography{"id", "name", "parent"};

template <std::size_t N>
bool known(const std::array<std::string_view, N>& list, std::string_view key) noexcept {
  return std::find(list.begin(), list.end(), key) != list.end();
}

}  // namespace impactgraph::json::keys
