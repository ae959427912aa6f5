// validate(): runs every check in a fixed order, so the findings come out in a stable
// order (by check, then by item order).
#include <fmt/format.h>

#include <cmath>

#include "validate/context.hpp"

namespace impactgraph {

namespace validate_detail {

namespace {
template <class Items, class Id>
std::vector<std::string_view> keys(const Items& items, Id id) {
  std::vector<std::string_view> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(id(item));
  return out;
}

template <class Items, class Lookup>
std::vector<std::uint32_t> resolve(const Items& items, Lookup lookup) {
  std::vector<std::uint32_t> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(lookup(item));
  return out;
}
}  // namespace

Context::Context(const ModelSpec& s) : spec(s) {
  {
    const std::vector<std::string_view> ids = keys(s.nodes, [](const NodeSpec& n) -> std::string_view { return n.id; });
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (ids[i].empty()) empty_node_ids.push_back(static_cast<std::uint32_t>(i));
    nodes_.build(ids, &node_repeats);
  }
  indicators_.build(keys(s.indicators, [](const IndicatorSpec& x) -> std::string_view { return x.id; }),
                    &indicator_repeats);
  geographies_.build(keys(s.geographies, [](const GeographySpec& g) -> std::string_view { return g.id; }),
                     &geography_repeats);
  levels_.build(keys(s.effective_levels(), [](const std::string& l) -> std::string_view { return l; }), &level_repeats);
  {
    // Both ends in one pass over the edges (176 bytes each: on a large model every pass over
    // them streams from memory).
    std::vector<std::string_view> from, to;
    from.reserve(s.edges.size());
    to.reserve(s.edges.size());
    for (const EdgeSpec& e : s.edges) {
      from.push_back(e.from);
      to.push_back(e.to);
    }
    edge_from = nodes_.find_all(from);
    edge_to = nodes_.find_all(to);
  }
  // Nodes come level by level in most specs: the previous node's level is looked up once.
  // The start state is itself a lookup: the empty level resolves to npos.
  std::string_view last_level;
  std::uint32_t last_index = npos;
  node_level = resolve(s.nodes, [&](const NodeSpec& n) {
    if (n.level != last_level) {
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

std::string quoted(std::string_view id) { return fmt::format("\"{}\"", id); }

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
