// The aggregation benchmark's observation set (see observation_generator.hpp) and its
// export for the numpy baseline.
//
// A value is level_i * factor_(i,g) * (1 + trend_i * t) * (1 + noise): a level per
// indicator (10 .. 10,000), a factor per indicator and geography (0.5 .. 1.5), a yearly
// trend of -2 % .. +2 % and +-5 % noise. Observations are listed by indicator, year and
// geography — the order a statistics API hands them out in, not the order the
// aggregation's index sorts them into.
#include "observation_generator.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

namespace impactgraph::bench {

namespace {

std::string numbered(char prefix, std::size_t i, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%0*zu", prefix, digits, i);
  return buf;
}

// A uniform integer in [lo, hi] as a double.
double between(SplitMix64& rng, int lo, int hi) {
  return static_cast<double>(lo + static_cast<int>(rng.below(static_cast<std::uint32_t>(hi - lo + 1))));
}

template <class T>
void write_column(const std::string& path, const std::vector<T>& v) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace

ObservationSet add_observations(Generated& g, const ObservationOptions& o) {
  ModelSpec& s = g.spec;
  SplitMix64 rng(o.seed);
  ObservationSet set;
  const std::size_t n = o.indicators;
  const std::size_t fixed = g.areas * 4 + g.goals * 3 + 1;
  const std::size_t on_outputs = n * 7 / 10;
  if (on_outputs + fixed > n || on_outputs > g.outputs)
    throw std::invalid_argument("observation generator: the model has too few outputs or effects");
  const std::size_t on_effects = n - on_outputs - fixed;
  const std::size_t o0 = g.activities, f0 = o0 + g.outputs, a0 = f0 + g.effects, g0 = a0 + g.areas;
  const std::size_t vision = g0 + g.goals;

  // Distinct outputs: a partial Fisher-Yates shuffle.
  std::vector<std::size_t> outputs(g.outputs);
  for (std::size_t k = 0; k < outputs.size(); ++k) outputs[k] = o0 + k;
  for (std::size_t k = 0; k < on_outputs; ++k)
    std::swap(outputs[k], outputs[k + rng.below(static_cast<std::uint32_t>(outputs.size() - k))]);
  std::vector<std::size_t> node_of;
  node_of.reserve(n);
  for (std::size_t k = 0; k < on_outputs; ++k) node_of.push_back(outputs[k]);
  for (std::size_t k = 0; k < on_effects; ++k) node_of.push_back(f0 + k % g.effects);
  for (std::size_t k = 0; k < g.areas * 4; ++k) node_of.push_back(a0 + k / 4);
  for (std::size_t k = 0; k < g.goals * 3; ++k) node_of.push_back(g0 + k / 3);
  node_of.push_back(vision);
  set.on_outputs = on_outputs;
  set.on_effects = on_effects;
  set.on_areas = g.areas * 4;
  set.on_goals = g.goals * 3;
  set.on_vision = 1;

  // Geographies: counties first, then municipalities dealt round-robin over them.
  const std::size_t geos = o.counties + o.municipalities;
  s.geographies.reserve(s.geographies.size() + geos);
  for (std::size_t c = 0; c < o.counties; ++c) {
    GeographySpec& x = s.geographies.emplace_back();
    x.id = numbered('C', c + 1, 2);
    x.name = "County " + std::to_string(c + 1);
  }
  for (std::size_t m = 0; m < o.municipalities; ++m) {
    GeographySpec& x = s.geographies.emplace_back();
    x.id = numbered('M', m + 1, 4);
    x.name = "Municipality " + std::to_string(m + 1);
    x.parent = numbered('C', m % o.counties + 1, 2);
  }
  std::vector<std::string> geo_id, year_text;
  for (std::size_t k = 0; k < geos; ++k) geo_id.push_back(s.geographies[s.geographies.size() - geos + k].id);
  for (std::size_t y = 0; y < o.years; ++y) year_text.push_back(std::to_string(o.first_year + static_cast<int>(y)));

  s.indicators.reserve(s.indicators.size() + n);
  s.observations.reserve(s.observations.size() + n * geos * o.years);
  std::vector<double> factor(geos);
  for (std::size_t i = 0; i < n; ++i) {
    IndicatorSpec& x = s.indicators.emplace_back();
    x.id = numbered('I', i + 1, 4);
    x.node = s.nodes[node_of[i]].id;
    x.label = "Indicator " + std::to_string(i + 1);
    x.direction = rng.chance(o.decrease_per_mille) ? Direction::decrease : Direction::increase;
    x.weight = 0.25 * between(rng, 2, 8);
    const double level = 10.0 * between(rng, 1, 1000);
    const double trend = between(rng, -20, 20) / 1000.0;
    const std::size_t start = rng.chance(o.late_start_per_mille) ? 1 + rng.below(3) : 0;
    for (std::size_t k = 0; k < geos; ++k) factor[k] = 0.5 + between(rng, 0, 1000) / 1000.0;
    for (std::size_t y = start; y < o.years; ++y) {
      for (std::size_t k = 0; k < geos; ++k) {
        if (k >= o.counties && rng.chance(o.gap_per_mille)) continue;
        const double noise = between(rng, -100, 100) / 2000.0;
        ObservationSpec& ob = s.observations.emplace_back();
        ob.indicator = x.id;
        ob.geo = geo_id[k];
        ob.period = year_text[y];
        ob.value = level * factor[k] * (1.0 + trend * static_cast<double>(y)) * (1.0 + noise);
        ++set.observations;
      }
    }
  }
  set.indicators = n;
  set.geographies = geos;
  set.years = o.years;
  return set;
}

void write_numpy_inputs(const Model& model, const std::string& dir) {
  ::mkdir(dir.c_str(), 0777);
  const ObservationTable obs = model.observations();
  std::vector<Period> periods;
  for (std::size_t k = 0; k < obs.size(); ++k)
    if (periods.empty() || periods.back() != obs.period(k)) periods.push_back(obs.period(k));
  std::sort(periods.begin(), periods.end());
  periods.erase(std::unique(periods.begin(), periods.end()), periods.end());

  nlohmann::json meta;
  meta["observations"] = obs.size();
  for (const Period p : periods) meta["periods"].push_back(p.str());
  for (std::size_t v = 0; v < model.node_count(); ++v) meta["node_ids"].push_back(model.node(static_cast<NodeIndex>(v)).id());
  for (const IndicatorSpec& x : model.indicators()) meta["indicator_ids"].push_back(x.id);
  for (const GeographySpec& x : model.geographies()) meta["geo_ids"].push_back(x.id);
  for (const GeographySpec& x : model.geographies()) {
    const auto parent = x.parent.empty() ? std::nullopt : model.find_geography(x.parent);
    meta["geo_parent"].push_back(parent ? static_cast<long long>(*parent) : -1LL);
  }
  for (const IndicatorSpec& x : model.indicators()) {
    meta["indicator_node"].push_back(*model.find_node(x.node));
    meta["indicator_weight"].push_back(x.weight);
    meta["indicator_decrease"].push_back(x.direction == Direction::decrease);
  }
  meta["nodes"] = model.node_count();
  meta["topological_order"] = std::vector<NodeIndex>(model.topological_order().begin(), model.topological_order().end());
  const auto sources = model.edge_sources();
  const auto targets = model.csr_targets();
  const auto weights = model.edge_weights();
  meta["edge_source"] = std::vector<NodeIndex>(sources.begin(), sources.end());
  meta["edge_target"] = std::vector<NodeIndex>(targets.begin(), targets.end());
  meta["edge_weight"] = std::vector<double>(weights.begin(), weights.end());
  std::ofstream(dir + "/meta.json") << meta.dump();

  std::vector<std::uint32_t> ind(obs.size()), geo(obs.size());
  std::vector<std::uint16_t> per(obs.size());
  std::vector<double> val(obs.size());
  for (std::size_t k = 0; k < obs.size(); ++k) {
    ind[k] = obs.indicator(k);
    geo[k] = obs.geo(k);
    per[k] = static_cast<std::uint16_t>(std::lower_bound(periods.begin(), periods.end(), obs.period(k)) - periods.begin());
    val[k] = obs.value(k);
  }
  write_column(dir + "/obs_indicator.u32", ind);
  write_column(dir + "/obs_geo.u32", geo);
  write_column(dir + "/obs_period.u16", per);
  write_column(dir + "/obs_value.f64", val);
}

}  // namespace impactgraph::bench
