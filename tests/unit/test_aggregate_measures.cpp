// Measures and the geography and time stages on hand examples (docs/aggregation.md):
// ratios as sums of numerators over sums of denominators, ordinal ratings on their scale,
// geography rules and coverage, time grain and windows, and imputation with its flags.
#include <catch2/catch.hpp>
#include <cmath>
#include <tuple>

#include "impactgraph/aggregate.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

namespace {

// Region R with municipalities M1, M2, M3; one node N.
ModelBuilder region() {
  ModelBuilder b;
  b.add_node("N", "outcome");
  b.add_geography("R", "Region");
  for (const char* m : {"M1", "M2", "M3"}) b.add_geography(m, m, "R");
  return b;
}

IndicatorSpec& measured_indicator(ModelBuilder& b, const char* id) {
  IndicatorSpec& x = b.add_indicator(id, "N");
  x.direction = Direction::increase;
  return x;
}

Period period(const char* text) { return *Period::parse(text); }

// The data value (before normalisation) and flags of (indicator, geo, period), if any.
std::optional<std::pair<double, std::uint8_t>> value(const Model& m, const AggregateResult& r, const char* i,
                                                     const char* g, const char* p = "2020") {
  const auto row = r.values.find(static_cast<std::uint32_t>(*m.find_indicator(i)),
                                 static_cast<std::uint32_t>(*m.find_geography(g)), period(p));
  if (!row) return std::nullopt;
  return std::make_pair(r.values.value(*row), r.values.flags(*row));
}

}  // namespace

TEST_CASE("a ratio is sum of numerators over sum of denominators, never a mean of ratios", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "N_new").geo_aggregation = Aggregation::sum;
  measured_indicator(b, "N_pop").geo_aggregation = Aggregation::sum;
  IndicatorSpec& q = measured_indicator(b, "Q");
  q.measure = Measure::ratio;
  q.numerator = "N_new";
  q.denominator = "N_pop";
  q.factor = 1000;
  const auto obs = [&](const char* i, const char* g, double v) { b.add_observation(i, g, "2020", v); };
  obs("N_new", "M1", 10), obs("N_pop", "M1", 1000);
  obs("N_new", "M2", 30), obs("N_pop", "M2", 1000);
  obs("N_new", "M3", 5), obs("N_pop", "M3", 500);
  const Model m = b.freeze();
  const AggregateResult r = aggregate(m);
  CHECK(value(m, r, "Q", "M1")->first == 10.0);
  CHECK(value(m, r, "Q", "M2")->first == 30.0);
  CHECK(value(m, r, "Q", "M3")->first == 10.0);
  // R: 45 / 2500 * 1000 = 18; the mean of the ratios would be 16.67.
  const auto q_r = value(m, r, "Q", "R");
  REQUIRE(q_r);
  CHECK_THAT(q_r->first, WithinAbs(18.0, 1e-12));
  CHECK(q_r->second == (value_ratio | value_geo_aggregated));
  CHECK(value(m, r, "N_new", "R")->first == 45.0);  // a count sums
}

TEST_CASE("a ratio over time sums its parts; its own observation wins", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "Num");
  measured_indicator(b, "Den");
  IndicatorSpec& q = measured_indicator(b, "Q");
  q.measure = Measure::ratio;
  q.numerator = "Num";
  q.denominator = "Den";
  q.time_aggregation = Aggregation::mean;
  const char* quarters[] = {"2020Q1", "2020Q2", "2020Q3", "2020Q4"};
  const double num[] = {1, 2, 3, 4}, den[] = {10, 10, 20, 40};
  for (int k = 0; k < 4; ++k) {
    b.add_observation("Num", "M1", quarters[k], num[k]);
    b.add_observation("Den", "M1", quarters[k], den[k]);
  }
  b.add_observation("Q", "M2", "2020", 0.5);
  const Model m = b.freeze();
  AggregateOptions o;
  o.grain = PeriodGrain::year;
  const AggregateResult r = aggregate(m, o);
  // (1 + 2 + 3 + 4) / (10 + 10 + 20 + 40) = 10 / 80; the mean of the quarterly ratios is 0.1375.
  const auto q_m1 = value(m, r, "Q", "M1", "2020");
  REQUIRE(q_m1);
  CHECK_THAT(q_m1->first, WithinAbs(0.125, 1e-12));
  CHECK(q_m1->second == (value_ratio | value_time_aggregated));
  CHECK(value(m, r, "Q", "M2", "2020")->first == 0.5);
}

