// The edge checks that work on resolved node indices (duplicate edges, self-loops, unknown
// ends) against a brute-force reading of random edge lists: many repeats, reversed pairs,
// self-loops, ends that name no node and empty ends, in random order.
#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "validate_fixture.hpp"

using namespace ig_test;

namespace {

std::string node_name(int i) { return "n" + std::to_string(i); }

}  // namespace

TEST_CASE("validate: duplicate edges, self-loops and unknown ends match a brute-force scan", "[validate]") {
  std::mt19937_64 rng(20261127);
  int duplicates = 0, loops = 0, unknown = 0;
  for (int round = 0; round < 120; ++round) {
    const int n = 1 + static_cast<int>(rng() % 9);
    ModelSpec s;
    s.levels = {"outcome"};
    for (int i = 0; i < n; ++i) s.nodes.push_back(NodeSpec{node_name(i), "outcome"});
    const int m = static_cast<int>(rng() % 40);
    const auto end = [&]() -> std::string {
      const std::uint64_t r = rng() % 20;
      if (r == 0) return "";             // empty
      if (r == 1) return "ghost";        // unknown
      return node_name(static_cast<int>(rng() % static_cast<std::uint64_t>(n)));
    };
    for (int i = 0; i < m; ++i) {
      EdgeSpec e;
      e.from = end();
      e.to = end();
      s.edges.push_back(e);
    }

    // Brute force, in edge order.
    const auto known = [&](const std::string& id) { return !id.empty() && id != "ghost"; };
    std::vector<std::string> want_duplicates, want_loops;
    int want_unknown = 0;
    for (int i = 0; i < m; ++i) {
      const EdgeSpec& e = s.edges[i];
      if (!e.from.empty() && e.from == e.to) want_loops.push_back(e.from);
      want_unknown += (e.from == "ghost") + (e.to == "ghost");
      if (!known(e.from) || !known(e.to)) continue;
      for (int j = 0; j < i; ++j)
        if (s.edges[j].from == e.from && s.edges[j].to == e.to) {
          want_duplicates.push_back("edges[" + std::to_string(j) + "] and edges[" + std::to_string(i) + "]");
          break;
        }
    }

    const std::vector<Diagnostic> found = validate(s);
    std::vector<std::string> got_duplicates, got_loops;
    int got_unknown = 0;
    for (const Diagnostic& d : found) {
      if (d.code == codes::duplicate_edge) {
        const auto at = d.message.find("(");
        got_duplicates.push_back(d.message.substr(at + 1, d.message.size() - at - 2));
      }
      if (d.code == codes::self_loop) got_loops.push_back(d.ids.at(0));
      if (d.code == codes::unknown_node) ++got_unknown;
    }
    CHECK(got_duplicates == want_duplicates);
    CHECK(got_loops == want_loops);
    CHECK(got_unknown == want_unknown);
    duplicates += static_cast<int>(want_duplicates.size());
    loops += static_cast<int>(want_loops.size());
    unknown += want_unknown;
  }
  CHECK(duplicates > 200);
  CHECK(loops > 50);
  CHECK(unknown > 50);
}
