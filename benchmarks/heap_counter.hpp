// Counts the bytes this program holds on the heap (every operator new and delete of the
// program, the library included), so a benchmark can report the peak working memory of one
// call. Linked only into bench_aggregate: it replaces the global operator new and delete.
#pragma once

#include <cstddef>

namespace impactgraph::bench {

/// Bytes allocated through operator new and not yet deleted (malloc's usable sizes).
std::size_t heap_live_bytes() noexcept;
/// The largest heap_live_bytes() since the last reset_heap_peak().
std::size_t heap_peak_bytes() noexcept;
void reset_heap_peak() noexcept;

}  // namespace impactgraph::bench
