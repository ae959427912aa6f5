// bench_aggregate: indicator aggregation at Kolada scale. Generates the "mc" strategy
// (4,996 nodes) with 1,000 indicators, 300 geographies and 34 years of observations
// (benchmarks/observation_generator.hpp, about 10 million), freezes it, and times the
// default aggregation (min-max per period across geographies, weighted arithmetic mean up
// the graph) on 1 and 2 threads; reports bytes per observation held by the model, the
// aggregation's peak working memory (resident) and its result's size, and per-stage times. Optionally writes
// the inputs and a check sample for numpy_baseline.py. Usage: bench_aggregate --help.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "bench_aggregate_stages.hpp"
#include "bench_util.hpp"
#include "generator.hpp"
#include "observation_generator.hpp"
#include "impactgraph/aggregate.hpp"

using json = nlohmann::ordered_json;
using namespace impactgraph;
using namespace impactgraph::bench;

namespace {

struct Args {
  std::size_t indicators = 1'000;
  std::size_t years = 34;
  std::size_t reps = 5;
  std::vector<unsigned> threads{1, 2};
  std::string json_out, numpy_dir, check_out;
  bool stages = true;
};

[[noreturn]] void usage(int code) {
  std::fprintf(code ? stderr : stdout,
               "usage: bench_aggregate [--indicators N] [--years N] [--reps N] [--threads 1,2]\n"
               "         [--json FILE] [--numpy-dir DIR] [--check FILE] [--no-stages]\n");
  std::exit(code);
}

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string k = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(2);
      return argv[++i];
    };
    if (k == "--indicators") a.indicators = std::stoul(value());
    else if (k == "--years") a.years = std::stoul(value());
    else if (k == "--reps") a.reps = std::stoul(value());
    else if (k == "--json") a.json_out = value();
    else if (k == "--numpy-dir") a.numpy_dir = value();
    else if (k == "--check") a.check_out = value();
    else if (k == "--no-stages") a.stages = false;
    else if (k == "--threads") {
      a.threads.clear();
      std::string list = value();
      for (std::size_t at = 0; at < list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        a.threads.push_back(static_cast<unsigned>(std::stoul(list.substr(at, comma - at))));
        at = comma + 1;
      }
    } else if (k == "--help" || k == "-h") usage(0);
    else usage(2);
  }
  if (a.reps == 0) a.reps = 1;
  return a;
}

// Resident memory from /proc/self/status ("VmRSS" now, "VmHWM" the high-water mark), bytes.
std::size_t status_bytes(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string k;
  std::size_t kb = 0;
  while (in >> k) {
    if (k == key) {
      in >> kb;
      return kb * 1024;
    }
    in.ignore(1 << 10, '\n');
  }
  return 0;
}

// Resets the high-water mark to the current resident size (Linux: clear_refs 5).
void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }

std::string shortest(double x) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, x).ptr);
}

json timing_json(const Timing& t) {
  return {{"median_s", t.median}, {"min_s", t.min}, {"max_s", t.max}, {"cpu_median_s", t.cpu_median}, {"runs", t.runs}};
}

// Bitwise equality of two results' tables: threads must not change a single bit.
bool same(const AggregateResult& a, const AggregateResult& b) {
  const auto eq = [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; };
  if (a.values.size() != b.values.size() || a.scores.size() != b.scores.size()) return false;
  for (std::size_t r = 0; r < a.values.size(); ++r)
    if (a.values.indicator(r) != b.values.indicator(r) || a.values.geo(r) != b.values.geo(r) ||
        a.values.period(r) != b.values.period(r) || !eq(a.values.value(r), b.values.value(r)) ||
        !eq(a.values.normalised(r), b.values.normalised(r)) || a.values.flags(r) != b.values.flags(r))
      return false;
  for (std::size_t r = 0; r < a.scores.size(); ++r)
    if (a.scores.node(r) != b.scores.node(r) || a.scores.geo(r) != b.scores.geo(r) ||
        a.scores.period(r) != b.scores.period(r) || !eq(a.scores.value(r), b.scores.value(r)) ||
        !eq(a.scores.coverage(r), b.scores.coverage(r)))
      return false;
  if (a.diagnostics.size() != b.diagnostics.size()) return false;
  for (std::size_t k = 0; k < a.diagnostics.size(); ++k)
    if (a.diagnostics[k].message != b.diagnostics[k].message) return false;
  return true;
}

