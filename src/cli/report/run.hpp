// What the report and analyze commands share: loading the model with extra data, and the
// summary as terminal tables or JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "report/analyses.hpp"
#include "report/model_data.hpp"

namespace ig_cli::report {

/// The model at `path`; with `data` (Kolada JSON files) merged into its observations in
/// memory (the model file is not changed).
ig::model load_with_data(const std::string& path, const std::vector<std::string>& data);

/// The summary and the analyses' tables as plain-text tables.
void print_tables(std::ostream& out, const ModelData& data, const Analyses& analyses, const Summary& summary);
/// The same as one JSON document.
json summary_json(const ModelData& data, const Analyses& analyses, const Summary& summary);

/// [{"analysis", "reason"}] for what could not be computed.
json missing_json(const std::vector<Missing>& missing);

/// Writes `text` to `path` atomically (a temporary file renamed into place).
void write_file(const std::string& path, const std::string& text);

}  // namespace ig_cli::report
