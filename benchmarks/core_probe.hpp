// A fixed amount of arithmetic timed on the calling thread: the machine's core speed at the
// time of a run. On a virtual machine whose core is shared with other guests the same work
// can take twice as long from one second to the next, and every timing of the run with it
// (docs/performance.md, "How steady the machine is").
#pragma once

#include <cstddef>

namespace impactgraph::bench {

struct CoreProbe {
  double min_s = 0, median_s = 0, max_s = 0;  // of `runs` timings of the same work
  std::size_t runs = 0;
};

/// Times `runs` times 16 independent chains of 20,000,000 double multiply-adds each (no
/// memory traffic; the chains' independence makes it bound by the core's arithmetic
/// throughput, the resource a second thread on the same core takes away).
CoreProbe probe_core(std::size_t runs);

}  // namespace impactgraph::bench
