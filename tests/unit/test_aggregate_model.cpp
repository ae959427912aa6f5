// aggregate() on the hand model of docs/aggregation.md ("A worked composite"): a region R
// with municipalities M1-M3, outcomes E1 (indicators I1, I2) and E2 (I3) feeding goal G
// (indicator I4) with edge weights 2 and 1. Every number below is worked out in the doc.
#include <catch2/catch.hpp>
#include <cmath>
#include <tuple>

#include "impactgraph/aggregate.hpp"

using namespace impactgraph;
using Catch::Matchers::WithinAbs;

namespace {

ModelBuilder hand_model() {
  ModelBuilder b;
  b.add_node("E1", "outcome");
  b.add_node("E2", "outcome");
  b.add_node("G", "goal");
  b.add_node("A", "activity");  // no data anywhere below or at it: never scored
  b.add_edge("E1", "G", 2.0);
  b.add_edge("E2", "G", 1.0);
  b.add_edge("A", "E1", 1.0);
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
  return b;
}

const Period y2020{2020, Period::Kind::year, 0};

double score(const Model& m, const AggregateResult& r, const char* node, const char* geo) {
  const auto row = r.scores.find(*m.find_node(node), static_cast<std::uint32_t>(*m.find_geography(geo)), y2020);
  REQUIRE(row);
  return r.scores.value(*row);
}

double coverage(const Model& m, const AggregateResult& r, const char* node, const char* geo) {
  const auto row = r.scores.find(*m.find_node(node), static_cast<std::uint32_t>(*m.find_geography(geo)), y2020);
  REQUIRE(row);
  return r.scores.coverage(*row);
}

double normalised(const Model& m, const AggregateResult& r, const char* indicator, const char* geo) {
  const auto row =
      r.values.find(static_cast<std::uint32_t>(*m.find_indicator(indicator)), static_cast<std::uint32_t>(*m.find_geography(geo)), y2020);
  REQUIRE(row);
  return r.values.normalised(*row);
}

}  // namespace

TEST_CASE("the worked composite with COINr's defaults", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  const AggregateResult r = aggregate(m);

  // R has no I1, I2 or I4 of its own: the mean of its municipalities (20, 3, 7.667).
  const auto i1 = r.values.find(0, 0, y2020);
  REQUIRE(i1);
  CHECK(r.values.value(*i1) == 20.0);
  CHECK(r.values.flags(*i1) == value_geo_aggregated);
  CHECK_THAT(normalised(m, r, "I1", "R"), WithinAbs(50, 1e-12));
  CHECK_THAT(normalised(m, r, "I1", "M3"), WithinAbs(100, 1e-12));
  CHECK_THAT(normalised(m, r, "I2", "M1"), WithinAbs(0, 1e-12));    // lower is better: 5 is worst
  CHECK_THAT(normalised(m, r, "I2", "M2"), WithinAbs(100, 1e-12));
  CHECK_THAT(normalised(m, r, "I3", "R"), WithinAbs(100, 1e-12));   // R's own 10 wins
  CHECK_THAT(normalised(m, r, "I3", "M2"), WithinAbs(25, 1e-12));
  CHECK_THAT(normalised(m, r, "I4", "R"), WithinAbs(100.0 / 3, 1e-12));

  CHECK_THAT(score(m, r, "E1", "M1"), WithinAbs(0, 1e-12));
  CHECK_THAT(score(m, r, "E1", "M2"), WithinAbs(75, 1e-12));
  CHECK_THAT(score(m, r, "E1", "R"), WithinAbs(50, 1e-12));
  CHECK_THAT(score(m, r, "E2", "M2"), WithinAbs(25, 1e-12));
  CHECK_FALSE(r.scores.find(*m.find_node("E2"), 3, y2020));  // M3: no input at all, no row
  CHECK_THAT(score(m, r, "G", "M1"), WithinAbs(0, 1e-12));
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(43.75, 1e-12));    // (0 + 2*75 + 25) / 4
  CHECK_THAT(score(m, r, "G", "M3"), WithinAbs(250.0 / 3, 1e-12));  // (100 + 2*75) / 3, E2 missing
  CHECK_THAT(coverage(m, r, "G", "M3"), WithinAbs(0.75, 1e-12));
  CHECK_THAT(score(m, r, "G", "R"), WithinAbs(175.0 / 3, 1e-12));   // (100/3 + 2*50 + 100) / 4
  CHECK_THAT(coverage(m, r, "G", "R"), WithinAbs(1.0, 1e-12));

  // The activity has no data below it: not scored, no rows.
  const auto [first, last] = r.scores.rows(*m.find_node("A"));
  CHECK(first == last);
  // Rows are sorted by node, geography, period.
  for (std::size_t i = 1; i < r.scores.size(); ++i)
    CHECK(std::make_tuple(r.scores.node(i - 1), r.scores.geo(i - 1)) < std::make_tuple(r.scores.node(i), r.scores.geo(i)));
}

TEST_CASE("min_coverage leaves scores below it missing, still reporting coverage", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  AggregateOptions o;
  o.min_coverage = 0.8;
  const AggregateResult r = aggregate(m, o);
  CHECK(std::isnan(score(m, r, "G", "M3")));
  CHECK_THAT(coverage(m, r, "G", "M3"), WithinAbs(0.75, 1e-12));
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(43.75, 1e-12));
}

