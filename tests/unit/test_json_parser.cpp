// The project's own JSON parser (src/io/json): strict RFC 8259, positions, limits.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "impactgraph/diagnostic.hpp"
#include "io/utf8.hpp"
#include "io/json/json_parser.hpp"

using impactgraph::Diagnostic;
using impactgraph::Error;
namespace json = impactgraph::json;
using json::Kind;

namespace {

std::vector<Diagnostic> json_parse_errors(std::string_view text, const json::ParseOptions& options = {}) {
  try {
    json::parse(text, "t.json", options);
  } catch (const Error& e) {
    return e.diagnostics();
  }
  FAIL("expected a parse failure for: " << text);
  return {};
}

// The single diagnostic a bad text gives.
Diagnostic json_parse_error(std::string_view text) {
  const auto errors = json_parse_errors(text);
  REQUIRE(errors.size() == 1);
  return errors.front();
}

}  // namespace

TEST_CASE("json parser: scalars, containers and key order", "[json][parser]") {
  const json::Value v = json::parse(R"({"b": 1, "a": [true, false, null, "x", -2.5e1], "c": {}})", "t.json");
  REQUIRE(v.is(Kind::object));
  REQUIRE(v.members.size() == 3);
  CHECK(v.members[0].key == "b");
  CHECK(v.members[1].key == "a");
  CHECK(v.members[2].key == "c");
  const json::Value& a = *v.find("a");
  REQUIRE(a.items.size() == 5);
  CHECK(a.items[0].boolean);
  CHECK(a.items[1].is(Kind::boolean));
  CHECK_FALSE(a.items[1].boolean);
  CHECK(a.items[2].is(Kind::null));
  CHECK(a.items[3].text == "x");
  CHECK(a.items[4].number == -25.0);
  CHECK(a.items[4].text == "-2.5e1");
  CHECK(v.find("c")->is(Kind::object));
  CHECK(v.find("missing") == nullptr);
  CHECK(json::parse(" 7 ", "t").number == 7.0);
  CHECK(json::parse("\"s\"", "t").text == "s");
}

TEST_CASE("json parser: every value records its line and column", "[json][parser]") {
  const json::Value v = json::parse("{\n  \"a\": [1,\n        22],\r\n\t\"b\": \"x\"\n}", "t.json");
  CHECK(v.line == 1);
  CHECK(v.column == 1);
  const json::Value& a = *v.find("a");
  CHECK(a.line == 2);
  CHECK(a.column == 8);
  CHECK(a.items[0].line == 2);
  CHECK(a.items[0].column == 9);
  CHECK(a.items[1].line == 3);
  CHECK(a.items[1].column == 9);
  CHECK(v.members[1].line == 4);  // the key "b", after a CRLF and a tab
  CHECK(v.members[1].column == 2);
  CHECK(v.find("b")->column == 7);
}

TEST_CASE("json parser: columns count characters, not bytes", "[json][parser]") {
  // "åäö" is 3 characters but 6 bytes; the error is at the 'x' in column 12.
  const Diagnostic d = json_parse_error("{\"åäö\": 1, x}");
  CHECK(d.code == "parse-error");
  CHECK(d.location.line == 1);
  CHECK(d.location.column == 12);
  CHECK(d.location.file == "t.json");
}

TEST_CASE("json parser: string escapes and surrogate pairs", "[json][parser]") {
  CHECK(json::parse(R"("\" \\ \/ \b \f \n \r \t")", "t").text == "\" \\ / \b \f \n \r \t");
  CHECK(json::parse(R"("\u00e9\u00C5")", "t").text == "\xC3\xA9\xC3\x85");  // é Å
  CHECK(json::parse(R"("\u20ac")", "t").text == "\xE2\x82\xAC");              // €
  CHECK(json::parse(R"("\ud83d\ude00")", "t").text == "\xF0\x9F\x98\x80");    // U+1F600
  CHECK(json::parse(R"("\uDBFF\uDFFF")", "t").text == "\xF4\x8F\xBF\xBF");    // U+10FFFF
  const std::string nul = json::parse(R"("a\u0000b")", "t").text;
  CHECK(nul == std::string("a\0b", 3));
  CHECK(json::parse("\"Örebro – 😀\"", "t").text == "Örebro – 😀");  // raw UTF-8 passes through

  CHECK(json_parse_error(R"("\ud83d")").code == "bad-encoding");
  CHECK(json_parse_error(R"("\ud83dx")").code == "bad-encoding");
  CHECK(json_parse_error(R"("\ud83d\u0041")").code == "bad-encoding");
  const Diagnostic low = json_parse_error("\n  \"ab\\ude00\"");
  CHECK(low.code == "bad-encoding");
  CHECK(low.location.line == 2);
  CHECK(low.location.column == 6);  // the backslash
  CHECK(json_parse_error(R"("\x")").code == "parse-error");
  CHECK(json_parse_error(R"("\u12G4")").code == "parse-error");
}

