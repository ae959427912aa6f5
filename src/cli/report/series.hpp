// Observed series per indicator, breakdown and geography, and the target figures the
// trend charts draw (docs/report.md, "Indicator trends").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/model_data.hpp"

namespace ig_cli::report {

struct Point {
  double time = 0.0;  // fractional year
  std::string period;
  double value = 0.0;
  std::string status;
};

/// Per geography (index), the points with a value, in time order.
using GeoSeries = std::vector<std::vector<Point>>;

class SeriesIndex {
 public:
  explicit SeriesIndex(const ModelData& data);
  /// The indicator's series for `breakdown` ("T", "K", "M"). A ratio indicator without
  /// observations of its own gets numerator / denominator * factor wherever both have a
  /// value for the same geography, period and breakdown.
  const GeoSeries& get(std::size_t indicator, const std::string& breakdown) const;
  /// True when the ratio was computed (not observed).
  bool computed(std::size_t indicator) const;
  /// The breakdowns the indicator has values for, sorted.
  std::vector<std::string> breakdowns(std::size_t indicator) const;

 private:
  const ModelData& data_;
  std::map<std::pair<std::size_t, std::string>, GeoSeries> series_;
  std::vector<bool> computed_;
};

/// The value `i` is to reach by a target of kind level or change, as (time, value).
/// level: (period, value). change: (period, base * (1 + value)), where base is the focus
/// geography's observed total at base_period, or the baseline when base_period is the
/// baseline period. nullopt when not computable.
std::optional<std::pair<double, double>> target_point(const ModelData& data, const SeriesIndex& index,
                                                      std::size_t i, const Target& t);

/// The required trajectory: the straight line from the baseline (t0, b) to the target
/// (T, v), y(t) = b + (v - b) * (t - t0) / (T - t0). nullopt without a baseline or when
/// T <= t0.
std::optional<std::pair<std::pair<double, double>, std::pair<double, double>>> trajectory(
    const Indicator& indicator, const std::pair<double, double>& target);

/// The latest point of a series at or before nothing in particular: the last one.
const Point* latest(const std::vector<Point>& points);

}  // namespace ig_cli::report
