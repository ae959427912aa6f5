// Private: the hash of the id tables and the freeze's interner. Ids and vocabulary words are
// short (mostly 2-16 bytes): eight bytes at a time with one multiply each and a final mix,
// where std::hash<std::string_view> (a general-purpose byte hash behind a library call) was
// a tenth of freezing a model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "util/unaligned.hpp"

namespace impactgraph::detail {

[[gnu::always_inline]] inline std::uint64_t short_string_hash(std::string_view s) noexcept {
  constexpr std::uint64_t k = 0x9FB21C651E98DF25ull;
  const auto round = [](std::uint64_t h, std::uint64_t w) noexcept {
    h = (h ^ w) * k;
    return h ^ (h >> 32);
  };
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * k);  // the length tells overlapping reads apart
  // Whole-width loads only (no byte-by-byte copy of a tail, whose store and wider reload
  // would stall): words, then the last eight bytes again, overlapping; under eight bytes,
  // two overlapping four-byte reads or three single bytes.
  if (n >= 8) {
    std::size_t i = 0;
    for (; i + 8 < n; i += 8) h = round(h, load8(p + i));
    h = round(h, load8(p + n - 8));
  } else if (n >= 4) {
    h = round(h, (load4(p) << 32) | load4(p + n - 4));
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    h = round(h, (byte(0) << 16) | (byte(n >> 1) << 8) | byte(n - 1));
  }
  // Final avalanche (MurmurHash3's fmix64): the tables take the low bits as the slot and the
  // high ones as a tag.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return h;
}

/// a == b for short strings: inline, whole-width compares (the last ones overlapping, as in
/// the hash), where a call to memcmp or a byte-by-byte tail cost more than the compare.
[[gnu::always_inline]] inline bool same_short_string(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  const char *p = a.data(), *q = b.data();
  const std::size_t n = a.size();
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8)
      if (load8(p + i) != load8(q + i)) return false;
    return load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  // Bytes 0, n / 2 and n - 1 are every byte of a text of 1 to 3 bytes.
  return n == 0 || (p[0] == q[0] && p[n >> 1] == q[n >> 1] && p[n - 1] == q[n - 1]);
}

}  // namespace impactgraph::detail
