// validate(): one spec per diagnostic code that triggers it, and near misses that do not.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "validate_fixture.hpp"

using namespace ig_test;

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

IndicatorSpec& indicator(ModelSpec& s, std::string id, Measure m) {
  IndicatorSpec& x = s.indicators.emplace_back();
  x.id = std::move(id);
  x.node = "g1";
  x.measure = m;
  return x;
}
Target target(TargetKind kind) {
  Target t;
  t.kind = kind;
  return t;
}
}  // namespace

TEST_CASE("validate: the base spec is clean", "[validate]") { CHECK(validate(valid_spec()).empty()); }

TEST_CASE("validate: a spec built in code has locations without lines but with fields", "[validate]") {
  ModelSpec s = valid_spec();
  s.nodes[1].level = "outcom";
  const auto d = findings(s, codes::unknown_level);
  REQUIRE(d.size() == 1);
  CHECK(d[0].location.line == 0);
  CHECK(d[0].location.field == "level");
}

TEST_CASE("validate: locations come from spec.where, with the offending field", "[validate]") {
  ModelSpec s = valid_spec();
  s.nodes.push_back(s.nodes[2]);  // a second g1
  s.where.nodes = {{"m.json", 5, 0, "nodes[0]"},
                   {"m.json", 6, 0, "nodes[1]"},
                   {"m.json", 7, 0, "nodes[2]"},
                   {"m.json", 8, 0, "nodes[3]"},
                   {"m.json", 9, 0, "nodes[4]"}};
  const auto d = findings(s, codes::duplicate_id);
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].ids == std::vector<std::string>{"g1"});
  CHECK(d[0].location.file == "m.json");
  CHECK(d[0].location.line == 9);
  CHECK(d[0].location.field == "id");
  CHECK(contains(d[0].message, "line 7"));
  CHECK(contains(d[0].message, "line 9"));
}

TEST_CASE("validate: a CSV location gets the column as its field", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges[1].weight = kNaN;
  s.where.edges = {{"edges.csv", 2, 0, ""}, {"edges.csv", 3, 0, ""}, {"edges.csv", 4, 0, ""}};
  const auto d = findings(s, codes::non_finite);
  REQUIRE(d.size() == 1);
  CHECK(d[0].location == Location{"edges.csv", 3, 0, "weight"});
}

TEST_CASE("validate: empty-id", "[validate]") {
  ModelSpec s = valid_spec();
  s.nodes[0].id = "";
  s.edges[0].to = "";
  s.indicators[0].id = "";
  s.geographies[0].id = "";
  s.observations[0].geo = "";
  s.levels = {"activity", "", "output", "outcome", "goal", "vision"};
  const auto d = findings(s, codes::empty_id);
  REQUIRE(d.size() == 6);
  // by item kind: levels, nodes, edges, indicators, geographies, observations
  CHECK(d[0].location.field == "levels[1]");
  CHECK(d[1].location.field == "id");
  CHECK(contains(d[1].message, "nodes[0]"));
  CHECK(d[2].location.field == "to");
  CHECK(d[2].ids == std::vector<std::string>{"a1"});
  CHECK(contains(d[3].message, "indicator"));
  CHECK(contains(d[4].message, "geography"));
  CHECK(d[5].location.field == "geo");
  for (const auto& x : d) CHECK(x.severity == Severity::error);
}

TEST_CASE("validate: duplicate-id for nodes, indicators, geographies and levels", "[validate]") {
  ModelSpec s = valid_spec();
  s.indicators.push_back(s.indicators[0]);
  s.geographies.push_back(s.geographies[1]);
  s.levels = {"activity", "output", "goal", "output", "vision"};
  s.nodes[1].level = "output";
  const auto d = findings(s, codes::duplicate_id);
  REQUIRE(d.size() == 3);
  CHECK(d[0].ids == std::vector<std::string>{"output"});
  CHECK(d[0].location.field == "levels[3]");
  CHECK(contains(d[0].message, "levels[1]"));
  CHECK(d[1].ids == std::vector<std::string>{"I1"});
  CHECK(contains(d[1].message, "indicators[0]"));
  CHECK(contains(d[1].message, "indicators[1]"));
  CHECK(d[2].ids == std::vector<std::string>{"1880"});
  // node ids are unique here
  CHECK(findings(valid_spec(), codes::duplicate_id).empty());
}

