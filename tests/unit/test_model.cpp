// The frozen model: lookup, CSR layout, incoming edges, topological order, round trip.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

#include "impactgraph/model.hpp"

using namespace impactgraph;

namespace {

/// vision <- G1, G2 <- A1, A2 <- P1, P2, P3 (edges deliberately not grouped by source).
ModelSpec small_strategy() {
  ModelBuilder b;
  b.name("test").levels({"activity", "area", "goal", "vision"});
  b.add_node("vision", "vision", "Visionen");
  b.add_node("G1", "goal", "Stark konkurrenskraft");
  b.add_node("G2", "goal", "Hög och jämlik livskvalitet");
  b.add_node("A1", "area", "Näringsliv");
  b.add_node("A2", "area", "Utbildning");
  NodeSpec& p1 = b.add_node("P1", "activity", "Företagslyft");
  p1.tags = {{"area", "A1"}, {"owner", "RU"}};
  p1.funding = {{1200000, "SEK", "ERUF", "2021"}, {300000, "SEK", "TVV", "2022"}};
  b.add_node("P2", "activity", "Kompetenslyft");
  b.add_node("P3", "activity", "Utbildningsinsats").description = "Insats för vuxna";
  b.add_edge("G1", "vision");
  b.add_edge("P1", "A1", 0.8).weight_range = std::array<double, 2>{0.5, 1.0};
  b.add_edge("A1", "G1");
  b.add_edge("P2", "A2", 0.5).evidence = Evidence::moderate;
  b.add_edge("A2", "G2");
  b.add_edge("G2", "vision");
  b.add_edge("P3", "A2", -0.25).assumption = "tränger undan";
  b.add_edge("A1", "G2", 0.3);
  b.add_geography("0018", "Örebro län");
  b.add_geography("1880", "Örebro", "0018");
  IndicatorSpec& i = b.add_indicator("I1", "G1", "Förvärvsfrekvens");
  i.direction = Direction::increase;
  i.baseline = Baseline{"2016", 78.1};
  i.targets.push_back({TargetKind::level, "2030", "", 82.0, "", {}, "", {}, {}});
  b.add_observation("I1", "1880", "2019", 79.3);
  b.add_observation("I1", "1880", "2020", std::nullopt).status = "missing";
  b.add_observation("I1", "0018", "2020Q1", 80.0, "K");
  return b.spec();
}

std::set<std::pair<std::string, std::string>> edge_set(const Model& m) {
  std::set<std::pair<std::string, std::string>> s;
  for (EdgeIndex e = 0; e < m.edge_count(); ++e)
    s.emplace(m.node(m.edge(e).source()).id(), m.node(m.edge(e).target()).id());
  return s;
}

}  // namespace

TEST_CASE("a frozen model answers lookups by id", "[model]") {
  const Model m = Model::freeze(small_strategy());
  CHECK(m.name() == "test");
  CHECK(m.node_count() == 8);
  CHECK(m.edge_count() == 8);
  REQUIRE(m.find_node("P1"));
  const NodeRef p1 = m.node(*m.find_node("P1"));
  CHECK(p1.label() == "Företagslyft");
  CHECK(p1.level() == "activity");
  CHECK(p1.level_index() == 0);
  CHECK(p1.tag_count() == 2);
  CHECK(p1.tag("owner") == std::optional<std::string_view>("RU"));
  CHECK_FALSE(p1.tag("challenge"));
  REQUIRE(p1.funding_count() == 2);
  CHECK(p1.funding(1).amount == 300000);
  CHECK(p1.funding(1).source == "TVV");
  CHECK(m.node(*m.find_node("P3")).description() == "Insats för vuxna");
  CHECK_FALSE(m.find_node("nope"));
  CHECK_FALSE(m.find_node(""));
  CHECK(m.level_index("goal") == std::optional<LevelIndex>(2));
  // Borrowed strings end in NUL, so the C ABI can hand them out as C strings.
  CHECK(p1.label().data()[p1.label().size()] == '\0');
}

