// The weighted means a node's score is made of (COINr's a_amean, a_gmean, a_hmean,
// a_genmean; plus minimum and weighted median). Missing inputs are skipped and the
// weights renormalised over the inputs present. Formulas: docs/aggregation.md.
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "impactgraph/normalise.hpp"

namespace impactgraph {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double weighted_median(std::vector<std::pair<double, double>>& xw, double total) {
  std::sort(xw.begin(), xw.end());
  double cumulative = 0.0;
  for (std::size_t k = 0; k < xw.size(); ++k) {
    cumulative += xw[k].second / total;
    // Exactly half the weight at or below x_k: the median is midway to the next value
    // (so equal weights give the ordinary median).
    if (std::abs(cumulative - 0.5) < 1e-12 && k + 1 < xw.size()) return (xw[k].first + xw[k + 1].first) / 2.0;
    if (cumulative > 0.5) return xw[k].first;
  }
  return xw.back().first;
}

double mean(CompositeMethod method, std::span<const double> x, std::span<const double> w, double p);

}  // namespace

double combine(CompositeMethod method, std::span<const double> x, std::span<const double> w, double p) {
  if (method == CompositeMethod::generalised && p == 0.0) method = CompositeMethod::geometric;
  const double m = mean(method, x, w, p);
  // Every one of these means lies between the least and the largest input; rounding can
  // step over by an ulp (a mean of 100s giving 100.00000000000001), so keep it inside.
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(x[i]) && w[i] > 0.0) lo = std::min(lo, x[i]), hi = std::max(hi, x[i]);
  return std::isnan(m) ? m : std::clamp(m, lo, hi);
}

namespace {

double mean(CompositeMethod method, std::span<const double> x, std::span<const double> w, double p) {
  double sw = 0.0;
  bool any_zero = false, any_negative = false;
  std::size_t n = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i]) || !(w[i] > 0.0)) continue;
    ++n;
    sw += w[i];
    any_zero = any_zero || x[i] == 0.0;
    any_negative = any_negative || x[i] < 0.0;
  }
  if (n == 0) return nan;
  const auto present = [&](std::size_t i) { return !std::isnan(x[i]) && w[i] > 0.0; };

  switch (method) {
    case CompositeMethod::arithmetic: {
      double s = 0.0;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) s += w[i] * x[i];
      return s / sw;
    }
    case CompositeMethod::geometric: {
      if (any_negative) return nan;
      if (any_zero) return 0.0;
      double s = 0.0;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) s += w[i] * std::log(x[i]);
      return std::exp(s / sw);
    }
    case CompositeMethod::harmonic: {
      if (any_negative) return nan;
      if (any_zero) return 0.0;
      double s = 0.0;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) s += w[i] / x[i];
      return sw / s;
    }
    case CompositeMethod::generalised: {
      if (any_negative) return nan;
      if (any_zero && p < 0.0) return 0.0;
      double s = 0.0;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) s += w[i] * std::pow(x[i], p);
      return std::pow(s / sw, 1.0 / p);
    }
    case CompositeMethod::minimum: {
      double m = std::numeric_limits<double>::infinity();
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) m = std::min(m, x[i]);
      return m;
    }
    case CompositeMethod::median: {
      std::vector<std::pair<double, double>> xw;
      xw.reserve(n);
      for (std::size_t i = 0; i < x.size(); ++i)
        if (present(i)) xw.emplace_back(x[i], w[i]);
      return weighted_median(xw, sw);
    }
  }
  return nan;
}

}  // namespace

}  // namespace impactgraph
