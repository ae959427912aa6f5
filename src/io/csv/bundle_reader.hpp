// The CSV bundle reader's core, apart from the file system: read_csv_bundle feeds it
// the files of a folder; the fuzzer (fuzz/) feeds it files held in memory.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/limits.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph::csv {

/// The text of the bundle's file `name` (e.g. "nodes.csv"), or nullopt when the file is
/// absent or could not be read (the reason appended to `errors`). The text must not be
/// longer than limits.max_file_bytes (the source refuses a longer one).
using FileSource = std::function<std::optional<std::string>(std::string_view name, std::vector<Diagnostic>& errors)>;

/// Reads every table of the bundle through `source`; diagnostics name `folder / name`.
/// Returns the whole spec or throws Error with every problem found.
ModelSpec read_bundle(const std::filesystem::path& folder, const FileSource& source, const Limits& limits);

}  // namespace impactgraph::csv
