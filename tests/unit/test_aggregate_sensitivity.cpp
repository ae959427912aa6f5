// Sensitivity analysis: the Sobol estimators against functions with known indices, R's
// type-7 quantile, Saltelli's design, and the rank statistics on the hand model of
// docs/aggregation.md.
#include <catch2/catch.hpp>
#include <cmath>

#include "impactgraph/sensitivity.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

TEST_CASE("quantile type 7 as R's", "[aggregate][sensitivity]") {
  const std::vector<double> x{4, 1, std::nan(""), 3, 2};
  CHECK_THAT(quantile(x, 0.05), WithinAbs(1.15, 1e-12));  // h = 3 * 0.05 = 0.15: 1 + 0.15 * (2 - 1)
  CHECK_THAT(quantile(x, 0.5), WithinAbs(2.5, 1e-12));
  CHECK_THAT(quantile(x, 0.95), WithinAbs(3.85, 1e-12));
  CHECK(quantile(x, 0.0) == 1.0);
  CHECK(quantile(x, 1.0) == 4.0);
  CHECK(std::isnan(quantile(std::vector<double>{}, 0.5)));
}

TEST_CASE("Saltelli's design: A, B, then A with one column from B", "[aggregate][sensitivity]") {
  const std::size_t n = 5, d = 3;
  const std::vector<double> x = saltelli_sample(n, d, 42);
  REQUIRE(x.size() == n * (d + 2) * d);
  const auto at = [&](std::size_t row, std::size_t col) { return x[row * d + col]; };
  for (std::size_t i = 0; i < d; ++i)
    for (std::size_t r = 0; r < n; ++r)
      for (std::size_t j = 0; j < d; ++j) CHECK(at((2 + i) * n + r, j) == (j == i ? at(n + r, j) : at(r, j)));
  for (const double u : x) {
    CHECK(u >= 0.0);
    CHECK(u < 1.0);
  }
  CHECK(saltelli_sample(n, d, 42) == x);
  CHECK(saltelli_sample(n, d, 43) != x);
}

TEST_CASE("Sobol indices of an additive linear function: S_i = ST_i = a_i^2 / sum a^2", "[aggregate][sensitivity]") {
  // y = x1 + 2 x2 + 3 x3 with independent uniform inputs: Var(a x) = a^2 / 12, so
  // S = (1, 4, 9) / 14 and, with no interactions, ST = S.
  const std::size_t n = 20000, d = 3;
  const std::vector<double> x = saltelli_sample(n, d, 7);
  std::vector<double> y(n * (d + 2));
  for (std::size_t r = 0; r < y.size(); ++r) y[r] = x[r * d] + 2 * x[r * d + 1] + 3 * x[r * d + 2];
  const SobolEstimate e = sobol_estimate(y, n, d);
  CHECK_THAT(e.variance, WithinAbs(14.0 / 12.0, 0.03));
  const double expected[] = {1.0 / 14, 4.0 / 14, 9.0 / 14};
  for (std::size_t i = 0; i < d; ++i) {
    CHECK_THAT(e.first_order[i], WithinAbs(expected[i], 0.03));
    CHECK_THAT(e.total[i], WithinAbs(expected[i], 0.03));
  }
}

TEST_CASE("Sobol indices with an interaction: y = x1 * x2", "[aggregate][sensitivity]") {
  // With x uniform on [0, 1): Var(y) = 7/144, V1 = V2 = 1/48, V12 = 1/144:
  // S1 = S2 = 3/7, ST1 = ST2 = 4/7.
  const std::size_t n = 40000, d = 2;
  const std::vector<double> x = saltelli_sample(n, d, 9);
  std::vector<double> y(n * (d + 2));
  for (std::size_t r = 0; r < y.size(); ++r) y[r] = x[r * d] * x[r * d + 1];
  const SobolEstimate e = sobol_estimate(y, n, d);
  for (std::size_t i = 0; i < d; ++i) {
    CHECK_THAT(e.first_order[i], WithinAbs(3.0 / 7, 0.03));
    CHECK_THAT(e.total[i], WithinAbs(4.0 / 7, 0.03));
  }
}

