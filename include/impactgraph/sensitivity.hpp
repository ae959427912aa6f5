// Uncertainty and sensitivity analysis of a composite score (COINr's get_sensitivity):
// weights, the normalisation method and the composite method are varied over Monte Carlo
// runs; each unit (geography) gets its median rank and 5-95 % interval, and each varied
// input its first-order and total Sobol index (Saltelli/Jansen estimators).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/aggregate.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph {

enum class WeightSampling : std::uint8_t {
  none,       // weights not varied
  uniform,    // each weight w becomes w * (1 + noise * (2u - 1)), u uniform (COINr's get_noisy_weights)
  dirichlet,  // each node's input weights ~ Dirichlet(concentration * w / sum w), times sum w
};

std::string_view to_string(WeightSampling) noexcept;
std::optional<WeightSampling> parse_weight_sampling(std::string_view) noexcept;

struct SensitivityOptions {
  /// N, the base sample size. An uncertainty analysis makes N runs; with Sobol indices the
  /// design has N * (d + 2) runs for d varied inputs (rank statistics use the first 2N).
  std::size_t samples = 100;
  std::uint64_t seed = 1;
  WeightSampling weights = WeightSampling::uniform;
  double weight_noise = 0.25;             // uniform: +- this fraction
  double dirichlet_concentration = 20.0;  // dirichlet: larger = closer to the nominal weights
  std::vector<Normalisation> normalisations;  // alternatives drawn uniformly; empty = not varied
  std::vector<CompositeMethod> methods;       // alternatives drawn uniformly; empty = not varied
  bool sobol = true;
  std::string target_node;  // empty: the first scored node of the highest level
  std::string period;       // empty: the latest period in which the target has two or more scores
};

/// One unit's ranks over the runs (rank 1 = highest score; ties share the lowest rank).
struct UnitRanks {
  std::uint32_t geo;
  double nominal_score;
  double nominal_rank;
  double mean_rank;
  double median_rank;
  double p05;  // 5th percentile of the rank (R's quantile type 7)
  double p95;
};

/// First-order and total Sobol index of one varied input.
struct SobolIndex {
  std::string input;  // "weights", "normalisation" or "aggregation"
  double first_order;
  double total;
};

struct SensitivityResult {
  NodeIndex target;
  Period period;
  std::size_t runs = 0;
  std::vector<std::string> inputs;  // the varied inputs, in design column order
  std::vector<UnitRanks> units;     // by geography order
  std::vector<SobolIndex> sobol;    // empty unless asked and at least one input varies
  double output_variance = 0.0;     // Var(y), y = mean |rank - nominal rank| over units
  std::vector<Diagnostic> diagnostics;
};

/// Runs the analysis around the nominal `options`. Deterministic for a given seed.
/// Throws impactgraph::Error for unknown ids or periods, or nothing to vary.
SensitivityResult sensitivity(const Model& model, const AggregateOptions& options,
                              const SensitivityOptions& sensitivity_options);

/// Saltelli's design as COINr's SA_sample: rows A (N), B (N), then AB_1 ... AB_d (N each,
/// AB_i = A with column i from B); row-major, N * (d + 2) rows of d uniforms in [0, 1).
std::vector<double> saltelli_sample(std::size_t n, std::size_t d, std::uint64_t seed);

struct SobolEstimate {
  double variance = 0.0;
  std::vector<double> first_order;  // S_i = mean(yB * (yABi - yA)) / Var(y)
  std::vector<double> total;        // ST_i = sum((yA - yABi)^2) / (2 N Var(y))
};
/// COINr's SA_estimate on outputs `y` of a saltelli_sample design (length N * (d + 2)).
SobolEstimate sobol_estimate(std::span<const double> y, std::size_t n, std::size_t d);

/// R's quantile type 7 of the non-NaN values of `x` (sorted copy); NaN when there is none.
double quantile(std::span<const double> x, double probability);

}  // namespace impactgraph
