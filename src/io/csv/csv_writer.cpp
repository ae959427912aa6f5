// write_csv_bundle: a ModelSpec to a folder of CSV tables (docs/format.md, "CSV bundle").
// Everything is rendered and checked in memory first; nothing touches the disk unless
// every table can be written so that it reads back as the same model.
#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

#include "impactgraph/io.hpp"
#include "io/csv/bundle_layout.hpp"
#include "io/csv/bundle_io.hpp"
#include "io/csv/bundle_meta.hpp"
#include "io/csv/csv_number.hpp"
#include "io/csv/folder_write.hpp"
#include "io/utf8.hpp"

namespace impactgraph {

namespace {

/// Renders one table; collects what cannot be written faithfully as diagnostics.
class TableOut {
 public:
  TableOut(std::string file, CsvStyle style, std::vector<Diagnostic>& errors)
      : file_(std::move(file)), style_(style), errors_(errors) {
    if (style.bom) text_ = "\xEF\xBB\xBF";
  }

  /// The header row; later cells are named after these columns in diagnostics.
  template <class Names>
  void header(const Names& names) {
    for (const auto& n : names) columns_.emplace_back(n);
    for (const std::string& n : columns_) text(n);
    end_record();
  }
  /// Starts a record about item `id` (named in diagnostics).
  void begin(std::string id) { id_ = std::move(id); }

  void text(std::string_view s) {
    if (!utf8::valid(s)) report(codes::bad_encoding, "not valid UTF-8");
    cells_.emplace_back(s);
  }
  void number(double v) {
    if (!std::isfinite(v)) {
      report(codes::non_finite, "a number that is not finite cannot be written");
      cells_.emplace_back();
      return;
    }
    cells_.push_back(csv::format_number(v, style_.decimal));
  }
  void number(const std::optional<double>& v) {
    if (v) number(*v);
    else cells_.emplace_back();
  }
  /// A list cell: items joined with '|'.
  void list(const std::vector<std::string>& items) {
    std::string joined;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].empty() || items[i].find(csv::layout::list_separator) != std::string::npos)
        report(codes::bad_value, "a list item that is empty or contains '|' cannot be written");
      if (i > 0) joined += csv::layout::list_separator;
      joined += items[i];
    }
    text(joined);
  }
  /// Reports a problem with the current cell.
  void report(std::string_view code, std::string message) {
    Diagnostic d;
    d.code = std::string(code);
    d.message = std::move(message);
    const std::size_t col = cells_.size();
    d.location = Location{file_, line_, static_cast<std::uint32_t>(col + 1),
                          col < columns_.size() ? columns_[col] : std::string()};
    if (!id_.empty()) d.ids.push_back(id_);
    errors_.push_back(std::move(d));
  }

  void end_record() {
    bool all_empty = true;
    for (const std::string& c : cells_) all_empty = all_empty && c.empty();
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (i > 0) text_ += style_.separator;
      // A record of only empty cells would read as a blank line, which is skipped.
      write_cell(cells_[i], all_empty && i == 0);
    }
    text_ += "\r\n";
    for (const std::string& c : cells_)
      for (std::size_t k = 0; k < c.size(); ++k)
        if (c[k] == '\n' || (c[k] == '\r' && (k + 1 == c.size() || c[k + 1] != '\n'))) ++line_;
    ++line_;
    cells_.clear();
  }
  const std::string& bytes() const noexcept { return text_; }

 private:
  void write_cell(const std::string& c, bool force_quotes) {
    const bool quote = force_quotes || c.find_first_of(std::string{style_.separator, '"', '\r', '\n'}) != std::string::npos ||
                       (!c.empty() && (c.front() == ' ' || c.front() == '\t' || c.back() == ' ' || c.back() == '\t'));
    if (!quote) {
      text_ += c;
      return;
    }
    text_ += '"';
    for (char ch : c) {
      if (ch == '"') text_ += '"';
      text_ += ch;
    }
    text_ += '"';
  }

  std::string file_;
  CsvStyle style_;
  std::vector<Diagnostic>& errors_;
  std::vector<std::string> columns_;
  std::vector<std::string> cells_;
  std::string id_;
  std::string text_;
  std::uint32_t line_ = 1;
};