TEST_CASE("a method per node and a model default", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  AggregateOptions o;
  o.node_methods = {{"G", NodeMethod{CompositeMethod::minimum, 2.0}}};
  AggregateResult r = aggregate(m, o);
  CHECK_THAT(score(m, r, "G", "M3"), WithinAbs(75, 1e-12));   // min(100, 75)
  CHECK_THAT(score(m, r, "E1", "M2"), WithinAbs(75, 1e-12));  // E1 keeps the arithmetic mean
  o.node_methods.clear();
  o.method = NodeMethod{CompositeMethod::generalised, 2.0};
  r = aggregate(m, o);
  // E1 at M2: sqrt((50^2 + 100^2) / 2) = sqrt(6250).
  CHECK_THAT(score(m, r, "E1", "M2"), WithinAbs(std::sqrt(6250.0), 1e-9));
}

TEST_CASE("negative edges: excluded by default, or 100 - score with |w|", "[aggregate][model]") {
  ModelBuilder b = hand_model();
  b.spec().edges[1].weight = -1.0;  // E2 -> G becomes a trade-off
  const Model m = b.freeze();
  AggregateResult r = aggregate(m);
  // Excluded: G at M2 = (0 + 2*75) / 3 = 50, coverage 1 (the edge does not count).
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(50, 1e-12));
  CHECK_THAT(coverage(m, r, "G", "M2"), WithinAbs(1.0, 1e-12));
  bool noted = false;
  for (const Diagnostic& d : r.diagnostics) noted = noted || d.code == codes::negative_weight;
  CHECK(noted);
  AggregateOptions o;
  o.negative_weights = NegativeWeights::invert;
  r = aggregate(m, o);
  // Inverted: (0 + 2*75 + 1*(100 - 25)) / 4 = 56.25.
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(56.25, 1e-12));
}

TEST_CASE("indicator weights count; weight 0 leaves an indicator out", "[aggregate][model]") {
  ModelBuilder b = hand_model();
  b.spec().indicators[0].weight = 3.0;  // I1
  Model m = b.freeze();
  AggregateResult r = aggregate(m);
  CHECK_THAT(score(m, r, "E1", "M2"), WithinAbs((3 * 50 + 100) / 4.0, 1e-12));
  b.spec().indicators[0].weight = 0.0;
  m = b.freeze();
  r = aggregate(m);
  CHECK_THAT(score(m, r, "E1", "M2"), WithinAbs(100, 1e-12));
  CHECK_THAT(coverage(m, r, "E1", "M2"), WithinAbs(1.0, 1e-12));
}

TEST_CASE("normalisation pools per hierarchy level", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  AggregateOptions o;
  o.normalisation.by_level = true;
  const AggregateResult r = aggregate(m, o);
  // I3 without R: min 2, max 4 over M1, M2.
  CHECK_THAT(normalised(m, r, "I3", "M2"), WithinAbs(100, 1e-12));
  // R alone in its pool: a zero range, missing.
  CHECK(std::isnan(normalised(m, r, "I3", "R")));
}

TEST_CASE("rows can be restricted to geographies and periods; pools are not", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  AggregateOptions o;
  o.geos = {"M2"};
  const AggregateResult r = aggregate(m, o);
  for (std::size_t i = 0; i < r.scores.size(); ++i) CHECK(r.scores.geo(i) == 2u);
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(43.75, 1e-12));
  o.periods = {"2021"};
  CHECK_THROWS_AS(aggregate(m, o), Error);
}

TEST_CASE("options naming unknown ids are errors naming the option", "[aggregate][model]") {
  const Model m = hand_model().freeze();
  const auto fails_on = [&](AggregateOptions o, const std::string& field) {
    try {
      aggregate(m, o);
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(e.diagnostics().front().code == codes::bad_value);
      CHECK(e.diagnostics().front().location.field == field);
    }
  };
  AggregateOptions o;
  o.geos = {"nowhere"};
  fails_on(o, "geos");
  o = {};
  o.node_methods = {{"nope", {}}};
  fails_on(o, "node_methods");
  o = {};
  o.indicator_normalisation = {{"nope", {}}};
  fails_on(o, "indicator_normalisation");
  o = {};
  o.min_coverage = 1.5;
  fails_on(o, "min_coverage");
  o = {};
  o.normalisation.method = Normalisation::dist_to_ref;
  fails_on(o, "normalisation");
  o = {};
  o.periods = {"20x0"};
  fails_on(o, "periods");
}

TEST_CASE("text assessments are returned as written, never in a score", "[aggregate][model]") {
  ModelBuilder b = hand_model();
  b.add_indicator("T1", "G").measure = Measure::text;
  b.add_observation("T1", "R", "2020", std::nullopt).text = "Good progress.";
  b.add_observation("T1", "M1", "2020", std::nullopt).text = "Slow.";
  const Model m = b.freeze();
  const AggregateResult r = aggregate(m);
  REQUIRE(r.assessments.size() == 2);
  CHECK(r.assessments[0].text == "Good progress.");  // R comes first in geography order
  CHECK(r.assessments[1].text == "Slow.");
  CHECK_THAT(score(m, r, "G", "M2"), WithinAbs(43.75, 1e-12));  // unchanged
  CHECK_FALSE(r.values.find(4, 0, y2020));
}
