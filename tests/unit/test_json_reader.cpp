// JSON model v1 -> ModelSpec (src/io/json/model_reader.cpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "impactgraph/io.hpp"

using namespace impactgraph;

namespace {

// DESIGN.md §7's example, laid out line for line as there.
constexpr std::string_view design_example = R"json({
  "impactgraph": 1,
  "name": "RUS Örebroregionen",
  "levels": ["activity", "output", "outcome", "goal", "vision"],
  "nodes": [
    {"id": "vision", "level": "vision", "label": "Örebroregionen – Sveriges hjärta"},
    {"id": "G1", "level": "goal", "label": "Stark konkurrenskraft"},
    {"id": "P7", "level": "activity", "label": "Företagslyft", "tags": {"area": "A1", "owner": "RU"},
     "funding": [{"amount": 1200000, "currency": "SEK", "source": "ERUF", "period": "2021"}]}
  ],
  "edges": [
    {"from": "P7", "to": "G1", "weight": 0.8, "weight_range": [0.5, 1.0],
     "assumption": "…", "evidence": "moderate"}
  ],
  "indicators": [
    {"id": "I1", "node": "G1", "label": "Förvärvsfrekvens 20–64 år", "unit": "%",
     "direction": "increase", "baseline": {"period": "2016", "value": 78.1},
     "target": {"period": "2030", "value": 82.0}, "source": "kolada:N00914",
     "geo_aggregation": "weighted_mean", "geo_weight": "I_pop", "time_aggregation": "last"}
  ],
  "geographies": [{"id": "0018", "name": "Örebro län"}, {"id": "1880", "name": "Örebro", "parent": "0018"}],
  "observations": [{"indicator": "I1", "geo": "1880", "period": "2019", "breakdown": "T", "value": 79.3}]
}
)json";

std::vector<Diagnostic> json_errors_of(std::string_view text) {
  try {
    read_json(text, "m.json");
  } catch (const Error& e) {
    return e.diagnostics();
  }
  FAIL("expected read_json to fail on: " << text);
  return {};
}

Diagnostic json_read_error(std::string_view text) {
  const auto errors = json_errors_of(text);
  INFO(text);
  REQUIRE(errors.size() == 1);
  return errors.front();
}

// A minimal model around one item of one array, the item on line 2.
std::string json_with(std::string_view array, std::string_view item) {
  std::string text = "{\"impactgraph\": 1";
  if (array != "nodes") text += ", \"nodes\": []";
  if (array != "edges") text += ", \"edges\": []";
  return text + ",\n\"" + std::string(array) + "\": [" + std::string(item) + "]}";
}

}  // namespace

