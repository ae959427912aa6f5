// Normalisation: every method on the pool of docs/aggregation.md (x = 2, 4, 6, 10 and one
// missing value), values worked out by hand there; and the properties: min-max within its
// interval, direction inversion.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

#include "impactgraph/normalise.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

namespace {

const double na = std::nan("");

std::vector<double> run(Normalisation m, Direction d, NormalisationSpec spec = {}, NormaliseContext c = {},
                        NormaliseStatus expect = NormaliseStatus::ok) {
  std::vector<double> x{2, 4, na, 6, 10};
  spec.method = m;
  REQUIRE(normalise(x, spec, d, c) == expect);
  return x;
}

void equal(const std::vector<double>& got, const std::vector<double>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("element " << i << ": " << got[i] << " vs " << want[i]);
    if (std::isnan(want[i]))
      CHECK(std::isnan(got[i]));
    else
      CHECK_THAT(got[i], WithinAbs(want[i], 1e-9));
  }
}

}  // namespace

TEST_CASE("minmax: (x - min) / (max - min) * (u - l) + l, reversed for lower-is-better", "[aggregate][normalise]") {
  equal(run(Normalisation::minmax, Direction::increase), {0, 25, na, 50, 100});
  equal(run(Normalisation::minmax, Direction::decrease), {100, 75, na, 50, 0});
  NormalisationSpec s;
  s.lower = 1;
  s.upper = 5;
  equal(run(Normalisation::minmax, Direction::increase, s), {1, 2, na, 3, 5});
  // Unspecified direction counts as higher is better.
  equal(run(Normalisation::minmax, Direction::unspecified), {0, 25, na, 50, 100});
}

TEST_CASE("minmax of equal values is a zero range: all missing (COINr returns NaN)", "[aggregate][normalise]") {
  std::vector<double> x{3, 3, na};
  CHECK(normalise(x, NormalisationSpec{}, Direction::increase) == NormaliseStatus::zero_range);
  CHECK(std::isnan(x[0]));
  CHECK(std::isnan(x[1]));
  std::vector<double> none{na, na};
  CHECK(normalise(none, NormalisationSpec{}, Direction::increase) == NormaliseStatus::empty);
}

TEST_CASE("goalposts: (x - low) / (high - low), clipped to [0, 1], times scale", "[aggregate][normalise]") {
  NormaliseContext c;
  c.goalposts = {0, 8};
  equal(run(Normalisation::goalposts, Direction::increase, {}, c), {25, 50, na, 75, 100});
  equal(run(Normalisation::goalposts, Direction::decrease, {}, c), {75, 50, na, 25, 0});
  NormalisationSpec open;
  open.truncate = false;
  equal(run(Normalisation::goalposts, Direction::increase, open, c), {25, 50, na, 75, 125});
  NormalisationSpec coinr;
  coinr.scale = 1;
  equal(run(Normalisation::goalposts, Direction::increase, coinr, c), {0.25, 0.5, na, 0.75, 1});
  run(Normalisation::goalposts, Direction::increase, {}, {}, NormaliseStatus::no_reference);
}

TEST_CASE("zscore: (x - mean) / sd (sample) * sd' + mean'", "[aggregate][normalise]") {
  // mean 5.5; squared deviations 12.25 + 2.25 + 0.25 + 20.25 = 35; sd = sqrt(35 / 3).
  const double sd = std::sqrt(35.0 / 3.0);
  equal(run(Normalisation::zscore, Direction::increase), {-3.5 / sd, -1.5 / sd, na, 0.5 / sd, 4.5 / sd});
  equal(run(Normalisation::zscore, Direction::decrease), {3.5 / sd, 1.5 / sd, na, -0.5 / sd, -4.5 / sd});
  NormalisationSpec s;
  s.mean = 50;
  s.sd = 10;
  equal(run(Normalisation::zscore, Direction::increase, s), {50 - 35 / sd, 50 - 15 / sd, na, 50 + 5 / sd, 50 + 45 / sd});
}

TEST_CASE("dist_to_target: (x - min) / (t - min); lower is better: (max - x) / (max - t)", "[aggregate][normalise]") {
  NormaliseContext c;
  c.target = 8;
  equal(run(Normalisation::dist_to_target, Direction::increase, {}, c), {0, 100.0 / 3, na, 200.0 / 3, 400.0 / 3});
  NormalisationSpec cap;
  cap.cap = true;
  equal(run(Normalisation::dist_to_target, Direction::increase, cap, c), {0, 100.0 / 3, na, 200.0 / 3, 100});
  c.target = 3;
  equal(run(Normalisation::dist_to_target, Direction::decrease, {}, c), {800.0 / 7, 600.0 / 7, na, 400.0 / 7, 0});
  equal(run(Normalisation::dist_to_target, Direction::decrease, cap, c), {100, 600.0 / 7, na, 400.0 / 7, 0});
  run(Normalisation::dist_to_target, Direction::increase, {}, {}, NormaliseStatus::no_reference);
}

