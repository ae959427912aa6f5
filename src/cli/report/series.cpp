#include "report/series.hpp"

#include <algorithm>
#include <set>

namespace ig_cli::report {

SeriesIndex::SeriesIndex(const ModelData& d) : data_(d), computed_(d.indicators.size(), false) {
  const std::size_t geos = d.geographies.size();
  std::vector<bool> observed(d.indicators.size(), false);
  for (const Observation& o : d.observations) {
    observed[o.indicator] = true;
    if (!o.has_value) continue;
    auto& s = series_[{o.indicator, o.breakdown}];
    if (s.empty()) s.resize(geos);
    s[o.geo].push_back({o.time, o.period, o.value, o.status});
  }
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& ind = d.indicators[i];
    if (observed[i] || ind.measure != IG_MEASURE_RATIO) continue;
    std::size_t num = d.indicators.size(), den = d.indicators.size();
    for (std::size_t k = 0; k < d.indicators.size(); ++k) {
      if (d.indicators[k].id == ind.numerator) num = k;
      if (d.indicators[k].id == ind.denominator) den = k;
    }
    if (num == d.indicators.size() || den == d.indicators.size()) continue;
    for (const std::string& b : breakdowns(num)) {
      const auto n_it = series_.find({num, b});
      const auto d_it = series_.find({den, b});
      if (n_it == series_.end() || d_it == series_.end()) continue;
      GeoSeries out(geos);
      for (std::size_t g = 0; g < geos; ++g)
        for (const Point& p : n_it->second[g])
          for (const Point& q : d_it->second[g])
            if (q.period == p.period && q.value != 0.0)
              out[g].push_back({p.time, p.period, p.value / q.value * ind.factor, p.status});
      series_[{i, b}] = std::move(out);
      computed_[i] = true;
    }
  }
  for (auto& [key, s] : series_)
    for (auto& points : s)
      std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.time < b.time; });
}

const GeoSeries& SeriesIndex::get(std::size_t indicator, const std::string& breakdown) const {
  static const GeoSeries none;
  const auto it = series_.find({indicator, breakdown});
  return it == series_.end() ? none : it->second;
}

bool SeriesIndex::computed(std::size_t indicator) const { return computed_[indicator]; }

std::vector<std::string> SeriesIndex::breakdowns(std::size_t indicator) const {
  std::vector<std::string> out;
  for (const auto& [key, s] : series_)
    if (key.first == indicator) out.push_back(key.second);
  return out;  // the map is ordered by (indicator, breakdown)
}

std::optional<std::pair<double, double>> target_point(const ModelData& d, const SeriesIndex& index, std::size_t i,
                                                      const Target& t) {
  const auto when = period_time(t.period);
  if (!when || !t.has_value) return std::nullopt;
  if (t.kind == IG_TARGET_LEVEL) return std::make_pair(*when, t.value);
  if (t.kind != IG_TARGET_CHANGE) return std::nullopt;
  const Indicator& ind = d.indicators[i];
  std::optional<double> base;
  if (ind.has_baseline && ind.baseline_period == t.base_period) base = ind.baseline_value;
  if (!base && d.focus_geo) {
    const GeoSeries& s = index.get(i, "T");
    if (!s.empty())
      for (const Point& p : s[*d.focus_geo])
        if (p.period == t.base_period) base = p.value;
  }
  if (!base) return std::nullopt;
  return std::make_pair(*when, *base * (1.0 + t.value));
}

std::optional<std::pair<std::pair<double, double>, std::pair<double, double>>> trajectory(
    const Indicator& ind, const std::pair<double, double>& target) {
  if (!ind.has_baseline) return std::nullopt;
  const auto t0 = period_time(ind.baseline_period);
  if (!t0 || !(target.first > *t0)) return std::nullopt;
  return std::make_pair(std::make_pair(*t0, ind.baseline_value), target);
}

const Point* latest(const std::vector<Point>& points) { return points.empty() ? nullptr : &points.back(); }

}  // namespace ig_cli::report
