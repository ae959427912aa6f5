// Reading and writing models: JSON v1, the CSV bundle, DOT and GraphML.
// Readers either return a whole spec or throw impactgraph::Error naming file, line/row
// and field; writers to a path write a temporary file and rename it, so a failed write
// leaves nothing half-written.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "impactgraph/limits.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph {

/// How the readers read. The overloads without options use the defaults.
struct ReadOptions {
  /// Input beyond a limit is refused with a `limit-exceeded` diagnostic.
  Limits limits;
};

// ---- JSON model v1 (docs/format.md, docs/model.schema.json)
ModelSpec read_json(std::string_view text, std::string_view file_name = "<string>");
ModelSpec read_json(std::string_view text, std::string_view file_name, const ReadOptions& options);
ModelSpec read_json_file(const std::filesystem::path& path);
ModelSpec read_json_file(const std::filesystem::path& path, const ReadOptions& options);
void write_json(const ModelSpec& spec, std::ostream& out);
std::string to_json(const ModelSpec& spec);

// ---- CSV bundle: a folder of nodes.csv, edges.csv, funding.csv, indicators.csv,
// geographies.csv, observations.csv and an optional model.json.
struct CsvStyle {
  char separator = ',';
  char decimal = '.';
  bool bom = false;
  /// The Swedish spreadsheet style: semicolons, decimal commas, a UTF-8 BOM.
  static CsvStyle swedish() noexcept { return CsvStyle{';', ',', true}; }
};
/// Each file's separator (',' or ';') and decimal mark are detected from its header
/// and contents; a UTF-8 BOM is skipped.
ModelSpec read_csv_bundle(const std::filesystem::path& folder);
ModelSpec read_csv_bundle(const std::filesystem::path& folder, const ReadOptions& options);
/// Writes every table (empty tables too) into `folder`, created if missing.
void write_csv_bundle(const ModelSpec& spec, const std::filesystem::path& folder, CsvStyle style = {});

// ---- Graph exports (labels, levels and weights as attributes)
void write_dot(const ModelSpec& spec, std::ostream& out);
void write_graphml(const ModelSpec& spec, std::ostream& out);

// ---- Dispatch by path
/// A directory is read as a CSV bundle, anything else as a JSON model file.
ModelSpec read_model(const std::filesystem::path& path);
ModelSpec read_model(const std::filesystem::path& path, const ReadOptions& options);
/// read_model + Model::freeze.
Model load(const std::filesystem::path& path);
Model load(const std::filesystem::path& path, const ReadOptions& options);

enum class Format { json, csv, dot, graphml };
std::string_view to_string(Format) noexcept;
std::optional<Format> parse_format(std::string_view) noexcept;
/// Writes `spec` in `format` to `path` (a folder for csv) atomically.
void save(const ModelSpec& spec, const std::filesystem::path& path, Format format, CsvStyle style = {});
/// Writes `spec` back to where a model was read from, in that model's format: a JSON
/// file as JSON; a CSV bundle folder as a bundle in the style its tables are written in
/// (separator, decimal mark, BOM, taken from the first table found).
void save_in_place(const ModelSpec& spec, const std::filesystem::path& path);

}  // namespace impactgraph
