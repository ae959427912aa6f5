// Private to gaps/: the arithmetic of Open SDG's progress measure and of trends, kept free
// of the model so that it can be tested on hand-computed series (docs/gaps.md, "Performance").
#pragma once

#include <optional>
#include <span>

#include "impactgraph/gaps.hpp"

namespace impactgraph::gaps {

/// Compound annual growth rate from (t0, x0) to (t1, x1): (x1 / x0)^(1 / (t1 - t0)) - 1.
/// Empty when t1 <= t0 or x1 / x0 <= 0 (undefined).
std::optional<double> cagr(double x0, double t0, double x1, double t1) noexcept;

/// +1 for an increase target, -1 for a decrease target.
using Sign = int;

/// Open SDG methodology 2 (a target value V by period T): the progress ratio
///   s * d * cagr(x0 -> x) / |cagr(x0 -> V)|, s = sign(x0),
/// and, where a growth rate is undefined (x0 = 0, or a sign change), the linear analogue
///   d * ((x - x0) / (t - t0)) / |(V - x0) / (T - t0)|.
/// Empty when t <= t0, T <= t0 or V = x0.
std::optional<double> progress_ratio(double x0, double t0, double x, double t, double target, double target_t,
                                     Sign d) noexcept;

/// Open SDG methodology 1 (no target value): the direction-adjusted growth s * d * cagr(x0 -> x).
/// Empty when the growth rate is undefined.
std::optional<double> progress_growth(double x0, double t0, double x, double t, Sign d) noexcept;

/// The class of a ratio (methodology 2) or of a growth (methodology 1).
ProgressClass classify_ratio(double ratio, const ProgressThresholds& t) noexcept;
ProgressClass classify_growth(double growth, const ProgressThresholds& t) noexcept;

/// Shortfall in [0, 1]: 1 - clip(ratio, 0, 1), or 1 - clip(growth / growth_on_track, 0, 1).
double shortfall_from_ratio(double ratio) noexcept;
double shortfall_from_growth(double growth, const ProgressThresholds& t) noexcept;

/// The straight line from (t0, x0) to (T, V), at t.
double straight_line(double x0, double t0, double target, double target_t, double t) noexcept;

/// Least-squares line y = a + b t through the points (needs two distinct t).
struct LinearFit {
  double intercept = 0.0;
  double slope = 0.0;
};
std::optional<LinearFit> fit_line(std::span<const double> t, std::span<const double> y) noexcept;

/// When the fitted line reaches `target`, moving in direction d: t* = (target - a) / b, not
/// before `now`. Empty when the line moves the wrong way or not at all (d * b <= 0).
std::optional<double> projected_year(const LinearFit& fit, double target, Sign d, double now) noexcept;

}  // namespace impactgraph::gaps
