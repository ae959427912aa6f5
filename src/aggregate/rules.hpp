// The per-axis aggregation rules (sum, mean, weighted mean, min, max, first, last) as
// accumulators, and the defaults when an indicator states none.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "aggregate/pipeline.hpp"

namespace impactgraph::aggregate_detail {

/// Over time: unspecified is last (the latest value); a weighted mean over time is a mean.
inline Aggregation time_rule(const IndicatorSpec& i) noexcept {
  if (i.time_aggregation == Aggregation::unspecified) return Aggregation::last;
  if (i.time_aggregation == Aggregation::weighted_mean) return Aggregation::mean;
  return i.time_aggregation;
}

/// Over geography: unspecified is the (unweighted) mean.
inline Aggregation geo_rule(const IndicatorSpec& i) noexcept {
  return i.geo_aggregation == Aggregation::unspecified ? Aggregation::mean : i.geo_aggregation;
}

/// Values of one cell over periods, added in time order (or backwards with add_before).
struct Accumulator {
  std::uint32_t count = 0;
  double sum = 0.0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  double first = nan, last = nan;

  void add(double v) noexcept {
    if (count == 0) first = v;
    last = v;
    common(v);
  }
  void add_before(double v) noexcept {
    if (count == 0) last = v;
    first = v;
    common(v);
  }
  double result(Aggregation rule) const noexcept {
    switch (rule) {
      case Aggregation::sum: return sum;
      case Aggregation::mean:
      case Aggregation::weighted_mean: return sum / count;
      case Aggregation::min: return min;
      case Aggregation::max: return max;
      case Aggregation::first: return first;
      case Aggregation::last:
      case Aggregation::unspecified: return last;
    }
    return last;
  }

 private:
  void common(double v) noexcept {
    ++count;
    sum += v;
    min = std::min(min, v);
    max = std::max(max, v);
  }
};

/// Values of one period over a geography's children, in geography order.
struct GeoAccumulator {
  std::uint32_t count = 0;
  double sum = 0.0, weighted = 0.0, weights = 0.0;
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();
  double first = nan, last = nan;

  void add(double x, double w) noexcept {
    if (count == 0) first = x;
    last = x;
    ++count;
    sum += x;
    weighted += w * x;
    weights += w;
    min = std::min(min, x);
    max = std::max(max, x);
  }
  double result(Aggregation rule) const noexcept {
    switch (rule) {
      case Aggregation::sum: return sum;
      case Aggregation::unspecified:
      case Aggregation::mean: return sum / count;
      case Aggregation::weighted_mean: return weights > 0.0 ? weighted / weights : nan;
      case Aggregation::min: return min;
      case Aggregation::max: return max;
      case Aggregation::first: return first;
      case Aggregation::last: return last;
    }
    return nan;
  }
};

/// Replaces each value by the time rule over the window's periods p-window+1 .. p
/// (same period kind; calendar periods, so a gap in the data shortens the window).
void apply_window(const Axes& axes, int window, Aggregation rule, Series& s);

}  // namespace impactgraph::aggregate_detail
