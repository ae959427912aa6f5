// What the report and the analyze command show beyond the model itself: the analyses'
// results (gathered once through the C ABI) and the summary built from them.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "report/funding_flow.hpp"
#include "report/model_data.hpp"

namespace ig_cli::report {

/// Performance class of an indicator (and, rolled up, of a node).
enum class Status { none, on_track, improving, stagnating, worsening };
constexpr std::size_t status_count = 5;
/// "none", "on-track", "improving", "stagnating", "worsening".
const char* status_key(Status s);

/// A finding of an analysis (a gap, a priority mismatch), as the library reports it.
struct Finding {
  std::string code;
  int severity = 0;  // ig_severity
  std::string message;
  std::vector<std::string> ids;
  std::vector<std::pair<std::string, double>> figures;
};

/// One attribution share: `source` accounts for `value` of `target` (node indices).
struct Share {
  std::size_t source = 0, target = 0;
  double value = 0.0;
};

struct Missing {
  std::string what;  // "contributions", "gaps", "funding"
  std::string why;   // the library's message; "" when this version has no such analysis
};

struct Analyses {
  std::vector<CurrencyFlow> funding;

  bool has_status = false;            // performance classes from the gap analysis
  std::vector<Status> indicator_status;  // per indicator, for the focus geography
  std::vector<Status> node_status;       // per node, rolled up

  bool has_contributions = false;
  std::vector<Share> area_shares;      // priority-area nodes -> goals
  std::vector<Share> activity_shares;  // activities -> goals

  bool has_gaps = false;
  std::vector<Finding> gaps;        // every gap finding, most severe first
  std::vector<Finding> mismatches;  // priority mismatches, ranked

  /// What could not be computed and why (the library's message, or that this version
  /// of the library does not have the analysis).
  std::vector<Missing> missing;
  bool has_funding = true;  // false when the funding flow failed (see missing)
};

/// Shows which stage a long run is in, on stderr, when it is a terminal.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  ~Progress() { done(); }
  void stage(int index, int total, const std::string& what);
  void done();

 private:
  bool enabled_;
  bool shown_ = false;
};

/// Runs every analysis the library offers on `data`'s model.
Analyses analyse(const ig::model& model, const ModelData& data, Progress& progress);

struct SourceAmount {
  std::string source;
  double amount = 0.0;
};

struct CurrencyTotal {
  std::string currency;
  double total = 0.0;
  std::vector<SourceAmount> by_source;  // largest first, ties by name
};

struct Summary {
  std::string name;
  std::size_t nodes = 0, edges = 0, indicators = 0, observations = 0, geographies = 0;
  std::string first_period, last_period;  // "" without observations
  std::string focus_geo;                  // display name, "" without geographies
  std::vector<std::pair<std::string, std::size_t>> levels;  // level, node count
  std::vector<CurrencyTotal> funding;
  std::size_t errors = 0, warnings = 0, infos = 0;  // validation findings

  bool has_status = false;
  std::array<std::size_t, status_count> status_counts{};  // indexed by Status
  double on_track_share = 0.0;  // on track / assessed indicators
  bool has_gaps = false;
  std::vector<Finding> largest_gaps;  // up to 10
  std::vector<Finding> mismatches;    // up to 10
  std::vector<Missing> missing;
};

Summary summarise(const ModelData& data, const Analyses& analyses);

}  // namespace ig_cli::report