TEST_CASE("json reader: the DESIGN.md example, field by field", "[json][reader]") {
  const ModelSpec s = read_json(design_example, "example.json");
  CHECK(s.version == 1);
  CHECK(s.name == "RUS Örebroregionen");
  CHECK(s.levels == std::vector<std::string>{"activity", "output", "outcome", "goal", "vision"});
  CHECK(s.extras.empty());

  REQUIRE(s.nodes.size() == 3);
  CHECK(s.nodes[0].id == "vision");
  CHECK(s.nodes[0].level == "vision");
  CHECK(s.nodes[0].label == "Örebroregionen – Sveriges hjärta");
  CHECK(s.nodes[1].id == "G1");
  CHECK(s.nodes[1].label == "Stark konkurrenskraft");
  const NodeSpec& p7 = s.nodes[2];
  CHECK(p7.id == "P7");
  CHECK(p7.level == "activity");
  CHECK(p7.label == "Företagslyft");
  CHECK(p7.description.empty());
  CHECK(p7.tags == Tags{{"area", "A1"}, {"owner", "RU"}});
  REQUIRE(p7.funding.size() == 1);
  CHECK(p7.funding[0].amount == 1200000.0);
  CHECK(p7.funding[0].currency == "SEK");
  CHECK(p7.funding[0].source == "ERUF");
  CHECK(p7.funding[0].period == "2021");
  CHECK(p7.start.empty());
  CHECK(p7.extras.empty());

  REQUIRE(s.edges.size() == 1);
  const EdgeSpec& e = s.edges[0];
  CHECK(e.from == "P7");
  CHECK(e.to == "G1");
  CHECK(e.weight == 0.8);
  REQUIRE(e.weight_range.has_value());
  CHECK((*e.weight_range)[0] == 0.5);
  CHECK((*e.weight_range)[1] == 1.0);
  CHECK_FALSE(e.confidence.has_value());
  CHECK(e.assumption == "…");
  CHECK(e.evidence == Evidence::moderate);

  REQUIRE(s.indicators.size() == 1);
  const IndicatorSpec& i = s.indicators[0];
  CHECK(i.id == "I1");
  CHECK(i.node == "G1");
  CHECK(i.label == "Förvärvsfrekvens 20–64 år");
  CHECK(i.unit == "%");
  CHECK(i.direction == Direction::increase);
  REQUIRE(i.baseline.has_value());
  CHECK(i.baseline->period == "2016");
  CHECK(i.baseline->value == 78.1);
  REQUIRE(i.targets.size() == 1);
  CHECK(i.targets[0].kind == TargetKind::level);
  CHECK(i.targets[0].period == "2030");
  CHECK(i.targets[0].value == 82.0);
  CHECK(i.source == "kolada:N00914");
  CHECK(i.measure == Measure::number);
  CHECK(i.factor == 1.0);
  CHECK(i.geo_aggregation == Aggregation::weighted_mean);
  CHECK(i.geo_weight == "I_pop");
  CHECK(i.time_aggregation == Aggregation::last);
  CHECK(i.weight == 1.0);

  REQUIRE(s.geographies.size() == 2);
  CHECK(s.geographies[0].id == "0018");
  CHECK(s.geographies[0].name == "Örebro län");
  CHECK(s.geographies[0].parent.empty());
  CHECK(s.geographies[1].id == "1880");
  CHECK(s.geographies[1].parent == "0018");

  REQUIRE(s.observations.size() == 1);
  const ObservationSpec& o = s.observations[0];
  CHECK(o.indicator == "I1");
  CHECK(o.geo == "1880");
  CHECK(o.period == "2019");
  CHECK(o.breakdown == "T");
  CHECK(o.value == 79.3);
  CHECK(o.text.empty());
}

TEST_CASE("json reader: the source map gives each item's line", "[json][reader]") {
  const ModelSpec s = read_json(design_example, "example.json");
  REQUIRE(s.where.nodes.size() == 3);
  CHECK(s.where.nodes[0].line == 6);
  CHECK(s.where.nodes[0].column == 5);
  CHECK(s.where.nodes[2].line == 8);
  CHECK(s.where.nodes[2].file == "example.json");
  CHECK(s.where.nodes[2].field == "nodes[2]");
  REQUIRE(s.where.edges.size() == 1);
  CHECK(s.where.edges[0].line == 12);
  REQUIRE(s.where.indicators.size() == 1);
  CHECK(s.where.indicators[0].line == 16);
  REQUIRE(s.where.geographies.size() == 2);
  CHECK(s.where.geographies[0].line == 21);
  CHECK(s.where.geographies[0].column == 19);
  CHECK(s.where.geographies[1].column == 57);  // "Örebro län" counts 10 characters
  REQUIRE(s.where.observations.size() == 1);
  CHECK(s.where.observations[0].line == 22);
}

