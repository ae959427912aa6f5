// The access floor (see access_floor.hpp).
#include "access_floor.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "bench_util.hpp"
#include "contribution/layered_order.hpp"
#include "contribution/point_rows.hpp"
#include "impactgraph/contribution.hpp"

namespace impactgraph::bench {

namespace {
constexpr unsigned row_values = 3;
}  // namespace

nlohmann::ordered_json access_floor_section(const Model& model, std::size_t sources, std::size_t records,
                                            std::size_t reps) {
  const std::size_t n = model.node_count();
  std::vector<NodeIndex> order;
  detail::layered_order(model, order);
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  const double* w = model.edge_weights().data();
  // The engine's slots (PointRows::slots), its prefetch distance and its prefetches.
  decltype(detail::PointRows::slots) lines(n);
  const Timing sweep = time_runs(1, reps, [&] {
    for (std::size_t k = n; k-- > 0;) {
      if (k >= detail::slot_ahead) {
        const NodeIndex a = order[k - detail::slot_ahead];
        const EdgeIndex first = offsets[a], last = offsets[a + 1];
        for (EdgeIndex e = first; e < last; ++e) __builtin_prefetch(lines.data() + heads[e]);
        if (first < last) {
          __builtin_prefetch(w + first);
          __builtin_prefetch(w + last - 1);
        }
      }
      const NodeIndex v = order[k];
      std::array<double, row_values> acc{};
      std::uint32_t mask = 0;
      if (offsets[v] == offsets[v + 1]) acc.fill(1.0);  // a sink: every row carries a value
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
        const detail::PointSlot& u = lines[heads[e]];
        mask |= u.mask;
        for (unsigned i = 0; i < row_values; ++i) acc[i] += w[e] * u.values[i];
      }
      detail::PointSlot& out = lines[v];
      out.mask = mask | 1u;
      std::copy(acc.begin(), acc.end(), out.values);
    }
  });

  std::vector<ContributionRecord> out(records);
  const std::size_t from = std::max<std::size_t>(sources, 1);
  const Timing write = time_runs(1, reps, [&] {
    std::size_t r = 0;
    for (std::size_t s = 0; s < from && r < records; ++s) {
      const std::size_t end = records * (s + 1) / from;  // this source's share
      const detail::PointSlot& line = lines[s];
      for (unsigned j = 0; r < end; ++r, j = (j + 1) % row_values)
        out[r] = ContributionRecord{static_cast<NodeIndex>(s), j, line.values[j], line.values[j], 0.0};
    }
  });
  double check = 0.0;  // keeps the rows and records alive for the optimiser
  for (std::size_t i = 0; i < out.size(); i += 4096) check += out[i].value;
  return {{"row_values", row_values},
          {"prefetch_nodes_ahead", detail::slot_ahead},
          {"sweep_median_s", sweep.median},
          {"sweep_cpu_median_s", sweep.cpu_median},
          {"records", records},
          {"records_median_s", write.median},
          {"records_cpu_median_s", write.cpu_median},
          {"total_cpu_s", sweep.cpu_median + write.cpu_median},
          {"checksum", check}};
}

}  // namespace impactgraph::bench
