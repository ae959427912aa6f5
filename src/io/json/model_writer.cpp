// ModelSpec -> JSON model v1: deterministic, two-space indent, one line per node, edge,
// geography and observation. Defaults and absent values are left out. The writer
// refuses what the reader could not read back (NaN, invalid UTF-8, malformed extras),
// so read_json(to_json(s)) == s for every spec it accepts.
#include <cmath>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "io/utf8.hpp"
#include "impactgraph/io.hpp"
#include "io/json/json_parser.hpp"
#include "io/json/model_keys.hpp"
#include "io/json/object_reader.hpp"

namespace impactgraph {

namespace {

using json::quote;

/// One object's members as (key, JSON text), in output order.
class Members {
 public:
  Members(std::vector<Diagnostic>& errors, std::string path) : errors_(errors), path_(std::move(path)) {}

  void raw(std::string_view key, std::string text) { items_.emplace_back(quote(key), std::move(text)); }
  void text(std::string_view key, const std::string& value, bool always = false) {
    if (!always && value.empty()) return;
    check_utf8(value, json::child_path(path_, key));
    raw(key, quote(value));
  }
  void number(std::string_view key, double value) { raw(key, number_text(value, json::child_path(path_, key))); }
  void pair(std::string_view key, const std::optional<std::array<double, 2>>& value) {
    if (!value) return;
    const std::string field = json::child_path(path_, key);
    raw(key, "[" + number_text((*value)[0], field) + ", " + number_text((*value)[1], field) + "]");
  }
  void list(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    const std::string field = json::child_path(path_, key);
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
      check_utf8(values[i], json::item_path(field, i));
      out += (i == 0 ? "" : ", ") + quote(values[i]);
    }
    raw(key, out + "]");
  }
  template <std::size_t N>
  void extras(const Extras& extras, const std::array<std::string_view, N>& known) {
    for (const auto& [key, text] : extras) {
      const std::string field = json::child_path(path_, key);
      check_utf8(key, field);
      if (json::keys::known(known, key)) {
        add(codes::bad_value, "an extra key must not be one of the format's own keys", field);
        continue;
      }
      try {
        json::parse(text, "");
      } catch (const Error& e) {
        add(codes::bad_value, "the extra value is not valid JSON: " + e.diagnostics().front().message, field);
        continue;
      }
      raw(key, text);
    }
  }
  void fail(std::string_view code, std::string message, std::string_view key) {
    add(code, std::move(message), json::child_path(path_, key));
  }

  bool empty() const noexcept { return items_.empty(); }
  const std::string& path() const noexcept { return path_; }

  /// {"a": 1, "b": 2}
  std::string inline_text() const {
    std::string out = "{";
    for (std::size_t i = 0; i < items_.size(); ++i)
      out += (i == 0 ? "" : ", ") + items_[i].first + ": " + items_[i].second;
    return out + "}";
  }
  /// One member per line, members indented by `indent` + 2 spaces.
  std::string block_text(std::size_t indent) const {
    if (items_.empty()) return "{}";
    const std::string pad(indent + 2, ' ');
    std::string out = "{\n";
    for (std::size_t i = 0; i < items_.size(); ++i)
      out += pad + items_[i].first + ": " + items_[i].second + (i + 1 < items_.size() ? ",\n" : "\n");
    return out + std::string(indent, ' ') + "}";
  }

 private:
  void add(std::string_view code, std::string message, std::string field) {
    Diagnostic d;
    d.code = std::string(code);
    d.message = std::move(message);
    d.location.field = std::move(field);
    errors_.push_back(std::move(d));
  }
  std::string number_text(double value, std::string field) {
    if (std::isfinite(value)) return json::format_number(value);
    add(codes::non_finite, "NaN and infinity cannot be written as JSON", std::move(field));
    return "null";
  }
  void check_utf8(std::string_view value, std::string field) {
    if (!utf8::valid(value))
      add(codes::bad_encoding, "the text is not valid UTF-8", std::move(field));
  }

