// Kolada (the Swedish municipal and regional KPI database) as a source of observations.
// Reads the JSON that Kolada's data API returns — the v2 envelope with `next_page`, the
// v3 envelope with `next_url`, or a bare list of data objects — and merges the values
// into a model's observations through the indicators' `source: "kolada:<KPI id>"`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/io.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph {

/// One value of one data object: (kpi, municipality or ou, period, gender).
struct KoladaValue {
  std::string kpi;
  std::string geo;     // Kolada's municipality (or organisational unit) id
  std::string period;  // "2019"
  std::string gender;  // T, K or M
  std::optional<double> value;  // null in Kolada = missing, kept
  std::string status;
  Location where;
};

/// Reads one Kolada response. Throws impactgraph::Error (parse-error, wrong-type,
/// missing-field, bad-period, ...) naming file, line and JSON path. The limits of
/// `options` apply as to a model file: file size, depth, string and id length, and
/// max_observations values (limit-exceeded).
std::vector<KoladaValue> read_kolada(std::string_view text, std::string_view file_name = "<string>");
std::vector<KoladaValue> read_kolada(std::string_view text, std::string_view file_name, const ReadOptions& options);
std::vector<KoladaValue> read_kolada_file(const std::filesystem::path& path);
std::vector<KoladaValue> read_kolada_file(const std::filesystem::path& path, const ReadOptions& options);

struct ImportSummary {
  std::size_t read = 0;       // values in the files (after later files replaced earlier ones)
  std::size_t added = 0;      // observations new to the model
  std::size_t changed = 0;    // observations whose value or status was revised
  std::size_t unchanged = 0;  // observations already in the model as they are
  std::size_t skipped_kpi = 0;  // values of KPIs no indicator has as its source
  std::size_t skipped_geo = 0;  // values of geographies the model does not have
  std::vector<std::string> unmapped_kpis;       // sorted, distinct
  std::vector<std::string> unknown_geographies;  // sorted, distinct
};

/// Merges `values` into `spec.observations`: each value goes to every indicator whose
/// source is "kolada:<kpi>"; a value for a key (indicator, geo, period, breakdown) the
/// model already has replaces it (counted as changed when value or status differ).
/// Among `values`, a later one for the same key replaces an earlier one. New
/// observations are appended in the order of `values`.
ImportSummary merge_kolada(ModelSpec& spec, const std::vector<KoladaValue>& values);

/// Reads the model at `model` (JSON file or CSV bundle), merges the Kolada `files` in
/// order, validates and writes the model back in its own format (a CSV bundle keeps its
/// separator, decimal mark and BOM) atomically. Throws impactgraph::Error on any
/// error; then the model is left as it was.
ImportSummary import_kolada(const std::filesystem::path& model, const std::vector<std::filesystem::path>& files);

}  // namespace impactgraph
