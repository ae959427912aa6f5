// Skewness and kurtosis as COINr (e1071 type 2), and COINr's Treat() rule on the hand
// examples of docs/aggregation.md.
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <vector>

#include "impactgraph/normalise.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

TEST_CASE("skewness and kurtosis of 0, 0, 0, 3: exactly 2 and 4", "[aggregate][outliers]") {
  // mean 0.75; m2 = 6.75, m3 = 10.125, m4 = 26.578125 (docs/aggregation.md).
  const std::vector<double> x{0, 0, 0, 3};
  CHECK_THAT(skewness(x), WithinAbs(2.0, 1e-12));
  CHECK_THAT(kurtosis(x), WithinAbs(4.0, 1e-12));
  // NaN is skipped; too few values or no spread give NaN.
  const std::vector<double> with_nan{0, std::nan(""), 0, 0, 3};
  CHECK_THAT(skewness(with_nan), WithinAbs(2.0, 1e-12));
  CHECK(std::isnan(skewness(std::vector<double>{1, 2})));
  CHECK(std::isnan(kurtosis(std::vector<double>{1, 2, 3})));
  CHECK(std::isnan(skewness(std::vector<double>{5, 5, 5, 5})));
  // Symmetric data: no skew; a uniform spread of 1..5: kurtosis -1.2.
  CHECK_THAT(skewness(std::vector<double>{1, 2, 3, 4, 5}), WithinAbs(0.0, 1e-12));
  CHECK_THAT(kurtosis(std::vector<double>{1, 2, 3, 4, 5}), WithinAbs(-1.2, 1e-12));
}

TEST_CASE("a pool that passes is left alone", "[aggregate][outliers]") {
  std::vector<double> x{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  const auto copy = x;
  std::vector<std::uint8_t> flags(x.size(), 0);
  OutlierSpec spec;
  spec.method = OutlierTreatment::winsorise;
  const TreatmentOutcome out = treat_outliers(x, spec, flags);
  CHECK_FALSE(out.needed);
  CHECK(x == copy);
}

TEST_CASE("winsorising 1..10, 30, 100: one point (COINr's example)", "[aggregate][outliers]") {
  std::vector<double> x{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};
  std::vector<std::uint8_t> flags(x.size(), 0);
  OutlierSpec spec;
  spec.method = OutlierTreatment::winsorise;
  const TreatmentOutcome out = treat_outliers(x, spec, flags);
  CHECK(out.needed);
  CHECK(out.winsorised == 1);
  CHECK_FALSE(out.log_transformed);
  CHECK(out.passes);
  CHECK(x.back() == 30.0);  // 100 takes the next value, 30
  CHECK(flags.back() == value_winsorised);
  CHECK(flags[10] == 0);
}

TEST_CASE("winsorising 1..20, 200, 300: two points; with winmax 1 it fails and log_CT follows",
          "[aggregate][outliers]") {
  std::vector<double> base(22);
  std::iota(base.begin(), base.begin() + 20, 1.0);
  base[20] = 200;
  base[21] = 300;
  OutlierSpec spec;
  spec.method = OutlierTreatment::winsorise;

  std::vector<double> x = base;
  std::vector<std::uint8_t> flags(x.size(), 0);
  TreatmentOutcome out = treat_outliers(x, spec, flags);
  CHECK(out.winsorised == 2);  // 300 -> 200, then both -> 20
  CHECK(x[20] == 20.0);
  CHECK(x[21] == 20.0);
  CHECK(flags[20] == value_winsorised);
  CHECK(flags[21] == value_winsorised);

  spec.winmax = 1;
  x = base;
  std::fill(flags.begin(), flags.end(), 0);
  out = treat_outliers(x, spec, flags);
  CHECK(out.log_transformed);
  CHECK(out.passes);
  // log_CT on the original values: log(x - 1 + 0.01 * 299).
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK_THAT(x[i], WithinAbs(std::log(base[i] - 1.0 + 2.99), 1e-12));
    CHECK(flags[i] == value_log_transformed);
  }

  spec.log_fallback = false;
  x = base;
  std::fill(flags.begin(), flags.end(), 0);
  out = treat_outliers(x, spec, flags);
  CHECK_FALSE(out.passes);
  CHECK(out.winsorised == 1);
  CHECK(x[21] == 200.0);
}

TEST_CASE("negative skew winsorises the low end", "[aggregate][outliers]") {
  std::vector<double> x{-100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  std::vector<std::uint8_t> flags(x.size(), 0);
  OutlierSpec spec;
  spec.method = OutlierTreatment::winsorise;
  treat_outliers(x, spec, flags);
  CHECK(x[0] == 1.0);
  CHECK(flags[0] == value_winsorised);
}
