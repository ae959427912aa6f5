// Equality gaps (municipalities, women and men) and data gaps (no data, missing periods,
// stale series, low coverage), each on a model that triggers it and one that does not.
#include <catch2/catch.hpp>

#include "gaps_fixture.hpp"

using namespace gaps_test;
using Catch::Detail::Approx;

namespace {
// Region R with municipalities K1..K4 and indicator I (to rise) on the goal.
ModelBuilder region_model() {
  ModelBuilder b = chain();
  b.add_geography("R", "Regionen");
  for (const char* k : {"K1", "K2", "K3", "K4"}) b.add_geography(k, std::string("Kommun ") + k, "R");
  IndicatorSpec& i = b.add_indicator("I", "G1", "Indikatorn");
  i.direction = Direction::increase;
  i.baseline = Baseline{"2016", 10};
  Target t;
  t.kind = TargetKind::direction;
  i.targets.push_back(t);
  return b;
}

void values(ModelBuilder& b, const std::string& period, const std::vector<double>& k, double region) {
  for (std::size_t j = 0; j < k.size(); ++j) b.add_observation("I", "K" + std::to_string(j + 1), period, k[j]);
  b.add_observation("I", "R", period, region);
}
}  // namespace

TEST_CASE("unequal-municipalities: coefficient of variation, max/min, the region's value, the trend", "[gaps][equality]") {
  ModelBuilder b = region_model();
  values(b, "2016", {10, 10, 10, 12}, 10.5);
  values(b, "2020", {10, 10, 10, 20}, 12);
  const GapReport r = detect_gaps(b.freeze());
  const Gap* g = find_gap(r, gap_codes::unequal_municipalities, "I");
  REQUIRE(g != nullptr);
  // mean 12.5, population sd sqrt(18.75) = 4.3301, CV 0.34641; in 2016: sd 0.8660 / 10.5 = 0.08248
  CHECK(number(*g, "cv") == Approx(0.3464102));
  CHECK(number(*g, "mean") == Approx(12.5));
  CHECK(number(*g, "max_min") == Approx(2.0));
  CHECK(number(*g, "cv_base") == Approx(0.0824786));
  CHECK(text(*g, "trend") == "widening");
  CHECK(number(*g, "region_value") == 12.0);
  CHECK(number(*g, "gap_to_region") == Approx(-2.0));  // the worst (lowest), 10, against 12
  CHECK(g->ids == std::vector<std::string>{"I", "R", "K1", "K4"});
  CHECK(g->message ==
        "I “Indikatorn” differs widely between the municipalities of Regionen (R): coefficient of variation 34.6% "
        "(2020), widening from 8.2% (2016); from 10 in Kommun K1 (K1) to 20 in Kommun K4 (K4) (max/min 2.00), "
        "with Regionen (R) at 12.");

  ModelBuilder even = region_model();
  values(even, "2020", {10, 10.5, 11, 10.2}, 10.4);
  CHECK(with_code(detect_gaps(even.freeze()), gap_codes::unequal_municipalities).empty());
}

TEST_CASE("unequal-municipalities: max/min alone; counts and negative values skipped", "[gaps][equality]") {
  ModelBuilder b = region_model();
  values(b, "2020", {10, 15, 15, 15}, 14);  // CV 0.1575, max/min 1.5
  const Model m = b.freeze();
  GapOptions o;
  o.cv_threshold = 0.2;
  CHECK(with_code(detect_gaps(m, o), gap_codes::unequal_municipalities).size() == 1);
  o.max_min_threshold = 1.6;
  CHECK(with_code(detect_gaps(m, o), gap_codes::unequal_municipalities).empty());

  ModelBuilder counts = region_model();
  counts.spec().indicators[0].geo_aggregation = Aggregation::sum;
  values(counts, "2020", {10, 10, 10, 200}, 230);
  CHECK(with_code(detect_gaps(counts.freeze()), gap_codes::unequal_municipalities).empty());

  ModelBuilder negative = region_model();
  values(negative, "2020", {-5, 2, 8, 11}, 4);
  CHECK(with_code(detect_gaps(negative.freeze()), gap_codes::unequal_municipalities).empty());
}

TEST_CASE("gender-gap: women against men, with its trend and the municipalities", "[gaps][equality]") {
  ModelBuilder b = region_model();
  b.add_observation("I", "R", "2016", 30.0, "K");
  b.add_observation("I", "R", "2016", 20.0, "M");
  b.add_observation("I", "R", "2020", 28.0, "K");
  b.add_observation("I", "R", "2020", 20.0, "M");
  b.add_observation("I", "K1", "2020", 21.0, "K");  // 1 / 20.5 = 4.9 %
  b.add_observation("I", "K1", "2020", 20.0, "M");
  b.add_observation("I", "K2", "2020", 25.0, "K");  // 5 / 22.5 = 22 %
  b.add_observation("I", "K2", "2020", 20.0, "M");
  const GapReport r = detect_gaps(b.freeze());
  const auto found = with_code(r, gap_codes::gender_gap);
  REQUIRE(found.size() == 1);  // the region only
  const Gap& g = *found[0];
  CHECK(g.ids == std::vector<std::string>{"I", "R"});
  CHECK(number(g, "gap") == 8.0);
  CHECK(number(g, "relative_gap") == Approx(8.0 / 24.0));
  CHECK(number(g, "gap_base") == 10.0);
  CHECK(text(g, "trend") == "narrowing");
  CHECK(number(g, "municipalities") == 2);
  CHECK(number(g, "municipalities_over") == 1);
  CHECK(g.message == "I “Indikatorn” in Regionen (R) differs between women and men: 28 for women and 20 for men (2020), "
                     "a gap of 8 or 33.3%; it was 10 (2016), narrowing; 1 of 2 municipalities have a gap of 10% or "
                     "more.");

  ModelBuilder close = region_model();
  close.add_observation("I", "R", "2020", 20.5, "K");
  close.add_observation("I", "R", "2020", 20.0, "M");
  CHECK(with_code(detect_gaps(close.freeze()), gap_codes::gender_gap).empty());
}

