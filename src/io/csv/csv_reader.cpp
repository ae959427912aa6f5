// read_csv_bundle: a folder of CSV tables (docs/format.md, "CSV bundle") to a ModelSpec.
#include <array>
#include <fstream>
#include <optional>
#include <string>
#include <unordered_map>

#include "impactgraph/io.hpp"
#include "io/csv/bundle_layout.hpp"
#include "io/csv/bundle_meta.hpp"
#include "io/csv/bundle_io.hpp"
#include "io/csv/csv_cells.hpp"
#include "io/csv/csv_parser.hpp"
#include "io/limits_check.hpp"

namespace impactgraph {

namespace fs = std::filesystem;

namespace {

Diagnostic io_error(std::string file, std::string message) {
  Diagnostic d;
  d.code = std::string(codes::io_error);
  d.message = std::move(message);
  d.location.file = std::move(file);
  return d;
}

/// The file's bytes, or nullopt when it does not exist; unreadable -> io-error; larger
/// than the limit -> limit-exceeded (never read beyond it).
std::optional<std::string> slurp(const fs::path& path, std::size_t max_bytes, std::vector<Diagnostic>& errors) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return std::nullopt;
  if (ec || !fs::is_regular_file(status)) {
    errors.push_back(io_error(path.string(), ec ? ec.message() : "not a regular file"));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text;
  if (!in.is_open()) {
    errors.push_back(io_error(path.string(), "cannot read the file"));
    return std::nullopt;
  }
  if (!limits::read_at_most(in, max_bytes, text)) {
    errors.push_back(limits::too_large(text.size(), max_bytes, path.string()));
    return std::nullopt;
  }
  if (in.bad()) {
    errors.push_back(io_error(path.string(), "cannot read the file"));
    return std::nullopt;
  }
  return text;
}

/// A table of the bundle; an absent file is an empty table.
csv::Table load(const fs::path& folder, std::string_view name, const csv::FileSource& source, const Limits& limits,
                std::vector<Diagnostic>& errors) {
  const fs::path path = folder / name;
  std::optional<std::string> text = source(name, errors);
  csv::Table table;
  table.file = path.string();
  if (!text) return table;
  return csv::parse(*text, path.string(), errors, limits);
}

Location where(const csv::Table& t, const csv::Record& r) { return Location{t.file, r.line, 0, ""}; }

/// Returns false when rows were lost (no header columns to read them by).
bool read_nodes(const csv::Table& t, ModelSpec& spec, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int id = c.find("id", true), level = c.find("level", true), label = c.find("label"),
            description = c.find("description"), start = c.find("start"), end = c.find("end");
  if (!c.complete()) return !t.has_header;
  std::vector<int> tag_columns;  // every column that is not reserved, in header order
  for (std::size_t i = 0; i < t.header.size(); ++i) {
    bool reserved = t.header[i].empty();
    for (std::string_view r : csv::layout::node_columns) reserved = reserved || t.header[i] == r;
    if (!reserved) tag_columns.push_back(static_cast<int>(i));
  }
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    NodeSpec& n = spec.nodes.emplace_back();
    n.id = row.required(id);
    n.level = row.required(level);
    n.label = row.text(label);
    n.description = row.text(description);
    n.start = row.text(start);
    n.end = row.text(end);
    for (int col : tag_columns)
      if (!row.cell(col).empty()) n.tags.emplace_back(t.header[static_cast<std::size_t>(col)], row.text(col));
    spec.where.nodes.push_back(where(t, r));
  }
  return true;
}

/// Reads a [min, max] pair from two columns: both empty = none, one alone = missing-field.
std::optional<std::array<double, 2>> range(csv::Row& row, int min_col, int max_col, std::string_view min_name,
                                           std::string_view max_name) {
  const bool has_lo = !row.blank(min_col), has_hi = !row.blank(max_col);
  if (has_lo != has_hi) {
    row.error(codes::missing_field, has_lo ? max_col : min_col, "both ends of the range are required",
              has_lo ? max_name : min_name);
    return std::nullopt;
  }
  const std::optional<double> lo = row.number(min_col), hi = row.number(max_col);
  if (lo && hi) return std::array<double, 2>{*lo, *hi};
  return std::nullopt;
}

void read_edges(const csv::Table& t, ModelSpec& spec, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int from = c.find("from", true), to = c.find("to", true), weight = c.find("weight"),
            wmin = c.find("weight_min"), wmax = c.find("weight_max"), confidence = c.find("confidence"),
            assumption = c.find("assumption"), evidence = c.find("evidence");
  if (!c.complete()) return;
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    EdgeSpec& e = spec.edges.emplace_back();
    e.from = row.required(from);
    e.to = row.required(to);
    e.weight = row.number(weight).value_or(1.0);
    e.weight_range = range(row, wmin, wmax, "weight_min", "weight_max");
    e.confidence = row.number(confidence);
    e.assumption = row.text(assumption);
    e.evidence = row.word(evidence, parse_evidence, Evidence::unspecified, "evidence level",
                          "strong, moderate, weak or none");
    spec.where.edges.push_back(where(t, r));
  }
}