/// Orders tag keys (given in first-seen order) so that every node's tags come in
/// the order the node lists them, when such an order exists (then the tags read back
/// exactly): Kahn's topological sort of "a comes before b in some node", taking the
/// earliest-seen ready key first. Keys caught in contradicting orders keep their
/// first-seen order. O(k^2 + t) for k keys and t tags.
std::vector<std::string> order_keys(const ModelSpec& spec, std::vector<std::string> keys) {
  const std::size_t k = keys.size();
  auto index = [&](const std::string& key) {
    for (std::size_t i = 0; i < k; ++i)
      if (keys[i] == key) return i;
    return k;
  };
  std::vector<std::vector<bool>> before(k, std::vector<bool>(k, false));
  for (const NodeSpec& n : spec.nodes)
    for (std::size_t t = 1; t < n.tags.size(); ++t) {
      const std::size_t a = index(n.tags[t - 1].first), b = index(n.tags[t].first);
      if (a < k && b < k && a != b) before[a][b] = true;
    }
  std::vector<std::size_t> incoming(k, 0);
  for (std::size_t a = 0; a < k; ++a)
    for (std::size_t b = 0; b < k; ++b) incoming[b] += before[a][b] ? 1 : 0;
  std::vector<bool> placed(k, false);
  std::vector<std::string> ordered;
  while (ordered.size() < k) {
    std::size_t next = k;
    for (std::size_t i = 0; i < k && next == k; ++i)
      if (!placed[i] && incoming[i] == 0) next = i;
    for (std::size_t i = 0; i < k && next == k; ++i)  // a contradiction: break it
      if (!placed[i]) next = i;
    placed[next] = true;
    ordered.push_back(keys[next]);
    for (std::size_t b = 0; b < k; ++b)
      if (before[next][b] && incoming[b] > 0) --incoming[b];
  }
  return ordered;
}

/// Tag columns: every tag key (see order_keys). Keys that would read back as
/// something else are reported.
std::vector<std::string> tag_columns(const ModelSpec& spec, std::vector<Diagnostic>& errors) {
  std::vector<std::string> keys;
  for (const NodeSpec& n : spec.nodes) {
    for (std::size_t t = 0; t < n.tags.size(); ++t) {
      const std::string& key = n.tags[t].first;
      std::string problem;
      for (std::string_view r : csv::layout::node_columns)
        if (key == r) problem = "a tag named like a column of nodes.csv";
      if (key.empty()) problem = "a tag with an empty name";
      for (std::size_t u = 0; u < t; ++u)
        if (n.tags[u].first == key) problem = "a tag given twice";
      if (!problem.empty()) {
        Diagnostic d;
        d.code = std::string(codes::bad_value);
        d.message = problem + " cannot be written to CSV";
        d.ids = {n.id};
        d.location = Location{std::string(csv::layout::nodes_file), 0, 0, key};
        errors.push_back(std::move(d));
        continue;
      }
      bool seen = false;
      for (const std::string& k : keys) seen = seen || k == key;
      if (!seen) keys.push_back(key);
    }
  }
  return order_keys(spec, std::move(keys));
}

void check_style(CsvStyle style) {
  if (style.separator != ',' && style.separator != ';' && style.separator != '\t')
    throw std::invalid_argument("CsvStyle: the separator must be ',', ';' or a tab");
  if (style.decimal != '.' && style.decimal != ',')
    throw std::invalid_argument("CsvStyle: the decimal mark must be '.' or ','");
  if (style.decimal == ',' && style.separator != ';')
    throw std::invalid_argument("CsvStyle: a decimal comma needs the ';' separator (it is read only there)");
}

std::string nodes_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::nodes_file), style, errors);
  const std::vector<std::string> tags = tag_columns(spec, errors);
  std::vector<std::string> columns(csv::layout::node_columns.begin(), csv::layout::node_columns.end());
  columns.insert(columns.end(), tags.begin(), tags.end());
  out.header(columns);
  for (const NodeSpec& n : spec.nodes) {
    out.begin(n.id);
    for (const std::string* s : {&n.id, &n.level, &n.label, &n.description, &n.start, &n.end}) out.text(*s);
    for (const std::string& key : tags) {
      std::string_view value;
      for (const auto& [k, v] : n.tags)
        if (k == key && value.empty()) value = v;
      out.text(value);
    }
    out.end_record();
  }
  return out.bytes();
}

std::string edges_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::edges_file), style, errors);
  out.header(csv::layout::edge_columns);
  for (const EdgeSpec& e : spec.edges) {
    out.begin(e.from + "->" + e.to);
    out.text(e.from);
    out.text(e.to);
    out.number(e.weight);
    out.number(e.weight_range ? std::optional<double>((*e.weight_range)[0]) : std::nullopt);
    out.number(e.weight_range ? std::optional<double>((*e.weight_range)[1]) : std::nullopt);
    out.number(e.confidence);
    out.text(e.assumption);
    out.text(to_string(e.evidence));
    out.end_record();
  }
  return out.bytes();
}

