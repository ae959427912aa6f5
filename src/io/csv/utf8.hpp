// UTF-8 checks shared by the CSV reader and writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

namespace impactgraph::csv {

/// The byte offset of the first byte that does not start a valid UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
/// nullopt when `text` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;

/// True when every byte is below 0x80 (checked eight at a time): the common case, which
/// needs no decoding.
inline bool all_ascii(std::string_view text) noexcept {
  const char* s = text.data();
  std::size_t n = text.size();
  std::uint64_t high = 0;
  for (; n >= 8; s += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, s, 8);
    high |= word;
  }
  for (; n > 0; ++s, --n) high |= static_cast<unsigned char>(*s);
  return (high & 0x8080808080808080ULL) == 0;
}

inline bool valid_utf8(std::string_view text) noexcept { return all_ascii(text) || !first_invalid_utf8(text); }

/// The 1-based physical line that byte `offset` is on. "\r\n", "\n" and a lone "\r"
/// each end a line, as in the CSV parser.
std::size_t line_at(std::string_view text, std::size_t offset) noexcept;

}  // namespace impactgraph::csv
