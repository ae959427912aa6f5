#include "io/csv/csv_parser.hpp"

#include <array>

#include "io/csv/lines.hpp"
#include "io/utf8.hpp"
#include "io/limits_check.hpp"

namespace impactgraph::csv {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

Diagnostic syntax_error(const std::string& file, std::uint32_t line, std::uint32_t column,
                        std::string_view field, std::string message) {
  Diagnostic d;
  d.code = std::string(codes::parse_error);
  d.message = std::move(message);
  d.location = Location{file, line, column, std::string(field)};
  return d;
}

/// Explains the usual reasons a spreadsheet export is not UTF-8.
std::string encoding_message(std::string_view text, std::size_t offset) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
    return "the file is UTF-16; save it as CSV UTF-8";
  return "not valid UTF-8 at byte " + std::to_string(offset + 1) +
         " (perhaps Windows-1252 or Latin-1; save it as CSV UTF-8)";
}

/// A cursor over the text that counts physical lines as it goes.
class Scanner {
 public:
  Scanner(std::string_view text, char separator) : s_(text), sep_(separator) {}
  bool done() const noexcept { return i_ >= s_.size(); }
  char peek() const noexcept { return s_[i_]; }
  std::uint32_t line() const noexcept { return line_; }
  bool at_line_end() const noexcept { return done() || s_[i_] == '\n' || s_[i_] == '\r'; }
  bool at_separator() const noexcept { return !done() && s_[i_] == sep_; }

  /// Consumes one line break ("\r\n", "\n" or "\r") if there is one.
  void skip_line_end() noexcept {
    if (done()) return;
    if (s_[i_] == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
    ++i_;
    ++line_;
  }
  /// Consumes one byte, counting a line break inside a quoted field.
  char take() noexcept {
    const char c = s_[i_++];
    if (c == '\n' || (c == '\r' && (done() || s_[i_] != '\n'))) ++line_;
    return c;
  }

 private:
  std::string_view s_;
  char sep_;
  std::size_t i_ = 0;
  std::uint32_t line_ = 1;
};

struct RawRecord {
  Record record;
  bool any_quoted = false;
  bool bad = false;   // had a recoverable syntax error
  bool fatal = false; // unterminated quote: nothing after it can be parsed
};

/// Reads one record starting at the scanner's position (not at the end of input).
/// `table.header` names columns in messages (empty while reading the header itself).
RawRecord read_record(Scanner& in, const Table& table, std::vector<Diagnostic>& errors, const Limits& limits) {
  RawRecord raw;
  raw.record.line = in.line();
  const std::uint32_t start = in.line();
  // A limit stops the file: what follows cannot be read reliably, and must not be held.
  const auto over_limit = [&](std::string_view limit, std::size_t value, std::string what, std::uint32_t column) {
    errors.push_back(limits::exceeded(limit, value, what,
                                      Location{table.file, start, column,
                                               std::string(table.column_name(column - 1))}));
    raw.fatal = true;
  };
  for (;;) {
    const std::size_t index = raw.record.fields.size();
    const auto column = static_cast<std::uint32_t>(index + 1);
    if (index >= limits.max_columns) {
      over_limit("max_columns", limits.max_columns,
                 "a record of more than " + std::to_string(limits.max_columns) + " fields", column);
      return raw;
    }
    std::string field;
    const auto too_long = [&] {
      if (field.size() <= limits.max_string_bytes) return false;
      over_limit("max_string_bytes", limits.max_string_bytes,
                 "a field of " + std::to_string(field.size()) + " bytes or more", column);
      return true;
    };
    if (!in.done() && in.peek() == '"') {
      raw.any_quoted = true;
      in.take();
      for (;;) {
        if (in.done()) {
          errors.push_back(syntax_error(table.file, start, column, table.column_name(index),
                                        "unterminated quoted field (a '\"' is never closed)"));
          raw.fatal = true;
          return raw;
        }
        if (too_long()) return raw;
        const char c = in.take();
        if (c != '"') {
          field += c;
        } else if (!in.done() && in.peek() == '"') {
          field += in.take();
        } else {
          break;
        }
      }
      if (!in.at_line_end() && !in.at_separator()) {
        errors.push_back(syntax_error(table.file, start, column, table.column_name(index),
                                      "unexpected text after a closing quote"));
        raw.bad = true;
        while (!in.at_line_end() && !in.at_separator()) field += in.take();
      }
      if (too_long()) return raw;
    } else {
      bool stray = false;
      while (!in.at_line_end() && !in.at_separator()) {
        if (too_long()) return raw;
        const char c = in.take();
        stray = stray || c == '"';
        field += c;
      }
      if (too_long()) return raw;
      if (stray) {
        errors.push_back(syntax_error(table.file, start, column, table.column_name(index),
                                      "a quote inside an unquoted field (quote the whole field and double the quote)"));
        raw.bad = true;
      }
    }
    raw.record.fields.push_back(std::move(field));
    if (in.at_separator()) {
      in.take();
      continue;
    }
    in.skip_line_end();
    return raw;
  }
}

bool blank(const RawRecord& raw) noexcept {
  if (raw.any_quoted) return false;
  for (const std::string& f : raw.record.fields)
    if (!f.empty()) return false;
  return true;
}

void check_header(Table& table, std::vector<Diagnostic>& errors) {
  for (std::size_t i = 0; i < table.header.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (!table.header[i].empty() && table.header[i] == table.header[j])
        errors.push_back(syntax_error(table.file, table.header_line, static_cast<std::uint32_t>(i + 1),
                                      table.header[i], "duplicate column name"));
}

/// A column without a name may exist (spreadsheets leave some) but must stay empty.
void check_unnamed(const Table& table, const Record& r, std::vector<Diagnostic>& errors, bool& bad) {
  for (std::size_t i = 0; i < r.fields.size(); ++i)
    if (table.header[i].empty() && !r.fields[i].empty()) {
      errors.push_back(syntax_error(table.file, r.line, static_cast<std::uint32_t>(i + 1), "",
                                    "a value in a column whose header is empty"));
      bad = true;
    }
}

}  // namespace

std::string_view Table::column_name(std::size_t index) const noexcept {
  return index < header.size() ? std::string_view(header[index]) : std::string_view();
}

char detect_separator(std::string_view text) noexcept {
  if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
  std::array<std::size_t, 3> counts{};
  constexpr std::array<char, 3> candidates{',', ';', '\t'};
  bool quoted = false;
  bool seen_content = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) {
      if (seen_content) break;
      continue;
    }
    seen_content = true;
    if (quoted) continue;
    for (std::size_t k = 0; k < candidates.size(); ++k)
      if (c == candidates[k]) ++counts[k];
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < candidates.size(); ++k)
    if (counts[k] > counts[best]) best = k;
  return candidates[best];
}

