// Open SDG's progress measure (sdg-build, sdg/ProgressMeasure.py: growth_calculation,
// methodology_1, methodology_2, get_progress_status) and a least-squares trend.
#include "gaps/progress.hpp"

#include <algorithm>
#include <cmath>

namespace impactgraph::gaps {

std::optional<double> cagr(double x0, double t0, double x1, double t1) noexcept {
  if (!(t1 > t0) || x0 == 0.0) return std::nullopt;
  const double q = x1 / x0;
  if (!(q > 0.0) || !std::isfinite(q)) return std::nullopt;
  return std::pow(q, 1.0 / (t1 - t0)) - 1.0;
}

std::optional<double> progress_ratio(double x0, double t0, double x, double t, double target, double target_t,
                                     Sign d) noexcept {
  if (!(t > t0) || !(target_t > t0) || target == x0) return std::nullopt;
  const auto observed = cagr(x0, t0, x, t);
  const auto required = cagr(x0, t0, target, target_t);
  if (observed && required && *required != 0.0) {
    const double s = x0 < 0.0 ? -1.0 : 1.0;
    return s * d * *observed / std::abs(*required);
  }
  // A growth rate is undefined: compare the straight-line speeds instead.
  const double observed_speed = (x - x0) / (t - t0);
  const double required_speed = (target - x0) / (target_t - t0);
  return d * observed_speed / std::abs(required_speed);
}

std::optional<double> progress_growth(double x0, double t0, double x, double t, Sign d) noexcept {
  const auto observed = cagr(x0, t0, x, t);
  if (!observed) return std::nullopt;
  const double s = x0 < 0.0 ? -1.0 : 1.0;
  return s * d * *observed;
}

namespace {
ProgressClass classify(double v, double high, double med, double low) noexcept {
  if (v >= high) return ProgressClass::on_track;
  if (v >= med) return ProgressClass::moderate;
  if (v >= low) return ProgressClass::limited;
  return ProgressClass::deteriorating;
}
}  // namespace

ProgressClass classify_ratio(double ratio, const ProgressThresholds& t) noexcept {
  return classify(ratio, t.ratio_on_track, t.ratio_moderate, t.ratio_limited);
}

ProgressClass classify_growth(double growth, const ProgressThresholds& t) noexcept {
  return classify(growth, t.growth_on_track, t.growth_moderate, t.growth_limited);
}

double shortfall_from_ratio(double ratio) noexcept { return 1.0 - std::clamp(ratio, 0.0, 1.0); }

double shortfall_from_growth(double growth, const ProgressThresholds& t) noexcept {
  if (!(t.growth_on_track > 0.0)) return growth >= t.growth_on_track ? 0.0 : 1.0;
  return 1.0 - std::clamp(growth / t.growth_on_track, 0.0, 1.0);
}

double straight_line(double x0, double t0, double target, double target_t, double t) noexcept {
  return x0 + (target - x0) * (t - t0) / (target_t - t0);
}

std::optional<LinearFit> fit_line(std::span<const double> t, std::span<const double> y) noexcept {
  const std::size_t n = std::min(t.size(), y.size());
  if (n < 2) return std::nullopt;
  double mt = 0.0, my = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    mt += t[i];
    my += y[i];
  }
  mt /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double stt = 0.0, sty = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    stt += (t[i] - mt) * (t[i] - mt);
    sty += (t[i] - mt) * (y[i] - my);
  }
  if (!(stt > 0.0)) return std::nullopt;
  LinearFit fit;
  fit.slope = sty / stt;
  fit.intercept = my - fit.slope * mt;
  return fit;
}

std::optional<double> projected_year(const LinearFit& fit, double target, Sign d, double now) noexcept {
  if (!(d * fit.slope > 0.0)) return std::nullopt;
  const double when = (target - fit.intercept) / fit.slope;
  if (!std::isfinite(when)) return std::nullopt;
  return std::max(when, now);
}

}  // namespace impactgraph::gaps