TEST_CASE("validate: unknown-level and a missing level", "[validate]") {
  ModelSpec s = valid_spec();
  s.nodes[1].level = "outcom";
  s.nodes[2].level = "";
  const auto d = findings(s, codes::unknown_level);
  REQUIRE(d.size() == 1);
  CHECK(d[0].ids == std::vector<std::string>{"o1", "outcom"});
  const auto m = findings(s, codes::missing_field);
  REQUIRE(m.size() == 1);
  CHECK(m[0].ids == std::vector<std::string>{"g1"});

  SECTION("declared levels replace the default ones") {
    ModelSpec t = valid_spec();
    t.levels = {"activity", "output", "goal"};
    const auto u = findings(t, codes::unknown_level);
    REQUIRE(u.size() == 1);
    CHECK(u[0].ids == std::vector<std::string>{"v", "vision"});
    t.levels = {"activity", "output", "goal", "vision"};
    CHECK(findings(t, codes::unknown_level).empty());
  }
}

TEST_CASE("validate: unknown-node", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges[0].to = "zz";
  s.indicators[0].node = "yy";
  const auto d = findings(s, codes::unknown_node);
  REQUIRE(d.size() == 2);
  CHECK(d[0].ids == std::vector<std::string>{"a1", "zz"});
  CHECK(d[0].location.field == "to");
  CHECK(d[1].ids == std::vector<std::string>{"I1", "yy"});
  CHECK(d[1].location.field == "node");

  SECTION("an indicator on no node is a helper series, not an error") {
    ModelSpec t = valid_spec();
    t.indicators[0].node = "";
    CHECK(validate(t).empty());
  }
}

TEST_CASE("validate: unknown-indicator", "[validate]") {
  ModelSpec s = valid_spec();
  IndicatorSpec& r = indicator(s, "R", Measure::ratio);
  r.numerator = "N";
  r.denominator = "I1";
  s.indicators[0].geo_aggregation = Aggregation::weighted_mean;
  s.indicators[0].geo_weight = "pop";
  s.observations[0].indicator = "I9";
  const auto d = findings(s, codes::unknown_indicator);
  REQUIRE(d.size() == 3);
  CHECK(d[0].ids == std::vector<std::string>{"I1", "pop"});
  CHECK(d[0].location.field == "geo_weight");
  CHECK(d[1].ids == std::vector<std::string>{"R", "N"});
  CHECK(d[1].location.field == "numerator");
  CHECK(d[2].ids == std::vector<std::string>{"I9"});
  CHECK(d[2].location.field == "indicator");
}

TEST_CASE("validate: unknown-geography", "[validate]") {
  ModelSpec s = valid_spec();
  Target p = target(TargetKind::peers);
  p.geos = {"0018", "0019"};
  p.compare = "level";
  s.indicators[0].targets.push_back(p);
  s.geographies[1].parent = "0001";
  s.observations[0].geo = "1881";
  const auto d = findings(s, codes::unknown_geography);
  REQUIRE(d.size() == 3);
  CHECK(d[0].ids == std::vector<std::string>{"I1", "0019"});
  CHECK(d[0].location.field == "targets[1].geos[1]");
  CHECK(d[1].ids == std::vector<std::string>{"1880", "0001"});
  CHECK(d[1].location.field == "parent");
  CHECK(d[2].ids == std::vector<std::string>{"I1", "1881"});
}

TEST_CASE("validate: geography-cycle", "[validate]") {
  ModelSpec s = valid_spec();
  s.geographies[0].parent = "x";  // 0018 -> x -> 1880 -> 0018
  s.geographies.push_back({"x", "X", "1880", {}});
  s.geographies.push_back({"y", "Y", "y", {}});     // its own parent
  s.geographies.push_back({"z", "Z", "0018", {}});  // leads into the cycle, is not on it
  const auto d = findings(s, codes::geography_cycle);
  REQUIRE(d.size() == 2);
  CHECK(d[0].ids == std::vector<std::string>{"0018", "x", "1880"});
  CHECK(contains(d[0].message, "0018 -> x -> 1880 -> 0018"));
  CHECK(d[1].ids == std::vector<std::string>{"y"});
  CHECK(findings(valid_spec(), codes::geography_cycle).empty());
}

TEST_CASE("validate: self-loop", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges.push_back({"o1", "o1"});
  const auto d = findings(s, codes::self_loop);
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].ids == std::vector<std::string>{"o1"});
  CHECK(findings(s, codes::cycle).empty());  // a self-loop is not also a cycle
}

