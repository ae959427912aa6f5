// Variance-based sensitivity: Saltelli's sampling design and the estimators COINr's
// SA_estimate uses — first order S_i by Saltelli et al. (2010), total ST_i by Jansen
// (1999); Saltelli et al., Global Sensitivity Analysis: The Primer (2008), ch. 4.
// Also R's type-7 quantile for the rank intervals.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "aggregate/random.hpp"
#include "impactgraph/sensitivity.hpp"

namespace impactgraph {

std::vector<double> saltelli_sample(std::size_t n, std::size_t d, std::uint64_t seed) {
  aggregate_detail::Random random(seed);
  std::vector<double> a(n * d), b(n * d);
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t j = 0; j < d; ++j) a[r * d + j] = random.uniform();
    for (std::size_t j = 0; j < d; ++j) b[r * d + j] = random.uniform();
  }
  std::vector<double> x;
  x.reserve(n * (d + 2) * d);
  x.insert(x.end(), a.begin(), a.end());
  x.insert(x.end(), b.begin(), b.end());
  for (std::size_t i = 0; i < d; ++i)
    for (std::size_t r = 0; r < n; ++r)
      for (std::size_t j = 0; j < d; ++j) x.push_back(j == i ? b[r * d + j] : a[r * d + j]);
  return x;
}

SobolEstimate sobol_estimate(std::span<const double> y, std::size_t n, std::size_t d) {
  if (n < 2 || y.size() != n * (d + 2)) throw std::invalid_argument("sobol_estimate: y must hold N * (d + 2) outputs, N >= 2");
  const auto ya = y.subspan(0, n), yb = y.subspan(n, n);
  double mean = 0.0;
  for (std::size_t r = 0; r < 2 * n; ++r) mean += y[r];
  mean /= static_cast<double>(2 * n);
  double ss = 0.0;
  for (std::size_t r = 0; r < 2 * n; ++r) ss += (y[r] - mean) * (y[r] - mean);
  SobolEstimate out;
  out.variance = ss / static_cast<double>(2 * n - 1);
  for (std::size_t i = 0; i < d; ++i) {
    const auto yab = y.subspan((2 + i) * n, n);
    double first = 0.0, total = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
      first += yb[r] * (yab[r] - ya[r]);
      total += (ya[r] - yab[r]) * (ya[r] - yab[r]);
    }
    const double v = out.variance;
    out.first_order.push_back(v > 0.0 ? first / static_cast<double>(n) / v : std::numeric_limits<double>::quiet_NaN());
    out.total.push_back(v > 0.0 ? total / (2.0 * static_cast<double>(n) * v) : std::numeric_limits<double>::quiet_NaN());
  }
  return out;
}

double quantile(std::span<const double> x, double probability) {
  std::vector<double> v;
  v.reserve(x.size());
  for (const double e : x)
    if (!std::isnan(e)) v.push_back(e);
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(v.begin(), v.end());
  const double h = (static_cast<double>(v.size()) - 1.0) * probability;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

}  // namespace impactgraph
