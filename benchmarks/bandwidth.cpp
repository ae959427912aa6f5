// Streaming read bandwidth: a multi-pass sum over a buffer much larger than the
// last-level cache. Integer adds, so the compiler may vectorise and reorder them freely
// and the loop is bound by memory, not by the adder's latency.
#include "bandwidth.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "bench_util.hpp"

namespace impactgraph::bench {

Bandwidth measure_read_bandwidth(std::size_t buffer_bytes, std::size_t passes) {
  const std::size_t n = buffer_bytes / sizeof(std::uint64_t) / 8 * 8;
  std::vector<std::uint64_t> buf(n);
  for (std::size_t i = 0; i < n; ++i) buf[i] = i * 0x9E3779B97F4A7C15ULL;  // touch every page
  std::vector<double> rates;
  std::uint64_t total = 0;
  for (std::size_t p = 0; p < passes; ++p) {
    const auto t0 = Clock::now();
    std::uint64_t lane[8] = {};
    const std::uint64_t* d = buf.data();
    for (std::size_t i = 0; i < n; i += 8)
      for (int j = 0; j < 8; ++j) lane[j] += d[i + j];
    const double s = seconds_since(t0);
    for (const std::uint64_t x : lane) total += x;
    rates.push_back(static_cast<double>(n * sizeof(std::uint64_t)) / s);
  }
  keep(total);
  std::sort(rates.begin(), rates.end());
  Bandwidth b;
  b.bytes_per_second = rates.back();
  b.median_bytes_per_second = rates[rates.size() / 2];
  b.buffer_bytes = n * sizeof(std::uint64_t);
  b.passes = passes;
  return b;
}

}  // namespace impactgraph::bench
