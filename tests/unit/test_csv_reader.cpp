// read_csv_bundle on fixture folders (tests/data/csv/): values worked out by hand
// from the fixture text.
#include <catch2/catch.hpp>

#include <array>

#include "impactgraph/io.hpp"
#include "test_csv_util.hpp"

using namespace impactgraph;
using csv_test::fixture;
using Pairs = std::vector<std::pair<std::string, std::string>>;
using Strings = std::vector<std::string>;

TEST_CASE("csv reader: Swedish spreadsheet export (BOM, ';', decimal comma, CRLF)", "[csv][reader]") {
  const ModelSpec s = read_csv_bundle(fixture("swedish"));
  CHECK(s.version == 1);
  CHECK(s.name == "RUS Örebroregionen (exempel)");
  CHECK(s.levels == Strings{"activity", "output", "outcome", "goal", "vision"});
  CHECK(s.extras.empty());

  REQUIRE(s.nodes.size() == 4);
  CHECK(s.nodes[0].id == "vision");
  CHECK(s.nodes[0].label == "Örebroregionen – Sveriges hjärta");
  CHECK(s.nodes[0].tags.empty());  // empty tag cells = no tag
  CHECK(s.nodes[2].id == "A1");
  CHECK(s.nodes[2].level == "outcome");
  CHECK(s.nodes[2].description == "Matchning; kompetens och \"livslångt\" lärande");
  CHECK(s.nodes[2].tags == Pairs{{"area", "A1"}});
  const NodeSpec& p7 = s.nodes[3];
  CHECK(p7.id == "P7");
  CHECK(p7.description == "Rådgivning\r\ntill små företag");  // the line break is kept as written
  CHECK(p7.start == "2021");
  CHECK(p7.end == "2023");
  CHECK(p7.tags == Pairs{{"area", "A1"}, {"owner", "RU"}});
  REQUIRE(p7.funding.size() == 2);
  CHECK(p7.funding[0] == Funding{1200000.0, "SEK", "ERUF", "2021"});  // "1 200 000"
  CHECK(p7.funding[1] == Funding{350000.5, "SEK", "TVV", "2022"});    // "350<NBSP>000,50"

  REQUIRE(s.edges.size() == 3);
  const EdgeSpec& e0 = s.edges[0];
  CHECK(e0.from == "P7");
  CHECK(e0.to == "A1");
  CHECK(e0.weight == 0.8);
  CHECK(e0.weight_range == std::array<double, 2>{0.5, 1.0});
  CHECK(e0.confidence == 0.75);
  CHECK(e0.assumption == "Fler företag anställer");
  CHECK(e0.evidence == Evidence::moderate);
  CHECK(s.edges[1].weight == 1.0);  // empty = default
  CHECK_FALSE(s.edges[1].weight_range);
  CHECK_FALSE(s.edges[1].confidence);
  CHECK(s.edges[1].evidence == Evidence::unspecified);
  CHECK(s.edges[2].weight == -0.25);  // "−0,25" with a Unicode minus
  CHECK(s.edges[2].evidence == Evidence::weak);

  REQUIRE(s.indicators.size() == 4);
  const IndicatorSpec& i1 = s.indicators[0];
  CHECK(i1.id == "I1");
  CHECK(i1.node == "G1");
  CHECK(i1.label == "Förvärvsfrekvens 20–64 år");
  CHECK(i1.unit == "%");
  CHECK(i1.direction == Direction::increase);
  CHECK(i1.baseline == Baseline{"2016", 78.1});
  CHECK(i1.source == "kolada:N00914");
  CHECK(i1.measure == Measure::percent);
  CHECK(i1.factor == 1.0);
  CHECK(i1.geo_aggregation == Aggregation::weighted_mean);
  CHECK(i1.geo_weight == "I_pop");
  CHECK(i1.time_aggregation == Aggregation::last);
  CHECK(i1.weight == 2.0);
  REQUIRE(i1.targets.size() == 3);  // rows 2, 3 and 5 of targets.csv, in row order
  CHECK(i1.targets[0].kind == TargetKind::level);
  CHECK(i1.targets[0].period == "2030");
  CHECK(i1.targets[0].value == 82.0);
  CHECK(i1.targets[1].kind == TargetKind::peers);
  CHECK(i1.targets[1].geos == Strings{"0019", "0007", "0017"});
  CHECK(i1.targets[1].compare == "level");
  CHECK_FALSE(i1.targets[1].value);
  CHECK(i1.targets[2].kind == TargetKind::disparity);
  CHECK(i1.targets[2].between == Strings{"K", "M"});

  const IndicatorSpec& pop = s.indicators[1];
  CHECK(pop.direction == Direction::unspecified);
  CHECK_FALSE(pop.baseline);
  CHECK(pop.measure == Measure::number);
  CHECK(pop.geo_aggregation == Aggregation::sum);
  CHECK(pop.weight == 0.0);
  CHECK(pop.targets.empty());

  const IndicatorSpec& i2 = s.indicators[2];
  CHECK(i2.measure == Measure::ordinal);
  CHECK(i2.scale == std::array<double, 2>{1.0, 5.0});
  CHECK(i2.weight == 1.0);
  REQUIRE(i2.targets.size() == 1);
  CHECK(i2.targets[0].kind == TargetKind::threshold);
  CHECK(i2.targets[0].op == ">=");
  CHECK(i2.targets[0].value == 3.5);

  const IndicatorSpec& i3 = s.indicators[3];
  CHECK(i3.baseline == Baseline{"2019", 1.5});  // a decimal point in a ';' file
  CHECK(i3.measure == Measure::ratio);
  CHECK(i3.numerator == "I1");
  CHECK(i3.denominator == "I_pop");
  CHECK(i3.factor == 100.0);
  CHECK(i3.weight == 0.5);
  REQUIRE(i3.targets.size() == 1);
  CHECK(i3.targets[0].kind == TargetKind::change);
  CHECK(i3.targets[0].base_period == "2005");
  CHECK(i3.targets[0].value == -0.6);

  REQUIRE(s.geographies.size() == 2);
  CHECK(s.geographies[0] == GeographySpec{"0018", "Örebro län", "", {}});
  CHECK(s.geographies[1] == GeographySpec{"1880", "Örebro", "0018", {}});

  REQUIRE(s.observations.size() == 4);
  CHECK(s.observations[0] == ObservationSpec{"I1", "1880", "2019", "T", 79.3, "", ""});
  CHECK(s.observations[1] == ObservationSpec{"I1", "1880", "2019", "K", 77.9, "", ""});
  CHECK(s.observations[2] == ObservationSpec{"I1", "0018", "2019Q3", "T", 80.05, "", "preliminär"});
  CHECK(s.observations[3] == ObservationSpec{"I2", "0018", "2020", "T", std::nullopt, "Bra; men \"ojämnt\"", ""});

  // Where each item came from: the physical line its record starts on.
  const std::string nodes_file = (fixture("swedish") / "nodes.csv").string();
  REQUIRE(s.where.nodes.size() == 4);
  CHECK(s.where.nodes[0] == Location{nodes_file, 2, 0, ""});
  CHECK(s.where.nodes[3].line == 5);
  REQUIRE(s.where.edges.size() == 3);
  CHECK(s.where.edges[2].line == 4);
  REQUIRE(s.where.indicators.size() == 4);
  CHECK(s.where.indicators[3].line == 5);
  REQUIRE(s.where.geographies.size() == 2);
  CHECK(s.where.geographies[1].line == 3);
  REQUIRE(s.where.observations.size() == 4);
  CHECK(csv_test::file_name(Diagnostic{"", Severity::error, "", {}, s.where.observations[2]}) == "observations.csv");
  CHECK(s.where.observations[2].line == 5);  // line 4 is blank
  CHECK(s.where.observations[3].line == 6);
}

