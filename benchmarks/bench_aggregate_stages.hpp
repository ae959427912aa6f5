// The aggregation's stages timed one by one (the library's private pipeline), to show where
// the time of aggregate() goes.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>

#include "impactgraph/aggregate.hpp"

namespace impactgraph::bench {

/// Median wall and CPU seconds of each stage over `reps` runs: the observations grouped, the
/// axes, the indicators (time, geography, normalisation), the composite and the result tables.
nlohmann::ordered_json aggregate_stages(const Model& model, const AggregateOptions& options, std::size_t reps);

}  // namespace impactgraph::bench