TEST_CASE("json parser: invalid UTF-8 is bad-encoding with its line", "[json][parser]") {
  const char* cases[] = {
      "{\n\"a\": \"\xE9t\xE9\"}",          // Latin-1 é
      "{\n\"a\": \"\xC0\x80\"}",           // overlong NUL
      "{\n\"a\": \"\xED\xA0\x80\"}",       // an encoded surrogate
      "{\n\"a\": \"\xF4\x90\x80\x80\"}",   // above U+10FFFF
      "{\n\"a\": \"\xE2\x82\"}",           // truncated sequence
      "{\n\"a\": \"\x80\"}",               // lone continuation byte
      "{\n\"a\": 1, \xFF}",                // outside a string
  };
  for (const char* text : cases) {
    INFO(text);
    const Diagnostic d = json_parse_error(text);
    CHECK(d.code == "bad-encoding");
    CHECK(d.location.line == 2);
  }
  CHECK(json_parse_error("\xFF\xFE{\0}").code == "bad-encoding");  // UTF-16 byte order mark
}

TEST_CASE("json parser: a UTF-8 byte order mark is skipped", "[json][parser]") {
  const json::Value v = json::parse("\xEF\xBB\xBF{\"a\": 1}", "t");
  CHECK(v.find("a")->number == 1.0);
  CHECK(v.column == 1);
  const Diagnostic d = json_parse_error("\xEF\xBB\xBF{\"a\": tru}");
  CHECK(d.location.column == 7);
}

TEST_CASE("json parser: strict RFC 8259 syntax", "[json][parser]") {
  const char* bad[] = {
      "{\"a\": 1,}",  "[1, 2,]",     "[1 2]",        "{\"a\" 1}",     "{a: 1}",      "{'a': 1}",
      "// c\n{}",     "{} /* c */",  "[NaN]",        "[Infinity]",    "[-Infinity]", "[01]",
      "[-01]",        "[.5]",        "[1.]",         "[1e]",          "[1e+]",       "[+1]",
      "[0x10]",       "[tru]",       "[nulls]",      "\"a\tb\"",      "\"a\nb\"",    "\"abc",
      "{} {}",        "[1]]",        "{\"a\":}",     "[",             "{",           "{\"a\": 1",
      "",             " \n\t\r\n ",  "\xEF\xBB\xBF", "-",             "[1,,2]",      "{,}",
  };
  for (const char* text : bad) {
    INFO("input: " << text);
    const auto errors = json_parse_errors(text);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().code == "parse-error");
    CHECK(errors.front().location.line >= 1);
    CHECK(errors.front().location.column >= 1);
  }
  CHECK_THAT(json_parse_error("").message, Catch::Contains("empty file"));
  CHECK_THAT(json_parse_error("  \n  ").message, Catch::Contains("empty file"));
  CHECK_THAT(json_parse_error("[1,]").message, Catch::Contains("trailing comma"));
  CHECK_THAT(json_parse_error("[NaN]").message, Catch::Contains("NaN"));
  CHECK_THAT(json_parse_error("[01]").message, Catch::Contains("leading zero"));

  const Diagnostic d = json_parse_error("{\n  \"a\": [1,\n    2,]\n}");
  CHECK(d.location.line == 3);
  CHECK(d.location.column == 7);
  const Diagnostic unterminated = json_parse_error("[\"ok\",\n   \"open");
  CHECK(unterminated.location.line == 2);
  CHECK(unterminated.location.column == 4);  // where the string starts
}

