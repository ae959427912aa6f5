// Monte Carlo: fixed edges give the point value; the same seed gives the same result on any
// number of threads; one uniform (or triangular) edge has its known mean and percentiles;
// evidence and confidence map to their documented ranges; rank intervals; a sample that
// cannot normalise is an error naming the node and the sample.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "contribution_fixture.hpp"
#include "impactgraph/diagnostic.hpp"

using namespace impactgraph;

namespace {

ContributionOptions sampled(std::size_t k, std::uint64_t seed, unsigned threads = 0) {
  ContributionOptions o;
  o.uncertainty.samples = k;
  o.uncertainty.seed = seed;
  o.uncertainty.threads = threads;
  return o;
}

// a -> b with weight 2 on the range [lo, hi] (or the evidence / confidence given).
Model one_edge(double lo, double hi, Evidence evidence = Evidence::unspecified,
               std::optional<double> confidence = std::nullopt) {
  ModelBuilder b;
  b.add_node("a", "activity");
  b.add_node("b", "goal");
  EdgeSpec& e = b.add_edge("a", "b", 2.0);
  if (hi >= lo) e.weight_range = std::array<double, 2>{lo, hi};
  e.evidence = evidence;
  e.confidence = confidence;
  return b.freeze();
}

ContributionStats only_stats(const Model& m, const ContributionOptions& o) {
  const std::vector<NodeIndex> s{0}, t{1};
  const ContributionResult r = contributions(m, s, t, o);
  REQUIRE(r.records.size() == 1);
  REQUIRE(r.stats.size() == 1);
  CHECK(r.samples == o.uncertainty.samples);
  return r.stats[0];
}

}  // namespace

TEST_CASE("Monte Carlo with fixed weights gives the point value", "[contribution][mc]") {
  std::mt19937_64 rng(3);
  const auto d = contribution_test::random_dag(rng, 8, 0.5, true);
  ModelSpec spec = contribution_test::build(d).spec();
  for (EdgeSpec& e : spec.edges) e.weight_range = std::array<double, 2>{e.weight, e.weight};  // zero width
  spec.edges.front().evidence = Evidence::weak;  // a range takes precedence over evidence
  const Model m = Model::freeze(spec);
  std::vector<NodeIndex> all(m.node_count());
  for (NodeIndex v = 0; v < m.node_count(); ++v) all[v] = v;
  const ContributionResult r = contributions(m, all, all, sampled(50, 1));
  REQUIRE(r.stats.size() == r.records.size());
  REQUIRE(!r.records.empty());
  for (std::size_t i = 0; i < r.records.size(); ++i) {
    // The same weights in every sample (up to rounding: the point pass may split channels).
    CHECK(r.stats[i].p05 == Approx(r.records[i].value).margin(1e-12));
    CHECK(r.stats[i].p95 == Approx(r.records[i].value).margin(1e-12));
    CHECK(r.stats[i].mean == Approx(r.records[i].value).margin(1e-12));
    CHECK(r.stats[i].rank_low == r.stats[i].rank);
    CHECK(r.stats[i].rank_high == r.stats[i].rank);
  }
}

TEST_CASE("Monte Carlo results do not depend on the thread count", "[contribution][mc]") {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 6; ++i) {
    const auto d = contribution_test::random_dag(rng, 12, 0.35, i % 2 == 1);
    ModelSpec spec = contribution_test::build(d).spec();
    for (std::size_t e = 0; e < spec.edges.size(); ++e) {
      const double w = spec.edges[e].weight;
      if (e % 3 == 0) spec.edges[e].weight_range = std::array<double, 2>{w - 0.3, w + 0.2};
      if (e % 3 == 1) spec.edges[e].evidence = Evidence::moderate;
    }
    const Model m = Model::freeze(spec);
    std::vector<NodeIndex> all(m.node_count());
    for (NodeIndex v = 0; v < m.node_count(); ++v) all[v] = v;
    ContributionEngine engine(m);
    for (const ContributionMode mode : {ContributionMode::path, ContributionMode::attribution}) {
      ContributionOptions one = sampled(101, 42, 1);
      one.mode = mode;
      ContributionOptions two = one, three = one;
      two.uncertainty.threads = 2;
      three.uncertainty.threads = 3;
      ContributionResult a, b, c;
      try {
        a = engine.compute(all, all, one);
      } catch (const Error&) {
        CHECK_THROWS_AS(engine.compute(all, all, two), Error);  // the same failure on two threads
        continue;
      }
      b = engine.compute(all, all, two);
      c = contributions(m, all, all, three);  // a fresh engine too
      REQUIRE(a.stats.size() == b.stats.size());
      REQUIRE(a.stats.size() == c.stats.size());
      for (std::size_t r = 0; r < a.stats.size(); ++r) {
        CHECK(a.stats[r].mean == b.stats[r].mean);
        CHECK(a.stats[r].p05 == b.stats[r].p05);
        CHECK(a.stats[r].p95 == b.stats[r].p95);
        CHECK(a.stats[r].rank_low == b.stats[r].rank_low);
        CHECK(a.stats[r].rank_high == b.stats[r].rank_high);
        CHECK(a.stats[r].mean == c.stats[r].mean);
        CHECK(a.stats[r].p95 == c.stats[r].p95);
      }
      // Another seed gives other draws.
      ContributionOptions other = one;
      other.uncertainty.seed = 43;
      const auto x = engine.compute(all, all, other);
      bool differs = false;
      for (std::size_t r = 0; r < a.stats.size(); ++r) differs = differs || x.stats[r].mean != a.stats[r].mean;
      CHECK(differs);
    }
  }
}

