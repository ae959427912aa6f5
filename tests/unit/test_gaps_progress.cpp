// Open SDG's progress measure and the trend arithmetic on hand-computed series, and the
// rendering of messages (numbers in English and Swedish style, optional parts).
#include <catch2/catch.hpp>
#include <cmath>

#include "gaps/messages.hpp"
#include "gaps/progress.hpp"

using namespace impactgraph;
using namespace impactgraph::gaps;
using Catch::Detail::Approx;

TEST_CASE("compound annual growth as Open SDG's growth_calculation", "[gaps][progress]") {
  // (55 / 50)^(1/5) - 1 = 1.1^0.2 - 1 = 0.0192449
  CHECK(*cagr(50, 2015, 55, 2020) == Approx(0.0192448765));
  CHECK(*cagr(100, 2000, 50, 2001) == Approx(-0.5));
  CHECK_FALSE(cagr(0, 2015, 5, 2020));       // no base
  CHECK_FALSE(cagr(10, 2015, -5, 2020));     // a change of sign
  CHECK_FALSE(cagr(10, 2015, 12, 2015));     // no time
}

TEST_CASE("the progress ratio: baseline 50 (2015), target 60 (2030), observed 55 (2020)", "[gaps][progress]") {
  // observed 1.9245 %, required (60/50)^(1/15) - 1 = 1.2229 %: ratio 1.5737 -> on track
  const auto p = progress_ratio(50, 2015, 55, 2020, 60, 2030, +1);
  REQUIRE(p);
  CHECK(*p == Approx(0.0192448765 / 0.0122289399));
  CHECK(*p == Approx(1.5737).epsilon(1e-4));
  const ProgressThresholds th;
  CHECK(classify_ratio(*p, th) == ProgressClass::on_track);
  // 51 in 2020: (1.02)^(0.2) - 1 = 0.39684 %; ratio 0.3245 -> limited
  CHECK(*progress_ratio(50, 2015, 51, 2020, 60, 2030, +1) == Approx(0.0039684 / 0.0122289399).epsilon(1e-4));
  CHECK(classify_ratio(*progress_ratio(50, 2015, 51, 2020, 60, 2030, +1), th) == ProgressClass::limited);
  // 54 in 2020: 1.5511 % / 1.2229 % = 1.268 -> on track; 52.5: 0.9806 % -> 0.8019 moderate
  CHECK(classify_ratio(*progress_ratio(50, 2015, 52.5, 2020, 60, 2030, +1), th) == ProgressClass::moderate);
  CHECK(classify_ratio(*progress_ratio(50, 2015, 49, 2020, 60, 2030, +1), th) == ProgressClass::deteriorating);
}

TEST_CASE("a decrease target: both growth rates negative, the ratio positive when falling", "[gaps][progress]") {
  // 100 -> 80 over 5 years against 100 -> 50 over 15: (0.8)^(1/5) - 1 = -4.3648 %,
  // (0.5)^(1/15) - 1 = -4.5158 %; ratio = -1 * -4.3648 / 4.5158 = 0.9666
  const auto p = progress_ratio(100, 2015, 80, 2020, 50, 2030, -1);
  REQUIRE(p);
  CHECK(*p == Approx(0.043648 / 0.045158).epsilon(1e-4));
  CHECK(classify_ratio(*p, ProgressThresholds{}) == ProgressClass::on_track);
  // rising instead: negative
  CHECK(*progress_ratio(100, 2015, 105, 2020, 50, 2030, -1) < 0);
}

TEST_CASE("the linear analogue where a growth rate is undefined", "[gaps][progress]") {
  // from 0 to 3 in 3 years against 0 to 10 in 10: speeds 1 and 1 -> ratio 1
  CHECK(*progress_ratio(0, 2020, 3, 2023, 10, 2030, +1) == Approx(1.0));
  // net migration -2 -> 1 (a change of sign) against -2 -> 4 by 2032: 1 / 0.5 = 2
  CHECK(*progress_ratio(-2, 2020, 1, 2023, 4, 2032, +1) == Approx(2.0));
  // a target equal to the base value has no rate
  CHECK_FALSE(progress_ratio(50, 2015, 49, 2020, 50, 2030, +1));
}

