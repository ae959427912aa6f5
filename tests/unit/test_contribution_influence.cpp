// Influence among a node set: W, W^2 and their parts on hand-checked cases under both
// sign rules; influence through nodes outside the set; MICMAC classes; the size limit.
#include <catch2/catch.hpp>

#include "impactgraph/influence.hpp"

using namespace impactgraph;

namespace {

// Three goals scored against each other, cross-impact style: G1 -> G2 (w12), G2 -> G3 (w23),
// G1 -> G3 (1).
Model three(double w12, double w23) {
  ModelBuilder b;
  for (const char* g : {"G1", "G2", "G3"}) b.add_node(g, "goal");
  b.add_edge("G1", "G2", w12);
  b.add_edge("G2", "G3", w23);
  b.add_edge("G1", "G3", 1.0);
  return b.freeze();  // sideways edges are warnings only
}

const std::vector<NodeIndex> all3{0, 1, 2};

void check_pair(const InfluencePair& p, double first, double second, double synergy, double trade_off) {
  CHECK(p.first == Approx(first).margin(1e-12));
  CHECK(p.second == Approx(second).margin(1e-12));
  CHECK(p.total == Approx(first + second).margin(1e-12));
  CHECK(p.synergy == Approx(synergy).margin(1e-12));
  CHECK(p.trade_off == Approx(trade_off).margin(1e-12));
}

}  // namespace

TEST_CASE("influence of three goals, one trade-off", "[contribution][influence]") {
  // W = [0 2 1; 0 0 -1; 0 0 0]; W^2 = [0 0 -2; 0 0 0; 0 0 0]; W + W^2 = [0 2 -1; 0 0 -1; 0 0 0].
  const InfluenceResult r = influence(three(2.0, -1.0), all3);
  REQUIRE(r.nodes.size() == 3);
  check_pair(r.pair(0, 1), 2, 0, 2, 0);
  check_pair(r.pair(0, 2), 1, -2, 1, -2);  // G1 helps G3 directly, hurts it through G2
  check_pair(r.pair(1, 2), -1, 0, 0, -1);
  check_pair(r.pair(1, 0), 0, 0, 0, 0);
  check_pair(r.pair(0, 0), 0, 0, 0, 0);
  // Influence |W+W^2| row sums 3, 1, 0 (mean 4/3); dependence column sums 0, 2, 2 (mean 4/3).
  CHECK(r.nodes[0].influence == Approx(3));
  CHECK(r.nodes[1].influence == Approx(1));
  CHECK(r.nodes[2].dependence == Approx(2));
  CHECK(r.mean_influence == Approx(4.0 / 3));
  CHECK(r.mean_dependence == Approx(4.0 / 3));
  CHECK(r.nodes[0].net_influence == Approx(1));   // 2 - 1
  CHECK(r.nodes[1].net_influence == Approx(-1));
  CHECK(r.nodes[2].net_dependence == Approx(-2));  // -1 - 1
  CHECK(r.nodes[0].micmac == MicmacClass::driver);
  CHECK(r.nodes[1].micmac == MicmacClass::dependent);
  CHECK(r.nodes[2].micmac == MicmacClass::dependent);
}

TEST_CASE("a trade-off of a trade-off: the two sign rules", "[contribution][influence]") {
  const Model m = three(-2.0, -1.0);
  // multiply: (-2)(-1) = +2 reinforces G1's direct +1 on G3.
  const InfluenceResult mul = influence(m, all3);
  check_pair(mul.pair(0, 1), -2, 0, 0, -2);
  check_pair(mul.pair(0, 2), 1, 2, 3, 0);
  // any-negative: a path with a trade-off on it is a trade-off: -|(-2)(-1)| = -2.
  InfluenceOptions o;
  o.sign_rule = SignRule::any_negative;
  const InfluenceResult any = influence(m, all3, o);
  check_pair(any.pair(0, 1), -2, 0, 0, -2);
  check_pair(any.pair(0, 2), 1, -2, 1, -2);
  // Without negative edges the rules agree.
  const Model pos = three(2.0, 1.0);
  const InfluenceResult a = influence(pos, all3);
  const InfluenceResult b = influence(pos, all3, o);
  for (std::size_t i = 0; i < 9; ++i) CHECK(a.pairs[i].total == b.pairs[i].total);
  check_pair(a.pair(0, 2), 1, 2, 3, 0);
}

