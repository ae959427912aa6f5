// write_csv_bundle: exact bytes for a small spec, quoting, replacing a folder safely,
// and refusing what CSV cannot carry.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "impactgraph/io.hpp"
#include "test_csv_util.hpp"

using namespace impactgraph;
namespace fs = std::filesystem;
using csv_test::read_bytes;

namespace {

ModelSpec small_csv_spec() {
  ModelSpec s;
  s.name = "Demo";
  NodeSpec& p7 = s.nodes.emplace_back();
  p7.id = "P7";
  p7.level = "activity";
  p7.label = "Företag; lyft";
  p7.tags = {{"owner", "RU"}};
  p7.funding = {Funding{1200000.5, "SEK", "ERUF", "2021"}};
  EdgeSpec& e = s.edges.emplace_back();
  e.from = "P7";
  e.to = "G1";
  e.weight = 0.8;
  e.weight_range = std::array<double, 2>{0.5, 1.0};
  e.assumption = " leading";
  e.evidence = Evidence::strong;
  IndicatorSpec& i = s.indicators.emplace_back();
  i.id = "I1";
  i.node = "P7";
  i.direction = Direction::increase;
  s.geographies.push_back(GeographySpec{"1880", "Örebro", "0018", {}});
  s.observations.push_back(ObservationSpec{"I1", "1880", "2019", "T", 79.3, "", ""});
  return s;
}

const std::string bom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("csv writer: Swedish style bytes, worked out by hand", "[csv][writer]") {
  csv_test::Scratch scratch;
  const fs::path out = scratch / "bundle";
  write_csv_bundle(small_csv_spec(), out, CsvStyle::swedish());
  CHECK(read_bytes(out / "model.json") == "{\n  \"impactgraph\": 1,\n  \"name\": \"Demo\"\n}\n");
  CHECK(read_bytes(out / "nodes.csv") ==
        bom + "id;level;label;description;start;end;owner\r\nP7;activity;\"Företag; lyft\";;;;RU\r\n");
  CHECK(read_bytes(out / "edges.csv") ==
        bom + "from;to;weight;weight_min;weight_max;confidence;assumption;evidence\r\n"
              "P7;G1;0,8;0,5;1;;\" leading\";strong\r\n");
  CHECK(read_bytes(out / "funding.csv") == bom + "node;amount;currency;source;period\r\nP7;1200000,5;SEK;ERUF;2021\r\n");
  CHECK(read_bytes(out / "indicators.csv") ==
        bom + "id;node;label;description;unit;direction;baseline_period;baseline_value;source;measure;numerator;denominator;"
              "factor;scale_min;scale_max;geo_aggregation;geo_weight;time_aggregation;weight\r\n"
              "I1;P7;;;;increase;;;;number;;;1;;;;;;1\r\n");
  CHECK(read_bytes(out / "targets.csv") == bom + "indicator;kind;period;base_period;value;op;geos;compare;between\r\n");
  CHECK(read_bytes(out / "geographies.csv") == bom + "id;name;parent\r\n1880;Örebro;0018\r\n");
  CHECK(read_bytes(out / "observations.csv") ==
        bom + "indicator;geo;period;breakdown;value;text;status\r\nI1;1880;2019;T;79,3;;\r\n");
}

TEST_CASE("csv writer: comma style bytes", "[csv][writer]") {
  csv_test::Scratch scratch;
  write_csv_bundle(small_csv_spec(), scratch.path());
  CHECK(read_bytes(scratch / "nodes.csv") ==
        "id,level,label,description,start,end,owner\r\nP7,activity,Företag; lyft,,,,RU\r\n");
  CHECK(read_bytes(scratch / "edges.csv") ==
        "from,to,weight,weight_min,weight_max,confidence,assumption,evidence\r\n"
        "P7,G1,0.8,0.5,1,,\" leading\",strong\r\n");
  CHECK(read_bytes(scratch / "observations.csv") ==
        "indicator,geo,period,breakdown,value,text,status\r\nI1,1880,2019,T,79.3,,\r\n");
}

TEST_CASE("csv writer: quotes only where needed", "[csv][writer]") {
  ModelSpec s;
  s.geographies.push_back(GeographySpec{"a,b", "say \"hi\"", "x\ny", {}});
  s.geographies.push_back(GeographySpec{"tail ", "\tlead", "cr\r", {}});
  s.geographies.push_back(GeographySpec{"", "", "", {}});  // all empty: must not read as a blank line
  s.geographies.push_back(GeographySpec{"a;b", "Örebro län", "x|y", {}});
  csv_test::Scratch scratch;
  write_csv_bundle(s, scratch.path());
  CHECK(read_bytes(scratch / "geographies.csv") ==
        "id,name,parent\r\n"
        "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n"
        "\"tail \",\"\tlead\",\"cr\r\"\r\n"
        "\"\",,\r\n"
        "a;b,Örebro län,x|y\r\n");
}

TEST_CASE("csv writer: every file is written, empty tables too", "[csv][writer]") {
  csv_test::Scratch scratch;
  write_csv_bundle(ModelSpec{}, scratch / "nested" / "out");
  for (const char* f : {"model.json", "nodes.csv", "edges.csv", "funding.csv", "indicators.csv", "targets.csv",
                        "geographies.csv", "observations.csv"})
    CHECK(fs::is_regular_file(scratch / "nested" / "out" / f));
  CHECK(read_bytes(scratch / "nested" / "out" / "nodes.csv") == "id,level,label,description,start,end\r\n");
  CHECK(read_csv_bundle(scratch / "nested" / "out") == ModelSpec{});
}

TEST_CASE("csv writer: replacing an existing bundle keeps other files, leaves no temporary folder", "[csv][writer]") {
  csv_test::Scratch scratch;
  const fs::path out = scratch / "bundle";
  csv_test::write_bytes(out / "README.txt", "mine");
  csv_test::write_bytes(out / "nodes.csv", "id,level\nOLD,goal\n");
  write_csv_bundle(small_csv_spec(), fs::path(out.string() + "/"));  // a trailing slash names the same folder
  CHECK(read_bytes(out / "README.txt") == "mine");
  CHECK(read_csv_bundle(out) == small_csv_spec());
  std::vector<std::string> entries;
  for (const auto& entry : fs::directory_iterator(scratch.path())) entries.push_back(entry.path().filename().string());
  CHECK(entries == std::vector<std::string>{"bundle"});
}

TEST_CASE("csv writer: a failure writes nothing", "[csv][writer][errors]") {
  csv_test::Scratch scratch;
  ModelSpec bad = small_csv_spec();
  bad.edges[0].weight = std::numeric_limits<double>::quiet_NaN();
  bad.observations[0].value = std::numeric_limits<double>::infinity();

  const auto errors = csv_test::errors_of([&] { write_csv_bundle(bad, scratch / "new"); });
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].code == "non-finite");
  CHECK(errors[0].location.file == "edges.csv");
  CHECK(errors[0].location.line == 2);
  CHECK(errors[0].location.field == "weight");
  CHECK(errors[0].ids == std::vector<std::string>{"P7->G1"});
  CHECK(errors[1].location.file == "observations.csv");
  CHECK(errors[1].location.field == "value");
  CHECK_FALSE(fs::exists(scratch / "new"));

  write_csv_bundle(small_csv_spec(), scratch / "old");
  const std::string before = read_bytes(scratch / "old" / "edges.csv");
  CHECK_THROWS_AS(write_csv_bundle(bad, scratch / "old", CsvStyle::swedish()), Error);
  CHECK(read_bytes(scratch / "old" / "edges.csv") == before);

  csv_test::write_bytes(scratch / "file", "x");
  const auto io = csv_test::errors_of([&] { write_csv_bundle(small_csv_spec(), scratch / "file"); });
  REQUIRE(io.size() == 1);
  CHECK(io[0].code == "io-error");
  CHECK(read_bytes(scratch / "file") == "x");
  std::size_t count = 0;
  for (auto it = fs::directory_iterator(scratch.path()); it != fs::directory_iterator(); ++it) ++count;
  CHECK(count == 2);  // "old" and "file": no temporary folder left behind
}

