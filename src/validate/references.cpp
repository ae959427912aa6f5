// Reference checks: every id an item names must exist (nodes, indicators, geographies),
// and the geography hierarchy must be a forest.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

void check_references(Context& c) {
  const ModelSpec& s = c.spec;

  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    if (c.edge_from[i] != npos && c.edge_to[i] != npos) continue;  // only these are read again
    const EdgeSpec& e = s.edges[i];
    for (const auto& [end, node, field] :
         {std::tuple{&e.from, c.edge_from[i], "from"}, std::tuple{&e.to, c.edge_to[i], "to"}})
      if (!end->empty() && node == npos)
        c.error(codes::unknown_node,
                fmt::format("edge {} -> {} refers to unknown node {}", in_quotes(e.from), in_quotes(e.to), in_quotes(*end)),
                {e.from, e.to}, Context::at(s.where.edges, i, field));
  }

  for (std::size_t i = 0; i < s.indicators.size(); ++i) {
    const IndicatorSpec& x = s.indicators[i];
    // An indicator may sit on no node: a helper series such as population, used as a weight or a ratio's part.
    if (!x.node.empty() && c.node(x.node) == npos)
      c.error(codes::unknown_node, fmt::format("indicator {} is on unknown node {}", in_quotes(x.id), in_quotes(x.node)),
              {x.id, x.node}, Context::at(s.where.indicators, i, "node"));
    for (const auto& [ref, field] : {std::pair{&x.numerator, "numerator"}, std::pair{&x.denominator, "denominator"},
                                     std::pair{&x.geo_weight, "geo_weight"}})
      if (!ref->empty() && c.indicator(*ref) == npos)
        c.error(codes::unknown_indicator,
                fmt::format("indicator {} names unknown indicator {} as its {}", in_quotes(x.id), in_quotes(*ref), field),
                {x.id, *ref}, Context::at(s.where.indicators, i, field));
    for (std::size_t t = 0; t < x.targets.size(); ++t)
      for (std::size_t g = 0; g < x.targets[t].geos.size(); ++g) {
        const std::string& geo = x.targets[t].geos[g];
        if (c.geography(geo) == npos)
          c.error(codes::unknown_geography,
                  fmt::format("a peers target of indicator {} names unknown geography {}", in_quotes(x.id), in_quotes(geo)),
                  {x.id, geo}, Context::at(s.where.indicators, i, fmt::format("targets[{}].geos[{}]", t, g)));
      }
  }

  for (std::size_t i = 0; i < s.geographies.size(); ++i) {
    const GeographySpec& g = s.geographies[i];
    if (!g.parent.empty() && c.geography(g.parent) == npos)
      c.error(codes::unknown_geography,
              fmt::format("geography {} has unknown parent {}", in_quotes(g.id), in_quotes(g.parent)), {g.id, g.parent},
              Context::at(s.where.geographies, i, "parent"));
  }

  for (std::size_t i = 0; i < s.observations.size(); ++i) {
    const ObservationSpec& o = s.observations[i];
    if (!o.indicator.empty() && c.observation_indicator[i] == npos)
      c.error(codes::unknown_indicator,
              fmt::format("observation at {} is of unknown indicator {}",
                          Context::place(s.where.observations, i, "observations"), in_quotes(o.indicator)),
              {o.indicator}, Context::at(s.where.observations, i, "indicator"));
    if (!o.geo.empty() && c.observation_geo[i] == npos)
      c.error(codes::unknown_geography,
              fmt::format("observation at {} is of unknown geography {}",
                          Context::place(s.where.observations, i, "observations"), in_quotes(o.geo)),
              {o.indicator, o.geo}, Context::at(s.where.observations, i, "geo"));
  }
}

// Each geography has at most one parent, so following parents from any start either ends
// at a root or enters exactly one cycle. One walk per start, each geography visited once
// overall: O(G). A cycle is named from its first geography in input order.
void check_geography_cycles(Context& c) {
  const ModelSpec& s = c.spec;
  const std::size_t n = s.geographies.size();
  auto parent_of = [&](std::size_t i) -> std::uint32_t {
    const std::string& p = s.geographies[i].parent;
    return p.empty() ? npos : c.geography(p);
  };
  // walk[i]: 0 unvisited, else the 1-based walk that first reached i.
  std::vector<std::uint32_t> walk(n, 0);
  struct Found {
    std::uint32_t first;  // smallest index on the cycle
    std::vector<std::uint32_t> members;
  };
  std::vector<Found> found;
  for (std::size_t start = 0; start < n; ++start) {
    if (walk[start] != 0 || c.geography(s.geographies[start].id) != start) continue;
    const auto id = static_cast<std::uint32_t>(start + 1);
    std::uint32_t v = static_cast<std::uint32_t>(start);
    while (v != npos && walk[v] == 0) {
      walk[v] = id;
      v = parent_of(v);
    }
    if (v == npos || walk[v] != id) continue;  // reached a root or an earlier walk
    Found f{v, {}};
    std::uint32_t u = v;
    do {
      f.members.push_back(u);
      f.first = std::min(f.first, u);
      u = parent_of(u);
    } while (u != v);
    found.push_back(std::move(f));
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.first < b.first; });
  for (Found& f : found) {
    // Rotate so the cycle starts at its first geography in input order.
    const auto pos = std::find(f.members.begin(), f.members.end(), f.first);
    std::rotate(f.members.begin(), pos, f.members.end());
    std::vector<std::string> ids;
    for (std::uint32_t m : f.members) ids.push_back(s.geographies[m].id);
    std::string path = fmt::format("{}", fmt::join(ids, " -> ")) + " -> " + ids.front();
    c.error(codes::geography_cycle, "the geography hierarchy has a cycle: " + path, std::move(ids),
            Context::at(s.where.geographies, f.first, "parent"));
  }
}

}  // namespace impactgraph::validate_detail