TEST_CASE("influence passes through nodes outside the set and stops at members", "[contribution][influence]") {
  // a -> x -> c (x is not a member): W[a][c] = 0.5 * 0.4.
  // a -> b -> c with b a member: first order stops at b; the chain is second order.
  ModelBuilder bld;
  for (const char* v : {"a", "x", "b", "c"}) bld.add_node(v, "outcome");
  bld.add_edge("a", "x", 0.5);
  bld.add_edge("x", "c", 0.4);
  bld.add_edge("a", "b", 2.0);
  bld.add_edge("b", "c", 3.0);
  const Model m = bld.freeze();
  const std::vector<NodeIndex> set{*m.find_node("a"), *m.find_node("b"), *m.find_node("c")};
  const InfluenceResult r = influence(m, set);
  check_pair(r.pair(0, 2), 0.2, 6.0, 6.2, 0);
  check_pair(r.pair(0, 1), 2, 0, 2, 0);
  check_pair(r.pair(1, 2), 3, 0, 3, 0);
  // Two trade-offs in a row outside the set count under the rule too.
  ModelBuilder neg;
  for (const char* v : {"a", "x", "c"}) neg.add_node(v, "outcome");
  neg.add_edge("a", "x", -0.5);
  neg.add_edge("x", "c", -0.4);
  const Model n = neg.freeze();
  const std::vector<NodeIndex> ac{*n.find_node("a"), *n.find_node("c")};
  check_pair(influence(n, ac).pair(0, 1), 0.2, 0, 0.2, 0);
  InfluenceOptions o;
  o.sign_rule = SignRule::any_negative;
  check_pair(influence(n, ac, o).pair(0, 1), -0.2, 0, 0, -0.2);
}

TEST_CASE("MICMAC classes: driver, linkage, dependent, autonomous", "[contribution][influence]") {
  // a -> b 0.5, g -> b 0.5, b -> c 1, b -> f 1, d -> c 0.1. With W^2:
  //   influence  a 1.5, g 1.5, b 2, c 0, f 0, d 0.1   (mean 5.1 / 6 = 0.85)
  //   dependence a 0,   g 0,   b 1, c 2.1, f 2, d 0  (mean 0.85)
  ModelBuilder bld;
  for (const char* v : {"a", "g", "b", "c", "f", "d"}) bld.add_node(v, "goal");
  bld.add_edge("a", "b", 0.5);
  bld.add_edge("g", "b", 0.5);
  bld.add_edge("b", "c", 1.0);
  bld.add_edge("b", "f", 1.0);
  bld.add_edge("d", "c", 0.1);
  const Model m = bld.freeze();
  const std::vector<NodeIndex> set{0, 1, 2, 3, 4, 5};
  const InfluenceResult r = influence(m, set);
  CHECK(r.mean_influence == Approx(0.85));
  CHECK(r.mean_dependence == Approx(0.85));
  CHECK(r.nodes[0].influence == Approx(1.5));
  CHECK(r.nodes[2].influence == Approx(2.0));
  CHECK(r.nodes[3].dependence == Approx(2.1));
  CHECK(r.nodes[0].micmac == MicmacClass::driver);
  CHECK(r.nodes[1].micmac == MicmacClass::driver);
  CHECK(r.nodes[2].micmac == MicmacClass::linkage);
  CHECK(r.nodes[3].micmac == MicmacClass::dependent);
  CHECK(r.nodes[4].micmac == MicmacClass::dependent);
  CHECK(r.nodes[5].micmac == MicmacClass::autonomous);
  CHECK(to_string(MicmacClass::linkage) == "linkage");
  // Equal scores are all "low": two unconnected nodes are autonomous.
  const std::vector<NodeIndex> cf{3, 4};
  const InfluenceResult flat = influence(m, cf);
  CHECK(flat.nodes[0].micmac == MicmacClass::autonomous);
  CHECK(flat.nodes[1].micmac == MicmacClass::autonomous);
}

TEST_CASE("influence arguments", "[contribution][influence]") {
  const Model m = three(1, 1);
  const std::vector<NodeIndex> bad{7};
  CHECK_THROWS_AS(influence(m, bad), std::invalid_argument);
  const std::vector<NodeIndex> dup{2, 0, 2};
  const InfluenceResult r = influence(m, dup);
  REQUIRE(r.nodes.size() == 2);
  CHECK(r.nodes[0].node == 2);
  CHECK(r.pair(1, 0).first == 2.0);  // G1 -> G3 directly (1) and through G2, not a member (1 * 1)
  CHECK(influence(m, std::vector<NodeIndex>{}).nodes.empty());
}
