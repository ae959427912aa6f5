// util/huge_pages.hpp: HugePageAllocator maps blocks of huge_block_min bytes or more on their
// own, 2 MiB aligned, and takes smaller ones from operator new at the type's alignment. A
// vector on it keeps its contents across growth (a block mapped, copied, unmapped) and across
// the move from a small block to a large one; a wrong unmap length would drop a neighbour's
// pages, and a wrong alignment shows in the pointers.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "util/huge_pages.hpp"

namespace {

struct alignas(64) Line {
  std::uint64_t word[8];
};

std::uint64_t fill_value(std::size_t i) { return i * 0x9E3779B97F4A7C15ULL + 1; }

}  // namespace

TEST_CASE("huge-page vectors: large blocks 2 MiB aligned, small ones at the type's alignment, contents kept",
          "[util]") {
  namespace d = impactgraph::detail;
  constexpr std::uintptr_t two_mib = std::uintptr_t{1} << 21;
  const std::size_t large = d::huge_block_min / sizeof(Line) + 1000;  // not a whole number of pages

  std::vector<Line, d::HugePageAllocator<Line>> v(100);
  CHECK(reinterpret_cast<std::uintptr_t>(v.data()) % alignof(Line) == 0);
  for (std::size_t i = 0; i < v.size(); ++i) v[i].word[i % 8] = fill_value(i);

  // Small to large: every old element moved, the new block on a 2 MiB boundary and writable
  // to its last byte.
  v.resize(large);
  CHECK(reinterpret_cast<std::uintptr_t>(v.data()) % two_mib == 0);
  for (std::size_t i = 0; i < 100; ++i) REQUIRE(v[i].word[i % 8] == fill_value(i));
  for (std::size_t i = 100; i < v.size(); ++i) v[i].word[i % 8] = fill_value(i);

  // Large to larger, while a second large vector lives beside it: unmapping the old block
  // must leave the other's pages alone.
  std::vector<Line, d::HugePageAllocator<Line>> other(large);
  CHECK(reinterpret_cast<std::uintptr_t>(other.data()) % two_mib == 0);
  for (std::size_t i = 0; i < other.size(); ++i) other[i].word[0] = ~fill_value(i);
  v.resize(2 * large);
  CHECK(reinterpret_cast<std::uintptr_t>(v.data()) % two_mib == 0);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < large; ++i) wrong += v[i].word[i % 8] != fill_value(i);
  for (std::size_t i = 0; i < other.size(); ++i) wrong += other[i].word[0] != ~fill_value(i);
  CHECK(wrong == 0);
  v.back().word[7] = 1;  // the last byte of a block of 2 * large lines
  CHECK(v.back().word[7] == 1);
}

TEST_CASE("advise_huge_pages leaves a block's contents as they were, aligned or not, large or small", "[util]") {
  namespace d = impactgraph::detail;
  std::vector<std::uint64_t> small(512), big(d::huge_block_min / 8 + 12345);
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = fill_value(i);
  for (std::size_t i = 0; i < small.size(); ++i) small[i] = fill_value(i);
  d::advise_huge_pages(small.data(), small.size() * 8);  // below the threshold: nothing
  d::advise_huge_pages(reinterpret_cast<char*>(big.data()) + 1, big.size() * 8 - 1);
  d::advise_huge_pages(nullptr, d::huge_block_min);
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < big.size(); ++i) wrong += big[i] != fill_value(i);
  for (std::size_t i = 0; i < small.size(); ++i) wrong += small[i] != fill_value(i);
  CHECK(wrong == 0);  // advice, not a discard
}