TEST_CASE("json reader: the six target kinds", "[json][reader]") {
  const ModelSpec s = read_json(R"({"impactgraph": 1, "nodes": [], "edges": [], "indicators": [{"id": "I", "node": "N",
    "targets": [
      {"kind": "level", "period": "2030", "value": 82.0},
      {"kind": "change", "base_period": "2005", "period": "2030", "value": -0.60},
      {"kind": "threshold", "op": ">=", "value": 80.0},
      {"kind": "direction"},
      {"kind": "peers", "geos": ["0019", "0007", "0017", "0006"], "compare": "level"},
      {"kind": "disparity", "between": ["K", "M"], "period": "2030"},
      {"period": "2040", "value": null}
    ]}]})");
  const std::vector<Target>& t = s.indicators.at(0).targets;
  REQUIRE(t.size() == 7);
  CHECK(t[0].kind == TargetKind::level);
  CHECK(t[0].value == 82.0);
  CHECK(t[1].kind == TargetKind::change);
  CHECK(t[1].base_period == "2005");
  CHECK(t[1].value == -0.6);
  CHECK(t[2].kind == TargetKind::threshold);
  CHECK(t[2].op == ">=");
  CHECK(t[2].value == 80.0);
  CHECK(t[2].period.empty());
  CHECK(t[3].kind == TargetKind::direction);
  CHECK_FALSE(t[3].value.has_value());
  CHECK(t[4].kind == TargetKind::peers);
  CHECK(t[4].geos == std::vector<std::string>{"0019", "0007", "0017", "0006"});
  CHECK(t[4].compare == "level");
  CHECK(t[5].kind == TargetKind::disparity);
  CHECK(t[5].between == std::vector<std::string>{"K", "M"});
  CHECK(t[5].period == "2030");
  CHECK(t[6].kind == TargetKind::level);  // kind defaults to level
  CHECK_FALSE(t[6].value.has_value());    // null = absent
}

TEST_CASE("json reader: `target` comes before `targets` when both are given", "[json][reader]") {
  const ModelSpec s = read_json(json_with("indicators", R"({"id": "I", "node": "N",
      "targets": [{"kind": "direction"}], "target": {"period": "2030", "value": 5}})"));
  const auto& t = s.indicators.at(0).targets;
  REQUIRE(t.size() == 2);
  CHECK(t[0].kind == TargetKind::level);
  CHECK(t[0].value == 5.0);
  CHECK(t[1].kind == TargetKind::direction);
}

TEST_CASE("json reader: the extra keys of the model format", "[json][reader]") {
  const ModelSpec s = read_json(R"({"impactgraph": 1, "nodes": [
      {"id": "A", "level": "activity", "description": "d", "start": "2021", "end": "2023Q4"}],
    "edges": [{"from": "A", "to": "B", "confidence": 0.7}],
    "indicators": [{"id": "R", "node": "A", "measure": "ratio", "numerator": "X", "denominator": "Y",
                    "factor": 1000, "weight": 2.5, "time_aggregation": "sum"},
                   {"id": "O", "node": "A", "measure": "ordinal", "scale": [1, 5], "direction": "decrease"},
                   {"id": "T", "node": "A", "measure": "text", "geo_aggregation": "max"}],
    "observations": [
      {"indicator": "T", "geo": "0018", "period": "2021", "text": "Gott samarbete", "status": "prel"},
      {"indicator": "R", "geo": "0018", "period": "2021-05", "breakdown": "K", "value": null},
      {"indicator": "R", "geo": "0018", "period": "2021Q2"}]})");
  CHECK(s.nodes[0].description == "d");
  CHECK(s.nodes[0].start == "2021");
  CHECK(s.nodes[0].end == "2023Q4");
  CHECK(s.edges[0].confidence == 0.7);
  CHECK(s.edges[0].weight == 1.0);
  CHECK(s.edges[0].evidence == Evidence::unspecified);
  const IndicatorSpec& r = s.indicators[0];
  CHECK(r.measure == Measure::ratio);
  CHECK(r.numerator == "X");
  CHECK(r.denominator == "Y");
  CHECK(r.factor == 1000.0);
  CHECK(r.weight == 2.5);
  CHECK(r.time_aggregation == Aggregation::sum);
  CHECK(r.geo_aggregation == Aggregation::unspecified);
  CHECK(s.indicators[1].measure == Measure::ordinal);
  REQUIRE(s.indicators[1].scale.has_value());
  CHECK((*s.indicators[1].scale)[1] == 5.0);
  CHECK(s.indicators[1].direction == Direction::decrease);
  CHECK(s.indicators[2].measure == Measure::text);
  CHECK(s.indicators[2].geo_aggregation == Aggregation::max);
  CHECK(s.observations[0].text == "Gott samarbete");
  CHECK(s.observations[0].status == "prel");
  CHECK_FALSE(s.observations[0].value.has_value());
  CHECK(s.observations[1].breakdown == "K");
  CHECK_FALSE(s.observations[1].value.has_value());
  CHECK(s.observations[2].breakdown == "T");
  CHECK_FALSE(s.observations[2].value.has_value());
}

