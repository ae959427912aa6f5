// Shared state of one validate() run: the spec, the findings so far, id lookups and the
// helpers that turn an item's position into a Location and a readable place name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model_spec.hpp"
#include "validate/flat_index.hpp"

namespace impactgraph::validate_detail {

inline constexpr std::uint32_t npos = FlatIndex::none;

/// The edges between known nodes as a CSR adjacency: grouped by source node (node order),
/// input order kept within a source, which is the frozen model's edge order. Self-loops are
/// left out (they are reported on their own and close no longer cycle).
struct Adjacency {
  std::vector<std::uint32_t> offsets;  // node_count + 1
  std::vector<std::uint32_t> targets;
  std::vector<std::uint32_t> edges;  // index into spec.edges
};

class Context {
 public:
  explicit Context(const ModelSpec& spec);

  const ModelSpec& spec;
  std::vector<Diagnostic> out;

  // Ids resolved once, since a model may hold millions of edges and observations
  // (npos where an id is empty or unknown).
  std::vector<std::uint32_t> edge_from, edge_to;  // node indices
  std::vector<std::uint32_t> node_level;          // index into effective_levels()
  std::vector<std::uint32_t> observation_indicator, observation_geo;
  std::vector<std::uint32_t> empty_node_ids;  // nodes whose id is empty, in order
  // Set by check_graph: the adjacency, and Kahn's order of the nodes (ready nodes taken in
  // index order), every node when the graph has no cycle. The freeze lays its CSR graph and
  // topological order out from them.
  Adjacency adjacency;
  std::vector<std::uint32_t> kahn_order;
  // Items whose id was taken by an earlier item: (repeat, first), in repeat order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> node_repeats, indicator_repeats, geography_repeats,
      level_repeats;

  /// Index of the first item with a given id (empty ids are not indexed).
  std::uint32_t node(std::string_view id) const noexcept { return nodes_.find(id); }
  std::uint32_t indicator(std::string_view id) const noexcept { return indicators_.find(id); }
  std::uint32_t geography(std::string_view id) const noexcept { return geographies_.find(id); }
  /// Position of a level in effective_levels() (first declaration), or npos.
  std::uint32_t level(std::string_view name) const noexcept { return levels_.find(name); }

  /// The item's source location (file, line) with `field` as its field: the name of the
  /// offending field within the item ("level", "to", "funding[0].amount"), as a CSV
  /// column would be named; the line already says which item.
  static Location at(const std::vector<Location>& where, std::size_t i, std::string_view field);
  /// "line 7" when the reader recorded a line, else a path such as "nodes[6]".
  static std::string place(const std::vector<Location>& where, std::size_t i, std::string_view table);

  void report(std::string_view code, Severity severity, std::string message, std::vector<std::string> ids,
              Location location);
  void error(std::string_view code, std::string message, std::vector<std::string> ids, Location location) {
    report(code, Severity::error, std::move(message), std::move(ids), std::move(location));
  }
  void warning(std::string_view code, std::string message, std::vector<std::string> ids, Location location) {
    report(code, Severity::warning, std::move(message), std::move(ids), std::move(location));
  }

 private:
  FlatIndex nodes_, indicators_, geographies_, levels_;
};

/// `"id"`, for messages.
std::string in_quotes(std::string_view id);
/// Shortest text that reads back as the same double (NaN, inf and -inf spelled out).
std::string number(double value);

/// Every check below in order, findings appended to c.out: validate() and Model::freeze
/// (which then reuses the ids the context resolved).
void run_checks(Context& c);

// The checks, in the order validate() runs them (docs/diagnostics.md lists what each finds).
void check_encoding(Context& c);          // encoding.cpp
void check_empty_ids(Context& c);         // ids.cpp
void check_duplicate_ids(Context& c);     // ids.cpp
void check_levels(Context& c);            // ids.cpp
void check_references(Context& c);        // references.cpp
void check_geography_cycles(Context& c);  // references.cpp
void check_graph(Context& c);             // graph_checks.cpp
void check_numbers(Context& c);           // numbers.cpp
void check_periods(Context& c);           // periods.cpp
void check_measures(Context& c);          // indicators.cpp
void check_targets(Context& c);           // targets.cpp
void check_observations(Context& c);      // observations.cpp

}  // namespace impactgraph::validate_detail