TEST_CASE("one uniform edge: mean (a+b)/2, p05 a+0.05(b-a), p95 a+0.95(b-a)", "[contribution][mc]") {
  const Model m = one_edge(1.0, 3.0);
  const std::size_t k = 4000;
  const ContributionStats s = only_stats(m, sampled(k, 2024));
  // Standard error of the mean: (b-a)/sqrt(12 k) = 0.0091; of a 5 % quantile of U(1,3):
  // sqrt(0.05 * 0.95 / k) / density 0.5 = 0.0069. Four standard errors:
  CHECK(s.mean == Approx(2.0).margin(0.037));
  CHECK(s.p05 == Approx(1.1).margin(0.028));
  CHECK(s.p95 == Approx(2.9).margin(0.028));
  CHECK(s.p05 >= 1.0);
  CHECK(s.p95 <= 3.0);
  CHECK(s.rank == 1);  // the only source
  CHECK(s.rank_low == 1);
  CHECK(s.rank_high == 1);
}

TEST_CASE("one triangular edge: mean (a+b+c)/3", "[contribution][mc]") {
  const Model m = one_edge(1.0, 4.0);  // peak at the weight, 2
  ContributionOptions o = sampled(4000, 7);
  o.uncertainty.distribution = WeightDistribution::triangular;
  const ContributionStats s = only_stats(m, o);
  // Variance (a²+b²+c²-ab-ac-bc)/18 = 7/18: standard error sqrt(7/18/4000) = 0.0099.
  CHECK(s.mean == Approx(7.0 / 3).margin(0.04));
  // P(X <= q) = (q-a)² / ((b-a)(c-a)) for q <= c: the 5 % point is 1 + sqrt(0.05 * 3), where
  // the density is 0.258: standard error sqrt(0.05 * 0.95 / 4000) / 0.258 = 0.0134.
  CHECK(s.p05 == Approx(1.0 + std::sqrt(0.15)).margin(0.054));
}

TEST_CASE("evidence levels and confidence map to their default ranges", "[contribution][mc]") {
  // The standard error of a 5 % quantile of U(lo, hi) from k = 4000 draws is
  // sqrt(0.05 * 0.95 / k) * (hi - lo) = 0.0034 (hi - lo); the margins are four of them.
  const std::size_t k = 4000;
  // weak: +-50 % of 2 = [1, 3]
  ContributionStats s = only_stats(one_edge(1, 0, Evidence::weak), sampled(k, 9));
  CHECK(s.p05 == Approx(1.1).margin(0.03));
  CHECK(s.p95 == Approx(2.9).margin(0.03));
  // strong: +-10 % = [1.8, 2.2]
  s = only_stats(one_edge(1, 0, Evidence::strong), sampled(k, 9));
  CHECK(s.p05 == Approx(1.82).margin(0.006));
  CHECK(s.p95 == Approx(2.18).margin(0.006));
  // none: +-100 % = [0, 4]
  s = only_stats(one_edge(1, 0, Evidence::none), sampled(k, 9));
  CHECK(s.p05 == Approx(0.2).margin(0.06));
  // confidence 0.8: +-20 % = [1.6, 2.4]; not used when switched off
  s = only_stats(one_edge(1, 0, Evidence::unspecified, 0.8), sampled(k, 9));
  CHECK(s.p05 == Approx(1.64).margin(0.012));
  ContributionOptions off = sampled(k, 9);
  off.uncertainty.use_confidence = false;
  s = only_stats(one_edge(1, 0, Evidence::unspecified, 0.8), off);
  CHECK(s.p05 == 2.0);
  CHECK(s.p95 == 2.0);
  // Custom evidence ranges; negative ones are refused.
  ContributionOptions custom = sampled(k, 9);
  custom.uncertainty.evidence_range = {0.0, 0.0, 0.0, 0.0};
  s = only_stats(one_edge(1, 0, Evidence::weak), custom);
  CHECK(s.p05 == 2.0);
  custom.uncertainty.evidence_range[2] = -0.1;
  CHECK_THROWS_AS(contributions(one_edge(1, 0, Evidence::weak), std::vector<NodeIndex>{0},
                                std::vector<NodeIndex>{1}, custom),
                  std::invalid_argument);
}

