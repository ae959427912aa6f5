// Hostile input (docs/reliability.md): each limit of ReadOptions refuses with one
// limit-exceeded diagnostic that names the limit, its value and where; no stack
// overflow, no unbounded reading, and no quadratic work on many repeats.
#include <catch2/catch.hpp>

#include <string>

#include "impactgraph/io.hpp"
#include "impactgraph/kolada.hpp"
#include "test_csv_util.hpp"

using namespace impactgraph;

namespace {

ReadOptions with(void (*set)(Limits&)) {
  ReadOptions o;
  set(o.limits);
  return o;
}

// The first error of a JSON read (or none).
Diagnostic json_error(const std::string& text, const ReadOptions& options) {
  try {
    read_json(text, "m.json", options);
  } catch (const Error& e) {
    return e.diagnostics().front();
  }
  return Diagnostic{};
}

// Nodes "N0".."N{n-1}" (one per line, from line 2), a chain of edges, and observations.
std::string model(int nodes, int edges = 0, int observations = 0, const std::string& first_id = "N0") {
  std::string t = "{\"impactgraph\": 1, \"levels\": [\"goal\"], \"nodes\": [\n";
  for (int i = 0; i < nodes; ++i)
    t += std::string(i ? ",\n" : "") + "{\"id\": \"" + (i ? "N" + std::to_string(i) : first_id) + "\", \"level\": \"goal\"}";
  t += "],\n\"edges\": [\n";
  for (int i = 0; i < edges; ++i) t += std::string(i ? ",\n" : "") + "{\"from\": \"N0\", \"to\": \"N1\"}";
  t += "],\n\"indicators\": [{\"id\": \"I\", \"node\": \"N0\"}], \"geographies\": [{\"id\": \"G\"}],\n\"observations\": [\n";
  for (int i = 0; i < observations; ++i)
    t += std::string(i ? ",\n" : "") + "{\"indicator\": \"I\", \"geo\": \"G\", \"period\": \"" +
         std::to_string(2000 + i) + "\", \"value\": 1}";
  return t + "]}\n";
}

}  // namespace

TEST_CASE("limits: the defaults accept a real model", "[limits]") {
  const ModelSpec spec = read_model(std::filesystem::path(IG_SOURCE_DIR) / "examples/orebro/orebro.json");
  CHECK(spec.nodes.size() == 123);
  CHECK_NOTHROW(read_model(std::filesystem::path(IG_SOURCE_DIR) / "examples/orebro/csv"));
}

TEST_CASE("limits: JSON file size, in text and from a file, read no further than the limit", "[limits]") {
  const auto small = with([](Limits& l) { l.max_file_bytes = 100; });
  const std::string text = model(5);
  REQUIRE(text.size() > 100);
  Diagnostic d = json_error(text, small);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.file == "m.json");
  CHECK_THAT(d.message, Catch::Contains("(limit max_file_bytes = 100)"));
  CHECK(json_error(R"({"impactgraph": 1, "nodes": [], "edges": []})", small).code.empty());  // 100 bytes or fewer: read

  // An endless input is refused after the limit, not read to the end.
  try {
    read_json_file("/dev/zero", small);
    FAIL("read /dev/zero");
  } catch (const Error& e) {
    CHECK(e.diagnostics().front().code == "limit-exceeded");
    CHECK(e.diagnostics().front().location.file == "/dev/zero");
  }
}

