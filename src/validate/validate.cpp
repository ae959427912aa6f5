// validate(): runs every check in a fixed order, so the findings come out in a stable
// order (by check, then by item order).
#include <fmt/format.h>

#include <cmath>

#include "model/string_hash.hpp"
#include "validate/context.hpp"

namespace impactgraph {

namespace validate_detail {

namespace {
template <class Items, class Lookup>
std::vector<std::uint32_t> resolve(const Items& items, Lookup lookup) {
  std::vector<std::uint32_t> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(lookup(item));
  return out;
}
}  // namespace

Context::Context(const ModelSpec& s) : spec(s) {
  for (std::size_t i = 0; i < s.nodes.size(); ++i)
    if (s.nodes[i].id.empty()) empty_node_ids.push_back(static_cast<std::uint32_t>(i));
  nodes_.build(s.nodes.size(), [&](std::size_t i) -> std::string_view { return s.nodes[i].id; }, &node_repeats);
  indicators_.build(s.indicators.size(), [&](std::size_t i) -> std::string_view { return s.indicators[i].id; },
                    &indicator_repeats);
  geographies_.build(s.geographies.size(), [&](std::size_t i) -> std::string_view { return s.geographies[i].id; },
                     &geography_repeats);
  const std::vector<std::string>& levels = s.effective_levels();
  levels_.build(levels.size(), [&](std::size_t i) -> std::string_view { return levels[i]; }, &level_repeats);
  // Both ends in one pass over the edges (176 bytes each: on a large model every pass over
  // them streams from memory), without a copy of the keys.
  edge_from.resize(s.edges.size());
  edge_to.resize(s.edges.size());
  nodes_.find_each(
      2 * s.edges.size(),
      [&](std::size_t k) -> std::string_view { return k % 2 ? s.edges[k / 2].to : s.edges[k / 2].from; },
      [&](std::size_t k, std::uint32_t v) { (k % 2 ? edge_to : edge_from)[k / 2] = v; });
  // Nodes come level by level in most specs: the previous node's level is looked up once.
  // The start state is itself a lookup: the empty level resolves to npos.
  std::string_view last_level;
  std::uint32_t last_index = npos;
  node_level = resolve(s.nodes, [&](const NodeSpec& n) {
    if (!detail::same_short_string(n.level, last_level)) {
      last_level = n.level;
      last_index = level(n.level);
    }
    return last_index;
  });
  observation_indicator = resolve(s.observations, [&](const ObservationSpec& o) { return indicator(o.indicator); });
  observation_geo = resolve(s.observations, [&](const ObservationSpec& o) { return geography(o.geo); });
}

Location Context::at(const std::vector<Location>& where, std::size_t i, std::string_view field) {
  Location location = i < where.size() ? where[i] : Location{};
  location.field = std::string(field);
  return location;
}

std::string Context::place(const std::vector<Location>& where, std::size_t i, std::string_view table) {
  if (i < where.size() && where[i].line > 0) return "line " + std::to_string(where[i].line);
  return fmt::format("{}[{}]", table, i);
}

void Context::report(std::string_view code, Severity severity, std::string message, std::vector<std::string> ids,
                     Location location) {
  Diagnostic& d = out.emplace_back();
  d.code = std::string(code);
  d.severity = severity;
  d.message = std::move(message);
  d.ids = std::move(ids);
  d.location = std::move(location);
}

std::string in_quotes(std::string_view id) { return fmt::format("\"{}\"", id); }

std::string number(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return fmt::format("{}", value);
}

void run_checks(Context& c) {
  check_encoding(c);
  check_empty_ids(c);
  check_duplicate_ids(c);
  check_levels(c);
  check_references(c);
  check_geography_cycles(c);
  check_graph(c);
  check_numbers(c);
  check_periods(c);
  check_measures(c);
  check_targets(c);
  check_observations(c);
}

}  // namespace validate_detail

std::vector<Diagnostic> validate(const ModelSpec& spec) {
  validate_detail::Context c(spec);
  validate_detail::run_checks(c);
  return std::move(c.out);
}

}  // namespace impactgraph
