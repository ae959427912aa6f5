// Resolving the gap options against the model (levels, region, as-of period) and the
// helpers every family uses to name items and append gaps.
#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

[[noreturn]] void fail(std::string_view code, std::string message, std::string id) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  d.ids = {std::move(id)};
  throw Error(std::move(d));
}

LevelIndex level_of(const Model& m, const std::string& level, const char* option) {
  const auto i = m.level_index(level);
  if (!i)
    fail(codes::unknown_level,
         fmt::format("gap option {}: the model has no level \"{}\" (its levels: {})", option, level,
                     fmt::join(m.levels(), ", ")),
         level);
  return *i;
}

std::vector<char> level_set(const Model& m, const std::vector<std::string>& levels, const char* option) {
  std::vector<char> set(m.levels().size(), 0);
  for (const std::string& l : levels) set[level_of(m, l, option)] = 1;
  return set;
}

std::optional<Period> latest_period(const Model& m) {
  std::optional<Period> best;
  const ObservationTable obs = m.observations();
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!obs.has_value(i) && obs.text(i).empty()) continue;
    const Period p = obs.period(i);
    if (!best || p.as_year() + 1.0 / per_year(p.kind) > best->as_year() + 1.0 / per_year(best->kind) + 1e-9) best = p;
  }
  return best;
}

void check_finite(double v, const char* name) {
  if (!std::isfinite(v)) throw std::invalid_argument(std::string("gap option ") + name + " is not finite");
}

// The as-of period: the option, or the latest period with a value or text.
std::optional<Period> resolve_as_of(const Model& m, const GapOptions& o) {
  if (o.as_of.empty()) return latest_period(m);
  const auto p = Period::parse(o.as_of);
  if (!p) fail(codes::bad_period, fmt::format("gap option as_of: \"{}\" is not a period (2019, 2019Q3, 2019-05)", o.as_of), o.as_of);
  return p;
}

// The region: the option, or the geography with the most children (the first on ties).
std::optional<std::uint32_t> resolve_region(const Model& m, const GapOptions& o,
                                            const std::vector<std::vector<std::uint32_t>>& children) {
  if (!o.region.empty()) {
    const auto g = m.find_geography(o.region);
    if (!g) fail(codes::unknown_geography, fmt::format("gap option region: the model has no geography \"{}\"", o.region), o.region);
    return static_cast<std::uint32_t>(*g);
  }
  std::optional<std::uint32_t> best;
  for (std::uint32_t g = 0; g < children.size(); ++g)
    if (!children[g].empty() && (!best || children[g].size() > children[*best].size())) best = g;
  return best;
}

}  // namespace

