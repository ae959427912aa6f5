// The core probe (see core_probe.hpp).
#include "core_probe.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "bench_util.hpp"

namespace impactgraph::bench {

namespace {

double fixed_work() {
  std::array<double, 16> a{};
  for (std::size_t j = 0; j < a.size(); ++j) a[j] = 1.0 + static_cast<double>(j);
  for (long i = 0; i < 20'000'000; ++i) {
    for (double& x : a) x = x * 1.0000001 + 1e-9;
    asm volatile("" : : : "memory");  // one pass per iteration: no folding of the loop
  }
  double s = 0;
  for (const double x : a) s += x;
  return s;
}

}  // namespace

CoreProbe probe_core(std::size_t runs) {
  std::vector<double> t;
  volatile double sink = 0;
  for (std::size_t i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    sink = sink + fixed_work();
    t.push_back(seconds_since(t0));
  }
  CoreProbe p;
  p.runs = runs;
  p.min_s = *std::min_element(t.begin(), t.end());
  p.max_s = *std::max_element(t.begin(), t.end());
  p.median_s = median_of(t);
  return p;
}

}  // namespace impactgraph::bench
