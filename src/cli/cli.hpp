// Shared pieces of the impactgraph command: exit codes, options every command takes,
// and diagnostic output. The command uses only the C ABI (through impactgraph.hpp).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "impactgraph.hpp"

namespace ig_cli {

/// Exit status that scripts rely on.
enum Exit : int {
  exit_ok = 0,
  exit_model_errors = 1,  // the model or data has errors (diagnostics printed)
  exit_usage = 2,         // usage error or unreadable input
};

using json = nlohmann::ordered_json;

struct Common {
  std::string model;  // a JSON file or a CSV bundle folder
  bool json = false;  // print one JSON document on stdout
};

json to_json(const ig::diagnostic& d);
json to_json(const std::vector<ig::diagnostic>& diagnostics);
/// One line per diagnostic, "file:line:column: field: severity: message [code]".
void print_human(const std::vector<ig::diagnostic>& diagnostics, std::ostream& out);
/// Exit status for a set of findings: 2 when an input could not be read, 1 for other errors.
int exit_for(const std::vector<ig::diagnostic>& diagnostics);
/// Reports a failed library call (its diagnostics, or its message) and gives the exit status.
int report_failure(const ig::error& e, const Common& common);
/// Prints a usage error, as JSON when asked.
int usage_error(const std::string& message, bool as_json);

}  // namespace ig_cli