TEST_CASE("json reader: unknown keys are kept as compact JSON, in order", "[json][reader]") {
  const ModelSpec s = read_json(R"({"$schema": "model.schema.json", "impactgraph": 1, "zeta": [1, 2.50],
    "nodes": [{"id": "A", "level": "goal", "owner": {"org": "RU" , "n": null}, "weight": 3}],
    "edges": [{"from": "A", "to": "B", "note": "x\u0041\n"}],
    "indicators": [{"id": "I", "node": "A", "kolada": {"kpi": "N00914"},
                    "target": {"value": 1, "comment": "ok"}}],
    "geographies": [{"id": "0018", "population": 304805}],
    "observations": [{"indicator": "I", "geo": "0018", "period": "2020", "ignored": true}],
    "alpha": false})");
  CHECK(s.extras == Extras{{"$schema", "\"model.schema.json\""}, {"zeta", "[1,2.50]"}, {"alpha", "false"}});
  CHECK(s.nodes[0].extras == Extras{{"owner", R"({"org":"RU","n":null})"}, {"weight", "3"}});
  CHECK(s.edges[0].extras == Extras{{"note", R"("xA\n")"}});
  CHECK(s.indicators[0].extras == Extras{{"kolada", R"({"kpi":"N00914"})"}});
  CHECK(s.indicators[0].targets.at(0).extras == Extras{{"comment", "\"ok\""}});
  CHECK(s.geographies[0].extras == Extras{{"population", "304805"}});
  CHECK(s.observations.size() == 1);  // observations have no extras: unknown keys are ignored
}

TEST_CASE("json reader: tag values are strings; numbers and booleans keep their text", "[json][reader]") {
  const ModelSpec s = read_json(json_with("nodes", R"({"id": "A", "level": "goal",
      "tags": {"year": 2021, "share": 1.50, "eu": true, "area": "A1"}})"));
  CHECK(s.nodes[0].tags == Tags{{"year", "2021"}, {"share", "1.50"}, {"eu", "true"}, {"area", "A1"}});

  const Diagnostic d = json_read_error(json_with("nodes", R"({"id": "A", "level": "goal", "tags": {"a": null}})"));
  CHECK(d.code == "wrong-type");
  CHECK(d.location.field == "nodes[0].tags.a");
  const Diagnostic odd = json_read_error(json_with("nodes", R"({"id": "A", "level": "goal", "tags": {"a b": []}})"));
  CHECK(odd.location.field == "nodes[0].tags[\"a b\"]");
}

