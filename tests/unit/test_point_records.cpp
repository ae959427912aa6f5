// point_records (point_rows.hpp): a sweep that counts records leaves the leaf sources (sources
// without in-edges) without a slot, and point_records makes their rows while it writes the
// records. Checked on random DAGs, with every kind of sweep (one, two and three channels,
// P-only rows, the flow and attribution factors at the tail or the head), against records
// written from a sweep that gives every node its slot: the same records, bit for bit, in the
// same places.
#include <algorithm>
#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

#include "contribution/engine.hpp"
#include "contribution/point_rows.hpp"
#include "contribution_fixture.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {

namespace d = impactgraph::detail;

std::uint64_t record_bits(double x) { return std::bit_cast<std::uint64_t>(x); }

// The records from rows where every node has its slot (a sweep without record counts),
// written in for_each_group_record's order.
std::vector<ContributionRecord> from_full_rows(const d::Sweep& s, unsigned channels, std::span<const std::uint8_t> positive,
                                               std::span<const NodeIndex> sources, std::span<const NodeIndex> group,
                                               std::vector<std::size_t>& cursor) {
  d::PointRows rows;
  d::point_rows(s, channels, rows, positive);
  std::fill(cursor.begin(), cursor.end(), 0);
  const auto mask_of = [&rows](NodeIndex v) { return rows.mask(v); };
  d::for_each_group_record(sources, mask_of, group, cursor, [](NodeIndex, unsigned, unsigned, std::size_t) {});
  std::size_t at = 0;
  for (std::size_t& c : cursor) at += std::exchange(c, at);
  std::vector<ContributionRecord> out(at);
  d::for_each_group_record(sources, mask_of, group, cursor, [&](NodeIndex v, unsigned j, unsigned entry, std::size_t i) {
    const bool p_only = rows.p_only(v);
    const double* r = rows.row(v) + entry * (p_only ? 1 : channels);
    const double q = channels > 1 && !p_only ? r[1] : 0.0;
    out[i] = d::make_record(v, group[j], channels, r[0], q, channels > 2 ? r[2] : 0.0);
  });
  return out;
}

}  // namespace

TEST_CASE("point records make the leaf sources' rows as the sweep would, bit for bit", "[contribution][sparse]") {
  std::mt19937_64 rng(20261127);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int leaves = 0, compared = 0, kinds[3] = {0, 0, 0};
  for (int dag = 0; dag < 240; ++dag) {
    const bool signed_weights = dag % 2 == 1;
    const Dag g = random_dag(rng, 4 + static_cast<int>(rng() % 30), 0.25, signed_weights);
    const Model m = build(g);
    const auto n = static_cast<NodeIndex>(m.node_count());
    // Sources: a random part of the nodes, listed in a random order (records follow it).
    std::vector<NodeIndex> sources, targets;
    for (NodeIndex v = 0; v < n; ++v)
      if (unit(rng) < 0.6) sources.push_back(v);
    std::shuffle(sources.begin(), sources.end(), rng);
    for (NodeIndex v = 0; v < n; ++v)
      if (unit(rng) < 0.35 || (v + 1 == n && targets.empty())) targets.push_back(v);
    if (targets.size() > d::group_width) targets.resize(d::group_width);

    std::vector<std::uint8_t> flags(n, 0), slot(n, d::no_slot);
    for (const NodeIndex v : sources) flags[v] |= d::flag_source;
    for (std::size_t j = 0; j < targets.size(); ++j) {
      flags[targets[j]] |= d::flag_target;
      slot[targets[j]] = static_cast<std::uint8_t>(j);
    }
    d::mark_reach(m, flags);
    std::vector<NodeIndex> order;
    d::collect_on_path(m, flags, order);

    // One kind of sweep per DAG: path (1, 2 or 3 channels; P-only rows with 2), flow, attribution.
    const int kind = dag % 5;
    unsigned channels = 1;
    d::Sweep s;
    s.model = &m;
    s.weights = m.edge_weights();
    s.flags = flags;
    s.order = order;
    s.slot = slot;
    std::vector<std::uint8_t> positive;
    std::vector<double> scale(n);
    for (double& x : scale) x = 0.25 + unit(rng);
    if (kind == 1 || kind == 2) {
      channels = kind == 1 ? 2 : 3;
      if (kind == 1) d::positive_below(m, s.weights, positive);
    } else if (kind >= 3) {
      s.clamp = true;
      s.scale_at = kind == 3 ? d::ScaleAt::tail : d::ScaleAt::head;
      s.scale = scale;
    }
    ++kinds[channels - 1];

    std::vector<std::size_t> expected_cursor(targets.size());
    const auto expected = from_full_rows(s, channels, positive, sources, targets, expected_cursor);

    d::PointRows rows;
    std::vector<std::size_t> cursor(targets.size(), 0);
    d::point_rows(s, channels, rows, positive, cursor);
    std::size_t at = 0;
    for (std::size_t& c : cursor) at += std::exchange(c, at);
    REQUIRE(at == expected.size());
    for (const NodeIndex v : sources) leaves += rows.leaf(v);
    std::vector<ContributionRecord> records(at);
    std::vector<d::RecordCell> cells(at);
    d::point_records(s, channels, rows, positive, sources, targets, cursor, records, cells);
    CHECK(cursor == expected_cursor);
    for (std::size_t i = 0; i < at; ++i, ++compared) {
      CHECK(records[i].source == expected[i].source);
      CHECK(records[i].target == expected[i].target);
      CHECK(record_bits(records[i].value) == record_bits(expected[i].value));
      CHECK(record_bits(records[i].synergy) == record_bits(expected[i].synergy));
      CHECK(record_bits(records[i].trade_off) == record_bits(expected[i].trade_off));
      CHECK(cells[i].node == records[i].source);
      CHECK(targets[slot[records[i].target]] == records[i].target);
      CHECK(cells[i].slot == slot[records[i].target] % d::block_width);
    }
  }
  // Leaf sources were made by point_records, on every kind of sweep.
  CHECK(leaves > 300);
  CHECK(compared > 3000);
  CHECK(kinds[0] > 100);
  CHECK(kinds[1] > 40);
  CHECK(kinds[2] > 40);
}
