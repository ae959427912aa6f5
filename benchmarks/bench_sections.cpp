// Funding flow, Monte Carlo and memory-breakdown sections of bench_contributions.
#include "bench_sections.hpp"

#include <algorithm>
#include <cmath>

#include "bench_util.hpp"
#include "generator.hpp"
#include "impactgraph/funding.hpp"

namespace impactgraph::bench {

using json = nlohmann::ordered_json;

namespace {

json timing_json(const Timing& t) {
  return {{"median_s", t.median}, {"min_s", t.min}, {"max_s", t.max}, {"cpu_median_s", t.cpu_median}, {"runs", t.runs}};
}

// A replica of the engine's counter-based draw (src/contribution/edge_ranges.cpp):
// three SplitMix64 output mixes and a multiply-add per uncertain edge and sample.
inline std::uint64_t mix64(std::uint64_t z) noexcept {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// The edges the engine varies with default Uncertainty settings.
std::size_t count_uncertain(const Model& model) {
  std::size_t n = 0;
  for (EdgeIndex e = 0; e < model.edge_count(); ++e) {
    const EdgeRef edge = model.edge(e);
    n += edge.weight_range() || edge.evidence() != Evidence::unspecified || edge.confidence();
  }
  return n;
}

}  // namespace

json funding_section(const Model& model, std::size_t reps) {
  json out = json::array();
  for (const char* group : {"", "area"}) {
    FundingOptions opt;
    opt.group_by = group;
    FundingResult r;
    const double load = load_average();
    const Timing t = time_runs(1, reps, [&] { r = funding_flows(model, {}, opt); });
    out.push_back({{"group_by", *group ? group : "source"},
                   {"time", timing_json(t)},
                   {"flows", r.flows.size()},
                   {"channels", r.totals.size()},
                   {"load", load}});
  }
  return out;
}

json monte_carlo_section(ContributionEngine& engine, std::span<const NodeIndex> sources,
                         std::span<const NodeIndex> targets, std::size_t samples, std::size_t reps) {
  json out;
  const Model& model = engine.model();
  const std::size_t uncertain = count_uncertain(model);
  out["samples"] = samples;
  out["uncertain_edges"] = uncertain;
  out["nodes"] = model.node_count();
  out["edges"] = model.edge_count();

  ContributionOptions opt;
  ContributionResult r;
  Timing point = time_runs(1, reps, [&] { engine.compute(sources, targets, opt, r); });
  out["point_estimate"] = timing_json(point);
  out["records"] = r.records.size();

  json runs = json::array();
  for (const unsigned threads : {2u, 1u}) {
    opt.uncertainty.samples = samples;
    opt.uncertainty.seed = 7;
    opt.uncertainty.threads = threads;
    const double load = load_average();
    const Timing t = time_runs(1, std::min<std::size_t>(reps, 5), [&] { engine.compute(sources, targets, opt, r); });
    runs.push_back({{"threads", threads}, {"time", timing_json(t)}, {"load", load}});
  }
  out["runs"] = runs;

  // The random draws alone, as the engine makes them (one thread).
  const Timing draws = time_runs(1, std::min<std::size_t>(reps, 5), [&] {
    double sum = 0;
    for (std::size_t k = 0; k < samples; ++k)
      for (std::size_t e = 0; e < uncertain; ++e)
        sum += 0.5 + static_cast<double>(mix64(mix64(mix64(7) ^ k) ^ e) >> 11) * 0x1.0p-53;
    keep(sum);
  });
  out["random_draws"] = {{"draws", samples * uncertain}, {"time", timing_json(draws)}};
  return out;
}

json memory_breakdown(const std::string& scale_name) {
  struct Variant {
    const char* what;
    void (*apply)(GeneratorOptions&);
  };
  const Variant variants[] = {
      {"graph, ids, levels (no tags, funding or edge attributes)",
       [](GeneratorOptions& o) {
         o.tags = false;
         o.funded_per_mille = o.range_per_mille = o.evidence_per_mille = o.confidence_per_mille = 0;
       }},
      {"+ tags (area on every lower node, owner on activities)",
       [](GeneratorOptions& o) { o.funded_per_mille = o.range_per_mille = o.evidence_per_mille = o.confidence_per_mille = 0; }},
      {"+ funding rows (30 % of activities)",
       [](GeneratorOptions& o) { o.range_per_mille = o.evidence_per_mille = o.confidence_per_mille = 0; }},
      {"+ sparse edge attributes (range 2 %, evidence 3 %, confidence 1 %): the benchmark model",
       [](GeneratorOptions&) {}},
      {"+ a title on every project", [](GeneratorOptions& o) { o.project_labels = true; }},
  };
  json out = json::array();
  std::size_t previous = 0;
  for (const Variant& v : variants) {
    GeneratorOptions o = scale(scale_name);
    v.apply(o);
    const Model m = Model::freeze(generate(o).spec);
    const std::size_t bytes = m.memory_bytes();
    const double e = static_cast<double>(m.edge_count());
    out.push_back({{"variant", v.what},
                   {"memory_bytes", bytes},
                   {"bytes_per_edge", static_cast<double>(bytes) / e},
                   {"added_per_edge", previous ? (static_cast<double>(bytes) - static_cast<double>(previous)) / e : 0.0}});
    previous = bytes;
  }
  return out;
}

}  // namespace impactgraph::bench
