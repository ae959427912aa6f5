// Normalisation of one pool of values (COINr's n_* functions, direction-aware).
// Reference: Becker et al., COINr (bluefoxr/COINr, R/normalise.R); OECD/JRC Handbook on
// Constructing Composite Indicators (2008), section 5. Formulas: docs/aggregation.md.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include "impactgraph/normalise.hpp"

namespace impactgraph {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct Stats {
  std::size_t n = 0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  double mean = 0.0;
  double sd = 0.0;  // sample (n - 1)
};

// `moments`: the mean and sd too (a second pass; only zscore reads them).
Stats stats_of(std::span<const double> x, bool moments) noexcept {
  Stats s;
  double sum = 0.0;
  for (const double v : x) {
    if (std::isnan(v)) continue;
    ++s.n;
    s.min = std::min(s.min, v);
    s.max = std::max(s.max, v);
    sum += v;
  }
  if (s.n == 0 || !moments) return s;
  s.mean = sum / static_cast<double>(s.n);
  double ss = 0.0;
  for (const double v : x)
    if (!std::isnan(v)) ss += (v - s.mean) * (v - s.mean);
  s.sd = s.n > 1 ? std::sqrt(ss / static_cast<double>(s.n - 1)) : 0.0;
  return s;
}

NormaliseStatus fail(std::span<double> x, NormaliseStatus why) noexcept {
  std::fill(x.begin(), x.end(), nan);
  return why;
}

template <class F>
void apply(std::span<double> x, F f) {
  for (double& v : x)
    if (!std::isnan(v)) v = f(v);
}

// Ranks with ties at the lowest rank ("min"), 1 = smallest of `sign * x`.
void min_ranks(std::span<double> x, double sign) {
  std::vector<std::size_t> order;
  order.reserve(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!std::isnan(x[i])) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sign * x[a] < sign * x[b]; });
  std::vector<double> rank(x.size(), nan);
  for (std::size_t k = 0; k < order.size(); ++k) {
    const bool tie = k > 0 && x[order[k]] == x[order[k - 1]];
    rank[order[k]] = tie ? rank[order[k - 1]] : static_cast<double>(k + 1);
  }
  std::copy(rank.begin(), rank.end(), x.begin());
}

}  // namespace

NormaliseStatus normalise(std::span<double> x, const NormalisationSpec& spec, Direction direction,
                          const NormaliseContext& context) {
  const Stats s = stats_of(x, spec.method == Normalisation::zscore);
  if (s.n == 0) return NormaliseStatus::empty;
  const bool up = direction != Direction::decrease;
  const double sign = up ? 1.0 : -1.0;
  const double range = s.max - s.min;
  const double scale = spec.scale;
  const bool cap = spec.cap;

  switch (spec.method) {
    case Normalisation::none:
      return NormaliseStatus::ok;

    case Normalisation::minmax: {
      if (range == 0.0) return fail(x, NormaliseStatus::zero_range);
      const double l = spec.lower, u = spec.upper;
      apply(x, [&](double v) { return (up ? v - s.min : s.max - v) / range * (u - l) + l; });
      return NormaliseStatus::ok;
    }

    case Normalisation::goalposts: {
      const double lo = context.goalposts[0], hi = context.goalposts[1];
      if (!(hi > lo)) return fail(x, NormaliseStatus::no_reference);
      apply(x, [&](double v) {
        double y = (up ? v - lo : hi - v) / (hi - lo);
        if (spec.truncate) y = std::clamp(y, 0.0, 1.0);
        return y * scale;
      });
      return NormaliseStatus::ok;
    }

    case Normalisation::zscore: {
      if (s.n < 2 || s.sd == 0.0) return fail(x, NormaliseStatus::zero_range);
      apply(x, [&](double v) { return sign * (v - s.mean) / s.sd * spec.sd + spec.mean; });
      return NormaliseStatus::ok;
    }

    case Normalisation::dist_to_target: {
      const double t = context.target;
      if (std::isnan(t)) return fail(x, NormaliseStatus::no_reference);
      const double denominator = up ? t - s.min : s.max - t;
      if (denominator == 0.0) return fail(x, NormaliseStatus::zero_range);
      apply(x, [&](double v) {
        const double y = (up ? v - s.min : s.max - v) / denominator;
        return (cap ? std::min(y, 1.0) : y) * scale;
      });
      return NormaliseStatus::ok;
    }

    case Normalisation::dist_to_max: {
      if (range == 0.0) return fail(x, NormaliseStatus::zero_range);
      apply(x, [&](double v) { return (1.0 - (up ? s.max - v : v - s.min) / range) * scale; });
      return NormaliseStatus::ok;
    }

    case Normalisation::dist_to_ref: {
      const double r = context.reference;
      if (std::isnan(r)) return fail(x, NormaliseStatus::no_reference);
      const double denominator = up ? r - s.min : s.max - r;
      if (denominator == 0.0) return fail(x, NormaliseStatus::zero_range);
      apply(x, [&](double v) {
        const double y = (up ? v - s.min : s.max - v) / denominator;
        return (cap ? std::min(y, 1.0) : y) * scale;
      });
      return NormaliseStatus::ok;
    }

    case Normalisation::frac_max: {
      // Higher is better: x / max. Lower is better: min / x (the best value over each).
      if (up ? s.max == 0.0 : s.min == 0.0) return fail(x, NormaliseStatus::zero_range);
      apply(x, [&](double v) { return up ? v / s.max * scale : (v == 0.0 ? nan : s.min / v * scale); });
      return NormaliseStatus::ok;
    }

    case Normalisation::rank:
      min_ranks(x, sign);
      return NormaliseStatus::ok;

    case Normalisation::percentile_rank: {
      if (s.n < 2) return fail(x, NormaliseStatus::zero_range);
      min_ranks(x, sign);
      apply(x, [&](double r) { return (r - 1.0) / static_cast<double>(s.n - 1) * scale; });
      return NormaliseStatus::ok;
    }

    case Normalisation::index: {
      if (context.base.size() != x.size()) return fail(x, NormaliseStatus::no_reference);
      bool any = false;
      for (std::size_t i = 0; i < x.size(); ++i) {
        const double b = context.base[i];
        if (std::isnan(x[i])) continue;
        if (std::isnan(b) || b == 0.0) {
          x[i] = nan;
          continue;
        }
        x[i] = 100.0 + 100.0 * sign * (x[i] - b) / std::abs(b);
        any = true;
      }
      return any ? NormaliseStatus::ok : fail(x, NormaliseStatus::no_reference);
    }
  }
  return NormaliseStatus::ok;
}

}  // namespace impactgraph