namespace {

// The hand model of docs/aggregation.md (as in test_aggregate_model.cpp).
Model frozen_hand_model() {
  ModelBuilder b;
  b.add_node("E1", "outcome");
  b.add_node("E2", "outcome");
  b.add_node("G", "goal");
  b.add_edge("E1", "G", 2.0);
  b.add_edge("E2", "G", 1.0);
  for (const char* id : {"I1", "I2"}) b.add_indicator(id, "E1").direction = Direction::increase;
  b.spec().indicators[1].direction = Direction::decrease;
  b.add_indicator("I3", "E2").direction = Direction::increase;
  b.add_indicator("I4", "G").direction = Direction::increase;
  b.add_geography("R", "Region");
  for (const char* m : {"M1", "M2", "M3"}) b.add_geography(m, m, "R");
  const auto obs = [&](const char* i, const char* g, double v) { b.add_observation(i, g, "2020", v); };
  obs("I1", "M1", 10), obs("I1", "M2", 20), obs("I1", "M3", 30);
  obs("I2", "M1", 5), obs("I2", "M2", 1), obs("I2", "M3", 3);
  obs("I3", "M1", 2), obs("I3", "M2", 4), obs("I3", "R", 10);
  obs("I4", "M1", 7), obs("I4", "M2", 7), obs("I4", "M3", 9);
  return b.freeze();
}

const UnitRanks& unit(const SensitivityResult& r, std::uint32_t geo) {
  for (const UnitRanks& u : r.units)
    if (u.geo == geo) return u;
  FAIL("no unit " << geo);
  return r.units.front();
}

}  // namespace

TEST_CASE("nothing that changes the ranks: every run keeps the nominal ranks", "[aggregate][sensitivity]") {
  const Model m = frozen_hand_model();
  SensitivityOptions so;
  so.samples = 20;
  so.weights = WeightSampling::none;
  so.methods = {CompositeMethod::arithmetic};
  const SensitivityResult r = sensitivity(m, {}, so);
  CHECK(m.node(r.target).id() == "G");  // the top scored level
  CHECK(r.period == *Period::parse("2020"));
  CHECK(r.runs == 20 * 3);
  // Nominal G: R 58.33, M1 0, M2 43.75, M3 83.33 -> ranks 2, 4, 3, 1.
  const double nominal[] = {2, 4, 3, 1};
  REQUIRE(r.units.size() == 4);
  for (std::uint32_t g = 0; g < 4; ++g) {
    const UnitRanks& u = unit(r, g);
    CHECK(u.nominal_rank == nominal[g]);
    CHECK(u.median_rank == nominal[g]);
    CHECK(u.p05 == nominal[g]);
    CHECK(u.p95 == nominal[g]);
  }
  CHECK(r.output_variance == 0.0);
}

TEST_CASE("arithmetic against minimum: M1 moves between ranks 4 and 3", "[aggregate][sensitivity]") {
  // Under the minimum G is M1 0, M2 0, M3 50, R 33.33 (docs/aggregation.md): ranks 3, 3, 1, 2.
  const Model m = frozen_hand_model();
  SensitivityOptions so;
  so.samples = 400;
  so.weights = WeightSampling::none;
  so.methods = {CompositeMethod::arithmetic, CompositeMethod::minimum};
  const SensitivityResult r = sensitivity(m, {}, so);
  CHECK(unit(r, 3).p05 == 1.0);
  CHECK(unit(r, 3).p95 == 1.0);
  CHECK(unit(r, 0).median_rank == 2.0);
  CHECK(unit(r, 1).p05 == 3.0);
  CHECK(unit(r, 1).p95 == 4.0);
  CHECK(unit(r, 2).p95 == 3.0);
  // One input that alone decides y: S = ST = 1 (up to the estimator's noise).
  REQUIRE(r.sobol.size() == 1);
  CHECK(r.sobol[0].input == "aggregation");
  CHECK_THAT(r.sobol[0].first_order, WithinAbs(1.0, 0.2));
  CHECK_THAT(r.sobol[0].total, WithinAbs(1.0, 0.2));
}

TEST_CASE("the same seed gives the same analysis", "[aggregate][sensitivity]") {
  const Model m = frozen_hand_model();
  SensitivityOptions so;
  so.samples = 30;
  so.weights = WeightSampling::dirichlet;
  so.normalisations = {Normalisation::minmax, Normalisation::percentile_rank};
  so.methods = {CompositeMethod::arithmetic, CompositeMethod::geometric};
  const SensitivityResult a = sensitivity(m, {}, so), b = sensitivity(m, {}, so);
  REQUIRE(a.sobol.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(a.sobol[i].total == b.sobol[i].total);
  for (std::size_t k = 0; k < a.units.size(); ++k) CHECK(a.units[k].median_rank == b.units[k].median_rank);
  CHECK(a.inputs == std::vector<std::string>{"weights", "normalisation", "aggregation"});
}

TEST_CASE("sensitivity refuses what it cannot analyse", "[aggregate][sensitivity]") {
  const Model m = frozen_hand_model();
  SensitivityOptions so;
  so.weights = WeightSampling::none;
  CHECK_THROWS_AS(sensitivity(m, {}, so), Error);  // nothing varies
  so.methods = {CompositeMethod::arithmetic};
  so.target_node = "nope";
  CHECK_THROWS_AS(sensitivity(m, {}, so), Error);
  so.target_node.clear();
  AggregateOptions one;
  one.geos = {"M1"};
  CHECK_THROWS_AS(sensitivity(m, one, so), Error);  // one unit cannot be ranked
}