// Every 1,009th score and normalised value, and every score of the areas, goals and the
// vision: numpy_baseline.py recomputes them all.
void write_check(const Model& model, const AggregateResult& r, const std::string& path) {
  std::ofstream f(path);
  f << "kind\tid\tgeo\tperiod\tvalue\n";
  const auto row = [&](const char* kind, std::string_view id, std::uint32_t geo, Period p, double v) {
    f << kind << '\t' << id << '\t' << model.geographies()[geo].id << '\t' << p.str() << '\t'
      << (std::isnan(v) ? std::string("nan") : shortest(v)) << '\n';
  };
  for (std::size_t k = 0; k < r.scores.size(); ++k) {
    const NodeRef v = model.node(r.scores.node(k));
    const bool top = v.level() == "area" || v.level() == "goal" || v.level() == "vision";
    if (top || k % 1009 == 0) row("score", v.id(), r.scores.geo(k), r.scores.period(k), r.scores.value(k));
  }
  for (std::size_t k = 0; k < r.values.size(); k += 1009)
    row("normalised", model.indicators()[r.values.indicator(k)].id, r.values.geo(k), r.values.period(k),
        r.values.normalised(k));
  if (!f) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse(argc, argv);
  json out;
  out["benchmark"] = "aggregate";
  out["load_at_start"] = load_average();
  out["machine"] = {{"cpu", cpu_model()},
                    {"hardware_threads", std::thread::hardware_concurrency()},
                    {"last_level_cache_bytes", last_level_cache_bytes()},
                    {"memory_bytes", total_memory_bytes()}};

  // Generate; freeze without and with the observations (their share of the bytes).
  auto t0 = Clock::now();
  Generated gen = generate(scale("mc"));
  ObservationOptions oo;
  oo.indicators = args.indicators;
  oo.years = args.years;
  const ObservationSet set = add_observations(gen, oo);
  const double generate_s = seconds_since(t0);
  std::vector<ObservationSpec> observations = std::move(gen.spec.observations);
  gen.spec.observations.clear();
  const std::size_t bytes_without = Model::freeze(gen.spec).memory_bytes();
  gen.spec.observations = std::move(observations);
  const double cpu0 = process_cpu_seconds();
  t0 = Clock::now();
  const Model model = Model::freeze(gen.spec);
  const double freeze_s = seconds_since(t0);
  const double freeze_cpu_s = process_cpu_seconds() - cpu0;
  gen.spec = ModelSpec{};
  const std::size_t n = model.observations().size();
  const std::size_t model_bytes = model.memory_bytes();
  out["model"] = {{"nodes", model.node_count()},
                  {"edges", model.edge_count()},
                  {"indicators", set.indicators},
                  {"indicators_on", {{"output", set.on_outputs}, {"effect", set.on_effects}, {"area", set.on_areas},
                                     {"goal", set.on_goals}, {"vision", set.on_vision}}},
                  {"geographies", set.geographies},
                  {"years", set.years},
                  {"observations", n},
                  {"generate_s", generate_s},
                  {"freeze_s", freeze_s},
                  {"freeze_cpu_s", freeze_cpu_s},
                  {"memory_bytes", model_bytes},
                  {"memory_bytes_without_observations", bytes_without},
                  {"bytes_per_observation", static_cast<double>(model_bytes) / static_cast<double>(n)},
                  {"observation_bytes_per_observation",
                   static_cast<double>(model_bytes - bytes_without) / static_cast<double>(n)}};
  std::fprintf(stderr, "model: %zu observations, %.2f bytes each (%.2f of them the observations' own); freeze %.2f s\n",
               n, static_cast<double>(model_bytes) / static_cast<double>(n),
               static_cast<double>(model_bytes - bytes_without) / static_cast<double>(n), freeze_s);
  if (!args.numpy_dir.empty()) write_numpy_inputs(model, args.numpy_dir);

  // The aggregation, per thread count: the first run measures the heap, then timed runs.
  json runs = json::array();
  std::optional<AggregateResult> reference;
  for (const unsigned threads : args.threads) {
    AggregateOptions options;
    options.threads = threads;
    // The first run measures memory: the rise of the resident high-water mark over what
    // was resident before (the aggregation's working memory, its result included).
    const std::size_t before = status_bytes("VmRSS:");
    reset_peak_rss();
    std::optional<AggregateResult> r(aggregate(model, options));
    const std::size_t peak = status_bytes("VmHWM:") - before;
    const std::size_t result_bytes = r->values.memory_bytes() + r->scores.memory_bytes();
    // Timed runs: aggregate() alone; freeing the previous result is not timed.
    const double load = load_average();
    std::vector<double> wall, cpu;
    for (std::size_t rep = 0; rep < args.reps; ++rep) {
      r.reset();
      const double c0 = process_cpu_seconds();
      const auto start = Clock::now();
      r.emplace(aggregate(model, options));
      wall.push_back(seconds_since(start));
      cpu.push_back(process_cpu_seconds() - c0);
    }
    Timing t;
    t.runs = wall.size();
    t.min = *std::min_element(wall.begin(), wall.end());
    t.max = *std::max_element(wall.begin(), wall.end());
    t.median = median_of(wall);
    t.cpu_median = median_of(cpu);
    bool identical = true;
    if (!reference) reference = std::move(r);
    else identical = same(*reference, *r);
    runs.push_back({{"threads", threads},
                    {"time", timing_json(t)},
                    {"load", load},
                    {"values", reference->values.size()},
                    {"scores", reference->scores.size()},
                    {"load_after", load_average()},
                    {"peak_rss_rise_bytes", peak},
                    {"peak_rss_rise_bytes_per_observation", static_cast<double>(peak) / static_cast<double>(n)},
                    {"result_bytes", result_bytes},
                    {"result_bytes_per_observation", static_cast<double>(result_bytes) / static_cast<double>(n)},
                    {"identical_to_first", identical}});
    std::fprintf(stderr, "threads %u: median %.3f s wall, %.3f s CPU (load %.2f); working memory %.1f bytes/observation%s\n",
                 threads, t.median, t.cpu_median, load, static_cast<double>(peak) / static_cast<double>(n),
                 identical ? "" : "; RESULTS DIFFER");
    if (!identical) {
      std::fprintf(stderr, "bench_aggregate: %u threads gave other results than %u\n", threads, args.threads.front());
      return 1;
    }
  }
  out["aggregate"] = runs;
  if (args.stages)
    for (const unsigned threads : args.threads) {
      AggregateOptions options;
      options.threads = threads;
      out["stages"].push_back({{"threads", threads}, {"stages", aggregate_stages(model, options, args.reps)}});
    }
  if (!args.check_out.empty() && reference) write_check(model, *reference, args.check_out);
  out["peak_rss_bytes"] = peak_rss_bytes();
  out["load_at_end"] = load_average();

  const std::string text = out.dump(2);
  if (args.json_out.empty()) {
    std::cout << text << '\n';
  } else {
    std::ofstream f(args.json_out);
    f << text << '\n';
  }
  return 0;
}