TEST_CASE("validate: cycle names its nodes in order", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges.push_back({"v", "o1"});  // o1 -> g1 -> v -> o1
  s.where.edges = {{"", 2, 0, ""}, {"", 3, 0, ""}, {"", 4, 0, ""}, {"", 5, 0, ""}};
  const auto d = findings(s, codes::cycle);
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].ids == std::vector<std::string>{"o1", "g1", "v"});
  CHECK(contains(d[0].message, "o1 -> g1 -> v -> o1"));
  CHECK(d[0].location.line == 3);  // the edge o1 -> g1, the cycle's first
  // v -> o1 also goes down the levels
  CHECK(findings(s, codes::level_order).size() == 1);
}

TEST_CASE("validate: one cycle per strongly connected part, shortest through its first node", "[validate]") {
  ModelSpec s;
  s.levels = {"x"};
  for (const char* id : {"a", "b", "c", "d", "e", "f"}) s.nodes.push_back({id, "x"});
  // part 1: a -> b -> c -> d -> a and the shortcut c -> a; part 2: e <-> f
  for (auto [u, v] : {std::pair{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}, {"c", "a"}, {"f", "e"}, {"e", "f"}})
    s.edges.push_back({u, v});
  const auto d = findings(s, codes::cycle);
  REQUIRE(d.size() == 2);
  CHECK(d[0].ids == std::vector<std::string>{"a", "b", "c"});
  CHECK(contains(d[0].message, "4 nodes"));
  CHECK(d[1].ids == std::vector<std::string>{"e", "f"});
}

TEST_CASE("validate: level-order", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges.push_back({"g1", "o1"});  // down
  s.nodes.push_back({"g2", "goal"});
  s.edges.push_back({"g1", "g2"});  // sideways
  const auto d = findings(s, codes::level_order);
  REQUIRE(d.size() == 2);
  CHECK(d[0].severity == Severity::warning);
  CHECK(contains(d[0].message, "down"));
  CHECK(d[1].ids == std::vector<std::string>{"g1", "g2"});
  CHECK(contains(d[1].message, "sideways"));
  // skipping levels upwards is fine
  ModelSpec t = valid_spec();
  t.edges.push_back({"a1", "v"});
  CHECK(validate(t).empty());
}

TEST_CASE("validate: duplicate-edge", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges.push_back({"o1", "g1", 0.5});
  s.edges.push_back({"a1", "o1"});
  s.edges.push_back({"o1", "g1"});
  s.edges.push_back({"g1", "o1"});  // the reverse is not a duplicate
  const auto d = findings(s, codes::duplicate_edge);
  REQUIRE(d.size() == 3);
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].ids == std::vector<std::string>{"o1", "g1"});
  CHECK(contains(d[0].message, "edges[1] and edges[3]"));
  CHECK(d[1].ids == std::vector<std::string>{"a1", "o1"});
  CHECK(contains(d[2].message, "edges[1] and edges[5]"));
}

TEST_CASE("validate: non-finite numbers anywhere", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges[0].weight = kNaN;
  s.edges[1].weight_range = std::array<double, 2>{-kInf, 1.0};
  s.edges[2].confidence = kNaN;
  s.nodes[0].funding.push_back({kInf, "SEK", "ERUF", "2021"});
  IndicatorSpec& x = s.indicators[0];
  x.baseline->value = kNaN;
  x.targets[0].value = kInf;
  x.factor = kNaN;
  x.weight = -kInf;
  IndicatorSpec& o = indicator(s, "O", Measure::ordinal);
  o.scale = std::array<double, 2>{1.0, kNaN};
  s.observations[0].value = kNaN;
  const auto d = findings(s, codes::non_finite);
  std::vector<std::string> fields;
  for (const auto& f : d) fields.push_back(f.location.field);
  CHECK(fields == std::vector<std::string>{"weight", "weight_range[0]", "confidence", "funding[0].amount", "weight",
                                           "factor", "baseline.value", "targets[0].value", "scale[1]", "value"});
  for (const auto& f : d) CHECK(f.severity == Severity::error);
  CHECK(findings(s, codes::out_of_range).empty());  // non-finite values are not also range-checked
}

