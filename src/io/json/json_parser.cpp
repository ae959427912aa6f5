// Recursive descent over the bytes; the depth limit bounds the recursion.
#include "io/json/json_parser.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <numeric>
#include <string>
#include <system_error>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "io/utf8.hpp"

namespace impactgraph::json {

namespace {

struct Fatal {};  // unwinds the parser after a fatal diagnostic was recorded

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string hex_byte(unsigned char byte) {
  static constexpr char hex[] = "0123456789ABCDEF";
  return std::string("0x") + hex[byte >> 4] + hex[byte & 0xF];
}

class Parser {
 public:
  Parser(std::string_view text, std::string_view file, const ParseOptions& options)
      : s_(text), file_(file), options_(options) {}

  Value run() {
    try {
      if (s_.size() >= 2 && ((s_[0] == '\xFF' && s_[1] == '\xFE') || (s_[0] == '\xFE' && s_[1] == '\xFF')))
        fail(codes::bad_encoding, "the file is UTF-16; save it as UTF-8");
      if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
      skip_whitespace();
      if (at_end()) fail(codes::parse_error, "empty file: expected a JSON value");
      Value root = parse_value(0);
      skip_whitespace();
      if (!at_end()) fail(codes::parse_error, "unexpected " + describe_here() + " after the end of the JSON value");
      if (!errors_.empty()) throw Error(std::move(errors_));
      return root;
    } catch (const Fatal&) {
      throw Error(std::move(errors_));
    }
  }

 private:
  std::string_view s_;
  std::string_view file_;
  const ParseOptions& options_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  std::vector<Diagnostic> errors_;
  // The keys and indexes leading to the value being parsed, for errors about a value.
  struct Step {
    const std::string* key;  // nullptr: an array item
    std::size_t index;
  };
  std::vector<Step> steps_;

  std::string current_path() const {
    std::string path;
    for (const Step& step : steps_) path = step.key ? child_path(path, *step.key) : item_path(path, step.index);
    return path;
  }

  bool at_end() const noexcept { return pos_ >= s_.size(); }
  char peek() const noexcept { return at_end() ? '\0' : s_[pos_]; }

  void report(std::string_view code, std::string message, std::uint32_t line, std::uint32_t column,
              std::string field = {}) {
    Diagnostic d;
    d.code = std::string(code);
    d.message = std::move(message);
    d.location.file = std::string(file_);
    d.location.line = line;
    d.location.column = column;
    d.location.field = std::move(field);
    errors_.push_back(std::move(d));
  }
  [[noreturn]] void fail(std::string_view code, std::string message) {
    report(code, std::move(message), line_, column_);
    throw Fatal{};
  }

  // Advances over one ASCII character outside a string, keeping line and column.
  void advance() {
    const char c = s_[pos_++];
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
  }

  void skip_whitespace() {
    while (!at_end()) {
      const char c = s_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      advance();
    }
  }

  [[noreturn]] void fail_encoding() {
    fail(codes::bad_encoding, "invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(s_[pos_])) +
                                  " (the file must be UTF-8; is it Latin-1 or Windows-1252?)");
  }

  std::string describe_here() {
    if (at_end()) return "end of input";
    const char c = s_[pos_];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t n = utf8::decode(s_, pos_).length;
      if (n == 0) fail_encoding();
      return "character '" + std::string(s_.substr(pos_, n)) + "'";
    }
    if (byte < 0x20 || byte == 0x7F) return "control character " + hex_byte(byte);
    return std::string("character '") + c + "'";
  }

  [[noreturn]] void fail_unexpected(std::string_view expected) {
    fail(codes::parse_error, "expected " + std::string(expected) + ", found " + describe_here());
  }