TEST_CASE("ordinal ratings are normalised on their declared scale", "[aggregate][measures]") {
  ModelBuilder b = region();
  IndicatorSpec& up = measured_indicator(b, "Rating");
  up.measure = Measure::ordinal;
  up.scale = std::array<double, 2>{1, 5};
  IndicatorSpec& down = measured_indicator(b, "Risk");
  down.measure = Measure::ordinal;
  down.scale = std::array<double, 2>{1, 5};
  down.direction = Direction::decrease;
  b.add_observation("Rating", "M1", "2020", 2);
  b.add_observation("Rating", "M2", "2020", 4);
  b.add_observation("Risk", "M1", "2020", 2);
  const Model m = b.freeze();
  const AggregateResult r = aggregate(m);
  const auto norm = [&](const char* i, const char* g) {
    return r.values.normalised(*r.values.find(static_cast<std::uint32_t>(*m.find_indicator(i)),
                                              static_cast<std::uint32_t>(*m.find_geography(g)), period("2020")));
  };
  CHECK_THAT(norm("Rating", "M1"), WithinAbs(25, 1e-12));  // (2 - 1) / (5 - 1)
  CHECK_THAT(norm("Rating", "M2"), WithinAbs(75, 1e-12));
  CHECK_THAT(norm("Risk", "M1"), WithinAbs(75, 1e-12));    // (5 - 2) / (5 - 1): a single value still scores
}

TEST_CASE("geography rules: weighted mean by another indicator, sums need every child", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "Pop").geo_aggregation = Aggregation::sum;
  IndicatorSpec& rate = measured_indicator(b, "Rate");
  rate.geo_aggregation = Aggregation::weighted_mean;
  rate.geo_weight = "Pop";
  measured_indicator(b, "Plain");  // unspecified: mean
  measured_indicator(b, "Top").geo_aggregation = Aggregation::max;
  const auto obs = [&](const char* i, const char* g, double v) { b.add_observation(i, g, "2020", v); };
  obs("Pop", "M1", 100), obs("Pop", "M2", 300);  // M3's population unknown: no sum
  obs("Rate", "M1", 10), obs("Rate", "M2", 20);
  obs("Plain", "M1", 10), obs("Plain", "M2", 20);
  obs("Top", "M1", 10), obs("Top", "M2", 20);
  const Model m = b.freeze();
  const AggregateResult r = aggregate(m);
  CHECK_THAT(value(m, r, "Rate", "R")->first, WithinAbs(17.5, 1e-12));  // (100*10 + 300*20) / 400
  CHECK_THAT(value(m, r, "Plain", "R")->first, WithinAbs(15, 1e-12));
  CHECK(value(m, r, "Top", "R")->first == 20.0);
  CHECK_FALSE(value(m, r, "Pop", "R"));  // 2 of 3 children: a partial sum is no total

  AggregateOptions o;
  o.geo_min_coverage = 0.7;  // 2 of 3 is not enough
  const AggregateResult strict = aggregate(m, o);
  CHECK_FALSE(value(m, strict, "Plain", "R"));
}

