// Equality gaps ("hög och jämlik livskvalitet"): the spread of an indicator across the
// region's municipalities, and the gap between women and men, each with its trend.
// docs/gaps.md, "Equality".
#include <algorithm>
#include <cmath>
#include <map>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

constexpr std::size_t kMinMunicipalities = 3;  // a spread of fewer values says little
constexpr double kTrendBand = 0.05;            // changes within +-5 % count as stable

struct Spread {
  Period period;
  std::size_t n = 0;
  double mean = 0.0, cv = 0.0;
  std::uint32_t low_geo = 0, high_geo = 0;
  double low = 0.0, high = 0.0;
};

std::optional<Spread> spread(const std::vector<std::pair<std::uint32_t, double>>& values, const Period& p) {
  if (values.size() < kMinMunicipalities) return std::nullopt;
  Spread s;
  s.period = p;
  s.n = values.size();
  s.low_geo = s.high_geo = values[0].first;
  s.low = s.high = values[0].second;
  for (const auto& [g, v] : values) {
    s.mean += v;
    if (v < s.low) s.low = v, s.low_geo = g;
    if (v > s.high) s.high = v, s.high_geo = g;
  }
  s.mean /= static_cast<double>(s.n);
  // The coefficient of variation is meaningful on a scale with a true zero: no negative values.
  if (!(s.mean > 0.0) || s.low < 0.0) return std::nullopt;
  double ss = 0.0;
  for (const auto& [g, v] : values) ss += (v - s.mean) * (v - s.mean);
  s.cv = std::sqrt(ss / static_cast<double>(s.n)) / std::abs(s.mean);
  return s;
}

std::string trend_of(double now, double then) {
  if (now > then * (1.0 + kTrendBand)) return "widening";
  if (now < then * (1.0 - kTrendBand)) return "narrowing";
  return "stable";
}

std::optional<Period> baseline(const Context& c, std::uint32_t indicator) {
  const IndicatorSpec& i = c.model.indicators()[indicator];
  return i.baseline ? Period::parse(i.baseline->period) : std::nullopt;
}

void municipal_spread(Context& c, std::uint32_t i, std::uint32_t region) {
  // Values by period across the region's municipalities.
  std::map<Period, std::vector<std::pair<std::uint32_t, double>>> by_period;
  for (std::uint32_t g : c.children[region])
    if (const Series* s = c.series.find(i, g, "T"))
      for (const Point& p : *s) by_period[p.period].emplace_back(g, p.value);
  std::optional<Spread> now, then;
  for (auto it = by_period.rbegin(); it != by_period.rend() && !now; ++it) now = spread(it->second, it->first);
  if (!now) return;
  const bool wide_ratio = now->low > 0.0 && now->high / now->low >= c.options.max_min_threshold;
  if (now->cv < c.options.cv_threshold && !wide_ratio) return;
  const auto wanted = baseline(c, i);
  for (const auto& [p, values] : by_period)
    if ((!wanted || p.as_year() >= wanted->as_year() - 1e-9) && p < now->period)
      if ((then = spread(values, p))) break;

  const int d = c.direction(i);
  const std::uint32_t worst = d < 0 ? now->high_geo : now->low_geo;
  const std::uint32_t best = d < 0 ? now->low_geo : now->high_geo;
  const double worst_value = d < 0 ? now->high : now->low;
  std::optional<double> region_value;
  if (const Series* s = c.series.find(i, region, "T"))
    for (const Point& p : *s)
      if (p.period == now->period) region_value = p.value;

  const IndicatorSpec& ind = c.model.indicators()[i];
  std::vector<Figure> f{text_figure("period", now->period.str()), number_figure("municipalities", static_cast<double>(now->n)),
                        number_figure("mean", now->mean), number_figure("cv", now->cv),
                        text_figure("low_geo", c.geo_ids[now->low_geo]), number_figure("low", now->low),
                        text_figure("high_geo", c.geo_ids[now->high_geo]), number_figure("high", now->high)};
  Args args{c.indicator_arg("indicator", i), c.geo_arg("region", region), percent_arg("cv", now->cv),
            text_arg("period", now->period.str()), c.value_arg("low", i, now->low), c.geo_arg("low_geo", now->low_geo),
            c.value_arg("high", i, now->high), c.geo_arg("high_geo", now->high_geo)};
  if (now->low > 0.0) {
    f.push_back(number_figure("max_min", now->high / now->low));
    args.push_back(number_arg("ratio", now->high / now->low, 2));
  }
  if (region_value) {
    f.push_back(number_figure("region_value", *region_value));
    f.push_back(number_figure("gap_to_region", worst_value - *region_value));
    args.push_back(c.value_arg("region_value", i, *region_value));
  }
  if (then) {
    f.push_back(text_figure("base_period", then->period.str()));
    f.push_back(number_figure("cv_base", then->cv));
    f.push_back(text_figure("trend", trend_of(now->cv, then->cv)));
    args.push_back(text_arg("base_period", then->period.str()));
    args.push_back(percent_arg("cv_base", then->cv));
    args.push_back(word_arg("trend", trend_of(now->cv, then->cv)));
  }
  c.add(gap_codes::unequal_municipalities, {ind.id, c.geo_ids[region], c.geo_ids[worst], c.geo_ids[best]},
        std::move(f), args);
}

