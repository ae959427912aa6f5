// Textbook statistics that tests compare the library's fast paths with: each by a full sort.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace reference_stats {

/// Hyndman-Fan type 7 (R's and NumPy's default) on a full sort.
inline double type7(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const double h = static_cast<double>(v.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= v.size()) return v.back();
  return v[lo] + (h - static_cast<double>(lo)) * (v[lo + 1] - v[lo]);
}

/// Nearest rank: the value at 1-based position ceil(p * n) of the sorted values.
inline std::uint32_t nearest(std::vector<std::uint32_t> v, double p) {
  std::sort(v.begin(), v.end());
  const auto pos = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
  return v[std::clamp<std::size_t>(pos, 1, v.size()) - 1];
}

}  // namespace reference_stats