TEST_CASE("csv writer: what CSV cannot carry is refused", "[csv][writer][errors]") {
  csv_test::Scratch scratch;
  ModelSpec s = small_csv_spec();
  s.nodes[0].tags = {{"level", "x"}, {"owner", "a"}, {"owner", "b"}, {"", "c"}};
  Target t;
  t.kind = TargetKind::peers;
  t.geos = {"0019", "a|b"};
  t.between = {""};
  s.indicators[0].targets.push_back(t);
  s.geographies[0].name = "\xD6rebro";  // Latin-1, not UTF-8
  s.extras = {{"name", "\"dup\""}, {"ok", "not json"}, {"geographies", "[]"}};  // a key of the model's own
  const auto errors = csv_test::errors_of([&] { write_csv_bundle(s, scratch / "out"); });
  std::vector<std::string> got;
  for (const Diagnostic& d : errors) got.push_back(d.code + " " + d.location.file + " " + d.location.field);
  CHECK(got == std::vector<std::string>{
                   "bad-value model.json name", "bad-value model.json ok", "bad-value model.json geographies",
                   "bad-value nodes.csv level", "bad-value nodes.csv owner", "bad-value nodes.csv ",
                   "bad-value targets.csv geos", "bad-value targets.csv between",
                   "bad-encoding geographies.csv name"});
  CHECK_FALSE(fs::exists(scratch / "out"));
}

