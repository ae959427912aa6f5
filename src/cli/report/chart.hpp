// Scales and axes shared by the line and bar charts.
#pragma once

#include <vector>

#include "report/html.hpp"

namespace ig_cli::report {

/// Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to the middle.
struct Scale {
  double d0 = 0.0, d1 = 1.0, r0 = 0.0, r1 = 1.0;
  double operator()(double v) const {
    return d1 == d0 ? (r0 + r1) / 2.0 : r0 + (v - d0) * (r1 - r0) / (d1 - d0);
  }
};

/// The plot area inside a chart.
struct Frame {
  double x = 0.0, y = 0.0, w = 0.0, h = 0.0;
};

/// About `count` round tick values (1, 2 or 5 times a power of ten) covering [lo, hi].
std::vector<double> nice_ticks(double lo, double hi, int count);

/// Widens [lo, hi] to the outer ticks of nice_ticks (and to a non-empty range).
void nice_domain(double& lo, double& hi, int count);

/// Horizontal grid lines and value labels on the left of `f`.
void y_axis(Svg& svg, const Frame& f, const Scale& y, const std::vector<double>& ticks, Lang lang);
/// Year ticks along the bottom of `f` for fractional years in [x.d0, x.d1].
void year_axis(Svg& svg, const Frame& f, const Scale& x);
/// Value ticks along the bottom of `f` (bar charts), with vertical grid lines.
void x_value_axis(Svg& svg, const Frame& f, const Scale& x, const std::vector<double>& ticks, Lang lang);

}  // namespace ig_cli::report