  std::vector<Diagnostic>& errors_;
  std::string path_;
  std::vector<std::pair<std::string, std::string>> items_;
};

/// [\n  item,\n  item\n] with each item on its own line at `indent` + 2.
std::string block_array(const std::vector<std::string>& items, std::size_t indent) {
  if (items.empty()) return "[]";
  const std::string pad(indent + 2, ' ');
  std::string out = "[\n";
  for (std::size_t i = 0; i < items.size(); ++i) out += pad + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
  return out + std::string(indent, ' ') + "]";
}

class ModelWriter {
 public:
  std::string write(const ModelSpec& spec) {
    Members model(errors_, "");
    // An editor's "$schema" hint reads best at the top; written there only when it is the
    // first extra, so that the extras' order (part of the spec) survives the round trip.
    const bool schema_first = !spec.extras.empty() && spec.extras.front().first == "$schema";
    if (schema_first) model.extras(Extras{spec.extras.front()}, json::keys::model);
    if (spec.version != 1)
      model.fail(codes::unsupported_version, "only version 1 can be written", "impactgraph");
    model.raw("impactgraph", "1");
    model.text("name", spec.name);
    model.list("levels", spec.levels);
    model.raw("nodes", each(spec.nodes, "nodes", [&](const NodeSpec& n, Members& m) { node(n, m); }));
    model.raw("edges", each(spec.edges, "edges", [&](const EdgeSpec& e, Members& m) { edge(e, m); }));
    if (!spec.indicators.empty()) {
      std::vector<std::string> items;
      for (std::size_t i = 0; i < spec.indicators.size(); ++i) {
        Members m(errors_, json::item_path("indicators", i));
        indicator(spec.indicators[i], m);
        items.push_back(m.block_text(4));
      }
      model.raw("indicators", block_array(items, 2));
    }
    if (!spec.geographies.empty())
      model.raw("geographies",
                each(spec.geographies, "geographies", [&](const GeographySpec& g, Members& m) { geography(g, m); }));
    if (!spec.observations.empty())
      model.raw("observations", each(spec.observations, "observations",
                                     [&](const ObservationSpec& o, Members& m) { observation(o, m); }));
    model.extras(schema_first ? Extras(spec.extras.begin() + 1, spec.extras.end()) : spec.extras, json::keys::model);
    if (!errors_.empty()) throw Error(std::move(errors_));
    return model.block_text(0) + "\n";
  }

 private:
  std::vector<Diagnostic> errors_;

  template <class T, class F>
  std::string each(const std::vector<T>& items, std::string_view key, F fill) {
    std::vector<std::string> lines;
    lines.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      Members m(errors_, json::item_path(std::string(key), i));
      fill(items[i], m);
      lines.push_back(m.inline_text());
    }
    return block_array(lines, 2);
  }

  void node(const NodeSpec& n, Members& m) {
    m.text("id", n.id, true);
    m.text("level", n.level, true);
    m.text("label", n.label);
    m.text("description", n.description);
    m.text("start", n.start);
    m.text("end", n.end);
    if (!n.tags.empty()) {
      Members tags(errors_, json::child_path(m.path(), "tags"));
      for (const auto& [key, value] : n.tags) tags.text(key, value, true);
      m.raw("tags", tags.inline_text());
    }
    if (!n.funding.empty()) {
      std::string out = "[";
      for (std::size_t i = 0; i < n.funding.size(); ++i) {
        Members f(errors_, json::item_path(json::child_path(m.path(), "funding"), i));
        f.number("amount", n.funding[i].amount);
        f.text("currency", n.funding[i].currency);
        f.text("source", n.funding[i].source);
        f.text("period", n.funding[i].period);
        out += (i == 0 ? "" : ", ") + f.inline_text();
      }
      m.raw("funding", out + "]");
    }
    m.extras(n.extras, json::keys::node);
  }

  void edge(const EdgeSpec& e, Members& m) {
    m.text("from", e.from, true);
    m.text("to", e.to, true);
    if (e.weight != 1.0 || std::signbit(e.weight) || std::isnan(e.weight)) m.number("weight", e.weight);
    m.pair("weight_range", e.weight_range);
    if (e.confidence) m.number("confidence", *e.confidence);
    m.text("assumption", e.assumption);
    if (e.evidence != Evidence::unspecified) m.raw("evidence", quote(to_string(e.evidence)));
    m.extras(e.extras, json::keys::edge);
  }

