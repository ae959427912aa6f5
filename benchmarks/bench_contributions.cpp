// bench_contributions: builds one generated scale, freezes it, and times contribution
// scoring (all activities -> the 13 targets: 3 goals and 10 areas) per mode on one core,
// funding flow, and optionally Monte Carlo; reports bytes per edge, peak RSS, the machine's
// read bandwidth and the bandwidth bound of a sweep. Writes JSON; optionally the edge list
// and a check file for networkx_baseline.py. Usage: bench_contributions --help.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "access_floor.hpp"
#include "bandwidth.hpp"
#include "core_probe.hpp"
#include "bench_sections.hpp"
#include "bench_util.hpp"
#include "byte_model.hpp"
#include "generator.hpp"
#include "kernel_timing.hpp"
#include "impactgraph/contribution.hpp"
#include "impactgraph/funding.hpp"

using json = nlohmann::ordered_json;
using namespace impactgraph;
using namespace impactgraph::bench;

namespace {

struct Args {
  std::string scale = "region";
  std::size_t reps = 7;
  std::string json_out, edges_out, check_out;
  bool breakdown = false;
  bool monte_carlo = false;
  bool freeze_only = false;
  std::size_t samples = 1000;
  std::size_t bandwidth_mib = 512;
};

[[noreturn]] void usage(int code) {
  std::fprintf(code ? stderr : stdout,
               "usage: bench_contributions [--scale region|mc|national|million|eu] [--reps N]\n"
               "         [--json FILE] [--edges FILE] [--check FILE] [--breakdown] [--monte-carlo]\n"
               "         [--samples N] [--bandwidth-mib N] [--freeze-only]\n");
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
    if (k == "--scale") a.scale = value();
    else if (k == "--reps") a.reps = std::stoul(value());
    else if (k == "--json") a.json_out = value();
    else if (k == "--edges") a.edges_out = value();
    else if (k == "--check") a.check_out = value();
    else if (k == "--breakdown") a.breakdown = true;
    else if (k == "--monte-carlo") a.monte_carlo = true;
    else if (k == "--freeze-only") a.freeze_only = true;
    else if (k == "--samples") a.samples = std::stoul(value());
    else if (k == "--bandwidth-mib") a.bandwidth_mib = std::stoul(value());
    else if (k == "--help" || k == "-h") usage(0);
    else usage(2);
  }
  if (a.reps == 0) a.reps = 1;
  return a;
}

std::size_t current_rss_bytes() {
  std::ifstream in("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

std::string shortest(double x) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, x).ptr);
}

