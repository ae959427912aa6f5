// The machine's streaming read bandwidth on one core, the yardstick for the
// memory-bandwidth bound of a propagation sweep (docs/performance.md, "Byte model").
#pragma once

#include <cstddef>

namespace impactgraph::bench {

struct Bandwidth {
  double bytes_per_second = 0;  // the best of the passes
  double median_bytes_per_second = 0;
  std::size_t buffer_bytes = 0;
  std::size_t passes = 0;
};

/// Sums a buffer of `buffer_bytes` (make it many times the last-level cache) `passes`
/// times on the calling thread, 64-bit integer adds in eight independent lanes so the
/// adds never limit it.
Bandwidth measure_read_bandwidth(std::size_t buffer_bytes, std::size_t passes);

}  // namespace impactgraph::bench