TEST_CASE("validate: out-of-range numbers", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges[0].weight_range = std::array<double, 2>{1.0, 0.5};  // min above max
  s.edges[1].weight = 2.0;
  s.edges[1].weight_range = std::array<double, 2>{0.0, 1.5};  // weight outside
  s.edges[2].confidence = 1.2;
  s.nodes[0].funding.push_back({-5.0, "SEK", "ERUF", "2021"});
  s.indicators[0].weight = -1.0;
  IndicatorSpec& r = indicator(s, "R", Measure::ratio);
  r.numerator = "I1";
  r.denominator = "I1";
  r.factor = 0.0;
  IndicatorSpec& o = indicator(s, "O", Measure::ordinal);
  o.scale = std::array<double, 2>{5.0, 5.0};
  IndicatorSpec& q = indicator(s, "Q", Measure::ordinal);
  q.scale = std::array<double, 2>{1.0, 5.0};
  q.baseline = Baseline{"2019", 6.0};
  Target level = target(TargetKind::level);
  level.period = "2030";
  level.value = 0.0;
  q.targets.push_back(level);
  s.observations.push_back({"Q", "1880", "2020", "T", 5.5, "", ""});
  s.nodes[1].start = "2022";
  s.nodes[1].end = "2021Q4";
  Target change = target(TargetKind::change);
  change.base_period = "2030";
  change.period = "2030";
  change.value = -0.5;
  s.indicators[0].targets.push_back(change);

  const auto d = findings(s, codes::out_of_range);
  std::vector<std::string> fields;
  for (const auto& f : d) fields.push_back(f.location.field);
  CHECK(fields == std::vector<std::string>{"weight_range", "weight", "confidence", "funding[0].amount", "weight",
                                           "factor", "scale", "baseline.value", "targets[0].value", "value", "end",
                                           "targets[1].base_period"});
  for (const auto& f : d) CHECK(f.severity == Severity::error);
  CHECK(d[6].ids == std::vector<std::string>{"O"});
  CHECK(contains(d[10].message, "starts (2022) after it ends (2021Q4)"));
}

TEST_CASE("validate: numbers on the edge of their ranges are fine", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges[0].weight = 1.0;
  s.edges[0].weight_range = std::array<double, 2>{0.5, 1.0};
  s.edges[1].weight = -3.0;  // a trade-off
  s.edges[1].weight_range = std::array<double, 2>{-3.0, -3.0};
  s.edges[2].confidence = 0.0;
  s.nodes[0].funding.push_back({0.0, "SEK", "own", "2021"});
  s.indicators[0].weight = 0.0;
  IndicatorSpec& q = indicator(s, "Q", Measure::ordinal);
  q.scale = std::array<double, 2>{1.0, 5.0};
  s.observations.push_back({"Q", "1880", "2020", "T", 5.0, "", ""});
  s.nodes[1].start = "2021Q4";
  s.nodes[1].end = "2021";  // the end year holds the start quarter
  CHECK(validate(s).empty());
}

TEST_CASE("validate: a change target below -100 % is a warning", "[validate]") {
  ModelSpec s = valid_spec();
  Target change = target(TargetKind::change);
  change.base_period = "2005";
  change.period = "2030";
  change.value = -60.0;
  s.indicators[0].targets.push_back(change);
  const auto d = validate(s);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == codes::out_of_range);
  CHECK(d[0].severity == Severity::warning);
  s.indicators[0].targets.back().value = -1.0;
  CHECK(validate(s).empty());
}

TEST_CASE("validate: bad-period", "[validate]") {
  ModelSpec s = valid_spec();
  s.nodes[0].funding.push_back({1.0, "SEK", "ERUF", "21"});
  s.nodes[0].start = "2021-13";
  s.nodes[0].end = "2021Q5";
  s.indicators[0].baseline->period = "2016 ";
  s.indicators[0].targets[0].period = "2030-1";
  s.observations[0].period = "19";
  const auto d = findings(s, codes::bad_period);
  std::vector<std::string> fields;
  for (const auto& f : d) fields.push_back(f.location.field);
  CHECK(fields == std::vector<std::string>{"funding[0].period", "start", "end", "baseline.period", "targets[0].period",
                                           "period"});
  CHECK(contains(d[1].message, "\"2021-13\""));
  // all three kinds are accepted
  ModelSpec t = valid_spec();
  t.nodes[0].start = "2021Q3";
  t.nodes[0].end = "2023-05";
  t.observations[0].period = "2019-12";
  CHECK(validate(t).empty());
}

TEST_CASE("validate: missing periods of a baseline and an observation", "[validate]") {
  ModelSpec s = valid_spec();
  s.indicators[0].baseline->period = "";
  s.observations[0].period = "";
  const auto d = findings(s, codes::missing_field);
  REQUIRE(d.size() == 2);
  CHECK(d[0].location.field == "baseline.period");
  CHECK(d[1].location.field == "period");
  CHECK(findings(s, codes::bad_period).empty());
}

