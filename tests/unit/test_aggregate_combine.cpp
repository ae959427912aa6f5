// The composite means on the hand examples of docs/aggregation.md (x = 20, 80 with weights
// 1, 3), missing inputs and renormalised weights, zeros and negatives; and the property
// arithmetic >= geometric >= harmonic on positive data.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "impactgraph/normalise.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

namespace {
const double missing = std::nan("");
const std::vector<double> x{20, 80};
const std::vector<double> w{1, 3};
}  // namespace

TEST_CASE("weighted means of 20 and 80 with weights 1 and 3", "[aggregate][combine]") {
  CHECK_THAT(combine(CompositeMethod::arithmetic, x, w), WithinAbs(65.0, 1e-12));          // 0.25*20 + 0.75*80
  CHECK_THAT(combine(CompositeMethod::geometric, x, w), WithinAbs(40.0 * std::sqrt(2.0), 1e-12));  // 20^.25 80^.75
  CHECK_THAT(combine(CompositeMethod::harmonic, x, w), WithinAbs(320.0 / 7.0, 1e-12));     // 1 / (.25/20 + .75/80)
  CHECK_THAT(combine(CompositeMethod::generalised, x, w, 2.0), WithinAbs(70.0, 1e-12));    // sqrt(.25*400 + .75*6400)
  CHECK_THAT(combine(CompositeMethod::generalised, x, w, 1.0), WithinAbs(65.0, 1e-12));    // p = 1: arithmetic
  CHECK_THAT(combine(CompositeMethod::generalised, x, w, -1.0), WithinAbs(320.0 / 7.0, 1e-12));  // p = -1: harmonic
  CHECK_THAT(combine(CompositeMethod::generalised, x, w, 0.0), WithinAbs(40.0 * std::sqrt(2.0), 1e-12));  // p = 0
  CHECK(combine(CompositeMethod::minimum, x, w) == 20.0);
  CHECK(combine(CompositeMethod::median, x, w) == 80.0);  // 3/4 of the weight at 80
}

TEST_CASE("weighted median: equal weights give the ordinary median", "[aggregate][combine]") {
  const std::vector<double> four{40, 10, 30, 20}, ones{1, 1, 1, 1};
  CHECK(combine(CompositeMethod::median, four, ones) == 25.0);
  const std::vector<double> three{40, 10, 30}, ones3{1, 1, 1};
  CHECK(combine(CompositeMethod::median, three, ones3) == 30.0);
}

TEST_CASE("missing inputs are skipped and the weights renormalised", "[aggregate][combine]") {
  const std::vector<double> xs{20, missing, 80}, ws{1, 2, 3};
  CHECK_THAT(combine(CompositeMethod::arithmetic, xs, ws), WithinAbs(65.0, 1e-12));
  const std::vector<double> none{missing, missing};
  CHECK(std::isnan(combine(CompositeMethod::arithmetic, none, w)));
  // A zero weight leaves its input out.
  const std::vector<double> zero_w{0, 1};
  CHECK(combine(CompositeMethod::minimum, x, zero_w) == 80.0);
}

TEST_CASE("zeros and negatives in geometric and harmonic means", "[aggregate][combine]") {
  const std::vector<double> with_zero{0, 50}, ones{1, 1};
  CHECK(combine(CompositeMethod::geometric, with_zero, ones) == 0.0);
  CHECK(combine(CompositeMethod::harmonic, with_zero, ones) == 0.0);
  CHECK(combine(CompositeMethod::generalised, with_zero, ones, -2.0) == 0.0);
  CHECK_THAT(combine(CompositeMethod::generalised, with_zero, ones, 2.0), WithinAbs(std::sqrt(1250.0), 1e-12));
  const std::vector<double> negative{-1, 50};
  CHECK(std::isnan(combine(CompositeMethod::geometric, negative, ones)));
  CHECK(std::isnan(combine(CompositeMethod::harmonic, negative, ones)));
  CHECK_THAT(combine(CompositeMethod::arithmetic, negative, ones), WithinAbs(24.5, 1e-12));
}

TEST_CASE("property: arithmetic >= geometric >= harmonic on positive data", "[aggregate][combine][property]") {
  std::mt19937 random(3);
  std::uniform_real_distribution<double> value(0.01, 100.0), weight(0.01, 5.0);
  std::uniform_int_distribution<int> size(1, 12);
  for (int trial = 0; trial < 500; ++trial) {
    const auto n = static_cast<std::size_t>(size(random));
    std::vector<double> xs(n), ws(n);
    for (std::size_t i = 0; i < n; ++i) {
      xs[i] = value(random);
      ws[i] = weight(random);
    }
    const double a = combine(CompositeMethod::arithmetic, xs, ws);
    const double g = combine(CompositeMethod::geometric, xs, ws);
    const double h = combine(CompositeMethod::harmonic, xs, ws);
    const double m = combine(CompositeMethod::minimum, xs, ws);
    CHECK(a >= g - 1e-9 * a);
    CHECK(g >= h - 1e-9 * g);
    CHECK(h >= m - 1e-9 * h);
    // The power mean grows with p.
    CHECK(combine(CompositeMethod::generalised, xs, ws, 3.0) >= a - 1e-9 * a);
  }
}