TEST_CASE("no-data: an indicator without a value anywhere", "[gaps][data]") {
  ModelBuilder b = region_model();
  b.add_indicator("J", "E1", "Tom");
  values(b, "2020", {1, 1, 1, 1}, 1);
  const GapReport r = detect_gaps(b.freeze());
  const auto found = with_code(r, gap_codes::no_data);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->ids == std::vector<std::string>{"J", "E1"});
  CHECK(found[0]->message == "Indicator J “Tom” has no observations with a value up to 2020.");
}

TEST_CASE("missing-periods: periods nobody has, and single missing values", "[gaps][data]") {
  ModelBuilder b = chain();
  b.add_geography("R", "Regionen");
  b.add_geography("S", "Staden");
  IndicatorSpec& i = b.add_indicator("I", "G1", "Indikatorn");
  i.baseline = Baseline{"2015", 1};
  for (const char* p : {"2015", "2016", "2018", "2020"}) b.add_observation("I", "R", p, 1.0);
  for (const char* p : {"2015", "2016", "2017", "2018", "2020"}) b.add_observation("I", "S", p, 1.0);
  const GapReport r = detect_gaps(b.freeze());
  const Gap* g = find_gap(r, gap_codes::missing_periods, "I");
  REQUIRE(g != nullptr);
  // 2015-2020 in two geographies: R lacks 2017 and 2019, S lacks 2019.
  CHECK(number(*g, "expected") == 6);
  CHECK(number(*g, "missing") == 3);
  CHECK(text(*g, "periods") == "2019");
  CHECK(text(*g, "cells") == "Regionen 2017");
  CHECK(g->ids == std::vector<std::string>{"I", "R", "S"});
  CHECK(g->message == "I “Indikatorn” lacks 3 of the 12 values expected (periods 2015–2020, geographies with data: 2); "
                      "no geography has a value for 2019; missing too: Regionen 2017.");

  ModelBuilder full = chain();
  full.add_geography("R");
  full.add_indicator("I", "G1");
  series(full, "I", "R", 2015, {1, 2, 3});
  CHECK(with_code(detect_gaps(full.freeze()), gap_codes::missing_periods).empty());
}

TEST_CASE("stale-series: the latest value two or more periods back", "[gaps][data]") {
  ModelBuilder b = chain();
  b.add_geography("R");
  b.add_indicator("Fresh", "G1");
  b.add_indicator("Old", "G1");
  b.add_indicator("Late", "G1");
  series(b, "Fresh", "R", 2015, {1, 1, 1, 1, 1, 1});  // to 2020
  series(b, "Old", "R", 2015, {1, 1, 1});             // to 2017: three behind
  series(b, "Late", "R", 2015, {1, 1, 1, 1, 1});      // to 2019: one behind
  const GapReport r = detect_gaps(b.freeze());
  const auto stale = with_code(r, gap_codes::stale_series);
  REQUIRE(stale.size() == 1);
  CHECK(stale[0]->ids == std::vector<std::string>{"Old"});
  CHECK(text(*stale[0], "latest") == "2017");
  CHECK(number(*stale[0], "behind") == 3);
  // The stale tail is not counted as missing periods again; Late's 2020 is.
  CHECK(find_gap(r, gap_codes::missing_periods, "Old") == nullptr);
  REQUIRE(find_gap(r, gap_codes::missing_periods, "Late") != nullptr);
  GapOptions o;
  o.stale_after = 4;
  CHECK(with_code(detect_gaps(b.freeze(), o), gap_codes::stale_series).empty());
}

TEST_CASE("low-coverage: few of the region's municipalities have a value", "[gaps][data]") {
  ModelBuilder b = region_model();
  b.add_observation("I", "K1", "2020", 1.0);
  b.add_observation("I", "R", "2020", 1.0);
  const GapReport r = detect_gaps(b.freeze());
  const Gap* g = find_gap(r, gap_codes::low_coverage, "I");
  REQUIRE(g != nullptr);
  CHECK(number(*g, "covered") == 1);
  CHECK(number(*g, "municipalities") == 4);
  CHECK(number(*g, "coverage") == 0.25);

  ModelBuilder half = region_model();
  half.add_observation("I", "K1", "2020", 1.0);
  half.add_observation("I", "K2", "2020", 1.0);
  CHECK(with_code(detect_gaps(half.freeze()), gap_codes::low_coverage).empty());  // 0.5 is not below 0.5
}