TEST_CASE("csv writer: style combinations the reader could not read back", "[csv][writer][errors]") {
  csv_test::Scratch scratch;
  CHECK_THROWS_AS(write_csv_bundle(ModelSpec{}, scratch / "a", CsvStyle{',', ',', false}), std::invalid_argument);
  CHECK_THROWS_AS(write_csv_bundle(ModelSpec{}, scratch / "b", CsvStyle{'\t', ',', false}), std::invalid_argument);
  CHECK_THROWS_AS(write_csv_bundle(ModelSpec{}, scratch / "c", CsvStyle{'|', '.', false}), std::invalid_argument);
  CHECK_THROWS_AS(write_csv_bundle(ModelSpec{}, scratch / "d", CsvStyle{';', ':', false}), std::invalid_argument);
  CHECK_FALSE(fs::exists(scratch / "a"));
  CHECK_NOTHROW(write_csv_bundle(ModelSpec{}, scratch / "e", CsvStyle{'\t', '.', false}));
  CHECK_NOTHROW(write_csv_bundle(ModelSpec{}, scratch / "f", CsvStyle{';', '.', true}));
}

TEST_CASE("csv writer: per-item extras are dropped, model extras kept in model.json", "[csv][writer]") {
  csv_test::Scratch scratch;
  ModelSpec s = small_csv_spec();
  s.nodes[0].extras = {{"color", "\"red\""}};
  s.extras = {{"publisher", "\"Region Örebro län\""}, {"meta", "{\"year\":2020}"}};
  s.nodes[0].tags.emplace_back("empty", "");  // an empty tag value cannot be told from no tag
  write_csv_bundle(s, scratch.path());
  const ModelSpec back = read_csv_bundle(scratch.path());
  CHECK(back.extras == s.extras);
  CHECK(back.nodes[0].extras.empty());
  CHECK(back.nodes[0].tags == Tags{{"owner", "RU"}});
}

TEST_CASE("csv writer: tag columns follow every node's tag order when one exists", "[csv][writer]") {
  csv_test::Scratch scratch;
  ModelSpec s;
  s.nodes.push_back(NodeSpec{"A", "goal", "", "", {{"owner", "RU"}}, {}, "", "", {}});
  s.nodes.push_back(NodeSpec{"B", "goal", "", "", {{"area", "A1"}, {"owner", "KF"}}, {}, "", "", {}});
  s.nodes.push_back(NodeSpec{"C", "goal", "", "", {{"owner", "x"}, {"fund", "ERUF"}}, {}, "", "", {}});
  write_csv_bundle(s, scratch / "ok");
  // First seen would be owner, area, fund; B needs area before owner.
  CHECK(read_bytes(scratch / "ok" / "nodes.csv") ==
        "id,level,label,description,start,end,area,owner,fund\r\n"
        "A,goal,,,,,,RU,\r\nB,goal,,,,,A1,KF,\r\nC,goal,,,,,,x,ERUF\r\n");
  CHECK(read_csv_bundle(scratch / "ok") == s);

  // Contradicting orders: first seen wins, and the second node's tags come back reordered.
  ModelSpec t;
  t.nodes.push_back(NodeSpec{"A", "goal", "", "", {{"x", "1"}, {"y", "2"}}, {}, "", "", {}});
  t.nodes.push_back(NodeSpec{"B", "goal", "", "", {{"y", "3"}, {"x", "4"}}, {}, "", "", {}});
  write_csv_bundle(t, scratch / "mixed");
  const ModelSpec back = read_csv_bundle(scratch / "mixed");
  CHECK(back.nodes[1].tags == Tags{{"x", "4"}, {"y", "3"}});
}
