// Identity checks: empty ids, duplicate ids, declared levels and each node's level.
#include <fmt/format.h>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

// Declared levels have no source lines in the spec; the field names the entry.
Location level_location(std::size_t i) {
  Location at;
  at.field = fmt::format("levels[{}]", i);
  return at;
}

void empty_reference(Context& c, const std::vector<Location>& where, std::size_t i, std::string_view table,
                     std::string_view what, std::string_view field, std::string_view other) {
  std::vector<std::string> ids;
  if (!other.empty()) ids.emplace_back(other);
  c.error(codes::empty_id,
          fmt::format("the {} at {} has an empty \"{}\"", what, Context::place(where, i, table), field), std::move(ids),
          Context::at(where, i, field));
}

// Reports every item whose id an earlier item has, naming where both are.
template <class Items, class Id>
void duplicates(Context& c, const Items& items, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& repeats,
                const std::vector<Location>& where, std::string_view table, std::string_view what, Id id) {
  for (const auto& [repeat, first] : repeats) {
    const std::string_view key = id(items[repeat]);
    c.error(codes::duplicate_id,
            fmt::format("duplicate {} id {} ({} and {})", what, in_quotes(key), Context::place(where, first, table),
                        Context::place(where, repeat, table)),
            {std::string(key)}, Context::at(where, repeat, "id"));
  }
}

}  // namespace

void check_empty_ids(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.levels.size(); ++i)
    if (s.levels[i].empty())
      c.error(codes::empty_id, fmt::format("level {} of the model has an empty name", i + 1), {}, level_location(i));
  for (const std::uint32_t i : c.empty_node_ids)
    c.error(codes::empty_id, "the node at " + Context::place(s.where.nodes, i, "nodes") + " has an empty id", {},
            Context::at(s.where.nodes, i, "id"));
  // An empty end resolved to npos: only those edges are read again.
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    if (c.edge_from[i] != npos && c.edge_to[i] != npos) continue;
    const EdgeSpec& e = s.edges[i];
    if (e.from.empty()) empty_reference(c, s.where.edges, i, "edges", "edge", "from", e.to);
    if (e.to.empty()) empty_reference(c, s.where.edges, i, "edges", "edge", "to", e.from);
  }
  for (std::size_t i = 0; i < s.indicators.size(); ++i)
    if (s.indicators[i].id.empty())
      c.error(codes::empty_id,
              "the indicator at " + Context::place(s.where.indicators, i, "indicators") + " has an empty id", {},
              Context::at(s.where.indicators, i, "id"));
  for (std::size_t i = 0; i < s.geographies.size(); ++i)
    if (s.geographies[i].id.empty())
      c.error(codes::empty_id,
              "the geography at " + Context::place(s.where.geographies, i, "geographies") + " has an empty id", {},
              Context::at(s.where.geographies, i, "id"));
  for (std::size_t i = 0; i < s.observations.size(); ++i) {
    const ObservationSpec& o = s.observations[i];
    if (o.indicator.empty())
      empty_reference(c, s.where.observations, i, "observations", "observation", "indicator", {});
    if (o.geo.empty()) empty_reference(c, s.where.observations, i, "observations", "observation", "geo", {});
  }
}

void check_duplicate_ids(Context& c) {
  const ModelSpec& s = c.spec;
  // Repeats among declared levels (none when the model uses the default ones).
  for (const auto& [repeat, first] : c.level_repeats)
    c.error(
        codes::duplicate_id,
        fmt::format("level {} is declared twice (levels[{}] and levels[{}])", in_quotes(s.levels[repeat]), first, repeat),
        {s.levels[repeat]}, level_location(repeat));
  duplicates(c, s.nodes, c.node_repeats, s.where.nodes, "nodes", "node",
             [](const NodeSpec& n) -> std::string_view { return n.id; });
  duplicates(c, s.indicators, c.indicator_repeats, s.where.indicators, "indicators", "indicator",
             [](const IndicatorSpec& x) -> std::string_view { return x.id; });
  duplicates(c, s.geographies, c.geography_repeats, s.where.geographies, "geographies", "geography",
             [](const GeographySpec& g) -> std::string_view { return g.id; });
}

void check_levels(Context& c) {
  const ModelSpec& s = c.spec;
  std::string known;  // built only when needed
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    if (c.node_level[i] != npos) continue;  // a known level: not empty either
    const NodeSpec& n = s.nodes[i];
    if (n.level.empty()) {
      c.error(codes::missing_field, fmt::format("node {} has no level", in_quotes(n.id)), {n.id},
              Context::at(s.where.nodes, i, "level"));
      continue;
    }
    if (known.empty()) known = fmt::format("{}", fmt::join(s.effective_levels(), ", "));
    c.error(codes::unknown_level,
            fmt::format("node {} has level {}, which is not one of the model's levels ({})", in_quotes(n.id),
                        in_quotes(n.level), known),
            {n.id, n.level}, Context::at(s.where.nodes, i, "level"));
  }
}

}  // namespace impactgraph::validate_detail