std::string funding_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::funding_file), style, errors);
  out.header(csv::layout::funding_columns);
  for (const NodeSpec& n : spec.nodes)
    for (const Funding& f : n.funding) {
      out.begin(n.id);
      out.text(n.id);
      out.number(f.amount);
      out.text(f.currency);
      out.text(f.source);
      out.text(f.period);
      out.end_record();
    }
  return out.bytes();
}

std::string indicators_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::indicators_file), style, errors);
  out.header(csv::layout::indicator_columns);
  for (const IndicatorSpec& i : spec.indicators) {
    out.begin(i.id);
    out.text(i.id);
    out.text(i.node);
    out.text(i.label);
    out.text(i.description);
    out.text(i.unit);
    out.text(to_string(i.direction));
    out.text(i.baseline ? std::string_view(i.baseline->period) : std::string_view());
    out.number(i.baseline ? std::optional<double>(i.baseline->value) : std::nullopt);
    out.text(i.source);
    out.text(to_string(i.measure));
    out.text(i.numerator);
    out.text(i.denominator);
    out.number(i.factor);
    out.number(i.scale ? std::optional<double>((*i.scale)[0]) : std::nullopt);
    out.number(i.scale ? std::optional<double>((*i.scale)[1]) : std::nullopt);
    out.text(to_string(i.geo_aggregation));
    out.text(i.geo_weight);
    out.text(to_string(i.time_aggregation));
    out.number(i.weight);
    out.end_record();
  }
  return out.bytes();
}

std::string targets_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::targets_file), style, errors);
  out.header(csv::layout::target_columns);
  for (const IndicatorSpec& i : spec.indicators)
    for (const Target& t : i.targets) {
      out.begin(i.id);
      out.text(i.id);
      out.text(to_string(t.kind));
      out.text(t.period);
      out.text(t.base_period);
      out.number(t.value);
      out.text(t.op);
      out.list(t.geos);
      out.text(t.compare);
      out.list(t.between);
      out.end_record();
    }
  return out.bytes();
}

std::string geographies_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::geographies_file), style, errors);
  out.header(csv::layout::geography_columns);
  for (const GeographySpec& g : spec.geographies) {
    out.begin(g.id);
    out.text(g.id);
    out.text(g.name);
    out.text(g.parent);
    out.end_record();
  }
  return out.bytes();
}

std::string observations_csv(const ModelSpec& spec, CsvStyle style, std::vector<Diagnostic>& errors) {
  TableOut out(std::string(csv::layout::observations_file), style, errors);
  out.header(csv::layout::observation_columns);
  for (const ObservationSpec& o : spec.observations) {
    out.begin(o.indicator);
    out.text(o.indicator);
    out.text(o.geo);
    out.text(o.period);
    out.text(o.breakdown);
    out.number(o.value);
    out.text(o.text);
    out.text(o.status);
    out.end_record();
  }
  return out.bytes();
}

}  // namespace

csv::FileSet csv::bundle_files(const ModelSpec& spec, CsvStyle style) {
  check_style(style);
  std::vector<Diagnostic> errors;
  csv::FileSet files;
  files.emplace_back(csv::layout::model_file,
                     csv::model_json_text(spec, std::string(csv::layout::model_file), errors));
  files.emplace_back(csv::layout::nodes_file, nodes_csv(spec, style, errors));
  files.emplace_back(csv::layout::edges_file, edges_csv(spec, style, errors));
  files.emplace_back(csv::layout::funding_file, funding_csv(spec, style, errors));
  files.emplace_back(csv::layout::indicators_file, indicators_csv(spec, style, errors));
  files.emplace_back(csv::layout::targets_file, targets_csv(spec, style, errors));
  files.emplace_back(csv::layout::geographies_file, geographies_csv(spec, style, errors));
  files.emplace_back(csv::layout::observations_file, observations_csv(spec, style, errors));
  if (!errors.empty()) throw Error(std::move(errors));
  return files;
}

void write_csv_bundle(const ModelSpec& spec, const std::filesystem::path& folder, CsvStyle style) {
  csv::write_files_atomically(folder, csv::bundle_files(spec, style));
}

}  // namespace impactgraph