  Value parse_value(std::size_t depth) {
    skip_whitespace();
    Value v;
    v.line = line_;
    v.column = column_;
    const char c = peek();
    if (c == '{' || c == '[') {
      if (depth + 1 > options_.max_depth)
        fail(codes::limit_exceeded, "arrays and objects nested deeper than " + std::to_string(options_.max_depth) +
                                        " levels (limit max_depth = " + std::to_string(options_.max_depth) + ")");
      if (c == '{') parse_object(v, depth + 1);
      else parse_array(v, depth + 1);
    } else if (c == '"') {
      v.kind = Kind::string;
      v.text = parse_string();
    } else if (c == '-' || is_digit(c)) {
      parse_number(v);
    } else if (!parse_literal(v)) {
      const std::string_view rest = s_.substr(pos_);
      if (rest.starts_with("NaN") || rest.starts_with("Infinity"))
        fail(codes::parse_error, "NaN and Infinity are not valid JSON numbers");
      fail_unexpected("a JSON value");
    }
    return v;
  }

  bool parse_literal(Value& v) {
    const std::string_view rest = s_.substr(pos_);
    std::size_t n = 0;
    if (rest.starts_with("true")) {
      v.kind = Kind::boolean;
      v.boolean = true;
      n = 4;
    } else if (rest.starts_with("false")) {
      v.kind = Kind::boolean;
      n = 5;
    } else if (rest.starts_with("null")) {
      v.kind = Kind::null;
      n = 4;
    } else {
      return false;
    }
    pos_ += n;
    column_ += static_cast<std::uint32_t>(n);
    return true;
  }

  void parse_object(Value& v, std::size_t depth) {
    v.kind = Kind::object;
    advance();  // '{'
    skip_whitespace();
    if (peek() == '}') {
      advance();
      return;
    }
    for (;;) {
      skip_whitespace();
      if (peek() != '"') {
        if (peek() == '}') fail(codes::parse_error, "trailing comma before '}'");
        fail_unexpected("a key in double quotes");
      }
      Member m;
      m.line = line_;
      m.column = column_;
      m.key = parse_string();
      skip_whitespace();
      if (peek() != ':') fail_unexpected("':' after the key");
      advance();
      steps_.push_back({&m.key, 0});
      m.value = parse_value(depth);
      steps_.pop_back();
      v.members.push_back(std::move(m));
      skip_whitespace();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == '}') {
        advance();
        break;
      }
      fail_unexpected("',' or '}'");
    }
    v.members.shrink_to_fit();  // a model holds many small objects: drop the growth slack
    check_duplicate_keys(v);
  }