TEST_CASE("edges are grouped by source in node order, input order kept within a source", "[model]") {
  const Model m = Model::freeze(small_strategy());
  // Node order: vision G1 G2 A1 A2 P1 P2 P3. Sources in that order: G1->vision, G2->vision,
  // A1->G1, A1->G2 (input order), A2->G2, P1->A1, P2->A2, P3->A2.
  const std::vector<std::pair<std::string, std::string>> expected{
      {"G1", "vision"}, {"G2", "vision"}, {"A1", "G1"}, {"A1", "G2"},
      {"A2", "G2"},     {"P1", "A1"},     {"P2", "A2"}, {"P3", "A2"}};
  REQUIRE(m.edge_count() == expected.size());
  for (EdgeIndex e = 0; e < m.edge_count(); ++e) {
    CHECK(m.node(m.edge(e).source()).id() == expected[e].first);
    CHECK(m.node(m.edge(e).target()).id() == expected[e].second);
  }
  const EdgeRef p1a1 = m.edge(5);
  CHECK(p1a1.weight() == 0.8);
  REQUIRE(p1a1.weight_range());
  CHECK((*p1a1.weight_range())[0] == 0.5);
  CHECK(m.edge(6).evidence() == Evidence::moderate);
  CHECK(m.edge(7).assumption() == "tränger undan");
  CHECK(m.edge(7).weight() == -0.25);
  CHECK_FALSE(m.edge(0).weight_range());

  const NodeIndex a1 = *m.find_node("A1");
  CHECK(m.out_edges(a1) == std::pair<EdgeIndex, EdgeIndex>{2, 4});
  const NodeIndex a2 = *m.find_node("A2");
  const auto in = m.in_edges(a2);
  CHECK(std::vector<EdgeIndex>(in.begin(), in.end()) == std::vector<EdgeIndex>{6, 7});
  CHECK(m.in_edges(*m.find_node("P1")).empty());
}

TEST_CASE("the topological order is Kahn's with ready nodes in index order", "[model]") {
  const Model m = Model::freeze(small_strategy());
  // Worked by hand: sources P1 P2 P3 (indices 5 6 7); P1 frees A1; P2 then P3 free A2;
  // A1 frees G1 (G2 still waits for A2); A2 frees G2; G1 and G2 free vision.
  std::vector<std::string> order;
  for (NodeIndex v : m.topological_order()) order.emplace_back(m.node(v).id());
  CHECK(order == std::vector<std::string>{"P1", "P2", "P3", "A1", "A2", "G1", "G2", "vision"});
}

TEST_CASE("observations are held column by column", "[model]") {
  const Model m = Model::freeze(small_strategy());
  const ObservationTable obs = m.observations();
  REQUIRE(obs.size() == 3);
  CHECK(m.indicators()[obs.indicator(0)].id == "I1");
  CHECK(m.geographies()[obs.geo(0)].id == "1880");
  CHECK(obs.value(0) == 79.3);
  CHECK_FALSE(obs.has_value(1));
  CHECK(std::isnan(obs.value(1)));
  CHECK(obs.status(1) == "missing");
  CHECK(obs.status(0).empty());
  CHECK(obs.breakdown(0) == "T");
  CHECK(obs.breakdown(2) == "K");
  CHECK(obs.period(2).str() == "2020Q1");
  CHECK(m.find_indicator("I1") == std::optional<std::size_t>(0));
  CHECK(m.find_geography("0018") == std::optional<std::size_t>(0));
  CHECK_FALSE(m.find_geography("1881"));
}

TEST_CASE("spec() gives the model back; freezing it again changes nothing", "[model]") {
  const ModelSpec original = small_strategy();
  const Model m = Model::freeze(original);
  const ModelSpec back = m.spec();
  CHECK(back.nodes == original.nodes);
  CHECK(back.indicators == original.indicators);
  CHECK(back.observations == original.observations);
  CHECK(back.edges.size() == original.edges.size());
  for (const EdgeSpec& e : original.edges)  // same edges, grouped by source
    CHECK(std::count(back.edges.begin(), back.edges.end(), e) == 1);
  CHECK(Model::freeze(back).spec() == back);
}

TEST_CASE("freezing an invalid spec throws with every error", "[model]") {
  ModelBuilder b;
  b.add_node("a", "activity");
  b.add_node("b", "output");
  b.add_edge("a", "b");
  b.add_edge("b", "a");
  b.add_edge("a", "ghost");
  try {
    (void)b.freeze();
    FAIL("freeze accepted a cyclic model");
  } catch (const Error& e) {
    std::set<std::string> found;
    for (const Diagnostic& d : e.diagnostics()) found.insert(d.code);
    CHECK(found.count("cycle") == 1);
    CHECK(found.count("unknown-node") == 1);
  }
}

