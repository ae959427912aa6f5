// Output of `impactgraph aggregate`: the JSON documents and the human tables.
#pragma once

#include <iosfwd>

#include "cli.hpp"

namespace ig_cli {

/// {"scores": [...], "indicators": [...] (when asked), "assessments": [...], "diagnostics": [...]}
json aggregate_json(const ig::aggregate_result& result, bool indicators);
/// {"target", "period", "runs", "inputs", "units": [...], "sobol": [...]}
json sensitivity_json(const ig::sensitivity_result& result);
/// Scores as a table on `out`, the assessments after it, notes on `notes`.
void print_aggregate(const ig::aggregate_result& result, bool indicators, std::ostream& out, std::ostream& notes);
void print_sensitivity(const ig::sensitivity_result& result, std::ostream& out);

}  // namespace ig_cli
