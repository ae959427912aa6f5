// Unaligned whole-word reads of text bytes, for the short-string hash, compare and ASCII
// check: memcpy into a word, which compilers turn into one load.
#pragma once

#include <cstdint>
#include <cstring>

namespace impactgraph::detail {

inline std::uint64_t load8(const char* at) noexcept {
  std::uint64_t w;
  std::memcpy(&w, at, 8);
  return w;
}

inline std::uint64_t load4(const char* at) noexcept {
  std::uint32_t w;
  std::memcpy(&w, at, 4);
  return w;
}

}  // namespace impactgraph::detail