TEST_CASE("dist_to_max: 1 - (max - x) / (max - min)", "[aggregate][normalise]") {
  equal(run(Normalisation::dist_to_max, Direction::increase), {0, 25, na, 50, 100});
  equal(run(Normalisation::dist_to_max, Direction::decrease), {100, 75, na, 50, 0});
}

TEST_CASE("dist_to_ref: (x - min) / (ref - min); lower is better: (max - x) / (max - ref)", "[aggregate][normalise]") {
  NormaliseContext c;
  c.reference = 6;
  equal(run(Normalisation::dist_to_ref, Direction::increase, {}, c), {0, 50, na, 100, 200});
  NormalisationSpec cap;
  cap.cap = true;
  equal(run(Normalisation::dist_to_ref, Direction::increase, cap, c), {0, 50, na, 100, 100});
  equal(run(Normalisation::dist_to_ref, Direction::decrease, {}, c), {200, 150, na, 100, 0});
}

TEST_CASE("frac_max: x / max; lower is better: min / x", "[aggregate][normalise]") {
  equal(run(Normalisation::frac_max, Direction::increase), {20, 40, na, 60, 100});
  equal(run(Normalisation::frac_max, Direction::decrease), {100, 50, na, 100.0 / 3, 20});
}

TEST_CASE("rank and percentile rank: ties share the lowest rank", "[aggregate][normalise]") {
  equal(run(Normalisation::rank, Direction::increase), {1, 2, na, 3, 4});
  equal(run(Normalisation::rank, Direction::decrease), {4, 3, na, 2, 1});
  equal(run(Normalisation::percentile_rank, Direction::increase), {0, 100.0 / 3, na, 200.0 / 3, 100});
  std::vector<double> ties{2, 4, 4, 10};
  NormalisationSpec s;
  s.method = Normalisation::rank;
  normalise(ties, s, Direction::increase);
  equal(ties, {1, 2, 2, 4});
  std::vector<double> one{5};
  s.method = Normalisation::percentile_rank;
  CHECK(normalise(one, s, Direction::increase) == NormaliseStatus::zero_range);
}

TEST_CASE("index: 100 + 100 * d * (x - base) / |base|", "[aggregate][normalise]") {
  const std::vector<double> base{1, 2, 3, 4, 5};
  NormaliseContext c;
  c.base = base;
  equal(run(Normalisation::index, Direction::increase, {}, c), {200, 200, na, 150, 200});
  equal(run(Normalisation::index, Direction::decrease, {}, c), {0, 0, na, 50, 0});
  const std::vector<double> zero{0, na, 1, 1, 1};
  c.base = zero;
  equal(run(Normalisation::index, Direction::increase, {}, c), {na, na, na, 600, 1000});
}

TEST_CASE("none leaves the values as they are", "[aggregate][normalise]") {
  equal(run(Normalisation::none, Direction::decrease), {2, 4, na, 6, 10});
}

TEST_CASE("property: minmax lies within [lower, upper] and hits both ends", "[aggregate][normalise][property]") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> value(-1e6, 1e6);
  std::uniform_int_distribution<int> size(2, 40);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<double> x(static_cast<std::size_t>(size(random)));
    for (double& v : x) v = value(random);
    NormalisationSpec s;
    REQUIRE(normalise(x, s, trial % 2 ? Direction::decrease : Direction::increase) == NormaliseStatus::ok);
    double lo = 1e300, hi = -1e300;
    for (const double v : x) {
      CHECK(v >= 0.0);
      CHECK(v <= 100.0);
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    CHECK(lo == 0.0);
    CHECK(hi == 100.0);
  }
}

TEST_CASE("property: reversing the direction mirrors the scores", "[aggregate][normalise][property]") {
  std::mt19937 random(11);
  std::uniform_real_distribution<double> value(0.5, 100.0);
  for (const Normalisation m : {Normalisation::minmax, Normalisation::dist_to_max, Normalisation::percentile_rank,
                                Normalisation::goalposts, Normalisation::zscore}) {
    std::vector<double> up(25);
    for (double& v : up) v = value(random);
    std::vector<double> down = up;
    NormalisationSpec s;
    s.method = m;
    NormaliseContext c;
    c.goalposts = {10, 90};
    normalise(up, s, Direction::increase, c);
    normalise(down, s, Direction::decrease, c);
    // On [0, 100] the mirror is 100 - s; a z-score's is -z.
    const double mirror = m == Normalisation::zscore ? 0.0 : 100.0;
    for (std::size_t i = 0; i < up.size(); ++i) CHECK_THAT(up[i] + down[i], WithinAbs(mirror, 1e-9));
  }
}