TEST_CASE("json reader: wrong types name the JSON path and the value's line", "[json][reader]") {
  const Diagnostic d = json_read_error("{\"impactgraph\": 1, \"nodes\": [],\n \"edges\": [{\"from\": \"a\", \"to\": \"b\"},\n"
                                 "   {\"from\": \"a\", \"to\": \"b\",\n    \"weight\": \"0.8\"}]}");
  CHECK(d.code == "wrong-type");
  CHECK(d.location.file == "m.json");
  CHECK(d.location.field == "edges[1].weight");
  CHECK(d.location.line == 4);
  CHECK(d.location.column == 15);

  struct Case {
    std::string array, item, field;
  };
  const Case cases[] = {
      {"nodes", R"({"id": 7, "level": "goal"})", "nodes[0].id"},
      {"nodes", R"({"id": "A", "level": "goal", "label": ["x"]})", "nodes[0].label"},
      {"nodes", R"({"id": "A", "level": "goal", "tags": ["x"]})", "nodes[0].tags"},
      {"nodes", R"({"id": "A", "level": "goal", "funding": {}})", "nodes[0].funding"},
      {"nodes", R"({"id": "A", "level": "goal", "funding": [{"amount": "5"}]})", "nodes[0].funding[0].amount"},
      {"nodes", R"({"id": "A", "level": "goal", "funding": [3]})", "nodes[0].funding[0]"},
      {"nodes", "\"A\"", "nodes[0]"},
      {"edges", R"({"from": "a", "to": "b", "confidence": "high"})", "edges[0].confidence"},
      {"edges", R"({"from": "a", "to": "b", "weight_range": [1]})", "edges[0].weight_range"},
      {"edges", R"({"from": "a", "to": "b", "weight_range": [1, "2"]})", "edges[0].weight_range"},
      {"edges", R"({"from": "a", "to": "b", "weight_range": [1, 2, 3]})", "edges[0].weight_range"},
      {"edges", R"({"from": "a", "to": "b", "weight_range": "1..2"})", "edges[0].weight_range"},
      {"edges", R"({"from": "a", "to": "b", "evidence": 2})", "edges[0].evidence"},
      {"indicators", R"({"id": "I", "node": "N", "scale": [1]})", "indicators[0].scale"},
      {"indicators", R"({"id": "I", "node": "N", "factor": null})", "indicators[0].factor"},
      {"indicators", R"({"id": "I", "node": "N", "baseline": 5})", "indicators[0].baseline"},
      {"indicators", R"({"id": "I", "node": "N", "baseline": {"period": 2016, "value": 1}})",
       "indicators[0].baseline.period"},
      {"indicators", R"({"id": "I", "node": "N", "target": [1]})", "indicators[0].target"},
      {"indicators", R"({"id": "I", "node": "N", "targets": {}})", "indicators[0].targets"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [1]})", "indicators[0].targets[0]"},
      {"indicators", R"({"id": "I", "node": "N", "target": {"value": "82"}})", "indicators[0].target.value"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [{"kind": "peers", "geos": ["a", 1]}]})",
       "indicators[0].targets[0].geos[1]"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [{"kind": "disparity", "between": "K|M"}]})",
       "indicators[0].targets[0].between"},
      {"geographies", R"({"id": 1880})", "geographies[0].id"},
      {"observations", R"({"indicator": "I", "geo": "g", "period": 2019})", "observations[0].period"},
      {"observations", R"({"indicator": "I", "geo": "g", "period": "2019", "value": "79.3"})",
       "observations[0].value"},
  };
  for (const Case& c : cases) {
    const Diagnostic e = json_read_error(json_with(c.array, c.item));
    CHECK(e.code == "wrong-type");
    CHECK(e.location.field == c.field);
    CHECK(e.location.line == 2);
  }
  CHECK_THAT(json_read_error(json_with("geographies", R"({"id": 1880})")).message, Catch::Contains("\"1880\""));
}

TEST_CASE("json reader: missing required keys", "[json][reader]") {
  struct Case {
    std::string array, item, field;
  };
  const Case cases[] = {
      {"nodes", R"({"level": "goal"})", "nodes[0].id"},
      {"nodes", R"({"id": "A"})", "nodes[0].level"},
      {"nodes", R"({"id": "A", "level": "goal", "funding": [{"currency": "SEK"}]})", "nodes[0].funding[0].amount"},
      {"edges", R"({"to": "b"})", "edges[0].from"},
      {"edges", R"({"from": "a"})", "edges[0].to"},
      {"indicators", R"({"node": "N"})", "indicators[0].id"},
      {"indicators", R"({"id": "I"})", "indicators[0].node"},
      {"indicators", R"({"id": "I", "node": "N", "baseline": {"value": 1}})", "indicators[0].baseline.period"},
      {"indicators", R"({"id": "I", "node": "N", "baseline": {"period": "2016"}})", "indicators[0].baseline.value"},
      {"geographies", R"({"name": "Örebro"})", "geographies[0].id"},
      {"observations", R"({"geo": "g", "period": "2019"})", "observations[0].indicator"},
      {"observations", R"({"indicator": "I", "period": "2019"})", "observations[0].geo"},
      {"observations", R"({"indicator": "I", "geo": "g"})", "observations[0].period"},
  };
  for (const Case& c : cases) {
    const Diagnostic e = json_read_error(json_with(c.array, c.item));
    CHECK(e.code == "missing-field");
    CHECK(e.location.field == c.field);
    CHECK(e.location.line == 2);
  }
  const auto top = json_errors_of("{\n\"name\": \"x\"}");
  REQUIRE(top.size() == 3);
  CHECK(top[0].code == "missing-field");
  CHECK(top[0].location.field == "impactgraph");
  CHECK(top[0].location.line == 1);
  CHECK(top[1].location.field == "nodes");
  CHECK(top[2].location.field == "edges");
}

