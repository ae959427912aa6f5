// The point pass's P-only rows (point_rows.hpp, slot_p_only): in path mode with trade-offs
// a node with no negative edge below it stores its P entries alone. Checked on random DAGs
// with few negative edges and exact +0.0 and -0.0 weights: positive_below against a search of
// every path, and the rows of a split layout bit for bit against the full two-channel rows
// (whose N entries must then be +0.0 exactly); the masks the rows carry against sparse_reach.
#include <algorithm>
#include <bit>
#include <cmath>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

#include "contribution/point_rows.hpp"
#include "contribution_fixture.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {

// Brute force: is an edge of negative weight reachable from v (on a path starting at v)?
bool negative_below(const Model& m, NodeIndex v) {
  const auto offsets = m.csr_offsets();
  const auto heads = m.csr_targets();
  const auto w = m.edge_weights();
  for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e)
    if (w[e] < 0.0 || negative_below(m, heads[e])) return true;
  return false;
}

std::uint64_t bits(double x) { return std::bit_cast<std::uint64_t>(x); }

}  // namespace

TEST_CASE("P-only rows hold bitwise the P entries of full rows, and their N entries are +0.0",
          "[contribution][sparse]") {
  namespace d = impactgraph::detail;
  std::mt19937_64 rng(20261127);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int p_only_rows = 0, full_rows = 0, compared = 0, signed_zero_edges = 0, spilled = 0;
  for (int dag = 0; dag < 300; ++dag) {
    const int n = 2 + static_cast<int>(rng() % 23);
    Dag g = random_dag(rng, n, 0.15 + 0.35 * unit(rng), false);
    for (Edge& e : g.edges) {  // about one edge in eight negative; exact zeros of both signs
      const double r = unit(rng);
      if (r < 0.12) e.w = -e.w;
      else if (r < 0.16) e.w = 0.0;
      else if (r < 0.20) e.w = -0.0;
      signed_zero_edges += e.w == 0.0 && std::signbit(e.w);
    }
    const Model m = build(g);
    const auto weights = m.edge_weights();

    std::vector<std::uint8_t> positive;
    d::positive_below(m, weights, positive);
    REQUIRE(positive.size() == m.node_count());
    for (NodeIndex v = 0; v < m.node_count(); ++v) CHECK(positive[v] == (negative_below(m, v) ? 0 : 1));

    // All nodes sources, a random third (at least one) targets: every row is read by someone.
    std::vector<NodeIndex> targets;
    for (NodeIndex v = 0; v < m.node_count(); ++v)
      if (unit(rng) < 0.33 || (v + 1 == m.node_count() && targets.empty())) targets.push_back(v);
    std::vector<std::uint8_t> flags(m.node_count(), 0), slot(m.node_count(), d::no_slot);
    for (NodeIndex v = 0; v < m.node_count(); ++v) flags[v] |= d::flag_source;
    for (std::size_t j = 0; j < targets.size(); ++j) {
      flags[targets[j]] |= d::flag_target;
      slot[targets[j]] = static_cast<std::uint8_t>(j);
    }
    d::mark_reach(m, flags);
    std::vector<NodeIndex> order;
    d::collect_on_path(m, flags, order);

    d::Sweep s;
    s.model = &m;
    s.weights = weights;
    s.flags = flags;
    s.order = order;
    s.slot = slot;
    d::PointRows full, split;
    d::point_rows(s, 2, full);
    d::point_rows(s, 2, split, positive);
    std::vector<d::RowMeta> reach(m.node_count());
    d::sparse_reach(s, reach);  // the masks the rows must carry
    for (NodeIndex v = 0; v < m.node_count(); ++v) {
      CHECK(full.mask(v) == reach[v].mask);
      CHECK(split.mask(v) == reach[v].mask);
    }

    for (const NodeIndex v : order) {
      if (!full.mask(v)) continue;
      CHECK(!full.p_only(v));
      const bool p_only = split.p_only(v);
      CHECK(p_only == (positive[v] == 1));
      (p_only ? p_only_rows : full_rows) += 1;
      const int entries = std::popcount(full.mask(v));
      spilled += entries * 2 > static_cast<int>(d::slot_doubles);
      const double* a = full.row(v);
      const double* b = split.row(v);
      for (int k = 0; k < entries; ++k) {
        if (p_only) {
          CHECK(bits(b[k]) == bits(a[2 * k]));
          CHECK(bits(a[2 * k + 1]) == 0);  // +0.0: the N entry the split row leaves out
        } else {
          CHECK(bits(b[2 * k]) == bits(a[2 * k]));
          CHECK(bits(b[2 * k + 1]) == bits(a[2 * k + 1]));
        }
        ++compared;
      }
    }
  }
  // The sample covers both kinds of row, and -0.0 weights.
  CHECK(p_only_rows > 300);
  CHECK(full_rows > 300);
  CHECK(compared > 2000);
  CHECK(spilled > 100);  // full rows too long for their slot, read from the spill
  CHECK(signed_zero_edges > 50);
}
