// The default example against the seed: the strategy's fixed parts as Region Örebro
// presented them in 2020, and the JSON file and the CSV bundle holding one model.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "impactgraph/io.hpp"

using namespace impactgraph;
namespace fs = std::filesystem;

namespace {
const fs::path example_dir = fs::path(IG_SOURCE_DIR) / "examples" / "orebro";

std::set<std::string> goals_of(const Model& m, std::string_view area) {
  std::set<std::string> goals;
  auto [first, last] = m.out_edges(*m.find_node(area));
  for (EdgeIndex e = first; e < last; ++e) {
    const NodeRef target = m.node(m.edge(e).target());
    if (target.level() == "goal") goals.emplace(target.id());
  }
  return goals;
}
}  // namespace

TEST_CASE("the example's JSON file and CSV bundle load to the same model", "[example]") {
  const Model from_json = load(example_dir / "orebro.json");
  const Model from_csv = load(example_dir / "csv");
  CHECK(from_json.spec() == from_csv.spec());
  CHECK(from_json.node_count() > 100);
  CHECK(from_json.observations().size() > 1000);
}

TEST_CASE("the example holds the seed's vision, goals, areas, matrix and challenges", "[example]") {
  const Model m = load(example_dir / "orebro.json");
  CHECK(m.node(*m.find_node("vision")).label() ==
        "Örebroregionen – Sveriges hjärta. En attraktiv och pulserande region för alla");
  const std::map<std::string, std::string> goals{
      {"G1", "Stark konkurrenskraft"}, {"G2", "Hög och jämlik livskvalitet"}, {"G3", "God resurseffektivitet"}};
  for (const auto& [id, label] : goals) CHECK(m.node(*m.find_node(id)).label() == label);

  // The matrix on the seed's first page: areas 3-5 serve the first two goals, the rest all three.
  const std::vector<std::pair<std::string, std::string>> areas{
      {"A01", "Näringsliv och entreprenörskap"},
      {"A02", "Innovationskraft och specialisering"},
      {"A03", "Kunskapslyft och utbildning"},
      {"A04", "Kompetensförsörjning och matchning"},
      {"A05", "Social sammanhållning och demokrati"},
      {"A06", "Hälsofrämjande arbete och hälso- och sjukvård"},
      {"A07", "Konsumtion och försörjning"},
      {"A08", "Bostadsförsörjning och attraktiva miljöer"},
      {"A09", "Transporter och infrastruktur"},
      {"A10", "Upplevelser och evenemang"}};
  const std::set<std::string> two{"G1", "G2"}, three{"G1", "G2", "G3"};
  for (const auto& [id, label] : areas) {
    INFO(id);
    CHECK(m.node(*m.find_node(id)).label() == label);
    CHECK(goals_of(m, id) == (id == "A03" || id == "A04" || id == "A05" ? two : three));
  }

  const std::vector<std::string> challenges{"I coronas kölvatten", "Ett mer attraktivt Örebro län",
                                            "Rusta barn och unga för framtiden", "Ett minskat utanförskap",
                                            "Omställning till en cirkulär ekonomi"};
  std::vector<std::string> found;
  for (NodeIndex v = 0; v < m.node_count(); ++v)
    if (m.node(v).level() == "challenge") found.emplace_back(m.node(v).label());
  CHECK(found == challenges);
}

TEST_CASE("the example covers the county, its 12 municipalities, every target kind and measure", "[example]") {
  const Model m = load(example_dir / "orebro.json");
  for (const char* kolada : {"0018", "1814", "1860", "1861", "1862", "1863", "1864", "1880", "1881", "1882", "1883",
                             "1884", "1885"}) {
    INFO(kolada);
    REQUIRE(m.find_geography(kolada));
    if (std::string_view(kolada) != "0018") CHECK(m.geographies()[*m.find_geography(kolada)].parent == "0018");
  }
  std::set<TargetKind> kinds;
  std::set<Measure> measures;
  for (const IndicatorSpec& i : m.indicators()) {
    measures.insert(i.measure);
    for (const Target& t : i.targets) kinds.insert(t.kind);
  }
  CHECK(kinds.size() == 6);
  CHECK(measures.count(Measure::ratio) == 1);
  CHECK(measures.count(Measure::ordinal) == 1);
  CHECK(measures.count(Measure::text) == 1);
  // Every activity carries funding or is deliberately unfunded; most are funded.
  std::size_t activities = 0, funded = 0;
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    if (m.node(v).level() != "activity") continue;
    ++activities;
    funded += m.node(v).funding_count() > 0;
  }
  CHECK(funded * 10 >= activities * 8);
}