  void indicator(const IndicatorSpec& ind, Members& m) {
    m.text("id", ind.id, true);
    m.text("node", ind.node, true);
    m.text("label", ind.label);
    m.text("description", ind.description);
    m.text("unit", ind.unit);
    if (ind.direction != Direction::unspecified) m.raw("direction", quote(to_string(ind.direction)));
    if (ind.baseline) {
      Members b(errors_, json::child_path(m.path(), "baseline"));
      b.text("period", ind.baseline->period, true);
      b.number("value", ind.baseline->value);
      m.raw("baseline", b.inline_text());
    }
    // One level target uses the `target` shorthand; anything else the `targets` list.
    if (ind.targets.size() == 1 && ind.targets[0].kind == TargetKind::level) {
      Members t(errors_, json::child_path(m.path(), "target"));
      target(ind.targets[0], t, false);
      m.raw("target", t.inline_text());
    } else if (!ind.targets.empty()) {
      std::vector<std::string> items;
      for (std::size_t i = 0; i < ind.targets.size(); ++i) {
        Members t(errors_, json::item_path(json::child_path(m.path(), "targets"), i));
        target(ind.targets[i], t, true);
        items.push_back(t.inline_text());
      }
      m.raw("targets", block_array(items, 6));
    }
    m.text("source", ind.source);
    if (ind.measure != Measure::number) m.raw("measure", quote(to_string(ind.measure)));
    m.text("numerator", ind.numerator);
    m.text("denominator", ind.denominator);
    if (ind.factor != 1.0 || std::signbit(ind.factor) || std::isnan(ind.factor)) m.number("factor", ind.factor);
    m.pair("scale", ind.scale);
    if (ind.geo_aggregation != Aggregation::unspecified)
      m.raw("geo_aggregation", quote(to_string(ind.geo_aggregation)));
    m.text("geo_weight", ind.geo_weight);
    if (ind.time_aggregation != Aggregation::unspecified)
      m.raw("time_aggregation", quote(to_string(ind.time_aggregation)));
    if (ind.weight != 1.0 || std::signbit(ind.weight) || std::isnan(ind.weight)) m.number("weight", ind.weight);
    m.extras(ind.extras, json::keys::indicator);
  }

  void target(const Target& t, Members& m, bool with_kind) {
    if (with_kind) m.raw("kind", quote(to_string(t.kind)));
    m.text("base_period", t.base_period);
    m.text("period", t.period);
    if (!t.op.empty()) {
      if (t.op != ">=" && t.op != ">" && t.op != "<=" && t.op != "<")
        m.fail(codes::bad_value, "op must be \">=\", \">\", \"<=\" or \"<\"", "op");
      m.text("op", t.op);
    }
    if (t.value) m.number("value", *t.value);
    m.list("geos", t.geos);
    if (!t.compare.empty()) {
      if (t.compare != "level" && t.compare != "growth")
        m.fail(codes::bad_value, "compare must be \"level\" or \"growth\"", "compare");
      m.text("compare", t.compare);
    }
    m.list("between", t.between);
    m.extras(t.extras, json::keys::target);
  }

  void geography(const GeographySpec& g, Members& m) {
    m.text("id", g.id, true);
    m.text("name", g.name);
    m.text("parent", g.parent);
    m.extras(g.extras, json::keys::geography);
  }

  void observation(const ObservationSpec& o, Members& m) {
    m.text("indicator", o.indicator, true);
    m.text("geo", o.geo, true);
    m.text("period", o.period, true);
    if (o.breakdown != "T") m.text("breakdown", o.breakdown, true);
    if (o.value) m.number("value", *o.value);
    m.text("text", o.text);
    m.text("status", o.status);
  }
};

}  // namespace

std::string to_json(const ModelSpec& spec) { return ModelWriter().write(spec); }

void write_json(const ModelSpec& spec, std::ostream& out) { out << to_json(spec); }

}  // namespace impactgraph
