// reach_from_roots (sweep.hpp) against mark_from, the plain forward pass, on random DAGs large
// enough for both of its refusals (too many uncovered roots; a walk too long) to happen; and
// the engine's calls on either side of it: a source's records are the same bits whether the
// call's sources left few roots uncovered (the walk) or many (the forward pass).
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

#include "contribution/layered_order.hpp"
#include "contribution/sweep.hpp"
#include "contribution_fixture.hpp"
#include "impactgraph/contribution.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {
namespace d = impactgraph::detail;

std::vector<std::uint8_t> source_flags(std::size_t n, const std::vector<NodeIndex>& sources) {
  std::vector<std::uint8_t> flags(n, 0);
  for (const NodeIndex s : sources) flags[s] |= d::flag_source;
  return flags;
}
}  // namespace

TEST_CASE("reach_from_roots marks what the forward pass marks, or refuses and leaves the flags",
          "[contribution]") {
  std::mt19937_64 rng(20261127);
  d::RootWalk walk;
  int walked = 0, refused = 0;
  for (int dag = 0; dag < 80; ++dag) {
    // Sparse DAGs of 40-300 nodes: many roots, and long chains below some of them.
    const int n = 40 + static_cast<int>(rng() % 261);
    const Model m = build(random_dag(rng, n, 2.5 / n, false));
    std::vector<NodeIndex> layered;
    d::layered_order(m, layered);
    walk = d::RootWalk{};  // a new model
    for (int call = 0; call < 6; ++call) {
      // Every node a source with probability p: from nearly every root covered to few.
      const double p = call < 3 ? 0.97 : 0.2;
      std::vector<NodeIndex> sources;
      for (NodeIndex v = 0; v < m.node_count(); ++v)
        if (std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p) sources.push_back(v);
      std::vector<std::uint8_t> expected = source_flags(m.node_count(), sources);
      d::mark_from(m, layered, expected);
      std::vector<std::uint8_t> flags = source_flags(m.node_count(), sources);
      const std::vector<std::uint8_t> before = flags;
      if (d::reach_from_roots(m, flags, walk)) {
        ++walked;
        CHECK(flags == expected);
      } else {
        ++refused;
        CHECK(flags == before);
      }
      for (const std::uint32_t c : walk.pending) REQUIRE(c == 0);  // left clean for the next call
    }
  }
  CHECK(walked > 100);
  CHECK(refused > 100);
}

TEST_CASE("a source's records are the same bits with few roots uncovered or many", "[contribution]") {
  std::mt19937_64 rng(7);
  int compared = 0;
  for (int dag = 0; dag < 50; ++dag) {
    const int n = 200 + static_cast<int>(rng() % 200);
    const Dag g = random_dag(rng, n, 3.0 / n, dag % 2 == 1);
    const Model m = build(g);
    // Targets: a few nodes late in the hidden order (most reach none otherwise).
    std::vector<NodeIndex> targets;
    for (NodeIndex v = 0; v < m.node_count() && targets.size() < 5; ++v)
      if (m.csr_offsets()[v] == m.csr_offsets()[v + 1]) targets.push_back(v);
    std::vector<NodeIndex> all(m.node_count()), few;
    for (NodeIndex v = 0; v < m.node_count(); ++v) all[v] = v;
    for (NodeIndex v = 0; v < m.node_count(); v += 7) few.push_back(v);  // many roots left out
    REQUIRE(targets.size() <= few.size());
    ContributionEngine engine(m);
    for (const ContributionMode mode : {ContributionMode::path, ContributionMode::flow}) {
      ContributionOptions o;
      o.mode = mode;
      o.normalization = Normalization::signed_sum;  // may fail: then both calls must fail
      ContributionResult a, b;
      bool failed_all = false, failed_few = false;
      try {
        engine.compute(all, targets, o, a);
      } catch (const Error&) {
        failed_all = true;
      }
      try {
        engine.compute(few, targets, o, b);
      } catch (const Error&) {
        failed_few = true;
      }
      if (failed_all || failed_few) continue;  // the sets' paths differ: either may fail alone
      // Every record of `few` is in `all` with the same bits.
      std::size_t i = 0;
      for (const ContributionRecord& r : b.records) {
        while (i < a.records.size() && (a.records[i].target != r.target || a.records[i].source != r.source)) ++i;
        REQUIRE(i < a.records.size());
        CHECK(a.records[i].value == r.value);
        CHECK(a.records[i].synergy == r.synergy);
        CHECK(a.records[i].trade_off == r.trade_off);
        ++compared;
      }
    }
  }
  CHECK(compared > 200);
}
