// Outlier treatment of one pool, as COINr's Treat(): a pool passes when |skewness| < 2 or
// kurtosis < 3.5; a failing pool is winsorised one extreme at a time (at most winmax
// points), and if it still fails, the original values are log-transformed (log_CT).
// Reference: bluefoxr/COINr R/treat.R (winsorise, check_SkewKurt, skew, kurt, log_CT);
// skewness and kurtosis as e1071 type 2 (Joanes & Gill 1998, "b" and "G2").
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "impactgraph/normalise.hpp"

namespace impactgraph {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Centred sums of powers 2..4 over the non-NaN values.
struct Moments {
  double n = 0.0, m2 = 0.0, m3 = 0.0, m4 = 0.0;
};

Moments moments(std::span<const double> x) noexcept {
  Moments m;
  double sum = 0.0;
  for (const double v : x)
    if (!std::isnan(v)) {
      m.n += 1.0;
      sum += v;
    }
  if (m.n == 0.0) return m;
  const double mean = sum / m.n;
  for (const double v : x) {
    if (std::isnan(v)) continue;
    const double d = v - mean;
    m.m2 += d * d;
    m.m3 += d * d * d;
    m.m4 += d * d * d * d;
  }
  return m;
}

bool passes(std::span<const double> x, const OutlierSpec& spec) noexcept {
  const double sk = skewness(x);
  const double kt = kurtosis(x);
  if (std::isnan(sk) || std::isnan(kt)) return true;  // too few or equal values: nothing to treat
  return std::abs(sk) < spec.skew || kt < spec.kurtosis;
}

// COINr's log_CT: log(x - min + 0.01 (max - min)).
void log_ct(std::span<double> x, std::span<std::uint8_t> flags) noexcept {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const double v : x)
    if (!std::isnan(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) continue;
    x[i] = std::log(x[i] - lo + 0.01 * (hi - lo));
    flags[i] = static_cast<std::uint8_t>(flags[i] | value_log_transformed);
  }
}

// Replaces every point equal to the highest (or lowest) value by the next value inward;
// false when there is no such value (all points equal).
bool winsorise_once(std::span<double> x, bool high, std::vector<bool>& changed) {
  double extreme = high ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  for (const double v : x)
    if (!std::isnan(v)) extreme = high ? std::max(extreme, v) : std::min(extreme, v);
  double next = high ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  bool found = false;
  for (const double v : x)
    if (!std::isnan(v) && v != extreme) {
      next = high ? std::max(next, v) : std::min(next, v);
      found = true;
    }
  if (!found) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i] == extreme) {
      x[i] = next;
      changed[i] = true;
    }
  return true;
}

}  // namespace

double skewness(std::span<const double> x) noexcept {
  const Moments m = moments(x);
  if (m.n < 3.0 || m.m2 == 0.0) return nan;
  const double n = m.n;
  const double g = std::sqrt(n) * m.m3 / std::pow(m.m2, 1.5);
  return g * std::sqrt(n * (n - 1.0)) / (n - 2.0);
}

double kurtosis(std::span<const double> x) noexcept {
  const Moments m = moments(x);
  if (m.n < 4.0 || m.m2 == 0.0) return nan;
  const double n = m.n;
  const double r = n * m.m4 / (m.m2 * m.m2);
  return ((n + 1.0) * (r - 3.0) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
}

TreatmentOutcome treat_outliers(std::span<double> x, const OutlierSpec& spec, std::span<std::uint8_t> flags) {
  TreatmentOutcome out;
  if (spec.method == OutlierTreatment::none || passes(x, spec)) return out;
  out.needed = true;

  if (spec.method == OutlierTreatment::log) {
    log_ct(x, flags);
    out.log_transformed = true;
    out.passes = passes(x, spec);
    return out;
  }

  const std::vector<double> original(x.begin(), x.end());
  std::vector<bool> changed(x.size(), false);
  int count = 0;
  bool ok = false;
  while (!ok && count < spec.winmax) {
    // Positive skew: the outliers are high.
    if (!winsorise_once(x, skewness(x) >= 0.0, changed)) break;
    count = static_cast<int>(std::count(changed.begin(), changed.end(), true));
    ok = passes(x, spec);
  }
  if (!ok && spec.log_fallback) {
    std::copy(original.begin(), original.end(), x.begin());
    log_ct(x, flags);
    out.log_transformed = true;
    out.passes = passes(x, spec);
    return out;
  }
  for (std::size_t i = 0; i < x.size(); ++i)
    if (changed[i]) flags[i] = static_cast<std::uint8_t>(flags[i] | value_winsorised);
  out.winsorised = count;
  out.passes = ok;
  return out;
}

}  // namespace impactgraph
