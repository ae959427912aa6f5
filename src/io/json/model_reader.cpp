// JSON model v1 -> ModelSpec: syntax, types and shape only; meaning (references,
// duplicates, cycles, periods) is validate()'s job.
#include <array>
#include <fstream>
#include <system_error>

#include "impactgraph/io.hpp"
#include "io/json/json_parser.hpp"
#include "io/limits_check.hpp"
#include "io/json/model_keys.hpp"
#include "io/json/object_reader.hpp"

namespace impactgraph {

namespace {

using json::ErrorList;
using json::Kind;
using json::Need;
using json::ObjectReader;
using json::Value;

constexpr std::array<std::string_view, 2> direction_words{"increase", "decrease"};
constexpr std::array<std::string_view, 4> evidence_words{"strong", "moderate", "weak", "none"};
constexpr std::array<std::string_view, 5> measure_words{"number", "percent", "ratio", "ordinal", "text"};
constexpr std::array<std::string_view, 7> aggregation_words{"sum", "mean", "weighted_mean", "min",
                                                            "max", "first", "last"};
constexpr std::array<std::string_view, 6> kind_words{"level", "change", "threshold", "direction", "peers", "disparity"};
constexpr std::array<std::string_view, 4> op_words{">=", ">", "<=", "<"};
constexpr std::array<std::string_view, 2> compare_words{"level", "growth"};

class ModelReader {
 public:
  ModelReader(std::string_view file, const Limits& limits) : errors_(file), limits_(limits) {}

  ModelSpec read(const Value& root) {
    ModelSpec spec;
    ObjectReader model(errors_, root, "");
    if (!model.valid()) finish();
    read_version(model);
    model.text("name", spec.name);
    model.text_list("levels", spec.levels);
    each(model, "nodes", Need::required, spec.where.nodes, [&](ObjectReader& o) { spec.nodes.push_back(node(o)); });
    each(model, "edges", Need::required, spec.where.edges, [&](ObjectReader& o) { spec.edges.push_back(edge(o)); });
    each(model, "indicators", Need::optional, spec.where.indicators,
         [&](ObjectReader& o) { spec.indicators.push_back(indicator(o)); });
    each(model, "geographies", Need::optional, spec.where.geographies,
         [&](ObjectReader& o) { spec.geographies.push_back(geography(o)); });
    each(model, "observations", Need::optional, spec.where.observations,
         [&](ObjectReader& o) { spec.observations.push_back(observation(o)); });
    model.extras(json::keys::model, spec.extras);
    const Value* levels = model.valid() ? root.find("levels") : nullptr;
    limits::check_spec(spec, limits_, errors_.where(levels ? *levels : root, ""), errors_.all());
    finish();
    return spec;
  }

 private:
  ErrorList errors_;
  const Limits& limits_;

  void finish() {
    if (!errors_.all().empty()) throw Error(std::move(errors_.all()));
  }

  // A newer file read as version 1 would only produce misleading errors, so stop here.
  void read_version(ObjectReader& model) {
    const Value* v = model.get("impactgraph", Kind::number, Need::required);
    if (v == nullptr || v->number == 1.0) return;
    errors_.add(codes::unsupported_version,
                "model format version " + v->text + " is not supported (this library reads version 1)", *v,
                "impactgraph");
    finish();
  }

  // Calls `read` on each object of the array `key`, recording where each one stands.
  template <class F>
  void each(ObjectReader& parent, std::string_view key, Need need, std::vector<Location>& where, F read) {
    const Value* list = parent.get(key, Kind::array, need);
    if (list == nullptr) return;
    const std::string path = json::child_path(parent.path(), key);
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      ObjectReader item(errors_, list->items[i], json::item_path(path, i));
      if (!item.valid()) continue;
      where.push_back(errors_.where(list->items[i], item.path()));
      read(item);
    }
  }

  NodeSpec node(ObjectReader& o) {
    NodeSpec n;
    o.text("id", n.id, Need::required);
    o.text("level", n.level, Need::required);
    o.text("label", n.label);
    o.text("description", n.description);
    o.tags("tags", n.tags);
    if (const Value* list = o.get("funding", Kind::array)) {
      const std::string path = json::child_path(o.path(), "funding");
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        ObjectReader f(errors_, list->items[i], json::item_path(path, i));
        Funding& funding = n.funding.emplace_back();
        f.number("amount", funding.amount, Need::required);
        f.text("currency", funding.currency);
        f.text("source", funding.source);
        f.text("period", funding.period);
      }
    }
    o.text("start", n.start);
    o.text("end", n.end);
    o.extras(json::keys::node, n.extras);
    return n;
  }

  EdgeSpec edge(ObjectReader& o) {
    EdgeSpec e;
    o.text("from", e.from, Need::required);
    o.text("to", e.to, Need::required);
    o.number("weight", e.weight);
    o.pair("weight_range", e.weight_range);
    if (const Value* v = o.get("confidence", Kind::number)) e.confidence = v->number;
    o.text("assumption", e.assumption);
    if (const auto i = o.word("evidence", evidence_words)) e.evidence = *parse_evidence(evidence_words[*i]);
    o.extras(json::keys::edge, e.extras);
    return e;
  }