  // RFC 8259 leaves duplicate keys undefined; we reject them (the later one is named)
  // rather than silently keep one of two conflicting values.
  void check_duplicate_keys(const Value& v) {
    if (v.members.size() < 2) return;
    std::vector<std::size_t> order(v.members.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return v.members[a].key < v.members[b].key; });
    for (std::size_t i = 1; i < order.size(); ++i) {
      const Member& first = v.members[order[i - 1]];
      const Member& again = v.members[order[i]];
      if (first.key != again.key) continue;
      report(codes::parse_error,
             "duplicate key " + quote(again.key) + " (first at line " + std::to_string(first.line) + ")",
             again.line, again.column, child_path(current_path(), again.key));
    }
  }

  void parse_array(Value& v, std::size_t depth) {
    v.kind = Kind::array;
    advance();  // '['
    skip_whitespace();
    if (peek() == ']') {
      advance();
      return;
    }
    for (;;) {
      skip_whitespace();
      if (peek() == ']') fail(codes::parse_error, "trailing comma before ']'");
      steps_.push_back({nullptr, v.items.size()});
      v.items.push_back(parse_value(depth));
      steps_.pop_back();
      skip_whitespace();
      if (peek() == ',') {
        advance();
        continue;
      }
      if (peek() == ']') {
        advance();
        break;
      }
      fail_unexpected("',' or ']'");
    }
    v.items.shrink_to_fit();
  }

  void parse_number(Value& v) {
    v.kind = Kind::number;
    const std::size_t start = pos_;
    const std::uint32_t line = line_, column = column_;
    const auto digits = [&](std::string_view what) {
      if (!is_digit(peek())) fail_unexpected(what);
      while (is_digit(peek())) advance();
    };
    if (peek() == '-') advance();
    if (peek() == '0') {
      advance();
      if (is_digit(peek())) fail(codes::parse_error, "numbers must not have leading zeros");
    } else {
      if (peek() == 'I') fail(codes::parse_error, "NaN and Infinity are not valid JSON numbers");
      digits("a digit");
    }
    if (peek() == '.') {
      advance();
      digits("a digit after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      advance();
      if (peek() == '+' || peek() == '-') advance();
      digits("a digit in the exponent");
    }
    if (pos_ - start > options_.max_string_bytes) {
      report(codes::limit_exceeded, too_long("a number", pos_ - start), line, column, current_path());
      throw Fatal{};
    }
    v.text = std::string(s_.substr(start, pos_ - start));
    const auto result = std::from_chars(v.text.data(), v.text.data() + v.text.size(), v.number);
    if (result.ec == std::errc::result_out_of_range) {
      v.number = 0.0;
      report(codes::out_of_range, "number " + v.text + " is outside the range of a double", line, column,
             current_path());
    } else if (result.ec != std::errc{} || result.ptr != v.text.data() + v.text.size()) {
      fail(codes::parse_error, "malformed number " + v.text);  // unreachable: the grammar was checked
    }
  }

  std::uint32_t parse_hex4() {
    std::uint32_t unit = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex_value(peek());
      if (h < 0) fail_unexpected("four hex digits after \\u");
      unit = unit * 16 + static_cast<std::uint32_t>(h);
      advance();
    }
    return unit;
  }

  std::string too_long(std::string_view what, std::size_t bytes) const {
    return std::string(what) + " of " + std::to_string(bytes) + " bytes or more (limit max_string_bytes = " +
           std::to_string(options_.max_string_bytes) + ")";
  }

  std::string parse_string() {
    const std::uint32_t start_line = line_, start_column = column_;
    advance();  // opening quote
    std::string out;
    for (;;) {
      if (at_end()) {
        report(codes::parse_error, "unterminated string", start_line, start_column);
        throw Fatal{};
      }
      if (out.size() > options_.max_string_bytes) {
        report(codes::limit_exceeded, too_long("a string", out.size()), start_line, start_column, current_path());
        throw Fatal{};
      }
      const char c = s_[pos_];
      const auto byte = static_cast<unsigned char>(c);
      if (c == '"') {
        advance();
        return out;
      }
      if (c == '\\') {
        parse_escape(out);
      } else if (byte < 0x20) {
        fail(codes::parse_error, c == '\n' || c == '\r'
                                     ? "line break inside a string (unterminated string?)"
                                     : "control character " + hex_byte(byte) + " in a string must be escaped");
      } else if (byte < 0x80) {
        out += c;
        advance();
      } else {
        const std::size_t n = utf8::decode(s_, pos_).length;
        if (n == 0) fail_encoding();
        out.append(s_.substr(pos_, n));
        pos_ += n;
        ++column_;
      }
    }
  }

  void parse_escape(std::string& out) {
    const std::uint32_t line = line_, column = column_;
    advance();  // backslash
    const char e = peek();
    const char* simple = nullptr;
    switch (e) {
      case '"': simple = "\""; break;
      case '\\': simple = "\\"; break;
      case '/': simple = "/"; break;
      case 'b': simple = "\b"; break;
      case 'f': simple = "\f"; break;
      case 'n': simple = "\n"; break;
      case 'r': simple = "\r"; break;
      case 't': simple = "\t"; break;
      case 'u': break;
      default: {
        const std::string what = describe_here();
        line_ = line, column_ = column;
        fail(codes::parse_error, "invalid escape: a backslash followed by " + what);
      }
    }
    advance();
    if (simple != nullptr) {
      out += simple;
      return;
    }
    std::uint32_t cp = parse_hex4();
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      report(codes::bad_encoding, "unpaired low surrogate in a \\u escape", line, column);
      throw Fatal{};
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (!s_.substr(pos_).starts_with("\\u")) {
        report(codes::bad_encoding, "unpaired high surrogate in a \\u escape", line, column);
        throw Fatal{};
      }
      advance();
      advance();
      const std::uint32_t low = parse_hex4();
      if (low < 0xDC00 || low > 0xDFFF) {
        report(codes::bad_encoding, "high surrogate not followed by a low surrogate", line, column);
        throw Fatal{};
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
  }
};

}  // namespace

Value parse(std::string_view text, std::string_view file_name, const ParseOptions& options) {
  return Parser(text, file_name, options).run();
}

}  // namespace impactgraph::json