TEST_CASE("limits: JSON depth, strings, keys and numbers", "[limits]") {
  const auto depth3 = with([](Limits& l) { l.max_depth = 3; });
  CHECK(json_error(R"({"impactgraph": 1, "nodes": [], "edges": [], "x": [[1]]})", depth3).code.empty());
  Diagnostic d = json_error("{\"impactgraph\": 1, \"nodes\": [], \"edges\": [],\n \"x\": [[[1]]]}", depth3);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 2);
  CHECK(d.location.column == 9);  // the fourth level: the object, then the third '['
  CHECK_THAT(d.message, Catch::Contains("max_depth = 3"));

  // 12 bytes: "impactgraph" (11) is a key like any other.
  const auto short_strings = with([](Limits& l) { l.max_string_bytes = 12; });
  d = json_error("{\"impactgraph\": 1,\n \"name\": \"1234567890123\"}", short_strings);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 2);
  CHECK(d.location.field == "name");
  CHECK_THAT(d.message, Catch::Contains("max_string_bytes = 12"));
  CHECK(json_error("{\"impactgraph\": 1, \"nodes\": [], \"edges\": [], \"name\": \"123456789012\"}", short_strings)
            .code.empty());
  CHECK(json_error("{\"impactgraph\": 1, \"1234567890123\": 1}", short_strings).code == "limit-exceeded");  // a key
  CHECK(json_error("{\"impactgraph\": 1, \"x\": 1234567890123}", short_strings).code == "limit-exceeded");  // a number
  // Escapes count as the bytes they decode to: 12 escaped 'a's are 12 bytes.
  CHECK(json_error(R"({"impactgraph": 1, "nodes": [], "edges": [], "name": "\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061\u0061"})",
                   short_strings)
            .code.empty());
}

TEST_CASE("limits: ids, and node, edge and observation counts", "[limits]") {
  const auto short_ids = with([](Limits& l) { l.max_id_bytes = 4; });
  Diagnostic d = json_error(model(3, 0, 0, "N0123"), short_ids);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 2);
  CHECK(d.location.field == "id");
  CHECK(d.message == "an id of 5 bytes, longer than allowed (limit max_id_bytes = 4)");
  CHECK(json_error(model(3, 0, 0, "N012"), short_ids).code.empty());
  // A level has no entry in the source map: it is located at "levels" (found by the fuzzer,
  // the diagnostic named no file).
  d = json_error("{\"impactgraph\": 1,\n\"levels\": [\"goal\", \"vision\"], \"nodes\": [], \"edges\": []}", short_ids);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.file == "m.json");
  CHECK(d.location.line == 2);
  CHECK(d.location.field == "levels[1]");

  const auto two = with([](Limits& l) {
    l.max_nodes = 2;
    l.max_edges = 2;
    l.max_observations = 2;
  });
  d = json_error(model(3), two);
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 4);  // the third node, the first beyond the limit
  CHECK(d.message == "more than 2 nodes (limit max_nodes = 2)");
  d = json_error(model(2, 3), two);
  CHECK(d.location.line == 7);
  CHECK_THAT(d.message, Catch::Contains("max_edges = 2"));
  d = json_error(model(2, 2, 3), two);
  CHECK(d.location.line == 11);
  CHECK_THAT(d.message, Catch::Contains("max_observations = 2"));
  CHECK(json_error(model(2, 2, 2), two).code.empty());  // at the limit: read
}

TEST_CASE("limits: the CSV bundle's files, cells, columns and rows", "[limits]") {
  csv_test::Scratch scratch;
  csv_test::write_bytes(scratch / "nodes.csv", "id,level,a,b\nA,goal,x,yyyyyyyyyyyyy\nB,goal,,\n");
  csv_test::write_bytes(scratch / "observations.csv", "indicator,geo,period\nI,G,2019\nI,G,2020\n");
  csv_test::write_bytes(scratch / "model.json", "{\"impactgraph\": 1, \"x\": [[1]]}");
  const auto first = [&](void (*set)(Limits&)) {
    try {
      read_csv_bundle(scratch.path(), with(set));
    } catch (const Error& e) {
      return e.diagnostics().front();
    }
    return Diagnostic{};
  };
  Diagnostic d = first([](Limits& l) { l.max_file_bytes = 40; });  // model.json has 32 bytes, nodes.csv 46
  CHECK(d.code == "limit-exceeded");
  CHECK(csv_test::file_name(d) == "nodes.csv");
  CHECK_THAT(d.message, Catch::Contains("max_file_bytes = 40"));

  d = first([](Limits& l) { l.max_columns = 3; });
  CHECK(d.code == "limit-exceeded");
  CHECK(csv_test::file_name(d) == "nodes.csv");
  CHECK(d.location.line == 1);
  CHECK(d.location.column == 4);
  CHECK_THAT(d.message, Catch::Contains("max_columns = 3"));

  d = first([](Limits& l) { l.max_string_bytes = 12; });
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 2);
  CHECK(d.location.field == "b");

  d = first([](Limits& l) { l.max_observations = 1; });
  CHECK(csv_test::file_name(d) == "observations.csv");
  CHECK(d.location.line == 3);

  d = first([](Limits& l) { l.max_depth = 1; });
  CHECK(csv_test::file_name(d) == "model.json");
  CHECK(d.location.line == 1);
  CHECK_THAT(d.message, Catch::Contains("max_depth = 1"));

  d = first([](Limits& l) { l.max_id_bytes = 0; });
  CHECK(d.code == "limit-exceeded");
  CHECK(csv_test::file_name(d) == "nodes.csv");
  CHECK(d.location.field == "id");
}