json timing_json(const Timing& t) {
  return {{"median_s", t.median}, {"min_s", t.min}, {"max_s", t.max}, {"cpu_median_s", t.cpu_median}, {"runs", t.runs}};
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse(argc, argv);
  json out;
  out["benchmark"] = "contributions";
  out["scale"] = args.scale;
  out["load_at_start"] = load_average();

  const std::size_t llc = last_level_cache_bytes();
  out["machine"] = {{"cpu", cpu_model()},
                    {"hardware_threads", std::thread::hardware_concurrency()},
                    {"last_level_cache_bytes", llc},
                    {"memory_bytes", total_memory_bytes()}};
  // The core's speed before and after the measurements: how steady the machine was.
  const auto probe_json = [](const CoreProbe& p) {
    return json{{"min_s", p.min_s}, {"median_s", p.median_s}, {"max_s", p.max_s}, {"runs", p.runs}};
  };
  out["machine"]["core_probe_start"] = probe_json(probe_core(5));

  // Generate and freeze.
  auto t0 = Clock::now();
  Generated gen = generate(scale(args.scale));
  const double generate_s = seconds_since(t0);
  if (!args.edges_out.empty()) {
    std::ofstream f(args.edges_out);
    write_edge_list(gen.spec, f);
    if (!f) throw std::runtime_error("cannot write " + args.edges_out);
  }
  const std::size_t rss_spec = current_rss_bytes();
  char print[20];
  std::snprintf(print, sizeof print, "%016llx", static_cast<unsigned long long>(fingerprint(gen.spec)));
  // The first freeze gives the model; the figure is the median of --reps freezes (the
  // first included), since one timing of a multi-second freeze is at the mercy of the load.
  std::vector<double> freeze_wall, freeze_cpu;
  auto timed_freeze = [&] {
    const double cpu0 = process_cpu_seconds();
    const auto start = Clock::now();
    Model frozen = Model::freeze(gen.spec);
    freeze_wall.push_back(seconds_since(start));
    freeze_cpu.push_back(process_cpu_seconds() - cpu0);
    return frozen;
  };
  Model model = timed_freeze();
  for (std::size_t i = 1; i < args.reps; ++i) timed_freeze();
  const double freeze_s = median_of(freeze_wall);
  const double freeze_cpu_s = median_of(freeze_cpu);
  const std::size_t model_bytes = model.memory_bytes();
  const std::size_t edges = model.edge_count();
  gen.spec = ModelSpec{};  // only the frozen model from here on
  out["model"] = {{"fingerprint", print},
                  {"nodes", model.node_count()},
                  {"edges", edges},
                  {"activities", gen.activities},
                  {"outputs", gen.outputs},
                  {"effects", gen.effects},
                  {"areas", gen.areas},
                  {"goals", gen.goals},
                  {"generate_s", generate_s},
                  {"freeze_s", freeze_s},
                  {"freeze_cpu_s", freeze_cpu_s},
                  {"memory_bytes", model_bytes},
                  {"bytes_per_edge", static_cast<double>(model_bytes) / static_cast<double>(edges)},
                  {"rss_with_spec_bytes", rss_spec},
                  {"rss_after_freeze_bytes", current_rss_bytes()}};

  if (args.freeze_only) {  // for profiling the freeze alone
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }

  std::vector<NodeIndex> sources(gen.activities);
  for (std::size_t i = 0; i < sources.size(); ++i) sources[i] = static_cast<NodeIndex>(i);
  const std::vector<NodeIndex> targets(gen.targets.begin(), gen.targets.end());
  const std::vector<std::uint8_t> path = on_path(model, sources, targets);
  bool negative = false;
  for (const double w : model.edge_weights()) negative = negative || w < 0.0;

  // Contributions per mode, one core.
  ContributionEngine engine(model);
  std::ofstream check;
  if (!args.check_out.empty()) check.open(args.check_out);
  if (check) check << "kind\tmode\tsource\ttarget\tvalue\n";
  json modes = json::array();
  for (const ContributionMode mode : {ContributionMode::path, ContributionMode::flow, ContributionMode::attribution}) {
    ContributionOptions opt;
    opt.mode = mode;
    opt.uncertainty.threads = 1;
    ContributionResult r;
    const double load = load_average();
    const Timing t = time_runs(1, args.reps, [&] { engine.compute(sources, targets, opt, r); });
    // Channels the engine uses: path mode with trade-offs splits synergy and trade-off.
    const unsigned channels = mode == ContributionMode::path && negative ? 2 : 1;
    json kernel = kernel_section(model, sources, targets, mode, args.reps);
    const SweepBytes sb = sweep_bytes(model, path, mode, kernel["spill_doubles"].get<std::size_t>());
    const std::size_t sweeps = (targets.size() + 31) / 32;  // group_width targets per sweep
    // The whole call moves at least the sweeps' bytes and the records (written, and read
    // first by the write-allocate).
    const std::size_t call_bytes = sb.total * sweeps + 2 * sizeof(ContributionRecord) * r.records.size();
    modes.push_back({{"mode", std::string(to_string(mode))},
                     {"time", timing_json(t)},
                     {"records", r.records.size()},
                     {"load", load},
                     {"channels", channels},
                     {"sweeps", sweeps},
                     {"visited_nodes", sb.nodes},
                     {"visited_edges", sb.edges},
                     {"bytes_per_sweep", sb.total},
                     {"bytes_per_visited_edge", sb.per_edge},
                     {"bytes_per_visited_node", sb.per_node},
                     {"bytes_per_call", call_bytes},
                     {"kernel", std::move(kernel)}});
    if (check) {
      // Per target, the sum over all sources (pairs without a path count 0), and every
      // 997th record: networkx_baseline.py recomputes both.
      std::vector<double> sums(model.node_count(), 0.0);
      for (const auto& rec : r.records) sums[rec.target] += rec.value;
      for (const NodeIndex tg : targets)
        check << "sum\t" << to_string(mode) << "\t*\t" << model.node(tg).id() << '\t' << shortest(sums[tg]) << '\n';
      for (std::size_t i = 0; i < r.records.size(); i += 997)
        check << "pair\t" << to_string(mode) << '\t' << model.node(r.records[i].source).id() << '\t'
              << model.node(r.records[i].target).id() << '\t' << shortest(r.records[i].value) << '\n';
    }
  }
  out["contributions"] = modes;
  // The same graph and record count as the path call above.
  out["access_floor"] = access_floor_section(model, sources.size(), modes[0]["records"].get<std::size_t>(), args.reps);
  out["funding"] = funding_section(model, args.reps);
  if (args.monte_carlo) out["monte_carlo"] = monte_carlo_section(engine, sources, targets, args.samples, args.reps);
  if (args.breakdown) out["memory_breakdown"] = memory_breakdown(args.scale);
  out["peak_rss_bytes"] = peak_rss_bytes();

  // The bandwidth last, so that its buffer does not count in the peak RSS above.
  const Bandwidth bw = measure_read_bandwidth(args.bandwidth_mib << 20, 7);
  out["machine"]["read_bandwidth_bytes_per_s"] = bw.bytes_per_second;
  out["machine"]["read_bandwidth_median_bytes_per_s"] = bw.median_bytes_per_second;
  out["machine"]["bandwidth_buffer_bytes"] = bw.buffer_bytes;
  for (auto& m : out["contributions"]) {
    const double bound = m["bytes_per_call"].get<double>() / bw.bytes_per_second;
    m["bandwidth_bound_s"] = bound;
    m["fraction_of_bound"] = bound / m["time"]["median_s"].get<double>();
    auto& k = m["kernel"];
    k["bandwidth_bound_s"] = k["bytes_per_sweep"].get<double>() / bw.bytes_per_second;
    k["fraction_of_bound"] = k["bandwidth_bound_s"].get<double>() / k["sweep_median_s"].get<double>();
  }
  out["machine"]["core_probe_end"] = probe_json(probe_core(5));
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
