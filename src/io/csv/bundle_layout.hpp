// The CSV bundle's file and column names (docs/format.md), shared by reader and writer.
#pragma once

#include <array>
#include <string_view>

namespace impactgraph::csv::layout {

inline constexpr std::string_view model_file = "model.json";
inline constexpr std::string_view nodes_file = "nodes.csv";
inline constexpr std::string_view edges_file = "edges.csv";
inline constexpr std::string_view funding_file = "funding.csv";
inline constexpr std::string_view indicators_file = "indicators.csv";
inline constexpr std::string_view targets_file = "targets.csv";
inline constexpr std::string_view geographies_file = "geographies.csv";
inline constexpr std::string_view observations_file = "observations.csv";

inline constexpr std::array<std::string_view, 8> all_files{
    model_file, nodes_file, edges_file, funding_file, indicators_file, targets_file, geographies_file,
    observations_file};

// Columns in the order the writer puts them. In nodes.csv every other column is a tag.
inline constexpr std::array<std::string_view, 6> node_columns{"id", "level", "label", "description", "start", "end"};
inline constexpr std::array<std::string_view, 8> edge_columns{"from",       "to",         "weight",     "weight_min",
                                                              "weight_max", "confidence", "assumption", "evidence"};
inline constexpr std::array<std::string_view, 5> funding_columns{"node", "amount", "currency", "source", "period"};
inline constexpr std::array<std::string_view, 19> indicator_columns{
    "id",         "node",         "label",   "description", "unit",        "direction", "baseline_period",
    "baseline_value", "source",   "measure", "numerator",   "denominator", "factor",
    "scale_min",  "scale_max",    "geo_aggregation", "geo_weight", "time_aggregation", "weight"};
inline constexpr std::array<std::string_view, 9> target_columns{"indicator", "kind",    "period",  "base_period", "value",
                                                                "op",        "geos",    "compare", "between"};
inline constexpr std::array<std::string_view, 3> geography_columns{"id", "name", "parent"};
inline constexpr std::array<std::string_view, 7> observation_columns{"indicator", "geo",  "period", "breakdown",
                                                                     "value",     "text", "status"};

/// Joins the items of list cells (targets' geos and between).
inline constexpr char list_separator = '|';

}  // namespace impactgraph::csv::layout