TEST_CASE("time: grain to years by the time rule, an exact year wins; windows", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "Sum").time_aggregation = Aggregation::sum;
  measured_indicator(b, "Mean").time_aggregation = Aggregation::mean;
  measured_indicator(b, "Last");  // unspecified: last
  measured_indicator(b, "First").time_aggregation = Aggregation::first;
  const char* quarters[] = {"2020Q1", "2020Q2", "2020Q3", "2020Q4"};
  for (int k = 0; k < 4; ++k)
    for (const char* i : {"Sum", "Mean", "Last", "First"}) b.add_observation(i, "M1", quarters[k], k + 1.0);
  b.add_observation("Sum", "M2", "2020Q1", 7);
  b.add_observation("Sum", "M2", "2020", 100);
  const Model m = b.freeze();
  AggregateOptions o;
  o.grain = PeriodGrain::year;
  const AggregateResult r = aggregate(m, o);
  REQUIRE(r.periods.size() == 1);
  CHECK(value(m, r, "Sum", "M1", "2020")->first == 10.0);
  CHECK(value(m, r, "Mean", "M1", "2020")->first == 2.5);
  CHECK(value(m, r, "Last", "M1", "2020")->first == 4.0);
  CHECK(value(m, r, "First", "M1", "2020")->first == 1.0);
  CHECK(value(m, r, "Sum", "M1", "2020")->second == value_time_aggregated);
  const auto exact = value(m, r, "Sum", "M2", "2020");
  CHECK(exact->first == 100.0);
  CHECK(exact->second == value_observed);

  ModelBuilder w = region();
  measured_indicator(w, "Y").time_aggregation = Aggregation::mean;
  w.add_observation("Y", "M1", "2019", 10);
  w.add_observation("Y", "M1", "2020", 20);
  w.add_observation("Y", "M1", "2021", 40);
  const Model mw = w.freeze();
  AggregateOptions ow;
  ow.window = 2;
  const AggregateResult rw = aggregate(mw, ow);
  CHECK(value(mw, rw, "Y", "M1", "2019")->first == 10.0);
  CHECK(value(mw, rw, "Y", "M1", "2020")->first == 15.0);
  CHECK(value(mw, rw, "Y", "M1", "2021")->first == 30.0);
  CHECK(value(mw, rw, "Y", "M1", "2021")->second == (value_observed | value_time_aggregated));
}

TEST_CASE("imputation fills gaps and flags every value it made", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "X");
  b.add_observation("X", "M1", "2019", 10);
  b.add_observation("X", "M1", "2021", 30);
  b.add_observation("X", "M2", "2020", 4);
  b.add_observation("X", "M3", "2020", 8);
  b.add_observation("X", "M2", "2022", 1);  // makes 2022 a period of the axis
  const Model m = b.freeze();
  const auto run = [&](Imputation method, int max_gap = 0) {
    AggregateOptions o;
    o.imputation = {method, max_gap};
    o.geo_min_coverage = 1.0;  // keep R out of the way
    return aggregate(m, o);
  };

  AggregateResult r = run(Imputation::carry_forward);
  CHECK(value(m, r, "X", "M1", "2020")->first == 10.0);
  CHECK(value(m, r, "X", "M1", "2020")->second == value_imputed);
  CHECK(value(m, r, "X", "M1", "2022")->first == 30.0);
  CHECK(value(m, r, "X", "M1", "2021")->second == value_observed);
  CHECK_FALSE(value(m, r, "X", "M3", "2019"));  // nothing earlier to carry

  r = run(Imputation::interpolate);
  CHECK(value(m, r, "X", "M1", "2020")->first == 20.0);
  CHECK(value(m, r, "X", "M1", "2020")->second == value_imputed);
  CHECK_FALSE(value(m, r, "X", "M1", "2022"));  // no later value: no extrapolation

  r = run(Imputation::group_mean);
  CHECK(value(m, r, "X", "M1", "2020")->first == 6.0);  // mean of M2 (4) and M3 (8)
  CHECK(value(m, r, "X", "M1", "2020")->second == value_imputed);

  // A score fed by an imputed value says so.
  const auto row = r.scores.find(0, 1, period("2020"));
  REQUIRE(row);
  CHECK(r.scores.imputed(*row));
  const auto observed = r.scores.find(0, 2, period("2020"));
  REQUIRE(observed);
  CHECK_FALSE(r.scores.imputed(*observed));
}

TEST_CASE("a breakdown is scored on its own; weights fall back to the total", "[aggregate][measures]") {
  ModelBuilder b = region();
  measured_indicator(b, "X");
  b.add_observation("X", "M1", "2020", 1, "K");
  b.add_observation("X", "M2", "2020", 3, "K");
  b.add_observation("X", "M1", "2020", 100, "T");
  const Model m = b.freeze();
  AggregateOptions o;
  o.breakdown = "K";
  const AggregateResult r = aggregate(m, o);
  CHECK(value(m, r, "X", "M1", "2020")->first == 1.0);
  CHECK(value(m, r, "X", "R", "2020")->first == 2.0);
}
