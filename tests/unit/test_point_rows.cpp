// The point pass's slots (point_rows.hpp) are never cleared: a slot counts only when its
// generation is the current sweep's. Checked here across sweeps with other targets and across
// the wrap-around of the 16-bit generation, where slots written 65,535 sweeps earlier would
// look current unless they are made stale first: the masks against sparse_reach's and the
// values against a fresh PointRows, bit for bit; and the records the sweep counts per seed.
#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

#include "contribution/point_rows.hpp"
#include "contribution_fixture.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {

namespace d = impactgraph::detail;

struct Setup {
  std::vector<std::uint8_t> flags, slot;
  std::vector<NodeIndex> order;
  d::Sweep sweep;
};

// Every node a source; `targets` seeded in the order given.
void prepare(const Model& m, const std::vector<NodeIndex>& targets, Setup& s) {
  s.flags.assign(m.node_count(), d::flag_source);
  s.slot.assign(m.node_count(), d::no_slot);
  for (std::size_t j = 0; j < targets.size(); ++j) {
    s.flags[targets[j]] |= d::flag_target;
    s.slot[targets[j]] = static_cast<std::uint8_t>(j);
  }
  d::mark_reach(m, s.flags);
  d::collect_on_path(m, s.flags, s.order);
  s.sweep = d::Sweep{};
  s.sweep.model = &m;
  s.sweep.weights = m.edge_weights();
  s.sweep.flags = s.flags;
  s.sweep.order = s.order;
  s.sweep.slot = s.slot;
}

// `reused` after its sweep against a fresh sweep of the same setup, and its masks against
// sparse_reach's.
int compare_with_fresh(const Model& m, const Setup& s, const d::PointRows& reused) {
  d::PointRows fresh;
  d::point_rows(s.sweep, 1, fresh);
  std::vector<d::RowMeta> reach(m.node_count());
  d::sparse_reach(s.sweep, reach);
  int compared = 0;
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    REQUIRE(reused.mask(v) == reach[v].mask);
    REQUIRE(fresh.mask(v) == reach[v].mask);
    for (int k = 0; k < std::popcount(reach[v].mask); ++k, ++compared)
      CHECK(std::bit_cast<std::uint64_t>(reused.row(v)[k]) == std::bit_cast<std::uint64_t>(fresh.row(v)[k]));
  }
  return compared;
}

}  // namespace

TEST_CASE("point rows reused across sweeps and the generation's wrap-around read no stale slot",
          "[contribution][sparse]") {
  std::mt19937_64 rng(20261127);
  int compared = 0, wraps = 0;
  for (int dag = 0; dag < 60; ++dag) {
    const Dag g = random_dag(rng, 6 + static_cast<int>(rng() % 20), 0.3, false);
    const Model m = build(g);
    // Two disjoint target sets: the nodes that reach only the first keep slots from its
    // sweep, which the second sweep must not read.
    std::vector<NodeIndex> first, second;
    for (NodeIndex v = 0; v < m.node_count(); ++v) (rng() % 2 ? first : second).push_back(v);
    if (first.size() > 12) first.resize(12);
    if (second.size() > 12) second.resize(12);
    Setup a, b;
    prepare(m, first, a);
    prepare(m, second, b);

    d::PointRows rows;
    std::vector<std::size_t> records(first.size(), 0);
    d::point_rows(a.sweep, 1, rows, {}, records);
    compared += compare_with_fresh(m, a, rows);
    // Every node is a source: seed j's records are the nodes other than itself that reach it.
    for (std::size_t j = 0; j < first.size(); ++j) {
      std::size_t reaching = 0;
      for (NodeIndex v = 0; v < m.node_count(); ++v) reaching += v != first[j] && ((rows.mask(v) >> j) & 1U);
      CHECK(records[j] == reaching);
    }
    d::point_rows(b.sweep, 1, rows);
    compared += compare_with_fresh(m, b, rows);

    // The generation about to wrap: the first set's slots get the last generation, and the
    // sweep after the wrap takes generation 1, which slots written long ago could carry.
    rows.gen = 0xFFFE;
    d::point_rows(a.sweep, 1, rows);
    for (d::PointSlot& slot : rows.slots)
      if (slot.gen != 0xFFFF) slot.gen = 1;  // as if written 65,535 sweeps ago
    d::point_rows(b.sweep, 1, rows);
    REQUIRE(rows.gen == 1);
    compared += compare_with_fresh(m, b, rows);
    ++wraps;
  }
  CHECK(wraps == 60);
  CHECK(compared > 500);
}