TEST_CASE("json parser: numbers", "[json][parser]") {
  CHECK(json::parse("0", "t").number == 0.0);
  CHECK(std::signbit(json::parse("-0", "t").number));
  CHECK(json::parse("0.1", "t").number == 0.1);
  CHECK(json::parse("1E+2", "t").number == 100.0);
  CHECK(json::parse("2.5e-3", "t").number == 0.0025);
  CHECK(json::parse("1e-300", "t").number == 1e-300);
  CHECK(json::parse("5e-324", "t").number == 5e-324);  // the smallest subnormal
  CHECK(json::parse("1.7976931348623157e308", "t").number == 1.7976931348623157e308);
  CHECK(json::parse("12345678901234567890", "t").number == 12345678901234567890.0);
  CHECK(json::parse("9007199254740993", "t").number == 9007199254740992.0);  // nearest double
  CHECK(json::parse("1.50", "t").text == "1.50");

  const auto errors = json_parse_errors("[1,\n 1e400,\n -1e400, 1e-400]");
  REQUIRE(errors.size() == 3);  // out-of-range does not stop the parse
  CHECK(errors[0].code == "out-of-range");
  CHECK(errors[0].location.line == 2);
  CHECK(errors[0].location.column == 2);
  CHECK(errors[0].location.field == "[1]");
  CHECK(errors[1].location.line == 3);
  CHECK(errors[2].location.line == 3);
  CHECK(errors[2].location.column == 10);
}

TEST_CASE("json parser: duplicate keys are parse errors naming both lines", "[json][parser]") {
  const auto errors = json_parse_errors("{\"id\": 1,\n \"x\": {\"k\": 1, \"k\": 2},\n \"id\": 2}");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].code == "parse-error");
  CHECK(errors[0].location.line == 2);
  CHECK(errors[0].location.column == 16);
  CHECK(errors[1].location.line == 3);
  CHECK(errors[1].location.column == 2);
  CHECK(errors[0].location.field == "x.k");
  CHECK(errors[1].location.field == "id");
  CHECK_THAT(errors[1].message, Catch::Contains("\"id\"") && Catch::Contains("line 1"));
  CHECK(json::parse(R"({"a": {"k": 1}, "b": {"k": 2}})", "t").members.size() == 2);  // other objects
}

TEST_CASE("json parser: nesting depth is limited", "[json][parser]") {
  const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  CHECK(json::parse(nested(256), "t").is(Kind::array));
  const Diagnostic d = json_parse_error(nested(257));
  CHECK(d.code == "limit-exceeded");
  CHECK(d.location.column == 257);
  CHECK_THAT(d.message, Catch::Contains("256") && Catch::Contains("max_depth"));
  // Far beyond any stack: still an error, not a crash.
  CHECK(json_parse_error(std::string(1000000, '[')).code == "limit-exceeded");
  CHECK(json_parse_error(std::string(100000, '{')).code == "parse-error");  // '{' is not a key
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  CHECK(json_parse_error(objects).code == "limit-exceeded");

  json::ParseOptions shallow;
  shallow.max_depth = 2;
  CHECK(json::parse(R"({"a": [1]})", "t", shallow).is(Kind::object));
  CHECK(json_parse_errors(R"({"a": [[1]]})", shallow).front().location.column == 8);
}

TEST_CASE("json text helpers: quoting, numbers, compact form", "[json][parser]") {
  CHECK(json::quote("a\"b\\c") == R"("a\"b\\c")");
  CHECK(json::quote(std::string("\n\t\r\b\f\x01\x1f\x7f", 8)) == R"("\n\t\r\b\f\u0001\u001f\u007f")");
  CHECK(json::quote(std::string("\0", 1)) == R"("\u0000")");
  CHECK(json::quote("é/😀") == "\"é/😀\"");

  CHECK(json::format_number(0.1) == "0.1");
  CHECK(json::format_number(1200000.0) == "1200000");
  CHECK(json::format_number(12000000.0) == "12000000");
  CHECK(json::format_number(-3.0) == "-3");
  CHECK(json::format_number(-0.0) == "-0");
  CHECK(json::format_number(1e21) == "1e+21");
  CHECK(json::format_number(1e-300) == "1e-300");
  CHECK(json::format_number(0.1 + 0.2) == "0.30000000000000004");
  CHECK(json::format_number(78.1) == "78.1");

  const json::Value v = json::parse("{ \"a\" : [1, 2.50, \"x\\u000a\"],\n \"b\":null, \"c\": {\"d\": false} }", "t");
  CHECK(json::to_compact(v) == R"({"a":[1,2.50,"x\n"],"b":null,"c":{"d":false}})");

  CHECK(impactgraph::utf8::valid("Örebro"));
  CHECK(impactgraph::utf8::first_invalid("ab\xE9") == 2u);
}