TEST_CASE("rank intervals", "[contribution][mc]") {
  // s1 -> t in [3, 4], s2 -> t in [1, 2], s3 -> t and s4 -> t both in [0, 0.5].
  ModelBuilder b;
  for (const char* s : {"s1", "s2", "s3", "s4"}) b.add_node(s, "activity");
  b.add_node("t", "goal");
  b.add_edge("s1", "t", 3.5).weight_range = std::array<double, 2>{3, 4};
  b.add_edge("s2", "t", 1.5).weight_range = std::array<double, 2>{1, 2};
  b.add_edge("s3", "t", 0.25).weight_range = std::array<double, 2>{0, 0.5};
  b.add_edge("s4", "t", 0.25).weight_range = std::array<double, 2>{0, 0.5};
  const Model m = b.freeze();
  const std::vector<NodeIndex> src{0, 1, 2, 3}, tgt{4};
  const ContributionResult r = contributions(m, src, tgt, sampled(400, 1));
  REQUIRE(r.stats.size() == 4);
  CHECK(r.stats[0].rank == 1);
  CHECK(r.stats[0].rank_low == 1);
  CHECK(r.stats[0].rank_high == 1);
  CHECK(r.stats[1].rank == 2);
  CHECK(r.stats[1].rank_low == 2);
  CHECK(r.stats[1].rank_high == 2);
  // Equal point values share rank 3; sampled, each is third or fourth.
  CHECK(r.stats[2].rank == 3);
  CHECK(r.stats[3].rank == 3);
  CHECK(r.stats[2].rank_low == 3);
  CHECK(r.stats[2].rank_high == 4);
  CHECK(r.stats[3].rank_low == 3);
  CHECK(r.stats[3].rank_high == 4);
  for (const auto& s : r.stats) {
    CHECK(s.p05 <= s.mean);
    CHECK(s.mean <= s.p95);
  }
}

TEST_CASE("a Monte-Carlo sample that cannot normalise names the node and the sample", "[contribution][mc]") {
  ModelBuilder b;
  b.add_node("x", "activity");
  b.add_node("y", "goal");
  b.add_node("z", "goal");
  b.add_edge("x", "y", 0.6).weight_range = std::array<double, 2>{0.4, 0.8};
  b.add_edge("x", "z", -0.2).weight_range = std::array<double, 2>{-0.9, -0.1};
  const Model m = b.freeze();
  ContributionOptions o = sampled(200, 5);
  o.mode = ContributionMode::flow;
  o.normalization = Normalization::signed_sum;
  const std::vector<NodeIndex> src{0}, tgt{1, 2};
  const ContributionResult point = contributions(m, src, tgt, ContributionOptions{o.mode, o.normalization});
  CHECK(point.records[0].value == Approx(1.5));  // 0.6 / 0.4
  std::string first_message;
  for (const unsigned threads : {1u, 2u}) {
    o.uncertainty.threads = threads;
    try {
      contributions(m, src, tgt, o);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.diagnostics()[0].code == "cannot-normalise");
      CHECK(e.diagnostics()[0].ids == std::vector<std::string>{"x"});
      CHECK_THAT(e.what(), Catch::Contains("Monte-Carlo sample") && Catch::Contains("seed 5"));
      if (first_message.empty()) first_message = e.what();
      CHECK(first_message == e.what());  // the same (first) failing sample on any thread count
    }
  }
  // Positive normalisation never fails here: the trade-off carries nothing.
  o.normalization = Normalization::positive;
  const ContributionResult r = contributions(m, src, tgt, o);
  REQUIRE(r.records.size() == 2);
  CHECK(r.stats[0].p05 == Approx(1.0));
  CHECK(r.stats[0].p95 == Approx(1.0));
  CHECK(r.stats[1].p95 == 0.0);
}
