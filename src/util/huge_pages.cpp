#include "util/huge_pages.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace impactgraph::detail {

namespace {
constexpr std::size_t huge = std::size_t{1} << 21;
std::size_t whole_pages(std::size_t bytes) noexcept { return (bytes + huge - 1) & ~(huge - 1); }
}  // namespace

void advise_huge_pages(void* p, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (p == nullptr || bytes < huge_block_min) return;
  const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t begin = (at + huge - 1) & ~(huge - 1), end = (at + bytes) & ~(huge - 1);
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)p;
  (void)bytes;
#endif
}

#if defined(__linux__)

void* map_huge(std::size_t bytes) noexcept {
  const std::size_t size = whole_pages(bytes);
  // Over-map by one huge page and trim, so that the block starts on a 2 MiB boundary.
  void* raw = mmap(nullptr, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t begin = (at + huge - 1) & ~(huge - 1);
  if (begin > at) munmap(raw, begin - at);
  if (at + huge > begin) munmap(reinterpret_cast<void*>(begin + size), at + huge - begin);
  advise_huge_pages(reinterpret_cast<void*>(begin), size);  // advice only: may be refused
  return reinterpret_cast<void*>(begin);
}

void unmap_huge(void* p, std::size_t bytes) noexcept {
  if (p) munmap(p, whole_pages(bytes));
}

#else  // no mapping of our own: plain aligned blocks

void* map_huge(std::size_t bytes) noexcept { return std::aligned_alloc(huge, whole_pages(bytes)); }
void unmap_huge(void* p, std::size_t) noexcept { std::free(p); }

#endif

}  // namespace impactgraph::detail
