// CompetitionRanker (Monte Carlo's per-sample ranking) against the definition, counted
// pair by pair: rank(i) = 1 + #{j : values[j] > values[i]}.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "contribution/competition_ranks.hpp"

namespace {

std::vector<std::uint32_t> by_definition(const std::vector<double>& v) {
  std::vector<std::uint32_t> r(v.size(), 1);
  for (std::size_t i = 0; i < v.size(); ++i)
    for (const double x : v) r[i] += x > v[i];
  return r;
}

// Kinds of value sets: spread over magnitudes, many exact ties, both zeros, negatives,
// and values crowded within 1e-9 of each other (equal in their high bytes, which sends
// the ranker down its full-sort path).
std::vector<double> values_of_kind(std::mt19937_64& rng, int kind, std::size_t n) {
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  std::vector<double> v(n);
  for (double& x : v) {
    switch (kind) {
      case 0: x = std::ldexp(u(rng), static_cast<int>(rng() % 40) - 20); break;
      case 1: x = static_cast<double>(rng() % 5) * 0.25; break;
      case 2: x = rng() % 3 == 0 ? 0.0 : (rng() % 2 ? -0.0 : u(rng)); break;
      default: x = 1.0 + 1e-9 * u(rng); break;
    }
  }
  return v;
}

}  // namespace

TEST_CASE("competition ranks equal the pairwise definition", "[contribution][montecarlo][ranks]") {
  std::mt19937_64 rng(11);
  impactgraph::detail::CompetitionRanker ranker;  // reused, as Monte Carlo does
  for (const std::size_t n : {0, 1, 2, 5, 47, 48, 49, 200, 1000, 2500}) {
    for (int kind = 0; kind < 4; ++kind) {
      const auto v = values_of_kind(rng, kind, n);
      std::vector<std::uint32_t> got(n, 0);
      ranker.rank(v, got.data());
      REQUIRE(got == by_definition(v));
    }
  }
}

TEST_CASE("competition ranks: a hand-worked case with ties and both zeros", "[contribution][montecarlo][ranks]") {
  const std::vector<double> v{0.5, -0.0, 2.0, 0.5, 0.0, -1.0};
  std::vector<std::uint32_t> got(v.size());
  impactgraph::detail::CompetitionRanker ranker;
  ranker.rank(v, got.data());
  // 2.0 first; the two 0.5 share 2; the zeros share 4 (-0.0 == 0.0); -1.0 is 6th.
  CHECK(got == std::vector<std::uint32_t>{2, 4, 1, 2, 4, 6});
}