TEST_CASE("random DAGs listed in any order, with repeats: frozen edges grouped by source, input order within", "[model][random]") {
  // The documented edge order (docs/model.md): by source node, input order kept within a
  // source, repeated edges kept. Each input edge carries its own weight, so an edge laid out
  // from the wrong input item shows.
  std::mt19937 rng(20261127);
  for (int round = 0; round < 200; ++round) {
    const int n = 1 + static_cast<int>(rng() % 30);
    std::vector<int> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng);
    struct Input {
      int from, to;
      double weight;
    };
    std::vector<Input> input;
    const int m = static_cast<int>(rng() % (3 * n + 1));
    for (int k = 0; k < m; ++k) {
      int u = static_cast<int>(rng() % n), v = static_cast<int>(rng() % n);
      if (rank[u] == rank[v]) continue;
      if (rank[u] > rank[v]) std::swap(u, v);
      input.push_back({u, v, static_cast<double>(input.size() + 1) / 8});
      if (rng() % 8 == 0) input.push_back({u, v, static_cast<double>(input.size() + 1) / 8});  // a repeat
    }
    ModelBuilder b;
    for (int i = 0; i < n; ++i) b.add_node("n" + std::to_string(i), "activity");
    for (const Input& e : input) b.add_edge("n" + std::to_string(e.from), "n" + std::to_string(e.to), e.weight);
    const Model model = b.freeze();
    // By hand: a stable sort of the input by source node index.
    std::vector<Input> expected = input;
    std::stable_sort(expected.begin(), expected.end(), [](const Input& a, const Input& c) { return a.from < c.from; });
    REQUIRE(model.edge_count() == expected.size());
    for (EdgeIndex e = 0; e < model.edge_count(); ++e) {
      CHECK(model.edge(e).source() == static_cast<NodeIndex>(expected[e].from));
      CHECK(model.edge(e).target() == static_cast<NodeIndex>(expected[e].to));
      CHECK(model.edge(e).weight() == expected[e].weight);
    }
    for (NodeIndex v = 0; v < model.node_count(); ++v) {
      std::vector<EdgeIndex> into;
      for (EdgeIndex e = 0; e < model.edge_count(); ++e)
        if (expected[e].to == static_cast<int>(v)) into.push_back(e);
      const auto got = model.in_edges(v);
      CHECK(std::vector<EdgeIndex>(got.begin(), got.end()) == into);  // every one, ascending
    }
    const auto order = model.topological_order();
    std::vector<std::size_t> position(model.node_count(), model.node_count());
    for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;
    REQUIRE(order.size() == model.node_count());
    for (const Input& e : input) CHECK(position[e.from] < position[e.to]);
  }
}

TEST_CASE("random DAGs: CSR, incoming edges and order agree with the edge list", "[model][random]") {
  std::mt19937 rng(20261126);
  for (int round = 0; round < 200; ++round) {
    const int n = 1 + static_cast<int>(rng() % 30);
    ModelBuilder b;
    // A random permutation decides the hidden topological rank, so edges go both ways in index order.
    std::vector<int> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng);
    for (int i = 0; i < n; ++i) b.add_node("n" + std::to_string(i), "activity");
    std::set<std::pair<int, int>> edges;
    const int m = static_cast<int>(rng() % (3 * n + 1));
    for (int k = 0; k < m; ++k) {
      int u = static_cast<int>(rng() % n), v = static_cast<int>(rng() % n);
      if (rank[u] == rank[v]) continue;
      if (rank[u] > rank[v]) std::swap(u, v);
      edges.emplace(u, v);
    }
    for (auto [u, v] : edges) b.add_edge("n" + std::to_string(u), "n" + std::to_string(v), 1.0);
    const Model model = b.freeze();
    REQUIRE(model.edge_count() == edges.size());

    std::set<std::pair<std::string, std::string>> expected;
    for (auto [u, v] : edges) expected.emplace("n" + std::to_string(u), "n" + std::to_string(v));
    CHECK(edge_set(model) == expected);

    std::vector<std::size_t> position(model.node_count());
    const auto order = model.topological_order();
    REQUIRE(order.size() == model.node_count());
    for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;
    std::size_t in_total = 0;
    for (NodeIndex v = 0; v < model.node_count(); ++v) {
      auto [first, last] = model.out_edges(v);
      for (EdgeIndex e = first; e < last; ++e) {
        CHECK(model.edge(e).source() == v);
        CHECK(position[v] < position[model.edge(e).target()]);
      }
      for (EdgeIndex e : model.in_edges(v)) CHECK(model.edge(e).target() == v);
      in_total += model.in_edges(v).size();
    }
    CHECK(in_total == model.edge_count());
  }
}
