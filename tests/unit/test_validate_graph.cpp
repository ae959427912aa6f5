// validate()'s cycle detection against a brute-force check on random small graphs, and a
// long chain that a recursive search would overflow on.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "validate_fixture.hpp"

using namespace ig_test;

namespace {

// Brute force: a cycle (of two or more nodes) exists iff some edge u -> v, u != v, has
// u reachable from v. Reachability by repeated relaxation, no cleverness.
bool has_cycle_brute_force(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
  for (auto [u, v] : edges) reach[u][v] = true;
  for (int k = 0; k < n; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (reach[i][k] && reach[k][j]) reach[i][j] = true;
  for (auto [u, v] : edges)
    if (u != v && reach[v][u]) return true;
  return false;
}

// Nodes that lie on some cycle of two or more nodes, and which of them reach each other.
std::vector<std::vector<bool>> reachability(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
  for (auto [u, v] : edges)
    if (u != v) reach[u][v] = true;
  for (int k = 0; k < n; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (reach[i][k] && reach[k][j]) reach[i][j] = true;
  return reach;
}

std::string name(int i) { return "n" + std::to_string(i); }

}  // namespace

TEST_CASE("validate: cycle detection agrees with brute force on random graphs", "[validate][graph]") {
  std::mt19937 rng(20240611);
  int with_cycles = 0;
  for (int round = 0; round < 400; ++round) {
    const int n = 1 + static_cast<int>(rng() % 8);
    const int m = static_cast<int>(rng() % 14);
    std::vector<std::pair<int, int>> edges;
    ModelSpec s;
    s.levels = {"x"};
    for (int i = 0; i < n; ++i) s.nodes.push_back({name(i), "x"});
    for (int k = 0; k < m; ++k) {
      const int u = static_cast<int>(rng() % n), v = static_cast<int>(rng() % n);
      edges.emplace_back(u, v);
      s.edges.push_back({name(u), name(v)});
    }
    const std::set<std::pair<std::string, std::string>> edge_set = [&] {
      std::set<std::pair<std::string, std::string>> out;
      for (const auto& e : s.edges) out.emplace(e.from, e.to);
      return out;
    }();
    const auto cycles = findings(s, codes::cycle);
    const bool expected = has_cycle_brute_force(n, edges);
    with_cycles += expected;
    INFO("round " << round);
    REQUIRE(cycles.empty() == !expected);

    const auto reach = reachability(n, edges);
    std::set<std::string> named;  // each strongly connected part is named once
    for (const auto& d : cycles) {
      const auto& ids = d.ids;
      REQUIRE(ids.size() >= 2);
      // consecutive ids are edges, and the last closes the cycle on the first
      for (std::size_t i = 0; i < ids.size(); ++i) CHECK(edge_set.count({ids[i], ids[(i + 1) % ids.size()]}) == 1);
      // no node twice on the cycle
      CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
      // the cycle starts at the first node (input order) of its part
      const int first = std::stoi(ids[0].substr(1));
      for (int j = 0; j < first; ++j) CHECK(!(reach[first][j] && reach[j][first]));
      CHECK(named.insert(ids[0]).second);
    }
    // one finding per part: the parts of two or more nodes, each named by its first node
    std::set<int> part_heads;
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (j != i && reach[i][j] && reach[j][i]) {
          int head = i;
          for (int k = 0; k < i; ++k)
            if (reach[i][k] && reach[k][i]) head = std::min(head, k);
          part_heads.insert(head);
          break;
        }
    CHECK(cycles.size() == part_heads.size());
  }
  CHECK(with_cycles > 50);  // the sample holds both kinds
  CHECK(with_cycles < 350);
}

TEST_CASE("validate: a chain of a million nodes validates without overflowing the stack", "[validate][graph]") {
  const int n = 1000000;
  ModelSpec s;
  s.levels = {"x"};
  s.nodes.reserve(n);
  s.edges.reserve(n);
  for (int i = 0; i < n; ++i) s.nodes.push_back({name(i), "x"});
  // a level per node, so the chain climbs the order and only a cycle is worth reporting
  s.levels.clear();
  for (int i = 0; i < n; ++i) s.levels.push_back("l" + std::to_string(i));
  for (int i = 0; i < n; ++i) s.nodes[i].level = s.levels[i];
  for (int i = 0; i + 1 < n; ++i) s.edges.push_back({name(i), name(i + 1)});
  SECTION("a chain has no cycle") { CHECK(validate(s).empty()); }
  SECTION("closing the chain makes one cycle of every node") {
    s.edges.push_back({name(n - 1), name(0)});
    const auto all = validate(s);
    REQUIRE(all.size() == 2);  // the cycle, and the closing edge going down the levels
    const auto d = with_code(all, codes::cycle);
    REQUIRE(d.size() == 1);
    CHECK(d[0].ids.size() == static_cast<std::size_t>(n));
    CHECK(d[0].ids.front() == "n0");
    CHECK(d[0].ids.back() == name(n - 1));
  }
}
