// Small helpers the benchmark programs share: wall-clock timing with a median over
// repetitions, the machine's description (CPU, caches, memory, load) and peak RSS.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <time.h>
#include <vector>

namespace impactgraph::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// CPU time of the whole process (every thread), seconds. On a busy machine the wall
/// clock also counts the time spent waiting for a core; this does not.
inline double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Timing {
  double median = 0, min = 0, max = 0;  // wall clock
  double cpu_median = 0;                // process CPU time
  std::size_t runs = 0;
};

inline double median_of(std::vector<double> t) {
  std::sort(t.begin(), t.end());
  const std::size_t n = t.size();
  return n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
}

/// Runs `f` `warmup` times untimed, then `runs` times timed; the median is what we report.
inline Timing time_runs(std::size_t warmup, std::size_t runs, const std::function<void()>& f) {
  for (std::size_t i = 0; i < warmup; ++i) f();
  std::vector<double> t, cpu;
  for (std::size_t i = 0; i < runs; ++i) {
    const double c0 = process_cpu_seconds();
    const auto t0 = Clock::now();
    f();
    t.push_back(seconds_since(t0));
    cpu.push_back(process_cpu_seconds() - c0);
  }
  Timing r;
  r.runs = runs;
  r.min = *std::min_element(t.begin(), t.end());
  r.max = *std::max_element(t.begin(), t.end());
  r.median = median_of(t);
  r.cpu_median = median_of(cpu);
  return r;
}

inline std::string read_first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

/// The 1-minute load average (from /proc/loadavg), or -1.
inline double load_average() {
  std::istringstream in(read_first_line("/proc/loadavg"));
  double l = -1;
  in >> l;
  return l;
}

/// Peak resident set size of this process so far, bytes.
inline std::size_t peak_rss_bytes() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;
}

/// "32768K" -> bytes.
inline std::size_t parse_size(const std::string& s) {
  std::size_t n = 0, i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') n = n * 10 + static_cast<std::size_t>(s[i++] - '0');
  if (i < s.size() && (s[i] == 'K' || s[i] == 'k')) n *= 1024;
  if (i < s.size() && s[i] == 'M') n *= 1024 * 1024;
  return n;
}

/// The largest cache of cpu0 (the last-level cache), bytes; 0 when sysfs does not say.
inline std::size_t last_level_cache_bytes() {
  std::size_t best = 0;
  for (int i = 0; i < 8; ++i) {
    const std::string dir = "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(i) + "/";
    const std::string size = read_first_line(dir + "size");
    if (size.empty()) continue;
    best = std::max(best, parse_size(size));
  }
  return best;
}

inline std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown";
}

inline std::size_t total_memory_bytes() {
  std::ifstream in("/proc/meminfo");
  std::string key;
  std::size_t kb = 0;
  while (in >> key >> kb) {
    if (key == "MemTotal:") return kb * 1024;
    in.ignore(1 << 10, '\n');
  }
  return 0;
}

/// Keeps the optimiser from deleting a computation whose result is otherwise unused.
template <class T>
inline void keep(const T& value) {
  asm volatile("" : : "g"(&value) : "memory");
}

}  // namespace impactgraph::bench
