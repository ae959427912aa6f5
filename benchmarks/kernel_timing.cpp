// Times the library's private sweep kernel (src/contribution/sweep.hpp) directly. This is
// the one place the benchmarks use a private header: the kernel is what the bandwidth
// bound describes, and compute() adds work around it that the bound does not cover.
#include "kernel_timing.hpp"

#include <vector>

#include "bench_util.hpp"
#include "byte_model.hpp"
#include "contribution/sweep.hpp"

namespace impactgraph::bench {

nlohmann::ordered_json kernel_section(const Model& model, std::span<const NodeIndex> sources,
                                      std::span<const NodeIndex> targets, ContributionMode mode, std::size_t reps) {
  namespace d = impactgraph::detail;
  const std::size_t n = model.node_count();
  std::vector<std::uint8_t> flags(n, 0), slot(n, d::no_slot), reach(n, 0);
  for (const NodeIndex s : sources) flags[s] |= d::flag_source;
  for (const NodeIndex t : targets) flags[t] |= d::flag_target;
  d::mark_reach(model, flags);

  bool negative = false;
  for (const double w : model.edge_weights()) negative = negative || w < 0.0;
  const bool normalised = mode != ContributionMode::path;
  const unsigned channels = !normalised && negative ? 2 : 1;  // positive normalisation clamps
  std::vector<double> scale(n, 0.0), values(n * d::block_width * channels);

  d::Sweep s;
  s.model = &model;
  s.weights = model.edge_weights();
  s.scale = scale;
  s.scale_at = mode == ContributionMode::flow          ? d::ScaleAt::tail
               : mode == ContributionMode::attribution ? d::ScaleAt::head
                                                       : d::ScaleAt::none;
  s.clamp = normalised;
  s.flags = flags;
  s.slot = slot;
  s.direction = d::Direction::reverse;
  const Timing scales = time_runs(1, reps, [&] {
    d::compute_scales(model, s.weights, s.clamp, s.scale_at, flags, scale);
  });
  const std::size_t block = std::min<std::size_t>(d::block_width, targets.size());
  for (std::size_t j = 0; j < block; ++j) slot[targets[j]] = static_cast<std::uint8_t>(j);
  const Timing t = time_runs(1, reps, [&] { d::run_sweep(s, channels, values, reach); });

  const std::vector<std::uint8_t> path = on_path(model, sources, targets);
  const SweepBytes sb = sweep_bytes(model, path, mode, channels);
  return {{"mode", std::string(to_string(mode))},
          {"sweep_median_s", t.median},
          {"sweep_min_s", t.min},
          {"sweep_cpu_median_s", t.cpu_median},
          {"normalising_factors_median_s", scales.median},
          {"channels", channels},
          {"bytes_per_sweep", sb.total},
          {"ns_per_visited_edge", t.median * 1e9 / static_cast<double>(sb.edges)}};
}

}  // namespace impactgraph::bench