/// `check_nodes` false: nodes.csv lost rows, so an unknown node is not reported (it
/// would only echo that error).
void read_funding(const csv::Table& t, ModelSpec& spec, bool check_nodes, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int node = c.find("node", true), amount = c.find("amount", true), currency = c.find("currency"),
            source = c.find("source"), period = c.find("period");
  if (!c.complete()) return;
  std::unordered_map<std::string_view, std::size_t> index;  // the first node with each id
  for (std::size_t i = 0; i < spec.nodes.size(); ++i) index.emplace(spec.nodes[i].id, i);
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    Funding f;
    const std::string id = row.required(node);
    f.amount = row.required_number(amount).value_or(0.0);
    f.currency = row.text(currency);
    f.source = row.text(source);
    f.period = row.text(period);
    if (id.empty()) continue;
    const auto it = index.find(id);
    if (it == index.end()) {
      if (check_nodes) row.error(codes::unknown_node, node, "no node '" + id + "' in nodes.csv");
      continue;
    }
    spec.nodes[it->second].funding.push_back(std::move(f));
  }
}

bool read_indicators(const csv::Table& t, ModelSpec& spec, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int id = c.find("id", true), node = c.find("node", true), label = c.find("label"), unit = c.find("unit"),
            description = c.find("description"), direction = c.find("direction"), base_period = c.find("baseline_period"),
            base_value = c.find("baseline_value"), source = c.find("source"), measure = c.find("measure"),
            numerator = c.find("numerator"), denominator = c.find("denominator"), factor = c.find("factor"),
            smin = c.find("scale_min"), smax = c.find("scale_max"), geo_agg = c.find("geo_aggregation"),
            geo_weight = c.find("geo_weight"), time_agg = c.find("time_aggregation"), weight = c.find("weight");
  if (!c.complete()) return !t.has_header;
  constexpr std::string_view aggregations = "sum, mean, weighted_mean, min, max, first or last";
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    IndicatorSpec& i = spec.indicators.emplace_back();
    i.id = row.required(id);
    i.node = row.required(node);
    i.label = row.text(label);
    i.description = row.text(description);
    i.unit = row.text(unit);
    i.direction = row.word(direction, parse_direction, Direction::unspecified, "direction", "increase or decrease");
    // A baseline needs its value; the period alone says nothing.
    if (!row.blank(base_value)) {
      if (auto v = row.number(base_value)) i.baseline = Baseline{row.text(base_period), *v};
    } else if (!row.cell(base_period).empty()) {
      row.error(codes::missing_field, base_value, "a baseline period needs a baseline value", "baseline_value");
    }
    i.source = row.text(source);
    i.measure = row.word(measure, parse_measure, Measure::number, "measure", "number, percent, ratio, ordinal or text");
    i.numerator = row.text(numerator);
    i.denominator = row.text(denominator);
    i.factor = row.number(factor).value_or(1.0);
    i.scale = range(row, smin, smax, "scale_min", "scale_max");
    i.geo_aggregation = row.word(geo_agg, parse_aggregation, Aggregation::unspecified, "aggregation", aggregations);
    i.geo_weight = row.text(geo_weight);
    i.time_aggregation = row.word(time_agg, parse_aggregation, Aggregation::unspecified, "aggregation", aggregations);
    i.weight = row.number(weight).value_or(1.0);
    spec.where.indicators.push_back(where(t, r));
  }
  return true;
}

void read_targets(const csv::Table& t, ModelSpec& spec, bool check_indicators, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int indicator = c.find("indicator", true), kind = c.find("kind", true), period = c.find("period"),
            base_period = c.find("base_period"), value = c.find("value"), op = c.find("op"), geos = c.find("geos"),
            compare = c.find("compare"), between = c.find("between");
  if (!c.complete()) return;
  std::unordered_map<std::string_view, std::size_t> index;  // the first indicator with each id
  for (std::size_t i = 0; i < spec.indicators.size(); ++i) index.emplace(spec.indicators[i].id, i);
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    Target g;
    const std::string id = row.required(indicator);
    if (row.blank(kind)) row.error(codes::missing_field, kind, "a value is required");
    g.kind = row.word(kind, parse_target_kind, TargetKind::level, "target kind",
                      "level, change, threshold, direction, peers or disparity");
    g.period = row.text(period);
    g.base_period = row.text(base_period);
    g.value = row.number(value);
    g.op = row.text(op);
    g.geos = csv::split_list(row.cell(geos), csv::layout::list_separator);
    g.compare = row.text(compare);
    g.between = csv::split_list(row.cell(between), csv::layout::list_separator);
    if (id.empty()) continue;
    const auto it = index.find(id);
    if (it == index.end()) {
      if (check_indicators) row.error(codes::unknown_indicator, indicator, "no indicator '" + id + "' in indicators.csv");
      continue;
    }
    spec.indicators[it->second].targets.push_back(std::move(g));
  }
}

