// What must hold for any input a C++ reader accepted or refused (fuzz targets of the
// readers). A new reader's target calls the same checks; a new analysis adds its own
// check to check_model (e.g. "every score is finite").
#pragma once

#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"

namespace fuzz {

/// A refusal: at least one diagnostic, each an error with a code (lower case words
/// joined by '-') and a message.
void check_refusal(const impactgraph::Error& error);

/// A frozen model's structure: finite edge weights, the topological order a permutation
/// that every edge respects, in-edges matching out-edges, observations indexing real
/// indicators and geographies.
void check_model(const impactgraph::Model& model);

/// A spec a reader returned: validate() is deterministic; without errors it freezes,
/// passes check_model, survives a JSON round trip exactly, freezes back to the same
/// model, and exports to DOT and GraphML; with errors, freezing throws those errors.
void check_spec(const impactgraph::ModelSpec& spec);

}  // namespace fuzz