TEST_CASE("methodology 1: direction-adjusted growth against 1.5 %, 0.5 %, 0", "[gaps][progress]") {
  const ProgressThresholds th;
  // 100 -> 110 in 5 years: 1.9245 % a year -> on track; falling wanted: -1.9245 % -> deteriorating
  CHECK(*progress_growth(100, 2015, 110, 2020, +1) == Approx(0.0192449));
  CHECK(classify_growth(*progress_growth(100, 2015, 110, 2020, +1), th) == ProgressClass::on_track);
  CHECK(classify_growth(*progress_growth(100, 2015, 110, 2020, -1), th) == ProgressClass::deteriorating);
  // 1 % a year -> moderate, 0.2 % -> limited
  CHECK(classify_growth(0.01, th) == ProgressClass::moderate);
  CHECK(classify_growth(0.002, th) == ProgressClass::limited);
  CHECK(classify_growth(0.0, th) == ProgressClass::limited);
  // a negative base value: s = -1 turns the sign (-100 -> -90 is a rise)
  CHECK(*progress_growth(-100, 2015, -90, 2016, +1) == Approx(0.1));
}

TEST_CASE("shortfall in [0, 1]", "[gaps][progress]") {
  CHECK(shortfall_from_ratio(1.57) == 0.0);
  CHECK(shortfall_from_ratio(0.25) == Approx(0.75));
  CHECK(shortfall_from_ratio(-0.4) == 1.0);
  CHECK(shortfall_from_growth(0.0075, ProgressThresholds{}) == Approx(0.5));
  CHECK(shortfall_from_growth(0.03, ProgressThresholds{}) == 0.0);
}

TEST_CASE("the straight line and the least-squares projection", "[gaps][progress]") {
  CHECK(straight_line(50, 2015, 60, 2030, 2020) == Approx(53.3333333));
  // points (0,1), (1,3), (2,2): t̄ = 1, ȳ = 2, b = (−1·−1 + 0 + 1·0) / 2 = 0.5, a = 1.5
  const std::vector<double> t{0, 1, 2}, y{1, 3, 2};
  const auto fit = fit_line(t, y);
  REQUIRE(fit);
  CHECK(fit->slope == Approx(0.5));
  CHECK(fit->intercept == Approx(1.5));
  // reaches 4 at (4 - 1.5) / 0.5 = 5; not before now
  CHECK(*projected_year(*fit, 4, +1, 2) == Approx(5.0));
  CHECK(*projected_year(*fit, 2.5, +1, 3) == Approx(3.0));
  CHECK_FALSE(projected_year(*fit, 0, -1, 2));  // rising, but a fall is wanted
  const std::vector<double> one{2020};
  CHECK_FALSE(fit_line(one, one));
}

TEST_CASE("numbers in English and Swedish style", "[gaps][messages]") {
  CHECK(format_number(1166381, Language::en) == "1,166,381");
  CHECK(format_number(1166381, Language::sv) == "1 166 381");
  CHECK(format_number(1234, Language::en) == "1234");
  CHECK(format_number(80.7, Language::sv) == "80,7");
  CHECK(format_number(5.2349, Language::en) == "5.23");
  CHECK(format_number(4.0, Language::en) == "4");
  CHECK(format_number(-0.0001, Language::en) == "0");
  CHECK(format_percent(0.125, Language::en) == "12.5%");
  CHECK(format_percent(0.125, Language::sv) == "12,5 %");
  CHECK(format_percent(-0.5, Language::en, 0) == "-50%");
}

TEST_CASE("templates: placeholders, optional parts, translated words", "[gaps][messages]") {
  const Args args{text_arg("a", "X"), number_arg("n", 2.5), word_arg("w", "deteriorating")};
  CHECK(render("{a} has {n}[ and {missing}].", args, Language::en) == "X has 2.5.");
  CHECK(render("{a} has {n}[ and {w}].", args, Language::sv) == "X has 2,5 and försämring.");
  CHECK(render("{unknown}", args, Language::en) == "{unknown}");
  CHECK(translate("goal", Language::sv) == "mål");
  CHECK(translate("action_goal", Language::sv) == "action_goal");
  CHECK(translate("K", Language::en) == "women");
}
