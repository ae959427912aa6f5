// The CSV bundle reader's and writer's cores, apart from the file system:
// read_csv_bundle feeds read_bundle the files of a folder, write_csv_bundle writes what
// bundle_files makes; the fuzzer (fuzz/) keeps both in memory.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/io.hpp"
#include "impactgraph/limits.hpp"
#include "impactgraph/model_spec.hpp"
#include "io/csv/folder_write.hpp"

namespace impactgraph::csv {

/// The text of the bundle's file `name` (e.g. "nodes.csv"), or nullopt when the file is
/// absent or could not be read (the reason appended to `errors`). The text must not be
/// longer than limits.max_file_bytes (the source refuses a longer one).
using FileSource = std::function<std::optional<std::string>(std::string_view name, std::vector<Diagnostic>& errors)>;

/// Reads every table of the bundle through `source`; diagnostics name `folder / name`.
/// Returns the whole spec or throws Error with every problem found.
ModelSpec read_bundle(const std::filesystem::path& folder, const FileSource& source, const Limits& limits);

/// Every file of the bundle for `spec`: model.json and every table, empty ones too.
/// Throws Error for what cannot be written (invalid UTF-8, NaN, a bad style).
FileSet bundle_files(const ModelSpec& spec, CsvStyle style);

}  // namespace impactgraph::csv
