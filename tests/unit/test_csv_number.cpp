// Numbers in CSV cells: both decimal styles, thousands groups, errors, round trip.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <cstdint>
#include <limits>
#include <random>

#include "io/csv/csv_number.hpp"

using impactgraph::csv::format_number;
using impactgraph::csv::parse_number;

namespace {
double ok(std::string_view cell, bool decimal_comma) {
  const auto r = parse_number(cell, decimal_comma);
  INFO("cell '" << std::string(cell) << "': " << r.message);
  REQUIRE(r.code.empty());
  return r.value;
}
std::string code(std::string_view cell, bool decimal_comma) {
  return std::string(parse_number(cell, decimal_comma).code);
}
}  // namespace

TEST_CASE("csv numbers: decimal point files", "[csv][number]") {
  CHECK(ok("1234.5", false) == 1234.5);
  CHECK(ok("-0.25", false) == -0.25);
  CHECK(ok("+2", false) == 2.0);
  CHECK(ok(" 7 ", false) == 7.0);
  CHECK(ok("1e3", false) == 1000.0);
  CHECK(ok("2.5E-1", false) == 0.25);
  CHECK(ok(".5", false) == 0.5);
  CHECK(ok("5.", false) == 5.0);
  CHECK(ok("\xE2\x88\x92" "3", false) == -3.0);  // U+2212 minus sign
  CHECK(code("1,5", false) == "bad-value");      // a decimal comma only in ';' files
  CHECK(code("1 234", false) == "bad-value");    // no thousands groups either
  for (const char* bad : {"abc", "1.2.3", "0x10", "1e", "--1", ".", "-", "1e5x", "12%", "#N/A", "1_000"})
    CHECK(code(bad, false) == "bad-value");
}

TEST_CASE("csv numbers: decimal comma files", "[csv][number]") {
  CHECK(ok("1234,5", true) == 1234.5);
  CHECK(ok("1234.5", true) == 1234.5);           // a plain point is read too
  CHECK(ok("1.234", true) == 1.234);             // a point is never a thousands separator
  CHECK(ok("1 234,5", true) == 1234.5);
  CHECK(ok("1\xC2\xA0" "234\xC2\xA0" "567,25", true) == 1234567.25);  // no-break spaces
  CHECK(ok("1\xE2\x80\xAF" "000", true) == 1000.0);                  // narrow no-break space
  CHECK(ok("-12 000", true) == -12000.0);
  CHECK(ok("\xE2\x88\x92" "0,6", true) == -0.6);
  CHECK(ok(",5", true) == 0.5);
  CHECK(ok("1,5e3", true) == 1500.0);
  CHECK(ok("999 999 999", true) == 999999999.0);
  for (const char* bad : {"12 34", "1234 567", "1 2345", "1  234", "1 23", "1 234 5", "1,234,5", "1.234,5", "1 ,5"}) {
    INFO(bad);
    CHECK(code(bad, true) == "bad-value");
  }
  CHECK(ok(" 1 234 ", true) == 1234.0);  // surrounding spaces are not groups
}

TEST_CASE("csv numbers: range and non-finite", "[csv][number]") {
  for (bool comma : {false, true}) {
    CHECK(code("1e400", comma) == "out-of-range");
    CHECK(code("-1e400", comma) == "out-of-range");
    CHECK(code("1e-400", comma) == "out-of-range");
    for (const char* s : {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "INF"}) CHECK(code(s, comma) == "non-finite");
  }
  CHECK(ok("1.7976931348623157e308", false) == std::numeric_limits<double>::max());
  CHECK(ok("5e-324", false) == std::numeric_limits<double>::denorm_min());
}

TEST_CASE("csv numbers: shortest text in both styles", "[csv][number]") {
  CHECK(format_number(0.1, '.') == "0.1");
  CHECK(format_number(82.0, '.') == "82");
  CHECK(format_number(1234.5, ',') == "1234,5");
  CHECK(format_number(-0.6, ',') == "-0,6");
  CHECK(format_number(1e21, '.') == "1e+21");
  CHECK(format_number(1.5e-7, ',') == "1,5e-07");
}

TEST_CASE("csv numbers: format then parse gives back the same double", "[csv][number]") {
  std::mt19937_64 random(20240611);
  std::uniform_int_distribution<std::uint64_t> bits;
  int checked = 0;
  while (checked < 20000) {
    const std::uint64_t b = bits(random);
    double v;
    std::memcpy(&v, &b, sizeof v);
    if (!std::isfinite(v)) continue;
    ++checked;
    const double comma = ok(format_number(v, ','), true);
    const double point = ok(format_number(v, '.'), false);
    CHECK(std::memcmp(&comma, &v, sizeof v) == 0);
    CHECK(std::memcmp(&point, &v, sizeof v) == 0);
  }
}
