// The RFC 4180 parser of the CSV bundle: quoting, line numbers, separators, errors.
#include <catch2/catch.hpp>

#include <random>

#include "io/csv/csv_parser.hpp"
#include "io/csv/lines.hpp"
#include "io/utf8.hpp"

using impactgraph::Diagnostic;
using impactgraph::csv::parse;
using impactgraph::csv::Table;

namespace {
Table parse_ok(std::string_view text) {
  std::vector<Diagnostic> errors;
  Table t = parse(text, "t.csv", errors);
  INFO((errors.empty() ? std::string() : impactgraph::format(errors.front())));
  REQUIRE(errors.empty());
  return t;
}
using Fields = std::vector<std::string>;
}  // namespace

TEST_CASE("csv parser: plain comma file", "[csv][parser]") {
  const Table t = parse_ok("id,level\nA,goal\nB,vision\n");
  CHECK(t.separator == ',');
  CHECK_FALSE(t.decimal_comma);
  CHECK(t.has_header);
  CHECK(t.header == Fields{"id", "level"});
  CHECK(t.header_line == 1);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields == Fields{"A", "goal"});
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[1].fields == Fields{"B", "vision"});
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("csv parser: quoted separators, doubled quotes and line breaks", "[csv][parser]") {
  const Table t = parse_ok(
      "id,label,x\r\n"
      "1,\"a,b\",\"say \"\"hi\"\"\"\r\n"     // line 2
      "2,\"line1\r\nline2\",z\r\n"           // lines 3-4
      "3,\"l1\nl2\nl3\",w\r\n"               // lines 5-7
      "4,last,q");                           // line 8, no final line break
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].fields == Fields{"1", "a,b", "say \"hi\""});
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[1].fields == Fields{"2", "line1\r\nline2", "z"});
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].fields == Fields{"3", "l1\nl2\nl3", "w"});
  CHECK(t.rows[2].line == 5);
  CHECK(t.rows[3].fields == Fields{"4", "last", "q"});
  CHECK(t.rows[3].line == 8);
}

TEST_CASE("csv parser: empty fields, quoted empties, short records", "[csv][parser]") {
  const Table t = parse_ok("a,b,c\n,,x\n\"\",,\n1\n2,3,\n");
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].fields == Fields{"", "", "x"});
  CHECK(t.rows[1].fields == Fields{"", "", ""});  // kept: a quoted cell marks it as a record
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].fields == Fields{"1"});           // fewer fields than the header is fine
  CHECK(t.rows[3].fields == Fields{"2", "3", ""});  // trailing separator = an empty last field
}

TEST_CASE("csv parser: blank lines and lines of separators are skipped, lines still count", "[csv][parser]") {
  const Table t = parse_ok("\n\nid;level\r\n\r\nA;goal\r\n;;\r\n\r\nB;x\r\n\r\n");
  CHECK(t.header_line == 3);
  CHECK(t.separator == ';');
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 5);
  CHECK(t.rows[1].line == 8);
}

TEST_CASE("csv parser: lone CR ends a line too", "[csv][parser]") {
  const Table t = parse_ok("id,level\rA,goal\rB,x");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields == Fields{"B", "x"});
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("csv parser: BOM skipped, separator and decimal mode detected", "[csv][parser]") {
  const Table semi = parse_ok("\xEF\xBB\xBFid;level;weight\n");
  CHECK(semi.header == Fields{"id", "level", "weight"});
  CHECK(semi.separator == ';');
  CHECK(semi.decimal_comma);

  const Table tab = parse_ok("id\tlevel\nA\tgoal, with comma\n");
  CHECK(tab.separator == '\t');
  CHECK_FALSE(tab.decimal_comma);
  REQUIRE(tab.rows.size() == 1);
  CHECK(tab.rows[0].fields == Fields{"A", "goal, with comma"});

  using impactgraph::csv::detect_separator;
  CHECK(detect_separator("\"a;b;c\",d\n") == ',');         // separators inside quotes do not count
  CHECK(detect_separator("id;level;Område, namn\n") == ';');  // the most frequent wins
  CHECK(detect_separator("a,b;c\n") == ',');                // tie: ',' first
  CHECK(detect_separator("id\n1;2;3\n") == ',');            // only the header line counts
  CHECK(detect_separator("\n\nx;y\n") == ';');              // the first non-blank line
}

TEST_CASE("csv parser: empty file is an empty table", "[csv][parser]") {
  CHECK_FALSE(parse_ok("").has_header);
  CHECK_FALSE(parse_ok("\xEF\xBB\xBF\r\n\r\n").has_header);
  const Table header_only = parse_ok("id,name\n");
  CHECK(header_only.has_header);
  CHECK(header_only.rows.empty());
}

namespace {
std::vector<Diagnostic> csv_parse_errors(std::string_view text, Table* out = nullptr) {
  std::vector<Diagnostic> errors;
  Table t = parse(text, "t.csv", errors);
  if (out) *out = std::move(t);
  return errors;
}
}  // namespace

