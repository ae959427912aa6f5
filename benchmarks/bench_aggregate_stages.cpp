// Stage timers for aggregate(): the same calls, in the same order, as src/aggregate/aggregate.cpp.
#include "bench_aggregate_stages.hpp"

#include <vector>

#include "aggregate/pipeline.hpp"
#include "bench_util.hpp"

namespace impactgraph::bench {

nlohmann::ordered_json aggregate_stages(const Model& model, const AggregateOptions& options, std::size_t reps) {
  using namespace aggregate_detail;
  const char* names[] = {"groups", "axes", "indicators", "composite", "results"};
  std::vector<std::vector<double>> wall(5), cpu(5);
  for (std::size_t rep = 0; rep < reps; ++rep) {
    int stage = 0;
    double c0 = process_cpu_seconds();
    auto t0 = Clock::now();
    const auto lap = [&] {
      wall[stage].push_back(seconds_since(t0));
      cpu[stage].push_back(process_cpu_seconds() - c0);
      ++stage;
      c0 = process_cpu_seconds();
      t0 = Clock::now();
    };
    const ObservationGroups groups(model, options.breakdown, options.threads);
    lap();
    Findings findings;
    const Axes axes = make_axes(model, groups.periods(), options.grain, findings);
    lap();
    Context context(model, groups, options, axes, findings);
    IndicatorData data = compute_indicators(context, options, options.threads);
    context.weight_cache.clear();
    lap();
    const CompositeSpec spec = composite_spec(model, options, &findings);
    std::vector<std::uint32_t> all(axes.period_count);
    for (std::uint32_t p = 0; p < all.size(); ++p) all[p] = p;
    NodeScores scores = compute_scores(model, axes, data, spec, all, &findings, options.threads);
    lap();
    AggregateResult result;
    const std::vector<bool> geos(axes.geo_count, true), periods(axes.period_count, true);
    ResultWriter::values(result.values, axes, std::move(data), geos, periods);
    ResultWriter::scores(result.scores, model, axes, std::move(scores), geos, periods);
    lap();
    keep(result);
  }
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (int s = 0; s < 5; ++s)
    out.push_back({{"stage", names[s]}, {"median_s", median_of(wall[s])}, {"cpu_median_s", median_of(cpu[s])}});
  return out;
}

}  // namespace impactgraph::bench
