// The parts of bench_contributions beyond the per-mode timings: funding flow, Monte Carlo
// and the bytes-per-edge breakdown. Each returns its JSON section.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>
#include <string>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::bench {

/// funding_flows over every node, grouped by funding source and by the "area" tag.
nlohmann::ordered_json funding_section(const Model& model, std::size_t reps);

/// `samples` Monte-Carlo samples of path contributions, sources -> targets, on 2 threads
/// and on 1, with the point estimate and the cost of drawing the random weights alone.
nlohmann::ordered_json monte_carlo_section(ContributionEngine& engine, std::span<const NodeIndex> sources,
                                           std::span<const NodeIndex> targets, std::size_t samples,
                                           std::size_t reps);

/// Model::memory_bytes() of the scale generated with one kind of attribute after another
/// switched on, to show what each costs per edge.
nlohmann::ordered_json memory_breakdown(const std::string& scale_name);

}  // namespace impactgraph::bench
