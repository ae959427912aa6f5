#include "io/csv/csv_number.hpp"

#include <array>
#include <charconv>
#include <system_error>

namespace impactgraph::csv {

namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// The length of a thousands separator at the start of `s`, or 0.
std::size_t group_separator(std::string_view s) noexcept {
  if (!s.empty() && s[0] == ' ') return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;      // U+00A0 no-break space
  if (s.substr(0, 3) == "\xE2\x80\xAF") return 3;  // U+202F narrow no-break space
  return 0;
}

bool starts_with_word(std::string_view s, std::string_view word) noexcept {
  if (s.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

NumberResult fail(std::string_view code, std::string message) {
  NumberResult r;
  r.code = code;
  r.message = std::move(message);
  return r;
}

/// Copies the integer digits of `s` into `out`, dropping exact thousands groups;
/// returns the count of bytes of `s` consumed, or npos when the grouping is wrong.
std::size_t integer_part(std::string_view s, bool grouping, std::string& out) {
  std::size_t i = 0, group = 0, groups = 0;
  for (;;) {
    while (i < s.size() && is_digit(s[i])) {
      out += s[i++];
      ++group;
    }
    const std::size_t sep = grouping ? group_separator(s.substr(i)) : 0;
    if (sep == 0) break;
    // A separator must follow a full group and be followed by a digit.
    if (group == 0 || group > 3 || (groups > 0 && group != 3)) return std::string_view::npos;
    if (i + sep >= s.size() || !is_digit(s[i + sep])) return std::string_view::npos;
    i += sep;
    ++groups;
    group = 0;
  }
  if (groups > 0 && group != 3) return std::string_view::npos;
  return i;
}

}  // namespace

NumberResult parse_number(std::string_view cell, bool decimal_comma) {
  const std::string_view s = trim(cell);
  const std::string shown = "'" + std::string(cell) + "'";
  std::string buf;  // the number as std::from_chars wants it
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    if (s[0] == '-') buf += '-';
    i = 1;
  } else if (s.substr(0, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
    buf += '-';
    i = 3;
  }
  if (starts_with_word(s.substr(i), "nan") || starts_with_word(s.substr(i), "inf"))
    return fail("non-finite", "not a finite number: " + shown);

  const std::size_t int_len = integer_part(s.substr(i), decimal_comma, buf);
  if (int_len == std::string_view::npos)
    return fail("bad-value", "badly grouped thousands in " + shown);
  i += int_len;
  bool digits = int_len > 0;
  if (i < s.size() && (s[i] == '.' || (decimal_comma && s[i] == ','))) {
    buf += '.';
    ++i;
    while (i < s.size() && is_digit(s[i])) {
      buf += s[i++];
      digits = true;
    }
  }
  if (digits && i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    buf += 'e';
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) buf += s[i++];
    const std::size_t exp_start = i;
    while (i < s.size() && is_digit(s[i])) buf += s[i++];
    if (i == exp_start) digits = false;
  }
  if (!digits || i != s.size()) {
    std::string hint = decimal_comma ? "" : " (a decimal comma is read only in ';'-separated files)";
    if (s.empty()) return fail("bad-value", "not a number: the cell is blank");
    return fail("bad-value", "not a number: " + shown + (s.find(',') != std::string_view::npos ? hint : ""));
  }
  NumberResult r;
  const auto [end, ec] = std::from_chars(buf.data(), buf.data() + buf.size(), r.value);
  if (ec == std::errc::result_out_of_range) return fail("out-of-range", "outside the range of a double: " + shown);
  if (ec != std::errc() || end != buf.data() + buf.size()) return fail("bad-value", "not a number: " + shown);
  return r;
}

std::string format_number(double value, char decimal) {
  std::array<char, 32> buf{};
  const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  std::string text(buf.data(), ec == std::errc() ? end : buf.data());
  if (decimal != '.')
    for (char& c : text)
      if (c == '.') c = decimal;
  return text;
}

}  // namespace impactgraph::csv