Context::Context(const Model& m, const GapOptions& o, GapReport& r)
    : model(m), options(o), language(o.language), as_of(resolve_as_of(m, o)), series(m, as_of), report(r) {
  for (double v : {o.silo_share, o.coverage_threshold, o.cv_threshold, o.max_min_threshold, o.gender_gap_threshold, o.mismatch_threshold,
                   o.thresholds.ratio_on_track, o.thresholds.ratio_moderate, o.thresholds.ratio_limited,
                   o.thresholds.growth_on_track, o.thresholds.growth_moderate, o.thresholds.growth_limited})
    check_finite(v, "threshold");

  const auto levels = m.levels();
  const auto n_levels = static_cast<LevelIndex>(levels.size());
  activity_level = o.activity_level.empty() ? 0 : level_of(m, o.activity_level, "activity_level");
  if (!o.goal_level.empty()) {
    goal_level = level_of(m, o.goal_level, "goal_level");
  } else if (const auto g = m.level_index("goal")) {
    goal_level = *g;
  } else {
    goal_level = n_levels >= 2 ? static_cast<LevelIndex>(n_levels - 2) : 0;
  }

  if (!o.effect_levels.empty()) {
    effect_level = level_set(m, o.effect_levels, "effect_levels");
  } else {
    effect_level.assign(n_levels, 0);
    bool any = false;
    for (LevelIndex l = 0; l < n_levels; ++l)
      if (levels[l] == "effect" || levels[l] == "outcome") {
        effect_level[l] = 1;
        any = true;
      }
    if (!any)
      for (LevelIndex l = static_cast<LevelIndex>(activity_level + 2); l < goal_level; ++l) effect_level[l] = 1;
  }

  if (!o.measured_levels.empty()) {
    measured_level = level_set(m, o.measured_levels, "measured_levels");
  } else {
    measured_level = effect_level;
    if (goal_level < n_levels) measured_level[goal_level] = 1;
  }

  if (!o.priority_levels.empty()) {
    priority_level = level_set(m, o.priority_levels, "priority_levels");
  } else {
    priority_level.assign(n_levels, 0);
    LevelIndex from = goal_level;
    for (LevelIndex l = 0; l < goal_level; ++l)
      if (effect_level[l]) from = static_cast<LevelIndex>(l + 1);
    for (LevelIndex l = from; l <= goal_level && l < n_levels; ++l) priority_level[l] = 1;
  }

  const auto geos = m.geographies();
  children.assign(geos.size(), {});
  for (std::uint32_t g = 0; g < geos.size(); ++g) {
    geo_ids.push_back(geos[g].id);
    if (!geos[g].parent.empty())
      if (const auto p = m.find_geography(geos[g].parent)) children[*p].push_back(g);
  }
  region = resolve_region(m, o, children);
  report.as_of = as_of;
  report.region = region;
  report.language = language;
}

int Context::direction(std::uint32_t indicator) const noexcept {
  switch (model.indicators()[indicator].direction) {
    case Direction::increase: return 1;
    case Direction::decrease: return -1;
    case Direction::unspecified: return 0;
  }
  return 0;
}

namespace {
Arg labelled(std::string name, std::string_view id, std::string_view label) {
  if (label.empty()) return text_arg(std::move(name), std::string(id));
  return Arg{std::move(name), fmt::format("{} “{}”", id, label), fmt::format("{} ”{}”", id, label)};
}
}  // namespace

Arg Context::node_arg(std::string name, NodeIndex v) const {
  const NodeRef n = model.node(v);
  return labelled(std::move(name), n.id(), n.label());
}

Arg Context::indicator_arg(std::string name, std::uint32_t indicator) const {
  const IndicatorSpec& i = model.indicators()[indicator];
  return labelled(std::move(name), i.id, i.label);
}

Arg Context::geo_arg(std::string name, std::uint32_t geo) const {
  const GeographySpec& g = model.geographies()[geo];
  return text_arg(std::move(name), g.name.empty() ? g.id : fmt::format("{} ({})", g.name, g.id));
}

Arg Context::level_arg(std::string name, LevelIndex level) const {
  return word_arg(std::move(name), model.levels()[level]);
}

Arg Context::value_arg(std::string name, std::uint32_t indicator, double value) const {
  Arg a = number_arg(std::move(name), value);
  const std::string& unit = model.indicators()[indicator].unit;
  if (!unit.empty()) {
    a.en += " " + unit;
    a.sv += " " + unit;
  }
  return a;
}

void Context::add(std::string_view code, std::vector<std::string> ids, std::vector<Figure> figures, const Args& args) {
  const GapCodeInfo* info = find_code(code);
  Gap g;
  g.code = std::string(code);
  g.severity = info ? info->severity : Severity::warning;
  g.message = info ? render(language == Language::sv ? info->message_sv : info->message_en, args, language) : g.code;
  g.ids = std::move(ids);
  g.figures = std::move(figures);
  report.gaps.push_back(std::move(g));
}

Figure number_figure(std::string name, double value) {
  Figure f;
  f.name = std::move(name);
  f.number = value;
  return f;
}

Figure text_figure(std::string name, std::string text) {
  Figure f;
  f.name = std::move(name);
  f.is_text = true;
  f.text = std::move(text);
  return f;
}

}  // namespace impactgraph::gaps