TEST_CASE("json reader: unknown words are bad values", "[json][reader]") {
  struct Case {
    std::string array, item, field;
  };
  const Case cases[] = {
      {"edges", R"({"from": "a", "to": "b", "evidence": "great"})", "edges[0].evidence"},
      {"indicators", R"({"id": "I", "node": "N", "direction": "up"})", "indicators[0].direction"},
      {"indicators", R"({"id": "I", "node": "N", "measure": "count"})", "indicators[0].measure"},
      {"indicators", R"({"id": "I", "node": "N", "geo_aggregation": "median"})", "indicators[0].geo_aggregation"},
      {"indicators", R"({"id": "I", "node": "N", "time_aggregation": "Last"})", "indicators[0].time_aggregation"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [{"kind": "goal"}]})", "indicators[0].targets[0].kind"},
      {"indicators", R"({"id": "I", "node": "N", "target": {"kind": ""}})", "indicators[0].target.kind"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [{"kind": "threshold", "op": "=>"}]})",
       "indicators[0].targets[0].op"},
      {"indicators", R"({"id": "I", "node": "N", "targets": [{"kind": "peers", "compare": "rank"}]})",
       "indicators[0].targets[0].compare"},
  };
  for (const Case& c : cases) {
    const Diagnostic e = json_read_error(json_with(c.array, c.item));
    CHECK(e.code == "bad-value");
    CHECK(e.location.field == c.field);
    CHECK(e.location.line == 2);
  }
  CHECK_THAT(json_read_error(json_with("indicators", R"({"id": "I", "node": "N", "direction": "up"})")).message,
             Catch::Contains("\"up\"") && Catch::Contains("\"increase\""));
}

TEST_CASE("json reader: the version and the top level", "[json][reader]") {
  const Diagnostic v2 = json_read_error("{\"nodes\": 5,\n \"impactgraph\": 2}");
  CHECK(v2.code == "unsupported-version");  // and nothing else: the rest may mean anything
  CHECK(v2.location.line == 2);
  CHECK(v2.location.field == "impactgraph");
  CHECK(json_read_error(R"({"impactgraph": 1.5, "nodes": [], "edges": []})").code == "unsupported-version");
  CHECK(read_json(R"({"impactgraph": 1.0, "nodes": [], "edges": []})").version == 1);

  const Diagnostic text = json_read_error(R"({"impactgraph": "1", "nodes": [], "edges": []})");
  CHECK(text.code == "wrong-type");
  CHECK(text.location.field == "impactgraph");

  const Diagnostic root = json_read_error("[1, 2]");
  CHECK(root.code == "wrong-type");
  CHECK(root.location.line == 1);
  CHECK(json_read_error(R"({"impactgraph": 1, "nodes": {}, "edges": []})").location.field == "nodes");
  CHECK(json_read_error(R"({"impactgraph": 1, "nodes": [], "edges": [], "levels": "a,b"})").location.field == "levels");
  CHECK(json_read_error(R"({"impactgraph": 1, "nodes": [], "edges": [], "name": 3})").location.field == "name");

  const ModelSpec empty = read_json(R"({"impactgraph": 1, "nodes": [], "edges": []})");
  CHECK(empty == ModelSpec{});
  CHECK(empty.levels.empty());
}

