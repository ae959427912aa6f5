// Invariants of the C ABI for the fuzz targets that drive it (fuzz_capi_*.cpp).
#pragma once

#include <cstddef>

#include "impactgraph.h"

namespace fuzz {

/// Every call's contract: a listed status, never IG_ERROR_INTERNAL; a failure sets the
/// thread's last error to the same code with a message. Returns `s`.
ig_status checked(ig_status s);

std::size_t error_count(const ig_diagnostics* d);

/// Reads the first eight findings and the last (fields, ids, formatted line), and one past the end.
void read_diagnostics(const ig_diagnostics* d);

/// Everything a reader can see of a frozen model agrees with itself: the topological
/// order is a permutation every edge respects, counts match, lookups find what they
/// list, weights and amounts are finite, ig_model_validate finds no error.
void check_model(const ig_model* m);

/// Every analysis on the model (contributions in each mode and with Monte Carlo, funding
/// flows, influence, aggregation, gaps): listed statuses, and on a model with modest
/// numbers, results within their laws (capi_analyses.cpp). A new analysis adds its call.
void check_analyses(const ig_model* m);

/// The model's JSON text loads back to an equal model; DOT and GraphML write; CSV (a
/// folder) is refused as text with the out-parameter untouched.
void check_round_trip(const ig_model* m);

}  // namespace fuzz