void read_geographies(const csv::Table& t, ModelSpec& spec, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int id = c.find("id", true), name = c.find("name"), parent = c.find("parent");
  if (!c.complete()) return;
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    GeographySpec& g = spec.geographies.emplace_back();
    g.id = row.required(id);
    g.name = row.text(name);
    g.parent = row.text(parent);
    spec.where.geographies.push_back(where(t, r));
  }
}

void read_observations(const csv::Table& t, ModelSpec& spec, std::vector<Diagnostic>& errors) {
  csv::Columns c(t, errors);
  const int indicator = c.find("indicator", true), geo = c.find("geo", true), period = c.find("period", true),
            breakdown = c.find("breakdown"), value = c.find("value"), text = c.find("text"), status = c.find("status");
  if (!c.complete()) return;
  spec.observations.reserve(t.rows.size());
  for (const csv::Record& r : t.rows) {
    csv::Row row(t, r, errors);
    ObservationSpec& o = spec.observations.emplace_back();
    o.indicator = row.required(indicator);
    o.geo = row.required(geo);
    o.period = row.required(period);
    if (!row.cell(breakdown).empty()) o.breakdown = row.text(breakdown);
    o.value = row.number(value);
    o.text = row.text(text);
    o.status = row.text(status);
    spec.where.observations.push_back(where(t, r));
  }
}

}  // namespace

ModelSpec read_csv_bundle(const fs::path& folder) { return read_csv_bundle(folder, {}); }

ModelSpec read_csv_bundle(const fs::path& folder, const ReadOptions& options) {
  std::error_code ec;
  const fs::file_status status = fs::status(folder, ec);
  if (status.type() == fs::file_type::not_found) throw Error(io_error(folder.string(), "no such folder"));
  if (ec) throw Error(io_error(folder.string(), ec.message()));
  if (!fs::is_directory(status)) throw Error(io_error(folder.string(), "not a folder"));
  bool any = false;
  for (std::string_view name : csv::layout::all_files) any = any || fs::exists(folder / name, ec);
  if (!any)
    throw Error(io_error(folder.string(), "not a CSV bundle (no nodes.csv, edges.csv, ... or model.json)"));
  const std::size_t max_bytes = options.limits.max_file_bytes;
  return csv::read_bundle(
      folder, [&](std::string_view name, std::vector<Diagnostic>& errors) { return slurp(folder / name, max_bytes, errors); },
      options.limits);
}

ModelSpec csv::read_bundle(const fs::path& folder, const FileSource& source, const Limits& limits) {
  std::vector<Diagnostic> errors;
  ModelSpec spec;
  const fs::path meta = folder / csv::layout::model_file;
  if (std::optional<std::string> text = source(csv::layout::model_file, errors))
    csv::read_model_json(*text, meta.string(), spec, errors, limits);
  const auto table = [&](std::string_view name) { return load(folder, name, source, limits, errors); };
  // A table whose rows were lost (syntax, encoding or header errors) already has its
  // errors; rows referring to its items are then not reported again.
  std::size_t before = errors.size();
  const csv::Table nodes = table(csv::layout::nodes_file);
  const bool nodes_parsed = errors.size() == before;
  const bool nodes_whole = read_nodes(nodes, spec, errors) && nodes_parsed;
  read_edges(table(csv::layout::edges_file), spec, errors);
  read_funding(table(csv::layout::funding_file), spec, nodes_whole, errors);
  before = errors.size();
  const csv::Table indicators = table(csv::layout::indicators_file);
  const bool indicators_parsed = errors.size() == before;
  const bool indicators_whole = read_indicators(indicators, spec, errors) && indicators_parsed;
  read_targets(table(csv::layout::targets_file), spec, indicators_whole, errors);
  read_geographies(table(csv::layout::geographies_file), spec, errors);
  read_observations(table(csv::layout::observations_file), spec, errors);
  Location levels_at;  // the levels come from model.json
  levels_at.file = meta.string();
  limits::check_spec(spec, limits, levels_at, errors);
  if (!errors.empty()) throw Error(std::move(errors));
  return spec;
}

}  // namespace impactgraph
