// Buffers backed by 2 MiB pages (Linux transparent huge pages, which the system may leave to
// the program: its "madvise" mode). A random read of a buffer much larger than the TLB's
// reach costs a page walk per access on 4 KiB pages; on 2 MiB pages a 64 MiB buffer needs 32
// TLB entries. The advice must come before the pages are first touched, so a large block is
// mapped afresh rather than taken from the heap, whose reused pages are already small.
#pragma once

#include <cstddef>
#include <new>

namespace impactgraph::detail {

/// Blocks from this size on are mapped on their own and advised; smaller ones come from
/// operator new (they gain little, and would waste most of a 2 MiB page).
inline constexpr std::size_t huge_block_min = std::size_t{8} << 20;

/// Advises the whole 2 MiB pages inside [p, p + bytes), for a block of at least
/// huge_block_min; pages already touched wait for the kernel's background merging.
void advise_huge_pages(void* p, std::size_t bytes) noexcept;

/// A fresh mapping of at least `bytes`, 2 MiB aligned and advised; nullptr on failure.
void* map_huge(std::size_t bytes) noexcept;
/// Releases map_huge(bytes)'s block.
void unmap_huge(void* p, std::size_t bytes) noexcept;

/// std::allocator with huge pages for large blocks, for vectors read at random.
template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() noexcept = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes >= huge_block_min) {
      if (void* p = map_huge(bytes)) return static_cast<T*>(p);
      throw std::bad_alloc();
    }
    return static_cast<T*>(::operator new(bytes, std::align_val_t{alignof(T)}));
  }
  void deallocate(T* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(T);
    if (bytes >= huge_block_min) unmap_huge(p, bytes);
    else ::operator delete(p, std::align_val_t{alignof(T)});
  }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

}  // namespace impactgraph::detail