TEST_CASE("csv parser: unterminated quote stops parsing", "[csv][parser][errors]") {
  Table t;
  const auto errors = csv_parse_errors("id,label\nA,ok\nB,\"open\nC,x\n", &t);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "parse-error");
  CHECK(errors[0].location.file == "t.csv");
  CHECK(errors[0].location.line == 3);
  CHECK(errors[0].location.column == 2);
  CHECK(errors[0].location.field == "label");
  CHECK(t.rows.size() == 1);  // A only
}

TEST_CASE("csv parser: stray quotes and text after a closing quote", "[csv][parser][errors]") {
  Table t;
  auto errors = csv_parse_errors("id,label\nA,ab\"c\nB,ok\n", &t);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "parse-error");
  CHECK(errors[0].location.line == 2);
  CHECK(errors[0].location.field == "label");
  REQUIRE(t.rows.size() == 1);  // the bad record is left out, parsing goes on
  CHECK(t.rows[0].fields == Fields{"B", "ok"});

  errors = csv_parse_errors("id,label\n\"A\"x,ok\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].location.line == 2);
  CHECK(errors[0].location.column == 1);
  CHECK(errors[0].location.field == "id");
}

TEST_CASE("csv parser: more fields than the header", "[csv][parser][errors]") {
  Table t;
  const auto errors = csv_parse_errors("a,b\n1,2\n1,2,3\n", &t);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "parse-error");
  CHECK(errors[0].location.line == 3);
  CHECK(errors[0].location.column == 3);
  CHECK(t.rows.size() == 1);
}

TEST_CASE("csv parser: header problems", "[csv][parser][errors]") {
  auto errors = csv_parse_errors("id,name,id\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "parse-error");
  CHECK(errors[0].location.line == 1);
  CHECK(errors[0].location.column == 3);
  CHECK(errors[0].location.field == "id");

  Table t;
  errors = csv_parse_errors("id,,name\n1,,a\n2,x,b\n", &t);  // an unnamed column must stay empty
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].location.line == 3);
  CHECK(errors[0].location.column == 2);
  CHECK(t.rows.size() == 1);
}

TEST_CASE("csv parser: invalid UTF-8 is reported with its line", "[csv][parser][errors]") {
  auto errors = csv_parse_errors("id;label\r\nA;b\r\nC;\xD6rebro\r\n");  // Latin-1 Ö
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "bad-encoding");
  CHECK(errors[0].location.line == 3);

  errors = csv_parse_errors(std::string("\xFF\xFEi\0d\0", 6));  // UTF-16 LE with BOM
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "bad-encoding");
  CHECK(errors[0].location.line == 1);
  CHECK(errors[0].message.find("UTF-16") != std::string::npos);
}

TEST_CASE("utf8: validity by hand-picked sequences", "[csv][utf8]") {
  const auto first_invalid_utf8 = impactgraph::utf8::first_invalid;
  CHECK_FALSE(first_invalid_utf8("Örebro – 😀"));
  CHECK(first_invalid_utf8("ab\xC0\xAF") == 2u);           // overlong '/'
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);         // UTF-16 surrogate
  CHECK(first_invalid_utf8("x\xF4\x90\x80\x80") == 1u);    // above U+10FFFF
  CHECK(first_invalid_utf8("\xE2\x82") == 0u);             // truncated
  CHECK(first_invalid_utf8("a\x80") == 1u);                // lone continuation byte
  CHECK_FALSE(first_invalid_utf8("\xF0\x9F\x98\x80\xEF\xBF\xBD"));
  using impactgraph::csv::line_at;
  CHECK(line_at("a\nb\r\nc\rd", 0) == 1u);
  CHECK(line_at("a\nb\r\nc\rd", 2) == 2u);
  CHECK(line_at("a\nb\r\nc\rd", 5) == 3u);
  CHECK(line_at("a\nb\r\nc\rd", 7) == 4u);
}

TEST_CASE("csv parser: arbitrary bytes give rows or errors, never nonsense", "[csv][parser]") {
  const std::vector<std::string> pieces{"a", "1", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "\xFF",
                                        "\xEF\xBB\xBF"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = std::uniform_int_distribution<int>(0, 40)(random);
    for (int i = 0; i < n; ++i)
      text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
    std::vector<Diagnostic> errors;
    const Table t = parse(text, "f.csv", errors);
    INFO("round " << round);
    std::uint32_t last = t.header_line;
    for (const auto& r : t.rows) {
      CHECK(r.fields.size() <= t.header.size());
      CHECK(r.line > last);  // records start on later and later lines
      last = r.line;
    }
    for (const Diagnostic& d : errors) {
      CHECK((d.code == "parse-error" || d.code == "bad-encoding"));
      CHECK(d.location.file == "f.csv");
      CHECK(d.location.line >= 1);
    }
  }
}