TEST_CASE("json reader: errors are collected across items", "[json][reader]") {
  const auto errors = json_errors_of(R"({"impactgraph": 1,
 "nodes": [{"id": 1, "level": "goal"}, {"level": "goal"}, {"id": "C", "level": "goal"}],
 "edges": [{"from": "a", "to": "b", "evidence": "huge", "weight": true}],
 "observations": [{"indicator": "I", "geo": "g"}]})");
  REQUIRE(errors.size() == 5);
  CHECK(errors[0].location.field == "nodes[0].id");
  CHECK(errors[1].location.field == "nodes[1].id");
  CHECK(errors[1].code == "missing-field");
  CHECK(errors[2].location.field == "edges[0].weight");
  CHECK(errors[3].location.field == "edges[0].evidence");
  CHECK(errors[3].location.line == 3);
  CHECK(errors[4].location.field == "observations[0].period");
  CHECK(errors[4].location.line == 4);
  for (const Diagnostic& d : errors) CHECK(d.location.file == "m.json");
}

TEST_CASE("json reader: syntax errors carry the file name", "[json][reader]") {
  const Diagnostic d = json_read_error("{\"impactgraph\": 1,\n \"nodes\": [,]}");
  CHECK(d.code == "parse-error");
  CHECK(d.location.file == "m.json");
  CHECK(d.location.line == 2);
  CHECK(d.location.column == 12);
  CHECK(json_read_error("").code == "parse-error");
  const Diagnostic huge = json_read_error(json_with("edges", R"({"from": "a", "to": "b", "weight": -1e999})"));
  CHECK(huge.code == "out-of-range");
  CHECK(huge.location.line == 2);
  CHECK(huge.location.field == "edges[0].weight");
  try {
    read_json("{", "some/dir/model.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("some/dir/model.json:1:2: "));
  }
}

TEST_CASE("json reader: files", "[json][reader]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "impactgraph_json_reader_test";
  fs::create_directories(dir);
  const fs::path file = dir / "model.json";
  {
    std::ofstream out(file, std::ios::binary);
    out << "\xEF\xBB\xBF" << design_example;
  }
  CHECK(read_json_file(file) == read_json(design_example));
  CHECK(read_json_file(file).where.nodes.at(0).file == file.string());

  const fs::path missing = dir / "missing.json";
  try {
    read_json_file(missing);
    FAIL("no error");
  } catch (const Error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].code == "io-error");
    CHECK(e.diagnostics()[0].location.file == missing.string());
  }
  try {
    read_json_file(dir);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.diagnostics().at(0).code == "io-error");
  }
  {
    std::ofstream out(file, std::ios::binary);
    out << "{\"impactgraph\": 1,\n\"nodes\": [{\"id\": \"A\"}], \"edges\": []}";
  }
  try {
    read_json_file(file);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.diagnostics().at(0).location.file == file.string());
    CHECK(e.diagnostics().at(0).location.line == 2);
  }
  fs::remove_all(dir);
}

TEST_CASE("json reader: damaged files fail with a located error or read and round-trip", "[json][reader]") {
  // Deterministic byte-level damage of the DESIGN example: drop, duplicate or replace a
  // byte. Nothing may crash; every error has a line; whatever still reads writes back.
  std::mt19937 rng(20240607);
  const std::string original(design_example);
  const std::string alphabet = "{}[],:\"\\ 0123456789.eE+-tfnul\n\xC3\xA9\xFF\x01";
  int read_ok = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = original;
    for (int k = std::uniform_int_distribution<int>(1, 3)(rng); k > 0; --k) {
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
      const char c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
      switch (std::uniform_int_distribution<int>(0, 2)(rng)) {
        case 0: text.erase(at, 1); break;
        case 1: text.insert(at, 1, text[at]); break;
        default: text[at] = c;
      }
    }
    INFO(text);
    try {
      const ModelSpec s = read_json(text, "m.json");
      ++read_ok;
      REQUIRE(read_json(to_json(s)) == s);
    } catch (const Error& e) {
      REQUIRE_FALSE(e.diagnostics().empty());
      for (const Diagnostic& d : e.diagnostics()) {
        CHECK(d.location.file == "m.json");
        CHECK(d.location.line >= 1);
        CHECK(d.location.line <= std::count(text.begin(), text.end(), '\n') + 1);
      }
    }
  }
  CHECK(read_ok > 0);  // some damage (inside a label, say) leaves a readable model
}