// Each of these would take minutes if its check compared every pair (4e10 pairs);
// sorting and hashing keep them to a fraction of a second.
TEST_CASE("limits: many repeats cost no quadratic time", "[limits]") {
  constexpr int n = 200000;
  ModelBuilder b;
  b.add_node("A", "activity");
  b.add_node("G", "goal");
  for (int i = 0; i < n; ++i) b.add_edge("A", "G");
  b.add_indicator("I", "G");
  b.add_geography("0018");
  for (int i = 0; i < n; ++i) b.add_observation("I", "0018", "2019", 1.0);
  ModelSpec spec = b.spec();
  const auto found = validate(spec);
  std::size_t edges = 0, observations = 0;
  for (const Diagnostic& d : found) {
    edges += d.code == "duplicate-edge" ? 1 : 0;
    observations += d.code == "duplicate-observation" ? 1 : 0;
  }
  CHECK(edges == n - 1);
  CHECK(observations == n - 1);

  // Duplicate ids, and a chain of n nodes closed into one cycle (no deep recursion).
  ModelSpec chain;
  chain.levels = {"goal"};
  for (int i = 0; i < n; ++i) chain.nodes.push_back(NodeSpec{"N" + std::to_string(i), "goal", "", "", {}, {}, "", "", {}});
  for (int i = 0; i < n; ++i) chain.edges.push_back(EdgeSpec{"N" + std::to_string(i), "N" + std::to_string((i + 1) % n)});
  for (int i = 0; i < n; ++i) chain.nodes.push_back(NodeSpec{"N7", "goal", "", "", {}, {}, "", "", {}});
  std::size_t cycles = 0, duplicates = 0;
  for (const Diagnostic& d : validate(chain)) {
    cycles += d.code == "cycle" ? 1 : 0;
    duplicates += d.code == "duplicate-id" ? 1 : 0;
  }
  CHECK(cycles == 1);
  CHECK(duplicates == n);

  // Freezing many duplicate edges (warnings only) is linear too.
  spec.observations.resize(1);
  CHECK(Model::freeze(spec).edge_count() == static_cast<std::size_t>(n));
}

TEST_CASE("limits: Kolada responses", "[limits][kolada]") {
  const std::string text =
      "[{\"kpi\": \"N00914\", \"municipality\": \"1880\", \"period\": 2019, \"values\": [\n"
      "{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 79.3},\n"
      "{\"gender\": \"K\", \"count\": 1, \"status\": \"\", \"value\": 77.0}]}]";
  CHECK(read_kolada(text, "k.json").size() == 2);
  const auto first = [&](void (*set)(Limits&)) {
    try {
      read_kolada(text, "k.json", with(set));
    } catch (const Error& e) {
      return e.diagnostics().front();
    }
    return Diagnostic{};
  };
  Diagnostic d = first([](Limits& l) { l.max_observations = 1; });
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.line == 3);  // the second value
  CHECK_THAT(d.message, Catch::Contains("max_observations = 1"));
  d = first([](Limits& l) { l.max_id_bytes = 5; });  // "N00914" has 6
  CHECK(d.location.field == "[0].kpi");
  CHECK(d.location.line == 1);
  CHECK_THAT(d.message, Catch::Contains("max_id_bytes = 5"));
  CHECK(first([](Limits& l) { l.max_file_bytes = 100; }).code == "limit-exceeded");
  CHECK(first([](Limits& l) { l.max_depth = 2; }).code == "limit-exceeded");
}
