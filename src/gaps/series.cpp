// Observation series for gap detection: one sorted series per (indicator, geography,
// breakdown), ratios computed from their parts, periods after the as-of period left out.
#include <algorithm>
#include <cmath>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

int per_year(Period::Kind kind) noexcept {
  switch (kind) {
    case Period::Kind::year: return 1;
    case Period::Kind::quarter: return 4;
    case Period::Kind::month: return 12;
  }
  return 1;
}

std::int64_t ordinal(const Period& p) noexcept {
  const int k = per_year(p.kind);
  return static_cast<std::int64_t>(p.year) * k + (p.kind == Period::Kind::year ? 0 : p.sub - 1);
}

Period from_ordinal(std::int64_t n, Period::Kind kind) noexcept {
  const int k = per_year(kind);
  Period p;
  p.kind = kind;
  p.year = static_cast<std::int16_t>(n / k);
  p.sub = kind == Period::Kind::year ? std::uint8_t{0} : static_cast<std::uint8_t>(n % k + 1);
  return p;
}

bool within(const Period& p, const std::optional<Period>& as_of) noexcept {
  if (!as_of) return true;
  if (p.kind == as_of->kind) return !(*as_of < p);
  // Different kinds: p must start before the as-of period ends.
  const double end = as_of->as_year() + 1.0 / per_year(as_of->kind);
  return p.as_year() < end - 1e-9;
}

SeriesIndex::SeriesIndex(const Model& model, std::optional<Period> as_of) {
  const ObservationTable obs = model.observations();
  geo_count_ = std::max<std::uint64_t>(1, model.geographies().size());
  breakdowns_.push_back("T");
  for (std::size_t i = 0; i < obs.size(); ++i) {
    const std::string_view b = obs.breakdown(i);
    if (!breakdown_id(b)) breakdowns_.emplace_back(b);
  }
  breakdown_slots_ = breakdowns_.size();
  geos_.assign(model.indicators().size(), {});

  for (std::size_t i = 0; i < obs.size(); ++i) {
    const Period p = obs.period(i);
    if (!within(p, as_of)) continue;
    const std::uint32_t ind = obs.indicator(i), geo = obs.geo(i);
    const std::uint32_t b = *breakdown_id(obs.breakdown(i));
    if (obs.has_value(i) && std::isfinite(obs.value(i))) values_[key(ind, geo, b)].push_back({p, p.as_year(), obs.value(i)});
    if (b == 0 && (obs.has_value(i) || !obs.text(i).empty())) present_[key(ind, geo, 0)].push_back(p);
  }
  add_ratios(model);
  for (auto& [k, s] : values_) {
    std::stable_sort(s.begin(), s.end(), [](const Point& a, const Point& b) { return a.period < b.period; });
    // Validation forbids duplicate observations; keep the first should a period repeat.
    s.erase(std::unique(s.begin(), s.end(), [](const Point& a, const Point& b) { return a.period == b.period; }),
            s.end());
    const auto ind = static_cast<std::uint32_t>(k / breakdown_slots_ / geo_count_);
    const auto geo = static_cast<std::uint32_t>(k / breakdown_slots_ % geo_count_);
    geos_[ind].push_back(geo);
  }
  for (auto& [k, periods] : present_) {
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  }
  for (auto& g : geos_) {
    std::sort(g.begin(), g.end());
    g.erase(std::unique(g.begin(), g.end()), g.end());
  }
}

std::optional<std::uint32_t> SeriesIndex::breakdown_id(std::string_view b) const {
  for (std::size_t i = 0; i < breakdowns_.size(); ++i)
    if (breakdowns_[i] == b) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

// A ratio's value for each (geography, breakdown, period) where both parts have one and the
// denominator is not zero: numerator / denominator * factor. Ratios of ratios resolve in
// as many passes as they nest.
void SeriesIndex::add_ratios(const Model& model) {
  const auto indicators = model.indicators();
  std::vector<char> done(indicators.size(), 1);
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].measure == Measure::ratio) done[i] = 0;
  for (std::size_t pass = 0; pass < indicators.size(); ++pass) {
    bool progress = false;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      if (done[i]) continue;
      const auto num = model.find_indicator(indicators[i].numerator);
      const auto den = model.find_indicator(indicators[i].denominator);
      if (!num || !den || !done[*num] || !done[*den]) continue;
      std::vector<std::pair<std::uint64_t, Series>> made;
      for (const auto& [k, ns] : values_) {
        if (k / breakdown_slots_ / geo_count_ != *num) continue;
        const std::uint64_t rest = k % (breakdown_slots_ * geo_count_);
        const auto ds = values_.find(static_cast<std::uint64_t>(*den) * breakdown_slots_ * geo_count_ + rest);
        if (ds == values_.end()) continue;
        Series out;
        for (const Point& a : ns)
          for (const Point& b : ds->second)
            if (a.period == b.period && b.value != 0.0) out.push_back({a.period, a.t, a.value / b.value * indicators[i].factor});
        if (!out.empty()) made.emplace_back(static_cast<std::uint64_t>(i) * breakdown_slots_ * geo_count_ + rest, std::move(out));
      }
      for (auto& [k, s] : made) {
        if (k % breakdown_slots_ == 0) {
          auto& periods = present_[k];
          for (const Point& p : s) periods.push_back(p.period);
        }
        values_[k] = std::move(s);
      }
      done[i] = 1;
      progress = true;
    }
    if (!progress) break;
  }
}

const Series* SeriesIndex::find(std::uint32_t indicator, std::uint32_t geo, std::string_view breakdown) const {
  const auto b = breakdown_id(breakdown);
  if (!b) return nullptr;
  const auto it = values_.find(key(indicator, geo, *b));
  return it == values_.end() ? nullptr : &it->second;
}

const std::vector<Period>* SeriesIndex::present(std::uint32_t indicator, std::uint32_t geo) const {
  const auto it = present_.find(key(indicator, geo, 0));
  return it == present_.end() ? nullptr : &it->second;
}

}  // namespace impactgraph::gaps
