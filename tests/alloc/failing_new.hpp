// A replacement of the global operator new (every form) for the allocation-failure test:
// it counts allocations and live blocks, and makes the n-th allocation from a chosen
// point fail with std::bad_alloc (or every allocation from the n-th on). Linked only
// into the test program, never into the library.
#pragma once

#include <cstdint>

namespace failing_new {

/// From now, the n-th allocation (1-based) fails; with `persistent`, every one after it
/// fails too. n = 0: none fails. Resets the counters below.
void fail_at(std::uint64_t n, bool persistent = false) noexcept;
/// Allocations since fail_at (those that failed included).
std::uint64_t allocations() noexcept;
/// Whether an allocation was made to fail since fail_at.
bool fired() noexcept;
/// Blocks allocated and not yet freed, since the program started.
std::int64_t live_blocks() noexcept;

}  // namespace failing_new
