// Times the phases of one contributions call (all sources -> all targets, the reverse
// direction) by running the library's private kernels (src/contribution/) directly, in the
// engine's order. This is the one place the benchmarks use private headers: the sweeps are
// what the bandwidth bound describes, and the phases show where the rest of the time goes.
#include "kernel_timing.hpp"

#include <bit>
#include <vector>

#include "bench_util.hpp"
#include "byte_model.hpp"
#include "contribution/layered_order.hpp"
#include "contribution/point_rows.hpp"
#include "contribution/sweep.hpp"

namespace impactgraph::bench {

namespace {
nlohmann::ordered_json phase(const Timing& t) { return {{"median_s", t.median}, {"cpu_median_s", t.cpu_median}}; }
}  // namespace

nlohmann::ordered_json kernel_section(const Model& model, std::span<const NodeIndex> sources,
                                      std::span<const NodeIndex> targets, ContributionMode mode, std::size_t reps) {
  namespace d = impactgraph::detail;
  const std::size_t n = model.node_count();
  std::vector<std::uint8_t> flags(n, 0), slot(n, d::no_slot);
  std::vector<std::uint32_t> source_pos(n, 0xFFFFFFFFu);
  for (std::size_t i = 0; i < sources.size(); ++i) source_pos[sources[i]] = static_cast<std::uint32_t>(i);
  std::vector<NodeIndex> order, layered;
  d::RootWalk walk;
  bool visit_all = false;
  const Timing layered_t = time_runs(0, 1, [&] { d::layered_order(model, layered); });
  const Timing mark = time_runs(1, reps, [&] {
    std::fill(flags.begin(), flags.end(), 0);
    for (const NodeIndex s : sources) flags[s] |= d::flag_source;
    for (const NodeIndex t : targets) flags[t] |= d::flag_target;
    // As the engine does for one sparse group: the reach from the sources here (from the
    // roots the sources leave out, when they are few; the sweep then visits every node),
    // the reach to the targets in the sweep (point_rows' mark_to).
    visit_all = d::reach_from_roots(model, flags, walk);
    if (!visit_all) {
      d::mark_from(model, layered, flags);
      d::collect_flagged(layered, flags, d::flag_from, order);
    }
  });

  bool negative = false;
  for (const double w : model.edge_weights()) negative = negative || w < 0.0;
  const bool normalised = mode != ContributionMode::path;
  const unsigned channels = !normalised && negative ? 2 : 1;  // positive normalisation clamps
  std::vector<double> scale(n, 0.0);

  d::Sweep s;
  s.model = &model;
  s.weights = model.edge_weights();
  s.scale = scale;
  s.scale_at = mode == ContributionMode::flow          ? d::ScaleAt::tail
               : mode == ContributionMode::attribution ? d::ScaleAt::head
                                                       : d::ScaleAt::none;
  s.clamp = normalised;
  s.flags = flags;
  s.order = visit_all ? std::span<const NodeIndex>(layered) : std::span<const NodeIndex>(order);
  s.slot = slot;
  s.direction = d::Direction::reverse;
  // The engine computes the factors once per model and checks them per call.
  const Timing factors = time_runs(0, 1, [&] {
    std::vector<double> f;
    d::all_factors(model, s.weights, s.clamp, s.scale_at, f);
    scale = std::move(f);
  });
  s.scale = scale;
  const std::size_t group = std::min<std::size_t>(d::group_width, targets.size());
  for (std::size_t j = 0; j < group; ++j) slot[targets[j]] = static_cast<std::uint8_t>(j);

  // Path mode with trade-offs: the rows below which no edge is negative carry P alone, as in
  // the engine (once per model there).
  std::vector<std::uint8_t> positive;
  const Timing positive_t = time_runs(0, 1, [&] {
    if (channels == 2) d::positive_below(model, s.weights, positive);
  });

  d::PointRows rows;
  // One pass computes the masks, fills the rows, counts the records and marks the reach to
  // the targets (point_rows); the factor check follows it, with the marks complete.
  std::vector<std::size_t> counts(group);
  const Timing values = time_runs(1, reps, [&] {
    std::fill(counts.begin(), counts.end(), 0);
    d::point_rows(s, channels, rows, positive, counts, flags);
  });
  const Timing scales = time_runs(1, reps, [&] { d::check_factors(model, s.weights, s.clamp, s.scale_at, flags, scale); });

  std::size_t reached = 0, size = 0;  // (node, target) pairs carried by the rows; their doubles
  for (const NodeIndex v : s.order) {
    const auto entries = static_cast<std::size_t>(std::popcount(rows.mask(v)));
    reached += entries;
    size += entries * (rows.p_only(v) ? 1 : channels);
  }
  const std::size_t spilled = rows.spill.size();
  const std::vector<std::uint8_t> path = on_path(model, sources, targets);
  const SweepBytes sb = sweep_bytes(model, path, mode, spilled);
  return {{"mode", std::string(to_string(mode))},
          {"channels", channels},
          {"targets_per_sweep", group},
          {"row_entries", reached},
          {"row_doubles", size},
          {"spill_doubles", spilled},
          {"layered_order_once", phase(layered_t)},
          {"positive_below_once", phase(positive_t)},
          {"normalising_factors_once", phase(factors)},
          {"mark_reach", phase(mark)},
          {"normalising_factors_check", phase(scales)},
          {"sweep_median_s", values.median},
          {"sweep_cpu_median_s", values.cpu_median},
          {"bytes_per_sweep", sb.total},
          {"ns_per_visited_edge", values.median * 1e9 / static_cast<double>(sb.edges)}};
}

}  // namespace impactgraph::bench