struct GenderGap {
  Period period;
  double women = 0.0, men = 0.0;
  double gap() const { return women - men; }
  double relative() const {
    const double mean = (std::abs(women) + std::abs(men)) / 2.0;
    return mean > 0.0 ? std::abs(women - men) / mean : 0.0;
  }
};

// The women/men values at each common period, in period order.
std::vector<GenderGap> gender_series(const Context& c, std::uint32_t i, std::uint32_t g) {
  std::vector<GenderGap> out;
  const Series* w = c.series.find(i, g, c.options.women);
  const Series* m = c.series.find(i, g, c.options.men);
  if (!w || !m) return out;
  for (const Point& p : *w)
    for (const Point& q : *m)
      if (p.period == q.period) out.push_back({p.period, p.value, q.value});
  return out;
}

void gender_gap(Context& c, std::uint32_t i, std::uint32_t g) {
  const std::vector<GenderGap> s = gender_series(c, i, g);
  if (s.empty()) return;
  const GenderGap& now = s.back();
  if (now.relative() < c.options.gender_gap_threshold) return;
  const auto wanted = baseline(c, i);
  const GenderGap* then = nullptr;
  for (const GenderGap& x : s)
    if ((!wanted || x.period.as_year() >= wanted->as_year() - 1e-9) && x.period < now.period) {
      then = &x;
      break;
    }
  const IndicatorSpec& ind = c.model.indicators()[i];
  std::vector<Figure> f{text_figure("period", now.period.str()), number_figure("women", now.women),
                        number_figure("men", now.men), number_figure("gap", now.gap()),
                        number_figure("relative_gap", now.relative())};
  Args args{c.indicator_arg("indicator", i), c.geo_arg("geo", g), text_arg("period", now.period.str()),
            c.value_arg("women", i, now.women), c.value_arg("men", i, now.men),
            c.value_arg("gap", i, std::abs(now.gap())), percent_arg("relative", now.relative())};
  if (then) {
    const std::string trend = trend_of(std::abs(now.gap()), std::abs(then->gap()));
    f.push_back(text_figure("base_period", then->period.str()));
    f.push_back(number_figure("gap_base", then->gap()));
    f.push_back(text_figure("trend", trend));
    args.push_back(text_arg("base_period", then->period.str()));
    args.push_back(c.value_arg("gap_base", i, std::abs(then->gap())));
    args.push_back(word_arg("trend", "gap:" + trend));
  }
  if (c.region && *c.region == g) {
    std::size_t n = 0, over = 0;
    for (std::uint32_t m : c.children[g]) {
      const std::vector<GenderGap> ms = gender_series(c, i, m);
      if (ms.empty()) continue;
      ++n;
      over += ms.back().relative() >= c.options.gender_gap_threshold;
    }
    if (n > 0) {
      f.push_back(number_figure("municipalities", static_cast<double>(n)));
      f.push_back(number_figure("municipalities_over", static_cast<double>(over)));
      args.push_back(number_arg("municipalities", static_cast<double>(n)));
      args.push_back(number_arg("over", static_cast<double>(over)));
      args.push_back(percent_arg("threshold", c.options.gender_gap_threshold, 0));
    }
  }
  c.add(gap_codes::gender_gap, {ind.id, c.geo_ids[g]}, std::move(f), args);
}

}  // namespace

void equality_gaps(Context& c) {
  const auto indicators = c.model.indicators();
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    const IndicatorSpec& ind = indicators[i];
    // Counts (summed over geographies) differ with size, not with equality.
    if (ind.measure == Measure::text || ind.geo_aggregation == Aggregation::sum) continue;
    if (c.region && !c.children[*c.region].empty()) municipal_spread(c, i, *c.region);
  }
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    if (indicators[i].measure == Measure::text) continue;
    for (std::uint32_t g : c.series.geos(i))
      if (c.headline(g)) gender_gap(c, i, g);
  }
}

}  // namespace impactgraph::gaps
