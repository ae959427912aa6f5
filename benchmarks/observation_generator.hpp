// A deterministic observation set for the aggregation benchmark: indicators attached to
// the nodes of a generated strategy (benchmarks/generator.hpp), a two-level geography
// (municipalities under counties) and yearly observations, Kolada-like. The same options
// give the same data on every platform: values come from SplitMix64 through integer
// arithmetic and exact double operations only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "generator.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::bench {

struct ObservationOptions {
  std::size_t indicators = 1'000;
  std::size_t counties = 20;
  std::size_t municipalities = 280;  // dealt round-robin over the counties
  int first_year = 1990;
  std::size_t years = 34;             // first_year .. first_year + years - 1
  /// Indicators whose series starts 1-3 years late (a new statistic), per mille.
  std::uint32_t late_start_per_mille = 100;
  /// Municipality-years without an observation (gaps), per mille. Counties are always
  /// observed where their indicator runs.
  std::uint32_t gap_per_mille = 10;
  /// Indicators where lower is better, per mille.
  std::uint32_t decrease_per_mille = 300;
  std::uint64_t seed = 20240612;
};

/// What add_observations added.
struct ObservationSet {
  std::size_t indicators = 0, geographies = 0, years = 0, observations = 0;
  /// Indicators per level of the model they are attached to (output, effect, area, goal, vision).
  std::size_t on_outputs = 0, on_effects = 0, on_areas = 0, on_goals = 0, on_vision = 0;
};

/// Adds indicators, geographies and observations to `g.spec`. Indicators go to distinct
/// outputs (70 %), the effects (round-robin: one or two each on the "mc" model), four per area, three per goal and one on
/// the vision; activities carry none (a project has no value in every municipality).
/// Indicator weights are multiples of 1/4 in [0.5, 2]. Throws std::invalid_argument when
/// the model has too few outputs, or there are too few indicators for the areas and goals.
ObservationSet add_observations(Generated& g, const ObservationOptions& options);

/// Writes the frozen model's aggregation inputs for benchmarks/numpy_baseline.py into
/// directory `dir`: meta.json (periods, geography parents, indicators' node, weight and
/// direction, the graph: topological order and edges with weights) and the observation
/// columns as raw little-endian arrays obs_indicator.u32, obs_geo.u32, obs_period.u16 (the
/// index into meta.json's periods) and obs_value.f64, in the model's observation order.
void write_numpy_inputs(const Model& model, const std::string& dir);

}  // namespace impactgraph::bench