Table parse(std::string_view text, std::string file, std::vector<Diagnostic>& errors, const Limits& limits) {
  Table table;
  table.file = std::move(file);
  if (auto bad = utf8::first_invalid(text)) {
    Diagnostic d;
    d.code = std::string(codes::bad_encoding);
    d.message = encoding_message(text, *bad);
    d.location = Location{table.file, static_cast<std::uint32_t>(line_at(text, *bad)), 0, ""};
    errors.push_back(std::move(d));
    return table;
  }
  if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
  table.separator = detect_separator(text);
  table.decimal_comma = table.separator == ';';

  Scanner in(text, table.separator);
  while (!in.done()) {
    RawRecord raw = read_record(in, table, errors, limits);
    if (raw.fatal) break;
    if (blank(raw)) continue;
    if (!table.has_header) {
      table.has_header = true;
      table.header = std::move(raw.record.fields);
      table.header_line = raw.record.line;
      check_header(table, errors);
      continue;
    }
    if (raw.record.fields.size() > table.header.size()) {
      errors.push_back(syntax_error(table.file, raw.record.line, static_cast<std::uint32_t>(table.header.size() + 1),
                                    "",
                                    "the record has " + std::to_string(raw.record.fields.size()) +
                                        " fields but the header has " + std::to_string(table.header.size())));
      continue;
    }
    check_unnamed(table, raw.record, errors, raw.bad);
    if (!raw.bad) table.rows.push_back(std::move(raw.record));
  }
  return table;
}

}  // namespace impactgraph::csv