  IndicatorSpec indicator(ObjectReader& o) {
    IndicatorSpec ind;
    o.text("id", ind.id, Need::required);
    o.text("node", ind.node, Need::required);
    o.text("label", ind.label);
    o.text("description", ind.description);
    o.text("unit", ind.unit);
    if (const auto i = o.word("direction", direction_words)) ind.direction = *parse_direction(direction_words[*i]);
    if (const Value* v = o.get("baseline", Kind::object)) {
      ObjectReader b(errors_, *v, json::child_path(o.path(), "baseline"));
      Baseline& baseline = ind.baseline.emplace();
      b.text("period", baseline.period, Need::required);
      b.number("value", baseline.value, Need::required);
    }
    // `target` (one target) comes before the `targets` list when both are given.
    if (const Value* v = o.get("target", Kind::object)) {
      ObjectReader t(errors_, *v, json::child_path(o.path(), "target"));
      ind.targets.push_back(target(t));
    }
    if (const Value* list = o.get("targets", Kind::array)) {
      const std::string path = json::child_path(o.path(), "targets");
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        ObjectReader t(errors_, list->items[i], json::item_path(path, i));
        if (t.valid()) ind.targets.push_back(target(t));
      }
    }
    o.text("source", ind.source);
    if (const auto i = o.word("measure", measure_words)) ind.measure = *parse_measure(measure_words[*i]);
    o.text("numerator", ind.numerator);
    o.text("denominator", ind.denominator);
    o.number("factor", ind.factor);
    o.pair("scale", ind.scale);
    if (const auto i = o.word("geo_aggregation", aggregation_words))
      ind.geo_aggregation = *parse_aggregation(aggregation_words[*i]);
    o.text("geo_weight", ind.geo_weight);
    if (const auto i = o.word("time_aggregation", aggregation_words))
      ind.time_aggregation = *parse_aggregation(aggregation_words[*i]);
    o.number("weight", ind.weight);
    o.extras(json::keys::indicator, ind.extras);
    return ind;
  }

  Target target(ObjectReader& o) {
    Target t;
    if (const auto i = o.word("kind", kind_words)) t.kind = *parse_target_kind(kind_words[*i]);
    o.text("period", t.period);
    o.text("base_period", t.base_period);
    o.nullable_number("value", t.value);
    if (const auto i = o.word("op", op_words)) t.op = std::string(op_words[*i]);
    o.text_list("geos", t.geos);
    if (const auto i = o.word("compare", compare_words)) t.compare = std::string(compare_words[*i]);
    o.text_list("between", t.between);
    o.extras(json::keys::target, t.extras);
    return t;
  }

  GeographySpec geography(ObjectReader& o) {
    GeographySpec g;
    o.text("id", g.id, Need::required);
    o.text("name", g.name);
    o.text("parent", g.parent);
    o.extras(json::keys::geography, g.extras);
    return g;
  }

  // ObservationSpec has no extras: unknown keys of an observation are ignored.
  ObservationSpec observation(ObjectReader& o) {
    ObservationSpec obs;
    o.text("indicator", obs.indicator, Need::required);
    o.text("geo", obs.geo, Need::required);
    o.text("period", obs.period, Need::required);
    o.text("breakdown", obs.breakdown);
    o.nullable_number("value", obs.value);
    o.text("text", obs.text);
    o.text("status", obs.status);
    return obs;
  }
};

}  // namespace

ModelSpec read_json(std::string_view text, std::string_view file_name) { return read_json(text, file_name, {}); }

ModelSpec read_json(std::string_view text, std::string_view file_name, const ReadOptions& options) {
  const Limits& limits = options.limits;
  if (text.size() > limits.max_file_bytes)
    throw Error(limits::too_large(text.size(), limits.max_file_bytes, std::string(file_name)));
  json::ParseOptions parse;
  parse.max_depth = limits.max_depth;
  parse.max_string_bytes = limits.max_string_bytes;
  const json::Value root = json::parse(text, file_name, parse);
  return ModelReader(file_name, limits).read(root);
}

ModelSpec read_json_file(const std::filesystem::path& path) { return read_json_file(path, {}); }

ModelSpec read_json_file(const std::filesystem::path& path, const ReadOptions& options) {
  const auto io_error = [&](std::string message) {
    Diagnostic d;
    d.code = std::string(codes::io_error);
    d.message = std::move(message);
    d.location.file = path.string();
    return Error(std::move(d));
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw io_error("is a directory, not a JSON file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw io_error(std::filesystem::exists(path, ec) ? "cannot open the file" : "no such file");
  // Capped: a huge file or an endless one (a device, a pipe) is refused, not swallowed.
  std::string text;
  if (!limits::read_at_most(in, options.limits.max_file_bytes, text))
    throw Error(limits::too_large(text.size(), options.limits.max_file_bytes, path.string()));
  if (in.bad()) throw io_error("error while reading the file");
  return read_json(text, path.string(), options);
}

}  // namespace impactgraph