TEST_CASE("validate: measure consistency", "[validate]") {
  ModelSpec s = valid_spec();
  IndicatorSpec& r = indicator(s, "R", Measure::ratio);  // no numerator, no denominator
  IndicatorSpec& self = indicator(s, "S", Measure::ratio);
  self.numerator = "S";
  self.denominator = "I1";
  IndicatorSpec& o = indicator(s, "O", Measure::ordinal);  // no scale
  IndicatorSpec& w = indicator(s, "W", Measure::number);
  w.geo_aggregation = Aggregation::weighted_mean;  // no geo_weight
  IndicatorSpec& t = indicator(s, "T", Measure::text);
  t.baseline = Baseline{"2019", 1.0};
  IndicatorSpec& tw = indicator(s, "TW", Measure::number);
  tw.geo_aggregation = Aggregation::weighted_mean;
  tw.geo_weight = "T";  // a text indicator cannot weigh
  (void)r;
  (void)o;

  const auto missing = findings(s, codes::missing_field);
  REQUIRE(missing.size() == 4);
  CHECK(missing[0].ids == std::vector<std::string>{"R"});
  CHECK(missing[0].location.field == "numerator");
  CHECK(missing[1].location.field == "denominator");
  CHECK(missing[2].ids == std::vector<std::string>{"O"});
  CHECK(missing[2].location.field == "scale");
  CHECK(missing[3].ids == std::vector<std::string>{"W"});
  CHECK(missing[3].location.field == "geo_weight");

  const auto refs = findings(s, codes::bad_reference);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].ids == std::vector<std::string>{"S"});
  CHECK(refs[0].location.field == "numerator");
  CHECK(refs[1].ids == std::vector<std::string>{"TW", "T"});

  const auto bad = findings(s, codes::bad_value);
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].ids == std::vector<std::string>{"T"});
  CHECK(bad[0].location.field == "baseline");
}

TEST_CASE("validate: a well-formed ratio, ordinal and weighted mean pass", "[validate]") {
  ModelSpec s = valid_spec();
  s.indicators.push_back({});
  s.indicators.back().id = "pop";  // on no node: a helper series
  IndicatorSpec& r = indicator(s, "R", Measure::ratio);
  r.numerator = "I1";
  r.denominator = "pop";
  r.factor = 1000.0;
  r.geo_aggregation = Aggregation::weighted_mean;
  r.geo_weight = "pop";
  IndicatorSpec& o = indicator(s, "O", Measure::ordinal);
  o.scale = std::array<double, 2>{1.0, 5.0};
  CHECK(validate(s).empty());
}

TEST_CASE("validate: observation values against text and numeric measures", "[validate]") {
  ModelSpec s = valid_spec();
  indicator(s, "T", Measure::text);
  s.observations.push_back({"T", "1880", "2019", "T", 3.0, "", ""});             // text measure, number
  s.observations.push_back({"T", "1880", "2020", "T", std::nullopt, "ok", ""});  // fine
  s.observations.push_back({"I1", "1880", "2020", "T", 80.0, "good", ""});       // number measure, text
  const auto d = findings(s, codes::bad_value);
  REQUIRE(d.size() == 2);
  CHECK(d[0].location.field == "value");
  CHECK(d[0].ids == std::vector<std::string>{"T", "1880"});
  CHECK(d[1].location.field == "text");
  CHECK(d[1].ids == std::vector<std::string>{"I1", "1880"});
}

