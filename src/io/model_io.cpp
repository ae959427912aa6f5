// Path-level reading and writing: pick the format, write atomically.
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <system_error>

#include "impactgraph/io.hpp"

namespace impactgraph {

namespace fs = std::filesystem;

namespace {
constexpr std::array<std::string_view, 4> format_names{"json", "csv", "dot", "graphml"};

[[noreturn]] void io_failure(const fs::path& path, const std::string& what) {
  Diagnostic d;
  d.code = std::string(codes::io_error);
  d.message = what;
  d.location.file = path.string();
  throw Error(std::move(d));
}

/// A name beside `target` for a temporary file, unique enough for concurrent writers.
fs::path temporary_beside(const fs::path& target) {
  std::random_device entropy;
  const auto tag = std::to_string(entropy());
  return target.parent_path() / ("." + target.filename().string() + ".tmp-" + tag);
}
/// The same CSV style the bundle at `folder` is written in (from its first table found).
CsvStyle style_of_bundle(const std::filesystem::path& folder) {
  for (const char* name : {"nodes.csv", "edges.csv", "indicators.csv", "observations.csv"}) {
    std::ifstream in(folder / name, std::ios::binary);
    std::string header;
    if (!in || !std::getline(in, header)) continue;
    CsvStyle style;
    if (header.rfind("\xEF\xBB\xBF", 0) == 0) style.bom = true;
    const auto semicolons = std::count(header.begin(), header.end(), ';');
    const auto commas = std::count(header.begin(), header.end(), ',');
    const auto tabs = std::count(header.begin(), header.end(), '\t');
    if (semicolons > commas && semicolons >= tabs) {
      style.separator = ';';
      style.decimal = ',';  // what Swedish spreadsheets write beside semicolons
    } else if (tabs > commas) {
      style.separator = '\t';
    }
    return style;
  }
  return {};
}

}  // namespace

std::string_view to_string(Format f) noexcept { return format_names[static_cast<std::size_t>(f)]; }

std::optional<Format> parse_format(std::string_view s) noexcept {
  for (std::size_t i = 0; i < format_names.size(); ++i)
    if (format_names[i] == s) return static_cast<Format>(i);
  return std::nullopt;
}

ModelSpec read_model(const fs::path& path) { return read_model(path, {}); }

ModelSpec read_model(const fs::path& path, const ReadOptions& options) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) io_failure(path, "no such file or folder");
  return fs::is_directory(status) ? read_csv_bundle(path, options) : read_json_file(path, options);
}

Model load(const fs::path& path) { return Model::freeze(read_model(path)); }

Model load(const fs::path& path, const ReadOptions& options) { return Model::freeze(read_model(path, options)); }

void save(const ModelSpec& spec, const fs::path& path, Format format, CsvStyle style) {
  if (format == Format::csv) {
    write_csv_bundle(spec, path, style);  // writes a temporary folder and renames it itself
    return;
  }
  const fs::path temporary = temporary_beside(path);
  // Removing by this name allocates nothing, so the temporary file goes even when the
  // write ran out of memory (found by tests/alloc).
  const std::string temporary_name = temporary.string();
  {
    std::ofstream out;
    try {
      out.open(temporary, std::ios::binary | std::ios::trunc);
      if (!out) io_failure(path, "cannot open for writing");
      switch (format) {
        case Format::json: write_json(spec, out); break;
        case Format::dot: write_dot(spec, out); break;
        case Format::graphml: write_graphml(spec, out); break;
        case Format::csv: break;
      }
      out.flush();
      if (!out) io_failure(path, "write failed");
    } catch (...) {
      out.close();
      std::remove(temporary_name.c_str());
      throw;
    }
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    std::remove(temporary_name.c_str());
    io_failure(path, "cannot replace: " + ec.message());
  }
}

void save_in_place(const ModelSpec& spec, const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    save(spec, path, Format::csv, style_of_bundle(path));
  else
    save(spec, path, Format::json);
}

}  // namespace impactgraph
