// Performance: the six target kinds evaluated on hand-computed series, and which of them
// become off-track or not-evaluable gaps.
#include <catch2/catch.hpp>
#include <cmath>

#include "gaps_fixture.hpp"

using namespace gaps_test;
using Catch::Detail::Approx;

namespace {

// The chain, one geography, and indicator I on the goal with the given target.
ModelBuilder one_indicator(const Target& t, Direction direction, const std::string& baseline_period,
                           double baseline_value = 0.0) {
  ModelBuilder b = chain();
  b.add_geography("R", "Regionen");
  IndicatorSpec& i = b.add_indicator("I", "G1", "Indikatorn");
  i.direction = direction;
  i.unit = "%";
  if (!baseline_period.empty()) i.baseline = Baseline{baseline_period, baseline_value};
  i.targets.push_back(t);
  return b;
}

Target level(double value, std::string period) {
  Target t;
  t.kind = TargetKind::level;
  t.value = value;
  t.period = std::move(period);
  return t;
}

}  // namespace

TEST_CASE("level: baseline 50 (2015), target 60 by 2030, observed 55 in 2020 is on track", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  b.add_observation("I", "R", "2015", 50.0);
  b.add_observation("I", "R", "2020", 55.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  REQUIRE(e != nullptr);
  CHECK(e->progress == ProgressClass::on_track);
  CHECK(*e->value == Approx(1.5737158).epsilon(1e-6));  // 1.9245 % / 1.2229 %
  CHECK(*e->line_value == Approx(53.333333));
  CHECK(*e->shortfall == 0.0);
  CHECK(e->headline);
  CHECK(with_code(r, gap_codes::off_track).empty());
}

TEST_CASE("level: 51 in 2020 is limited, an off-track gap with its figures", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  b.add_observation("I", "R", "2015", 50.0);
  b.add_observation("I", "R", "2020", 51.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  REQUIRE(e != nullptr);
  CHECK(e->progress == ProgressClass::limited);
  CHECK(*e->value == Approx(0.3245072).epsilon(1e-6));
  CHECK(*e->shortfall == Approx(1 - 0.3245072).epsilon(1e-6));
  // Least squares through (2015, 50), (2020, 51): 0.2 a year reaches 60 in 2015 + 10 / 0.2 = 2065.
  CHECK(*e->projected_year == Approx(2065.0));
  const auto found = with_code(r, gap_codes::off_track);
  REQUIRE(found.size() == 1);
  const Gap& g = *found[0];
  CHECK(g.ids == std::vector<std::string>{"I", "R", "G1"});
  CHECK(text(g, "class") == "limited");
  CHECK(text(g, "kind") == "level");
  CHECK(number(g, "current_value") == 51.0);
  CHECK(number(g, "line_value") == Approx(53.333333));
  CHECK(number(g, "deviation") == Approx(51 - 53.333333));
  CHECK(text(g, "target_period") == "2030");
  CHECK(g.message ==
        "I “Indikatorn” in Regionen (R) is off track (limited progress): 51 % (2020) against the target 60 % by "
        "2030, from 50 % (2015); the straight line to the target calls for 53.33 % now, and the rate of change is "
        "32% of the rate required; at the present trend the target is reached around 2065.");
}

TEST_CASE("level: achieved, deteriorating, and the direction taken from the target", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(40, "2030"), Direction::unspecified, "2015", 50);
  series(b, "I", "R", 2015, {50, 49, 47, 44});  // falling toward 40: direction -1 from the target's side
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  // (44/50)^(1/3) - 1 = -4.1716 %, (40/50)^(1/15) - 1 = -1.4766 %: ratio 2.825
  CHECK(e->progress == ProgressClass::on_track);
  CHECK(*e->value == Approx(0.0417162 / 0.0147659).epsilon(1e-4));

  ModelBuilder b2 = one_indicator(level(40, "2030"), Direction::decrease, "2015", 50);
  series(b2, "I", "R", 2015, {50, 45, 39});
  const Model m2 = b2.freeze();
  CHECK(evaluation(m2, detect_gaps(m2), "I", "R")->progress == ProgressClass::target_achieved);

  ModelBuilder b3 = one_indicator(level(40, "2030"), Direction::decrease, "2015", 50);
  series(b3, "I", "R", 2015, {50, 52});
  const Model m3 = b3.freeze();
  const GapReport r3 = detect_gaps(m3);
  CHECK(evaluation(m3, r3, "I", "R")->progress == ProgressClass::deteriorating);
  const auto off = with_code(r3, gap_codes::off_track);
  REQUIRE(off.size() == 1);
  CHECK(text(*off[0], "class") == "deteriorating");
  CHECK(off[0]->figure("projected_year") == nullptr);  // no projection for a series moving away
}

TEST_CASE("change: -50 % by 2030 against 2015", "[gaps][performance]") {
  Target t;
  t.kind = TargetKind::change;
  t.base_period = "2015";
  t.period = "2030";
  t.value = -0.5;
  ModelBuilder b = one_indicator(t, Direction::decrease, "2015", 10);
  series(b, "I", "R", 2015, {10});
  b.add_observation("I", "R", "2020", 9.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  // V = 10 * 0.5 = 5; (0.9)^(1/5) - 1 = -2.0852 %, (0.5)^(1/15) - 1 = -4.5158 %: ratio 0.4617
  CHECK(*e->target_value == Approx(5.0));
  CHECK(*e->value == Approx(0.4617444).epsilon(1e-6));
  CHECK(e->progress == ProgressClass::limited);
  const Gap* g = find_gap(r, gap_codes::off_track, "I");
  REQUIRE(g != nullptr);
  CHECK(g->message.find("against the target -50% from 10 % (2015), that is 5 %, by 2030") != std::string::npos);
  // 8 in 2020 instead: ratio 0.9666, on track.
  ModelBuilder b2 = one_indicator(t, Direction::decrease, "2015", 10);
  b2.add_observation("I", "R", "2015", 10.0);
  b2.add_observation("I", "R", "2020", 8.0);
  const Model m2 = b2.freeze();
  CHECK(evaluation(m2, detect_gaps(m2), "I", "R")->progress == ProgressClass::on_track);
}

TEST_CASE("threshold: achieved by op, else the growth toward it", "[gaps][performance]") {
  Target t;
  t.kind = TargetKind::threshold;
  t.op = ">=";
  t.value = 80.0;
  ModelBuilder b = one_indicator(t, Direction::increase, "2016", 70);
  b.add_observation("I", "R", "2016", 70.0);
  b.add_observation("I", "R", "2020", 75.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  // (75/70)^(1/4) - 1 = 1.7398 % >= 1.5 %: on track, though below the threshold
  CHECK(*e->value == Approx(0.0173978).epsilon(1e-5));
  CHECK(e->progress == ProgressClass::on_track);

  ModelBuilder b2 = one_indicator(t, Direction::increase, "2016", 70);
  series(b2, "I", "R", 2016, {70, 69, 68});
  const Model m2 = b2.freeze();
  CHECK(evaluation(m2, detect_gaps(m2), "I", "R")->progress == ProgressClass::deteriorating);

  Target below = t;
  below.op = "<";
  below.value = 5.0;
  ModelBuilder b3 = one_indicator(below, Direction::decrease, "2016", 6);
  series(b3, "I", "R", 2016, {6, 5});
  const Model m3 = b3.freeze();
  // 5 is not < 5, but 6 -> 5 in a year falls by 16.7 %: on track
  CHECK(evaluation(m3, detect_gaps(m3), "I", "R")->progress == ProgressClass::on_track);
  ModelBuilder b4 = one_indicator(below, Direction::decrease, "2016", 6);
  series(b4, "I", "R", 2016, {6, 4.9});
  const Model m4 = b4.freeze();
  CHECK(evaluation(m4, detect_gaps(m4), "I", "R")->progress == ProgressClass::target_achieved);
}

TEST_CASE("direction: methodology 1 on the series", "[gaps][performance]") {
  Target t;
  t.kind = TargetKind::direction;
  ModelBuilder b = one_indicator(t, Direction::increase, "2016", 100);
  b.add_observation("I", "R", "2016", 100.0);
  b.add_observation("I", "R", "2021", 102.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  CHECK(*e->value == Approx(0.0039684).epsilon(1e-5));  // 1.02^(1/5) - 1
  CHECK(e->progress == ProgressClass::limited);
  CHECK(*e->shortfall == Approx(1 - 0.0039684 / 0.015).epsilon(1e-4));
  REQUIRE(find_gap(r, gap_codes::off_track, "I") != nullptr);
}

namespace {
// Region R and peers P1, P2 (and P3) under the nation N; indicator I on G1.
ModelBuilder with_peers(const std::string& compare, std::vector<std::string> peers) {
  Target t;
  t.kind = TargetKind::peers;
  t.compare = compare;
  t.geos = std::move(peers);
  ModelBuilder b = one_indicator(t, Direction::increase, "2016", 0);
  b.add_geography("N", "Riket");
  b.spec().geographies[0].parent = "N";
  for (const char* p : {"P1", "P2", "P3"}) b.add_geography(p, p, "N");
  return b;
}

// The region of the peers tests is R (the nation N has more children).
GapOptions region_r() {
  GapOptions o;
  o.region = "R";
  return o;
}
}  // namespace

TEST_CASE("peers by level: the gap to the best peer", "[gaps][performance]") {
  ModelBuilder b = with_peers("level", {"P1", "P2"});
  series(b, "I", "R", 2016, {70, 72, 73, 73, 74});
  series(b, "I", "P1", 2016, {72, 72, 72, 73, 73});
  series(b, "I", "P2", 2016, {71, 72, 73, 74, 75});
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m, region_r());
  const Evaluation* e = evaluation(m, r, "I", "R");
  REQUIRE(e != nullptr);
  // gap 72 - 70 = 2 in 2016, 75 - 74 = 1 in 2020: -((1/2)^(1/4) - 1) = 15.9 % a year
  CHECK(*e->base_value == Approx(2.0));
  CHECK(*e->current_value == Approx(1.0));
  CHECK(*e->value == Approx(0.1591036).epsilon(1e-5));
  CHECK(e->progress == ProgressClass::on_track);
  // The peers themselves are not evaluated against themselves.
  CHECK(evaluation(m, r, "I", "P1") == nullptr);

  ModelBuilder b2 = with_peers("level", {"P1", "P2"});
  series(b2, "I", "R", 2016, {70, 76});
  series(b2, "I", "P1", 2016, {72, 73});
  series(b2, "I", "P2", 2016, {71, 75});
  const Model m2 = b2.freeze();
  CHECK(evaluation(m2, detect_gaps(m2), "I", "R")->progress == ProgressClass::target_achieved);

  // Ahead at the base, behind now: deteriorating, with the peers' figures.
  ModelBuilder b3 = with_peers("level", {"P1", "P2"});
  series(b3, "I", "R", 2016, {73, 72});
  series(b3, "I", "P1", 2016, {72, 73});
  series(b3, "I", "P2", 2016, {71, 71});
  const Model m3 = b3.freeze();
  const GapReport r3 = detect_gaps(m3, region_r());
  CHECK(evaluation(m3, r3, "I", "R")->progress == ProgressClass::deteriorating);
  const Gap* g = find_gap(r3, gap_codes::off_track, "I");
  REQUIRE(g != nullptr);
  CHECK(text(*g, "peer") == "P1");
  CHECK(number(*g, "peer_best") == 73.0);
  CHECK(number(*g, "beaten") == 1.0);
  CHECK(number(*g, "peers") == 2.0);
}

TEST_CASE("peers by growth: growth against each peer's over the same periods", "[gaps][performance]") {
  ModelBuilder b = with_peers("growth", {"P1", "P2", "P3"});
  series(b, "I", "R", 2016, {100, 119});
  series(b, "I", "P1", 2016, {100, 123});
  series(b, "I", "P2", 2016, {200, 250});
  series(b, "I", "P3", 2016, {50, 62});
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m, region_r());
  const Evaluation* e = evaluation(m, r, "I", "R");
  // +19 % against +23 %, +25 %, +24 %: betters none, but grows: limited, value 0
  CHECK(e->progress == ProgressClass::limited);
  CHECK(*e->value == 0.0);
  const Gap* g = find_gap(r, gap_codes::off_track, "I");
  REQUIRE(g != nullptr);
  CHECK(number(*g, "growth") == Approx(0.19));
  CHECK(number(*g, "peer_growth") == Approx(0.25));
  CHECK(text(*g, "peer") == "P2");

  ModelBuilder b2 = with_peers("growth", {"P1", "P2", "P3"});
  series(b2, "I", "R", 2016, {100, 124.5});
  series(b2, "I", "P1", 2016, {100, 123});
  series(b2, "I", "P2", 2016, {200, 250});
  series(b2, "I", "P3", 2016, {50, 62});
  const Model m2 = b2.freeze();
  const GapReport r2 = detect_gaps(m2);
  const Evaluation* e2 = evaluation(m2, r2, "I", "R");
  CHECK(e2->progress == ProgressClass::moderate);  // betters 2 of 3
  CHECK(*e2->value == Approx(2.0 / 3.0));
}

TEST_CASE("disparity: the K-M gap to reach 5 by 2030", "[gaps][performance]") {
  Target t;
  t.kind = TargetKind::disparity;
  t.between = {"K", "M"};
  t.value = 5.0;
  t.period = "2030";
  ModelBuilder b = one_indicator(t, Direction::decrease, "2016", 27.5);
  b.add_observation("I", "R", "2016", 30.0, "K");
  b.add_observation("I", "R", "2016", 18.4, "M");
  b.add_observation("I", "R", "2023", 28.8, "K");
  b.add_observation("I", "R", "2023", 18.5, "M");
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  REQUIRE(e != nullptr);
  // gap 11.6 -> 10.3: (10.3/11.6)^(1/7) - 1 = -1.6837 %, (5/11.6)^(1/14) - 1 = -5.8341 %: 0.2886
  CHECK(*e->base_value == Approx(11.6));
  CHECK(*e->current_value == Approx(10.3));
  CHECK(*e->value == Approx(0.2885939).epsilon(1e-5));
  CHECK(e->progress == ProgressClass::limited);
  const Gap* g = find_gap(r, gap_codes::off_track, "I");
  REQUIRE(g != nullptr);
  CHECK(g->message.find("the gap between women and men is 10.3 % (2023), from 11.6 % (2016); the target is 5 % by "
                        "2030, and the gap shrinks at 29% of the rate required") != std::string::npos);

  // Without a value: only to shrink, methodology 1 on the gap: 10 -> 9 in 4 years = 2.6 % a year.
  Target shrink;
  shrink.kind = TargetKind::disparity;
  shrink.between = {"K", "M"};
  ModelBuilder b2 = one_indicator(shrink, Direction::decrease, "2016", 0);
  for (auto [p, k, mm] : {std::tuple{"2016", 30.0, 20.0}, std::tuple{"2020", 29.0, 20.0}}) {
    b2.add_observation("I", "R", p, k, "K");
    b2.add_observation("I", "R", p, mm, "M");
  }
  const Model m2 = b2.freeze();
  const GapReport r2 = detect_gaps(m2);
  const Evaluation* e2 = evaluation(m2, r2, "I", "R");
  CHECK(*e2->value == Approx(0.0259963).epsilon(1e-5));
  CHECK(e2->progress == ProgressClass::on_track);

  // No K/M values: not available, a not-evaluable gap.
  ModelBuilder b3 = one_indicator(t, Direction::decrease, "2016", 27.5);
  b3.add_observation("I", "R", "2016", 27.5);
  const Model m3 = b3.freeze();
  const GapReport r3 = detect_gaps(m3);
  CHECK(evaluation(m3, r3, "I", "R")->reason == "no-breakdown");
  const Gap* ne = find_gap(r3, gap_codes::not_evaluable, "I");
  REQUIRE(ne != nullptr);
  CHECK(ne->severity == Severity::info);
  CHECK(text(*ne, "reason") == "no-breakdown");
}

TEST_CASE("not-evaluable: one observation since the base period", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  b.add_observation("I", "R", "2020", 55.0);
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Gap* g = find_gap(r, gap_codes::not_evaluable, "I");
  REQUIRE(g != nullptr);
  CHECK(text(*g, "reason") == "one-observation");
  CHECK(g->message == "The level target of I “Indikatorn” cannot be evaluated in Regionen (R): there is only one "
                      "value since the base period.");
  GapOptions sv;
  sv.language = Language::sv;
  CHECK(find_gap(detect_gaps(m, sv), gap_codes::not_evaluable, "I")->message ==
        "Målet av typen nivå för I ”Indikatorn” kan inte bedömas i Regionen (R): det finns bara ett värde sedan "
        "basperioden.");
}

TEST_CASE("the region is the headline; its municipalities are counted", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  for (const char* k : {"K1", "K2", "K3"}) b.add_geography(k, k, "R");
  for (auto [geo, now] : {std::pair{"R", 51.0}, {"K1", 51.0}, {"K2", 56.0}, {"K3", 49.0}}) {
    b.add_observation("I", geo, "2015", 50.0);
    b.add_observation("I", geo, "2020", now);  // limited, limited, on track, deteriorating
  }
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  REQUIRE(r.region);
  CHECK(*r.region == 0);
  CHECK(r.evaluations.size() == 4);
  CHECK_FALSE(evaluation(m, r, "I", "K3")->headline);
  CHECK(evaluation(m, r, "I", "K3")->progress == ProgressClass::deteriorating);
  const auto off = with_code(r, gap_codes::off_track);
  REQUIRE(off.size() == 1);  // the region only
  CHECK(off[0]->ids[1] == "R");
  CHECK(number(*off[0], "municipalities_evaluated") == 3);
  CHECK(number(*off[0], "municipalities_off_track") == 2);
  // Without a hierarchy every geography is a headline geography.
  GapOptions o;
  o.region = "K1";
  const GapReport r2 = detect_gaps(m, o);
  CHECK(with_code(r2, gap_codes::off_track).size() == 1);
  CHECK(with_code(r2, gap_codes::off_track)[0]->ids[1] == "K1");
  o.region = "nowhere";
  CHECK_THROWS_AS(detect_gaps(m, o), Error);
}

TEST_CASE("a ratio is evaluated on numerator / denominator * factor", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(6, "2030"), Direction::increase, "2016", 5);
  IndicatorSpec& ratio = b.spec().indicators[0];
  ratio.measure = Measure::ratio;
  ratio.numerator = "N";
  ratio.denominator = "D";
  ratio.factor = 1000;
  b.add_indicator("N", "G1").weight = 0;
  b.add_indicator("D", "G1").weight = 0;
  series(b, "N", "R", 2016, {1000, 1100});
  series(b, "D", "R", 2016, {200000, 200000});
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  const Evaluation* e = evaluation(m, r, "I", "R");
  REQUIRE(e != nullptr);
  CHECK(*e->base_value == Approx(5.0));
  CHECK(*e->current_value == Approx(5.5));
  // Helpers of weight 0 without targets give nothing; the ratio's own series is not "missing".
  CHECK(with_code(r, gap_codes::no_data).empty());
}

TEST_CASE("as of an earlier period, later observations are ignored", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  series(b, "I", "R", 2015, {50, 52, 54, 40});
  const Model m = b.freeze();
  CHECK(evaluation(m, detect_gaps(m), "I", "R")->progress == ProgressClass::deteriorating);
  GapOptions o;
  o.as_of = "2017";
  const GapReport r = detect_gaps(m, o);
  CHECK(r.as_of->str() == "2017");
  const Evaluation* e = evaluation(m, r, "I", "R");
  CHECK(e->current_period->str() == "2017");
  CHECK(e->progress == ProgressClass::on_track);
  o.as_of = "last year";
  CHECK_THROWS_AS(detect_gaps(m, o), Error);
}

TEST_CASE("an indicator of weight 0 is evaluated but gives no gap", "[gaps][performance]") {
  ModelBuilder b = one_indicator(level(60, "2030"), Direction::increase, "2015", 50);
  b.spec().indicators[0].weight = 0;
  series(b, "I", "R", 2015, {50, 49});
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  CHECK(evaluation(m, r, "I", "R")->progress == ProgressClass::deteriorating);
  CHECK(with_code(r, gap_codes::off_track).empty());
}
