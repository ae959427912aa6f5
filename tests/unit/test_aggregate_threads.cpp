// aggregate() shares indicators and geographies out over AggregateOptions::threads; each
// share is fixed before the workers start and every value is computed from the same inputs
// in the same order, so the result must be the same bits for any thread count. A varied
// model (three geography levels, gaps, lower-is-better, a breakdown, quarters mapped to
// years, a geometric-mean node, a negative edge) is aggregated on 1, 2, 3 and 8 threads.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "impactgraph/aggregate.hpp"

using namespace impactgraph;

namespace {

std::uint64_t next(std::uint64_t& s) {  // SplitMix64
  std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

ModelBuilder varied_model(bool quarters) {
  ModelBuilder b;
  b.add_node("V", "vision");
  for (int g = 0; g < 3; ++g) {
    const std::string goal = "G" + std::to_string(g);
    b.add_node(goal, "goal");
    b.add_edge(goal, "V", g == 2 ? -1.0 : 1.0 + g);
    for (int e = 0; e < 4; ++e) {
      const std::string effect = goal + "E" + std::to_string(e);
      b.add_node(effect, "outcome");
      b.add_edge(effect, goal, 0.5 + e);
    }
  }
  b.add_geography("S", "Country");
  for (int c = 0; c < 4; ++c) {
    const std::string county = "C" + std::to_string(c);
    b.add_geography(county, county, "S");
    for (int m = 0; m < 6; ++m) b.add_geography(county + "M" + std::to_string(m), "", county);
  }
  std::uint64_t seed = 42;
  for (int i = 0; i < 36; ++i) {
    const std::string id = "I" + std::to_string(i);
    const std::string node = "G" + std::to_string(i % 3) + "E" + std::to_string(i / 3 % 4);
    IndicatorSpec& x = b.add_indicator(id, node);
    x.direction = i % 4 == 1 ? Direction::decrease : Direction::increase;
    x.weight = 0.5 + 0.25 * (i % 5);
  }
  for (int i = 0; i < 36; ++i) {
    const std::string id = "I" + std::to_string(i);
    for (const GeographySpec& g : std::vector<GeographySpec>(b.spec().geographies)) {
      if (g.parent.empty() && i % 3 != 0) continue;  // the country only sometimes observed
      for (int y = 2010; y < 2022; ++y) {
        if (next(seed) % 10 == 0) continue;  // gaps
        const double v = static_cast<double>(next(seed) % 10'000) / 8.0;
        if (quarters && i % 7 == 3) {
          for (int q = 1; q <= 4; ++q)
            b.add_observation(id, g.id, std::to_string(y) + "Q" + std::to_string(q), v + q);
        } else {
          b.add_observation(id, g.id, std::to_string(y), v);
        }
        if (i % 9 == 4) b.add_observation(id, g.id, std::to_string(y), v / 2, "K");
      }
    }
  }
  return b;
}

bool same_bits(double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; }

void require_identical(const AggregateResult& a, const AggregateResult& b) {
  REQUIRE(a.values.size() == b.values.size());
  REQUIRE(a.scores.size() == b.scores.size());
  REQUIRE(a.values.size() > 0);
  REQUIRE(a.scores.size() > 0);
  for (std::size_t r = 0; r < a.values.size(); ++r) {
    REQUIRE(a.values.indicator(r) == b.values.indicator(r));
    REQUIRE(a.values.geo(r) == b.values.geo(r));
    REQUIRE(a.values.period(r) == b.values.period(r));
    REQUIRE(same_bits(a.values.value(r), b.values.value(r)));
    REQUIRE(same_bits(a.values.normalised(r), b.values.normalised(r)));
    REQUIRE(a.values.flags(r) == b.values.flags(r));
  }
  for (std::size_t r = 0; r < a.scores.size(); ++r) {
    REQUIRE(a.scores.node(r) == b.scores.node(r));
    REQUIRE(a.scores.geo(r) == b.scores.geo(r));
    REQUIRE(a.scores.period(r) == b.scores.period(r));
    REQUIRE(same_bits(a.scores.value(r), b.scores.value(r)));
    REQUIRE(same_bits(a.scores.coverage(r), b.scores.coverage(r)));
  }
  REQUIRE(a.diagnostics.size() == b.diagnostics.size());
  for (std::size_t k = 0; k < a.diagnostics.size(); ++k) REQUIRE(a.diagnostics[k].message == b.diagnostics[k].message);
}

}  // namespace

TEST_CASE("any thread count gives the same bits", "[aggregate][threads]") {
  const bool quarters = GENERATE(false, true);
  const Model m = varied_model(quarters).freeze();
  AggregateOptions o;
  o.threads = 1;
  SECTION("defaults") {}
  SECTION("geometric mean, breakdown K, imputation, per-level pools") {
    o.node_methods = {{"G1", NodeMethod{CompositeMethod::geometric, 2.0}}};
    o.breakdown = "K";
    o.imputation.method = Imputation::interpolate;
    o.normalisation.by_level = true;
    o.negative_weights = NegativeWeights::invert;
  }
  const AggregateResult one = aggregate(m, o);
  // Scores reach the vision (in a county: alone in its level's pool, the country has none).
  const auto v = one.scores.find(*m.find_node("V"), static_cast<std::uint32_t>(*m.find_geography("C1")),
                                 Period{2015, Period::Kind::year, 0});
  REQUIRE(v);
  CHECK(!std::isnan(one.scores.value(*v)));
  for (const unsigned threads : {2u, 3u, 8u}) {
    o.threads = threads;
    require_identical(one, aggregate(m, o));
  }
}