TEST_CASE("csv reader: quoted fields, columns in any order, unknown columns", "[csv][reader]") {
  const ModelSpec s = read_csv_bundle(fixture("quoted"));
  CHECK(s.name.empty());
  CHECK(s.levels.empty());
  REQUIRE(s.nodes.size() == 2);
  CHECK(s.nodes[0].id == "G1");
  CHECK(s.nodes[0].label == "Stark konkurrenskraft, \"SK\"");
  CHECK(s.nodes[0].tags == Pairs{{"owner", "Region Örebro län, RU"}});  // tags in header order
  CHECK(s.nodes[1].id == "P7");
  CHECK(s.nodes[1].level == "activity");
  CHECK(s.nodes[1].label == "Företagslyft\nsteg 1, steg 2");
  CHECK(s.nodes[1].tags == Pairs{{"owner", "RU"}, {"challenge", "Klimat, energi"}});
  CHECK(s.nodes[1].funding.empty());  // no funding.csv: an empty table
  CHECK(s.where.nodes[1].line == 3);

  REQUIRE(s.edges.size() == 1);  // the "comment" column is ignored
  CHECK(s.edges[0].from == "P7");
  CHECK(s.edges[0].to == "G1");
  CHECK(s.edges[0].weight == -0.15);
  CHECK(s.edges[0].extras.empty());

  REQUIRE(s.indicators.size() == 1);
  CHECK(s.indicators[0].label == "Sysselsättning\r\n20–64 år");

  REQUIRE(s.observations.size() == 3);
  CHECK(s.observations[0].value == 79.3);
  CHECK_FALSE(s.observations[1].value);
  CHECK(s.observations[1].text == "Flera rader:\nrad två\nrad \"tre\"");
  CHECK(s.observations[2].value == 1000.0);
  CHECK(s.where.observations[1].line == 3);
  CHECK(s.where.observations[2].line == 6);  // record 2 spans lines 3-5
  CHECK(s.geographies.empty());
}

