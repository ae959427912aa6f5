// A plain-data snapshot of a frozen model, read once through the C ABI, so that the
// report's sections and the analyze command can walk it without handle calls.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "impactgraph.hpp"

namespace ig_cli::report {

struct Funding {
  double amount = 0.0;
  std::string currency, source, period;
};

struct Node {
  std::string id, level, label, description;
  std::size_t level_index = 0;
  std::vector<std::pair<std::string, std::string>> tags;
  std::vector<Funding> funding;
  std::vector<std::size_t> out_edges, in_edges;  // edge indices

  /// The tag's value, "" when the node has no such tag.
  const std::string& tag(const std::string& key) const;
  /// The label, or the id when the label is empty.
  const std::string& name() const { return label.empty() ? id : label; }
};

struct Edge {
  std::size_t from = 0, to = 0;
  double weight = 1.0;
  bool has_range = false;
  double weight_min = 0.0, weight_max = 0.0;
  std::string assumption, evidence;  // evidence "" when unspecified
};

struct Target {
  ig_target_kind kind = IG_TARGET_LEVEL;
  std::string period, base_period, op, compare;
  bool has_value = false;
  double value = 0.0;
  std::vector<std::string> geos, between;
};

struct Indicator {
  std::string id, label, unit, description, source;
  std::size_t node = 0;
  ig_direction direction = IG_DIRECTION_UNSPECIFIED;
  ig_measure measure = IG_MEASURE_NUMBER;
  ig_aggregation geo_aggregation = IG_AGGREGATION_UNSPECIFIED;
  bool has_baseline = false;
  std::string baseline_period;
  double baseline_value = 0.0;
  std::vector<Target> targets;
  std::string numerator, denominator;  // ratio: indicator ids
  double factor = 1.0;
  bool has_scale = false;
  double scale_min = 0.0, scale_max = 0.0;
  double weight = 1.0;

  const std::string& name() const { return label.empty() ? id : label; }
};

struct Geography {
  std::string id, name;
  std::optional<std::size_t> parent;
  const std::string& display() const { return name.empty() ? id : name; }
};

struct Observation {
  std::size_t indicator = 0, geo = 0;
  std::string period, breakdown;
  bool has_value = false;
  double value = 0.0;
  std::string text, status;
  double time = 0.0;  // the period as a fractional year (period_time)
};

struct ModelData {
  std::string name;
  std::vector<std::string> levels;  // lowest first
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::vector<Indicator> indicators;
  std::vector<Geography> geographies;
  std::vector<Observation> observations;
  std::vector<std::size_t> topological_order;
  std::vector<ig::diagnostic> diagnostics;  // the frozen model's warnings and infos

  /// The geography the report centres on: `wanted` when given (an id), else the one with
  /// the most child geographies (the first such in input order); none without geographies.
  std::optional<std::size_t> focus_geo;
  /// The children of the focus geography (the municipalities of a county), input order.
  std::vector<std::size_t> focus_children;
  /// The level whose nodes are the goals: "goal" when the model has it, else the level
  /// below the top one (the top one for a one-level model).
  std::size_t goal_level = 0;
};

/// Reads everything; `focus` is a geography id ("" = choose as ModelData::focus_geo says).
/// Throws std::runtime_error for an unknown `focus`.
ModelData read_model(const ig::model& model, const std::string& focus = {});

/// A period ("2019", "2019Q3", "2019-05") as a fractional year at its first month
/// (2019Q3 -> 2019.5); nullopt for anything else.
std::optional<double> period_time(const std::string& period);

}  // namespace ig_cli::report
