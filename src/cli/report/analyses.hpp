// What the report and the analyze command show beyond the model itself: the analyses'
// results (gathered once through the C ABI, copied out of their handles) and the summary
// built from them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/funding_flow.hpp"
#include "report/html.hpp"
#include "report/model_data.hpp"

namespace ig_cli::report {

/// The gap analysis's progress class of a target in a geography (Open SDG's progress
/// measure, docs/gaps.md); `none` where it could not be evaluated or did not run.
enum class Status { none, achieved, on_track, moderate, limited, deteriorating };
constexpr std::size_t status_count = 6;
/// "none", "target-achieved", "on-track", "moderate", "limited", "deteriorating".
const char* status_key(Status s);
/// The least favourable of two classes (none counts as nothing known).
Status worse(Status a, Status b);

/// A finding of an analysis (a gap), as the library reports it.
struct Finding {
  std::string code;
  int severity = 0;  // ig_severity
  std::string message;
  std::vector<std::string> ids;
  std::vector<std::pair<std::string, double>> figures;  // the numeric ones
};

/// One attribution share: `source` accounts for `value` of `target` (node indices).
struct Share {
  std::size_t source = 0, target = 0;
  double value = 0.0;
};

/// How one target of one indicator stands in one geography (ig_evaluation).
struct Evaluation {
  std::size_t indicator = 0, geo = 0, target = 0;
  ig_target_kind kind = IG_TARGET_LEVEL;
  Status status = Status::none;
  bool headline = false;  // the focus geography
  std::optional<double> value, shortfall, base_value, current_value, target_value, line_value, projected_year;
  std::string base_period, current_period, target_period, reason;
};

/// One node of the priority-mismatch ranking (ig_priority).
struct Priority {
  std::size_t node = 0, rank = 0;
  double gap = 0.0, contribution = 0.0, funding = 0.0, contribution_score = 0.0, funding_score = 0.0,
         effort = 0.0, mismatch = 0.0;
  bool flagged = false;  // a priority-mismatch gap names it
};

struct Missing {
  std::string what;  // "contributions", "gaps", "funding"
  std::string why;   // the library's message; "" when this version has no such analysis
};

struct Analyses {
  std::vector<CurrencyFlow> funding;
  bool has_funding = true;  // false when the funding flow failed (see missing)

  bool has_contributions = false;
  std::vector<Share> area_shares;      // priority-area nodes -> goals
  std::vector<Share> activity_shares;  // activities -> goals

  bool has_gaps = false;
  std::string as_of, main_currency;
  std::vector<Finding> gaps;                     // every gap finding, in the library's order
  std::vector<Evaluation> evaluations;           // headline evaluations (the focus geography)
  std::vector<Status> indicator_status;          // per indicator: its least favourable headline class
  std::vector<std::optional<double>> node_share;  // per node: share of indicators on track, rolled up
  std::vector<Priority> priorities;              // by rank

  std::vector<Missing> missing;
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

/// Runs every analysis the report shows on `data`'s model (gap messages in `lang`).
Analyses analyse(const ig::model& model, const ModelData& data, Lang lang, Progress& progress);
/// The gap analysis part of analyse(); throws ig::error when the library refuses.
void detect_gaps(const ig::model& model, const ModelData& data, Lang lang, Analyses& out);

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

  bool has_gaps = false;
  std::string as_of;
  std::array<std::size_t, status_count> status_counts{};  // headline evaluations (targets) by Status
  std::optional<double> on_track_share;  // (achieved + on track) / evaluated targets
  std::optional<double> top_share;       // the rolled-up share at the top node (the vision)
  std::vector<Evaluation> largest_gaps;  // up to 10, largest shortfall first
  std::vector<Priority> mismatches;      // up to 10, by rank
  std::vector<std::pair<std::string, std::size_t>> gap_codes;  // findings per code
  std::vector<Missing> missing;
};

Summary summarise(const ModelData& data, const Analyses& analyses);

}  // namespace ig_cli::report
