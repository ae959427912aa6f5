// UTF-8 for every reader, writer and check: one definition of a well-formed sequence
// (RFC 3629: no overlong forms, no UTF-16 surrogates, nothing above U+10FFFF).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include "util/unaligned.hpp"

namespace impactgraph::utf8 {

/// A decoded sequence: its length in bytes (0: the byte does not start a well-formed
/// sequence) and its code point.
struct Sequence {
  std::size_t length = 0;
  char32_t code_point = 0;
};

/// The well-formed sequence that starts at byte `pos` of `text`; {0, 0} when none does
/// there, or when `pos` is at the end.
inline Sequence decode(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return {};
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t left = text.size() - pos;
  const unsigned char c = s[0];
  if (c < 0x80) return {1, c};
  // Bounds of the second byte per lead byte (RFC 3629's table of well-formed sequences);
  // they exclude overlong forms, surrogates and code points above U+10FFFF.
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0Fu;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07u;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {};
  }
  if (left < n || s[1] < lo || s[1] > hi) return {};
  for (std::size_t k = 1; k < n; ++k) {
    if (k > 1 && (s[k] < 0x80 || s[k] > 0xBF)) return {};
    cp = (cp << 6) | (s[k] & 0x3Fu);
  }
  return {n, cp};
}

/// The high bit of every byte of a word: a word of ASCII bytes has none of them.
inline constexpr std::uint64_t ascii_mask = 0x8080808080808080ULL;

/// The OR of the text's bytes, spread over a word: its bytes' high bits are set exactly when
/// some byte of the text is 0x80 or above. Whole-width reads only, the last ones
/// overlapping (a byte-by-byte tail was most of the cost on short texts such as ids).
inline std::uint64_t high_bits(std::string_view text) noexcept {
  const char* s = text.data();
  const std::size_t n = text.size();
  if (n >= 8) {
    std::uint64_t high = detail::load8(s + n - 8);
    for (std::size_t i = 0; i + 8 < n; i += 8) high |= detail::load8(s + i);
    return high;
  }
  if (n >= 4) return detail::load4(s) | detail::load4(s + n - 4);
  std::uint64_t high = 0;
  for (std::size_t i = 0; i < n; ++i) high |= static_cast<unsigned char>(s[i]);
  return high;
}

/// True when every byte is below 0x80 (checked eight at a time): the common case, which
/// needs no decoding.
inline bool all_ascii(std::string_view text) noexcept { return (high_bits(text) & ascii_mask) == 0; }

/// The byte offset of the first byte that does not start a well-formed sequence, or
/// nullopt when all of `text` is well-formed UTF-8.
std::optional<std::size_t> first_invalid(std::string_view text) noexcept;

inline bool valid(std::string_view text) noexcept { return all_ascii(text) || !first_invalid(text); }

}  // namespace impactgraph::utf8
