// The propagation kernel alone: one sweep of one block of eight targets, timed apart from
// the rest of ContributionEngine::compute (reach marks, normalising factors, emitting and
// ordering the records), to set against the memory-bandwidth bound of a sweep.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::bench {

/// Times one reverse sweep (the first eight targets) in `mode` with the settings the engine
/// uses, and counts the bytes it must move (bench_contributions adds the bound once it has
/// measured the bandwidth).
nlohmann::ordered_json kernel_section(const Model& model, std::span<const NodeIndex> sources,
                                      std::span<const NodeIndex> targets, ContributionMode mode, std::size_t reps);

}  // namespace impactgraph::bench
