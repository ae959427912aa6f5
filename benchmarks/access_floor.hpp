// What this machine charges for the memory accesses a reverse sweep cannot avoid, measured
// by a loop that makes only those: the bandwidth bound (byte_model.hpp) assumes every random
// read of a successor's row is served at streaming speed, which a machine whose caches do
// not hold the rows never does. See docs/performance.md, "The access floor".
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <span>

#include "impactgraph/model.hpp"

namespace impactgraph::bench {

/// Times, as the median of `reps` runs after one warm-up:
/// - "sweep": every node in reverse layered order (the engine's order when the sources are
///   all the roots), its row made as sum over out-edges of weight * (successor's row), rows of
///   three values in the engine's 64-byte slots, successors' slots prefetched as far ahead as
///   the engine does; no per-target masks, channels, seeds, record counts or spills;
/// - "records": `records` records of 32 bytes written in order, each made from the slot of
///   its source (the records divided evenly among the first `sources` nodes).
/// Their sum is the floor of one call of the engine on this machine for a graph like this
/// one: the engine's own call does at least these accesses.
nlohmann::ordered_json access_floor_section(const Model& model, std::size_t sources, std::size_t records,
                                            std::size_t reps);

}  // namespace impactgraph::bench
