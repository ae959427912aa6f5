#include <catch2/catch.hpp>

#include "impactgraph/period.hpp"

using impactgraph::Period;

TEST_CASE("periods parse in their three forms and print back", "[period]") {
  auto y = Period::parse("2019");
  REQUIRE(y);
  CHECK(y->year == 2019);
  CHECK(y->kind == Period::Kind::year);
  CHECK(y->str() == "2019");

  auto q = Period::parse("2019Q3");
  REQUIRE(q);
  CHECK(q->kind == Period::Kind::quarter);
  CHECK(q->sub == 3);
  CHECK(q->str() == "2019Q3");
  CHECK(q->as_year() == Approx(2019.5));

  auto m = Period::parse("2019-05");
  REQUIRE(m);
  CHECK(m->kind == Period::Kind::month);
  CHECK(m->sub == 5);
  CHECK(m->str() == "2019-05");
  CHECK(m->as_year() == Approx(2019 + 4.0 / 12));
}

TEST_CASE("malformed periods are refused", "[period]") {
  for (const char* bad : {"", "19", "201", "20190", "2019Q0", "2019Q5", "2019q3", "2019-00", "2019-13", "2019-5",
                          "2019-055", " 2019", "2019 ", "0999", "abcd", "2019/05", "2019-1a"})
    CHECK_FALSE(Period::parse(bad));
}

TEST_CASE("periods order by time within a kind", "[period]") {
  CHECK(*Period::parse("2018") < *Period::parse("2019"));
  CHECK(*Period::parse("2019Q2") < *Period::parse("2019Q3"));
  CHECK(*Period::parse("2019-11") < *Period::parse("2020-01"));
  CHECK(*Period::parse("2019-12") < *Period::parse("2020-01"));
}
