#include "io/export/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <utility>

namespace impactgraph::export_detail {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at the start of `s` and its code point, or
// {0, 0} when the first byte does not start one (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF).
std::pair<std::size_t, char32_t> decode(std::string_view s) noexcept {
  const auto b = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  const std::uint8_t c = b(0);
  if (c < 0x80) return {1, c};
  std::size_t n = 0;
  char32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    return {0, 0};
  }
  if (s.size() < n) return {0, 0};
  for (std::size_t i = 1; i < n; ++i) {
    if ((b(i) & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b(i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {n, cp};
}

bool allowed_in_xml(char32_t cp) noexcept {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  return cp != 0xFFFE && cp != 0xFFFF;  // surrogates never decode
}

}  // namespace

std::string valid_utf8(std::string_view text, bool xml) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto [n, cp] = decode(text);
    if (n == 0) {
      out += replacement;
      text.remove_prefix(1);
      continue;
    }
    if (xml && !allowed_in_xml(cp))
      out += replacement;
    else
      out.append(text.substr(0, n));
    text.remove_prefix(n);
  }
  return out;
}

std::string number_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::size_t code_points(std::string_view text) noexcept {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace impactgraph::export_detail
