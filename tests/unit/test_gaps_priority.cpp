// The roll-up of the share on track up the graph, and the priority-mismatch index, on a model
// worked by hand.
#include <catch2/catch.hpp>

#include "gaps_fixture.hpp"

using namespace gaps_test;
using Catch::Detail::Approx;

namespace {
// P1 -> E1 -> G1 (I1 achieved), P2 -> E2 -> G2 (I2 deteriorating), both goals -> V.
// P2 -> E2 weighs 0.5; P1 is funded with 100 SEK, P2 with 20.
ModelBuilder two_goals(bool funded) {
  ModelBuilder b;
  b.levels({"activity", "outcome", "goal", "vision"});
  b.add_node("P1", "activity").tags = {{"area", "A"}};
  b.add_node("P2", "activity").tags = {{"area", "B"}};
  b.add_node("E1", "outcome");
  b.add_node("E2", "outcome");
  b.add_node("G1", "goal", "Första målet");
  b.add_node("G2", "goal", "Andra målet");
  b.add_node("V", "vision");
  if (funded) {
    b.spec().nodes[0].funding = {Funding{100, "SEK", "ERUF", "2021"}};
    b.spec().nodes[1].funding = {Funding{20, "SEK", "ERUF", "2021"}};
  }
  b.add_edge("P1", "E1");
  b.add_edge("P2", "E2", 0.5);
  b.add_edge("E1", "G1");
  b.add_edge("E2", "G2");
  b.add_edge("G1", "V");
  b.add_edge("G2", "V");
  b.add_geography("R");
  measured(b, "I1", "G1");
  measured(b, "I2", "G2");
  b.add_observation("I1", "R", "2015", 50.0);
  b.add_observation("I1", "R", "2020", 61.0);
  b.add_observation("I2", "R", "2015", 50.0);
  b.add_observation("I2", "R", "2020", 49.0);
  return b;
}
}  // namespace

TEST_CASE("roll-up: the share on track carried up to the vision", "[gaps][rollup]") {
  const Model m = two_goals(true).freeze();
  const GapReport r = detect_gaps(m);
  REQUIRE(r.rollup.size() == m.node_count());
  const NodeRollup& g1 = r.rollup[*m.find_node("G1")];
  const NodeRollup& g2 = r.rollup[*m.find_node("G2")];
  const NodeRollup& v = r.rollup[*m.find_node("V")];
  CHECK(*g1.share == 1.0);
  CHECK(g1.evaluated == 1);
  CHECK(g1.on_track == 1);
  CHECK(*g2.share == 0.0);
  CHECK(*g2.shortfall == 1.0);
  // V has no indicator: (1 * 1 + 1 * 0) / (1 + 1)
  CHECK_FALSE(v.own_share);
  CHECK(*v.share == 0.5);
  CHECK(*v.shortfall == 0.5);
  CHECK_FALSE(r.rollup[*m.find_node("E1")].share);  // nothing measured below it
  const auto shares = with_code(r, gap_codes::on_track_share);
  REQUIRE(shares.size() == 3);  // G1, G2, V
  const Gap* vg = find_gap(r, gap_codes::on_track_share, "V");
  REQUIRE(vg != nullptr);
  CHECK(number(*vg, "share") == 0.5);
  CHECK(vg->severity == Severity::info);
}

TEST_CASE("priority mismatch: gap x (1 - effort), effort from contribution and funding", "[gaps][priority]") {
  const Model m = two_goals(true).freeze();
  const GapReport r = detect_gaps(m);
  REQUIRE(r.priorities.size() == 2);  // the goal level (above the outcome level)
  CHECK(r.main_currency == "SEK");
  const Priority& first = r.priorities[0];
  CHECK(m.node(first.node).id() == "G2");
  CHECK(first.rank == 1);
  CHECK(first.gap == 1.0);
  CHECK(first.contribution == Approx(0.5));
  CHECK(first.funding == Approx(20.0));
  CHECK(first.contribution_score == Approx(0.5));  // 0.5 against G1's 1
  CHECK(first.funding_score == Approx(0.2));       // 20 against 100
  CHECK(first.effort == Approx(0.35));
  CHECK(first.mismatch == Approx(0.65));
  CHECK(m.node(r.priorities[1].node).id() == "G1");
  CHECK(r.priorities[1].mismatch == 0.0);
  const auto found = with_code(r, gap_codes::priority_mismatch);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->ids == std::vector<std::string>{"G2"});
  CHECK(number(*found[0], "rank") == 1);
  CHECK(found[0]->message == "G2 “Andra målet” (goal) has a large gap but little effort reaching it (rank 1): "
                             "shortfall 100%, contribution 50% and funding 20% of the best-served node of its level; "
                             "mismatch index 0.65.");

  // Without funding the effort is the contribution score alone: 1 * (1 - 0.5).
  const Model bare = two_goals(false).freeze();
  const GapReport r2 = detect_gaps(bare);
  CHECK(r2.main_currency.empty());
  CHECK(r2.priorities[0].mismatch == Approx(0.5));
  CHECK(find_gap(r2, gap_codes::priority_mismatch, "G2")->message.find("funding") == std::string::npos);

  GapOptions o;
  o.mismatch_threshold = 0.7;
  CHECK(with_code(detect_gaps(m, o), gap_codes::priority_mismatch).empty());
}
