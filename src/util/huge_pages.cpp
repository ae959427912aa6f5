#include "util/huge_pages.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace impactgraph::detail {

namespace {
constexpr std::size_t huge = std::size_t{1} << 21;
// `x` rounded up to a whole number of huge pages (a size, or an address to align).
std::uintptr_t round_up(std::uintptr_t x) noexcept { return (x + huge - 1) & ~std::uintptr_t{huge - 1}; }
}  // namespace

void advise_huge_pages(void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (p == nullptr || bytes < huge_block_min) return;
  const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t begin = round_up(at), end = (at + bytes) & ~std::uintptr_t{huge - 1};
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

#if defined(__linux__)

void* map_huge(std::size_t bytes) noexcept {
  const std::size_t size = round_up(bytes);
  // Over-map by one huge page and trim both ends, so that the block starts on a 2 MiB
  // boundary: the head is begin - at bytes (0 when already aligned), the tail the rest of
  // the extra page, at + huge - begin (at least one 4 KiB page).
  void* raw = mmap(nullptr, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t begin = round_up(at);
  if (begin > at) munmap(raw, begin - at);
  munmap(reinterpret_cast<void*>(begin + size), at + huge - begin);
  advise_huge_pages(reinterpret_cast<void*>(begin), size);  // advice only: may be refused
  return reinterpret_cast<void*>(begin);
}

void unmap_huge(void* p, std::size_t bytes) noexcept {
  if (p) munmap(p, round_up(bytes));
}

#else  // no mapping of our own: plain aligned blocks

void* map_huge(std::size_t bytes) noexcept { return std::aligned_alloc(huge, round_up(bytes)); }
void unmap_huge(void* p, std::size_t) noexcept { std::free(p); }

#endif

}  // namespace impactgraph::detail