namespace {
struct ExpectedBundle {
  std::string code, file;
  std::uint32_t line;
  std::string field;
};

void check_one(const std::string& folder, const ExpectedBundle& x) {
  INFO("fixture errors/" << folder);
  const auto errors = csv_test::errors_of([&] { read_csv_bundle(fixture("errors/" + folder)); });
  REQUIRE(errors.size() == 1);
  INFO(format(errors[0]));
  CHECK(errors[0].code == x.code);
  CHECK(errors[0].severity == Severity::error);
  CHECK(csv_test::file_name(errors[0]) == x.file);
  CHECK(errors[0].location.line == x.line);
  CHECK(errors[0].location.field == x.field);
  CHECK_FALSE(errors[0].message.empty());
}
}  // namespace

TEST_CASE("csv reader: one fixture per error kind", "[csv][reader][errors]") {
  check_one("parse_unterminated", {"parse-error", "nodes.csv", 3, "label"});
  check_one("parse_stray_quote", {"parse-error", "nodes.csv", 2, "label"});
  check_one("parse_after_quote", {"parse-error", "nodes.csv", 2, "label"});
  check_one("parse_too_many", {"parse-error", "edges.csv", 3, ""});
  check_one("parse_duplicate_column", {"parse-error", "geographies.csv", 1, "id"});
  check_one("parse_unnamed_column", {"parse-error", "geographies.csv", 3, ""});
  check_one("bad_encoding", {"bad-encoding", "nodes.csv", 3, ""});
  check_one("bad_encoding_utf16", {"bad-encoding", "nodes.csv", 1, ""});
  check_one("missing_column", {"missing-field", "edges.csv", 1, "to"});
  check_one("missing_cell", {"missing-field", "nodes.csv", 3, "level"});
  check_one("bad_enum", {"bad-value", "edges.csv", 2, "evidence"});
  check_one("bad_number", {"bad-value", "edges.csv", 2, "weight"});
  check_one("bad_number_grouping", {"bad-value", "funding.csv", 2, "amount"});
  check_one("out_of_range", {"out-of-range", "observations.csv", 2, "value"});
  check_one("non_finite", {"non-finite", "observations.csv", 3, "value"});
  check_one("unknown_node", {"unknown-node", "funding.csv", 3, "node"});
  check_one("unknown_indicator", {"unknown-indicator", "targets.csv", 3, "indicator"});
  check_one("model_json_syntax", {"parse-error", "model.json", 3, ""});
  check_one("model_json_version", {"unsupported-version", "model.json", 1, "impactgraph"});
}

TEST_CASE("csv reader: columns of errors are 1-based field numbers", "[csv][reader][errors]") {
  auto errors = csv_test::errors_of([] { read_csv_bundle(fixture("errors/parse_too_many")); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].location.column == 4);  // the first field past the 3-column header
  errors = csv_test::errors_of([] { read_csv_bundle(fixture("errors/bad_enum")); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].location.column == 3);
}

TEST_CASE("csv reader: wrong JSON types in model.json", "[csv][reader][errors]") {
  const auto errors = csv_test::errors_of([] { read_csv_bundle(fixture("errors/model_json_type")); });
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].code == "wrong-type");
  CHECK(errors[0].location.field == "name");
  CHECK(errors[1].code == "wrong-type");
  CHECK(errors[1].location.field == "levels[1]");
}

