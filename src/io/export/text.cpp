#include "io/export/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <utility>

#include "io/utf8.hpp"

namespace impactgraph::export_detail {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

bool allowed_in_xml(char32_t cp) noexcept {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  return cp != 0xFFFE && cp != 0xFFFF;  // surrogates never decode
}

}  // namespace

std::string valid_utf8(std::string_view text, bool xml) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto [n, cp] = utf8::decode(text, 0);
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