TEST_CASE("validate: target shapes", "[validate]") {
  ModelSpec s = valid_spec();
  auto& ts = s.indicators[0].targets;
  ts.clear();
  ts.push_back(target(TargetKind::level));    // 0: no period, no value
  ts.push_back(target(TargetKind::change));   // 1: no base_period, period, value
  Target th = target(TargetKind::threshold);  // 2: bad op, no value
  th.op = "=>";
  ts.push_back(th);
  ts.push_back(target(TargetKind::threshold));  // 3: no op
  ts.back().value = 80.0;
  Target peers = target(TargetKind::peers);  // 4: no geos, bad compare
  peers.compare = "rank";
  ts.push_back(peers);
  ts.push_back(target(TargetKind::peers));  // 5: no compare
  ts.back().geos = {"0018"};
  Target dis = target(TargetKind::disparity);  // 6: one breakdown; value without period
  dis.between = {"K"};
  dis.value = 0.0;
  ts.push_back(dis);
  ts.push_back(target(TargetKind::disparity));  // 7: no between
  ts.push_back(target(TargetKind::disparity));  // 8: the same breakdown twice
  ts.back().between = {"K", "K"};

  const auto missing = findings(s, codes::missing_field);
  std::vector<std::string> fields;
  for (const auto& f : missing) fields.push_back(f.location.field);
  CHECK(fields == std::vector<std::string>{"targets[0].period", "targets[0].value", "targets[1].base_period",
                                           "targets[1].period", "targets[1].value", "targets[2].value", "targets[3].op",
                                           "targets[4].geos", "targets[5].compare", "targets[6].period",
                                           "targets[7].between"});
  const auto bad = findings(s, codes::bad_value);
  fields.clear();
  for (const auto& f : bad) fields.push_back(f.location.field);
  CHECK(fields ==
        std::vector<std::string>{"targets[2].op", "targets[4].compare", "targets[6].between", "targets[8].between"});
}

TEST_CASE("validate: every target kind in its complete form passes", "[validate]") {
  ModelSpec s = valid_spec();
  auto& ts = s.indicators[0].targets;
  Target change = target(TargetKind::change);
  change.base_period = "2005";
  change.period = "2030";
  change.value = -0.6;
  ts.push_back(change);
  Target th = target(TargetKind::threshold);
  th.op = ">=";
  th.value = 80.0;
  ts.push_back(th);
  ts.push_back(target(TargetKind::direction));
  Target peers = target(TargetKind::peers);
  peers.geos = {"0018"};
  peers.compare = "growth";
  ts.push_back(peers);
  Target dis = target(TargetKind::disparity);
  dis.between = {"K", "M"};
  ts.push_back(dis);
  dis.period = "2030";
  dis.value = 1.0;
  ts.push_back(dis);
  CHECK(validate(s).empty());
}

TEST_CASE("validate: a direction target needs the indicator's direction", "[validate]") {
  ModelSpec s = valid_spec();
  s.indicators[0].direction = Direction::unspecified;
  s.indicators[0].targets.push_back(target(TargetKind::direction));
  const auto d = findings(s, codes::missing_field);
  REQUIRE(d.size() == 1);
  CHECK(d[0].location.field == "direction");
}

TEST_CASE("validate: a text indicator takes no target", "[validate]") {
  ModelSpec s = valid_spec();
  s.indicators[0].measure = Measure::text;
  s.indicators[0].baseline.reset();
  s.observations[0].value.reset();
  const auto d = validate(s);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == codes::bad_value);
  CHECK(d[0].location.field == "targets[0].kind");
}

TEST_CASE("validate: duplicate-observation", "[validate]") {
  ModelSpec s = valid_spec();
  s.observations.push_back({"I1", "1880", "2019", "K", 70.0, "", ""});          // other breakdown: fine
  s.observations.push_back({"I1", "1880", "2020", "T", 70.0, "", ""});          // other period: fine
  s.observations.push_back({"I1", "0018", "2019", "T", 70.0, "", ""});          // other geo: fine
  s.observations.push_back({"I1", "1880", "2019", "T", std::nullopt, "", ""});  // repeats [0]
  s.observations.push_back({"I1", "1880", "2019", "K", 71.0, "", ""});          // repeats [1]
  s.observations.push_back({"I1", "1880", "2019", "T", 80.0, "", ""});          // repeats [0]
  const auto d = findings(s, codes::duplicate_observation);
  REQUIRE(d.size() == 3);
  CHECK(d[0].severity == Severity::error);
  CHECK(contains(d[0].message, "observations[0] and observations[4]"));
  CHECK(contains(d[1].message, "observations[1] and observations[5]"));
  CHECK(contains(d[2].message, "observations[0] and observations[6]"));
}

TEST_CASE("validate: findings come out by check, then by item order", "[validate]") {
  ModelSpec s = valid_spec();
  s.edges.push_back({"v", "a1"});     // cycle a1 -> o1 -> g1 -> v -> a1, and level-order
  s.edges.push_back({"a1", "nope"});  // unknown-node
  s.nodes.push_back({"", "goal"});    // empty-id
  s.observations[0].period = "x";     // bad-period
  std::vector<std::string> order;
  for (const auto& d : validate(s)) order.push_back(d.code);
  CHECK(order == std::vector<std::string>{"empty-id", "unknown-node", "cycle", "level-order", "bad-period"});
}