TEST_CASE("csv reader: errors are collected across rows and files", "[csv][reader][errors]") {
  const auto errors = csv_test::errors_of([] { read_csv_bundle(fixture("errors/many")); });
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].code == "missing-field");
  CHECK(csv_test::file_name(errors[0]) == "nodes.csv");
  CHECK(errors[0].location.line == 3);
  CHECK(errors[0].location.field == "id");
  CHECK(errors[1].code == "bad-value");
  CHECK(csv_test::file_name(errors[1]) == "edges.csv");
  CHECK(errors[1].location.line == 2);
  CHECK(errors[1].location.field == "weight");
  CHECK(errors[2].code == "non-finite");
  CHECK(errors[2].location.line == 3);
  CHECK(errors[2].location.field == "confidence");
  CHECK(errors[3].code == "missing-field");
  CHECK(csv_test::file_name(errors[3]) == "observations.csv");
  CHECK(errors[3].location.line == 3);
  CHECK(errors[3].location.field == "geo");
}

TEST_CASE("csv reader: missing folder, a file, and a folder that is no bundle", "[csv][reader][errors]") {
  csv_test::Scratch scratch;
  auto errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "absent"); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "io-error");

  csv_test::write_bytes(scratch / "model.csv", "id,level\n");
  errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "model.csv"); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "io-error");

  std::filesystem::create_directories(scratch / "empty");
  csv_test::write_bytes(scratch / "empty" / "notes.txt", "not a table");
  errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "empty"); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "io-error");
  CHECK(errors[0].message.find("not a CSV bundle") != std::string::npos);
}

TEST_CASE("csv reader: range and baseline pairs need both halves", "[csv][reader][errors]") {
  csv_test::Scratch scratch;
  csv_test::write_bytes(scratch / "edges.csv", "from,to,weight_min\nA,B,0.5\n");
  csv_test::write_bytes(scratch / "indicators.csv", "id,node,baseline_period,scale_min,scale_max\nI1,G1,2016,,5\n");
  const auto errors = csv_test::errors_of([&] { read_csv_bundle(scratch.path()); });
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].code == "missing-field");
  CHECK(errors[0].location.field == "weight_max");  // a column absent from the header
  CHECK(errors[0].location.line == 2);
  CHECK(errors[1].location.field == "baseline_value");
  CHECK(errors[2].location.field == "scale_min");
  CHECK(errors[2].location.column == 4);
}

TEST_CASE("csv reader: model.json alone, extras kept in order", "[csv][reader]") {
  csv_test::Scratch scratch;
  csv_test::write_bytes(scratch / "model.json",
                        "\xEF\xBB\xBF{\"impactgraph\": 1, \"zeta\": [1, 2], \"name\": \"N\", \"alpha\": {\"b\": true}}");
  const ModelSpec s = read_csv_bundle(scratch.path());
  CHECK(s.name == "N");
  CHECK(s.nodes.empty());
  CHECK(s.extras == Pairs{{"zeta", "[1,2]"}, {"alpha", "{\"b\":true}"}});
}

TEST_CASE("csv reader: lost rows are not echoed as unknown references", "[csv][reader][errors]") {
  csv_test::Scratch scratch;
  // nodes.csv lacks its level column, so no node is read; the funding row for P7
  // would otherwise also be reported as unknown-node.
  csv_test::write_bytes(scratch / "a" / "nodes.csv", "id,label\nP7,x\n");
  csv_test::write_bytes(scratch / "a" / "funding.csv", "node,amount\nP7,1\n");
  auto errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "a"); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "missing-field");
  CHECK(errors[0].location.field == "level");

  // An unterminated quote in indicators.csv loses I2; its target is not reported again.
  csv_test::write_bytes(scratch / "b" / "indicators.csv", "id,node,label\nI1,G1,ok\nI2,G1,\"open\n");
  csv_test::write_bytes(scratch / "b" / "targets.csv", "indicator,kind\nI2,direction\n");
  errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "b"); });
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "parse-error");

  // A row-level error loses no node: the unknown node is still reported.
  csv_test::write_bytes(scratch / "c" / "nodes.csv", "id,level\nP7,\n");
  csv_test::write_bytes(scratch / "c" / "funding.csv", "node,amount\nP8,1\n");
  errors = csv_test::errors_of([&] { read_csv_bundle(scratch / "c"); });
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].code == "missing-field");
  CHECK(errors[1].code == "unknown-node");
}
