// Gap detection: what a strategy's follow-up should look at first. Structural gaps in the
// graph, indicators off track against their targets (Open SDG's progress measure, all six
// target kinds), inequality between municipalities and between women and men, data gaps,
// and goals or challenges with a large gap but little effort reaching them; plus the share
// of indicators on track carried up the graph. Codes, formulas and message texts:
// docs/gaps.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/period.hpp"

namespace impactgraph {

/// Open SDG's progress status of one target in one geography (docs/gaps.md, "Performance").
/// target_achieved  the current value meets the target
/// on_track         progress ratio >= 0.95 (substantial progress)
/// moderate         0.6 <= ratio < 0.95 (progress needs acceleration)
/// limited          0 <= ratio < 0.6
/// deteriorating    ratio < 0: moving away from the target
/// not_available    cannot be evaluated (no data, one observation, no direction, ...)
enum class ProgressClass : std::uint8_t { target_achieved, on_track, moderate, limited, deteriorating, not_available };

/// The language of the messages.
enum class Language : std::uint8_t { en, sv };

std::string_view to_string(ProgressClass) noexcept;
std::string_view to_string(Language) noexcept;
std::optional<Language> parse_language(std::string_view) noexcept;  // "en", "sv"

/// The stable gap codes (docs/gaps.md). Never renamed; new ones are only added.
namespace gap_codes {
// structural
inline constexpr std::string_view unreached_goal = "unreached-goal";
inline constexpr std::string_view unreached_effect = "unreached-effect";
inline constexpr std::string_view orphan_activity = "orphan-activity";
inline constexpr std::string_view unmeasured_node = "unmeasured-node";
inline constexpr std::string_view indicator_without_baseline = "indicator-without-baseline";
inline constexpr std::string_view indicator_without_target = "indicator-without-target";
inline constexpr std::string_view indicator_without_direction = "indicator-without-direction";
inline constexpr std::string_view level_violation = "level-violation";
inline constexpr std::string_view disconnected_part = "disconnected-part";
inline constexpr std::string_view silo = "silo";
inline constexpr std::string_view single_source = "single-source";
// performance
inline constexpr std::string_view off_track = "off-track";
inline constexpr std::string_view not_evaluable = "not-evaluable";
// equality
inline constexpr std::string_view unequal_municipalities = "unequal-municipalities";
inline constexpr std::string_view gender_gap = "gender-gap";
// data
inline constexpr std::string_view no_data = "no-data";
inline constexpr std::string_view missing_periods = "missing-periods";
inline constexpr std::string_view stale_series = "stale-series";
inline constexpr std::string_view low_coverage = "low-coverage";
// priorities and roll-up
inline constexpr std::string_view priority_mismatch = "priority-mismatch";
inline constexpr std::string_view on_track_share = "on-track-share";
}  // namespace gap_codes

/// One code: its family, fixed severity and message templates ({name} placeholders).
struct GapCodeInfo {
  std::string_view code;
  std::string_view family;  // structural, performance, equality, data, priority, rollup
  Severity severity;
  std::string_view message_en;
  std::string_view message_sv;
};

/// Every code, in report order.
std::span<const GapCodeInfo> gap_code_table() noexcept;

/// Open SDG's thresholds (sdg-build ProgressMeasure). `ratio_*` apply to the ratio of the
/// observed to the required compound annual growth (targets with a value); `growth_*` to the
/// observed growth itself, direction-adjusted (targets without a value).
struct ProgressThresholds {
  double ratio_on_track = 0.95;
  double ratio_moderate = 0.6;
  double ratio_limited = 0.0;
  double growth_on_track = 0.015;
  double growth_moderate = 0.005;
  double growth_limited = 0.0;
};

struct GapOptions {
  Language language = Language::en;
  /// The period the analysis looks from; observations after it are ignored. Empty: the latest
  /// period with a value in the model.
  std::string as_of;
  /// The level of activities. Empty: the lowest level.
  std::string activity_level;
  /// The level of goals. Empty: "goal" when the model has it, else the level below the top.
  std::string goal_level;
  /// Effect levels. Empty: "effect" and "outcome", those the model has; else every level
  /// strictly between the level above the activities and the goal level.
  std::vector<std::string> effect_levels;
  /// Levels whose nodes must have an indicator. Empty: the goal level and the effect levels.
  std::vector<std::string> measured_levels;
  /// Levels ranked for priority mismatch. Empty: the levels above the highest effect level up
  /// to the goal level (the goal level alone without effect levels).
  std::vector<std::string> priority_levels;
  /// Activity tags whose groups are checked for silos.
  std::vector<std::string> silo_tags{"area", "owner"};
  /// A group is a silo when the share of its downstream nodes it shares with other groups is
  /// at most this.
  double silo_share = 0.0;
  /// The activity tag whose groups count for single-source goals ("" = activities only).
  std::string single_source_tag = "area";
  /// The region whose municipalities (child geographies) are compared, and whose series give
  /// the headline gaps. Empty: the geography with the most children (none when no geography
  /// has children: then every geography is a headline geography).
  std::string region;
  /// The breakdowns that hold women's and men's values (Kolada: K and M).
  std::string women = "K";
  std::string men = "M";
  /// A series is stale when its latest value is this many periods or more before the as-of period.
  std::size_t stale_after = 2;
  /// Low coverage: fewer than this share of the region's municipalities have a value.
  double coverage_threshold = 0.5;
  /// Unequal municipalities: coefficient of variation at or above this, or the largest value
  /// at least this many times the smallest.
  double cv_threshold = 0.15;
  double max_min_threshold = 1.5;
  /// Gender gap: |women - men| / mean(women, men) at or above this.
  double gender_gap_threshold = 0.10;
  /// Priority mismatch: mismatch index at or above this.
  double mismatch_threshold = 0.25;
  ProgressThresholds thresholds;
};

/// A number or a text, named.
struct Figure {
  std::string name;
  bool is_text = false;
  double number = 0.0;
  std::string text;
};

/// One finding: a stable code, its severity, a message in the chosen language, the ids
/// involved (documented per code) and its figures.
struct Gap {
  std::string code;
  Severity severity = Severity::warning;
  std::string message;
  std::vector<std::string> ids;
  std::vector<Figure> figures;

  /// The figure called `name`, or nullptr.
  const Figure* figure(std::string_view name) const noexcept;
};

/// How one target of one indicator stands in one geography (docs/gaps.md, "Performance").
struct Evaluation {
  std::uint32_t indicator = 0;  // index into Model::indicators()
  std::uint32_t geo = 0;        // index into Model::geographies()
  std::uint32_t target = 0;     // index into the indicator's targets
  TargetKind kind = TargetKind::level;
  ProgressClass progress = ProgressClass::not_available;
  bool headline = false;        // the geography is a headline geography (the region)
  /// The progress value: ratio of observed to required growth (level, change, dated
  /// disparity), direction-adjusted growth (threshold, direction, peers level, disparity
  /// without a date) or the share of peers bettered (peers growth).
  std::optional<double> value;
  /// The shortfall in [0, 1] used by priority mismatch (0 = achieved or on track at full speed).
  std::optional<double> shortfall;
  std::optional<Period> base_period;
  std::optional<double> base_value;  // for disparity and peers: the gap at the base period
  std::optional<Period> current_period;
  std::optional<double> current_value;
  std::optional<double> target_value;  // the level aimed at (change: base * (1 + value))
  std::optional<Period> target_period;
  std::optional<double> line_value;  // the straight line base -> target at the current period
  std::optional<double> projected_year;  // when the least-squares trend reaches the target
  std::string reason;  // why not_available
};

/// Share of indicators on track, carried up the graph (docs/gaps.md, "Roll-up").
struct NodeRollup {
  NodeIndex node = 0;
  std::size_t evaluated = 0;  // own indicators with an evaluable target
  std::size_t on_track = 0;   // of those, on track or achieved in every target evaluated
  std::optional<double> own_share;
  std::optional<double> share;      // rolled up over the node and what contributes to it
  std::optional<double> shortfall;  // rolled-up mean shortfall
};

/// One ranked node of the priority-mismatch index (docs/gaps.md, "Priority mismatch").
struct Priority {
  NodeIndex node = 0;
  std::size_t rank = 0;        // 1 = the largest mismatch
  double gap = 0.0;            // rolled-up shortfall in [0, 1]
  double contribution = 0.0;   // path contribution from all activities (raw)
  double funding = 0.0;        // money reaching the node, main currency (raw)
  double contribution_score = 0.0;  // contribution / the largest of its level, in [0, 1]
  double funding_score = 0.0;       // funding / the largest of its level, in [0, 1]
  double effort = 0.0;         // mean of the two scores (the contribution score without funding)
  double mismatch = 0.0;       // gap * (1 - effort)
};

/// How much a group of activities (an area, an owner) meets other groups below the goals.
struct GroupLinkage {
  std::string tag;    // e.g. "area"
  std::string group;  // the tag's value, e.g. "A10"
  std::size_t activities = 0;
  std::size_t downstream = 0;  // nodes below the goal level reached from the group's activities
  std::size_t shared = 0;      // of those, reached from another group's activities too
  double share = 0.0;          // shared / downstream (0 when nothing is downstream)
};

struct GapReport {
  std::optional<Period> as_of;
  std::optional<std::uint32_t> region;  // index into Model::geographies()
  Language language = Language::en;
  std::vector<Gap> gaps;                // in family order (structural first), then as found
  std::vector<Evaluation> evaluations;  // indicator, geography, target order
  std::vector<NodeRollup> rollup;       // every node, node order
  std::vector<Priority> priorities;     // by rank
  std::vector<GroupLinkage> groups;     // by tag (silo_tags order), then group (first appearance)
  std::string main_currency;            // the currency funding is counted in ("" without funding)
};

/// Runs every gap analysis on `model`. Deterministic. Throws impactgraph::Error for options
/// that name something the model lacks (unknown-level, unknown-geography) or a bad as-of
/// period (bad-period), and std::invalid_argument for a threshold that is not finite.
/// Time O((V + E) * (A + G) + O log O) for V nodes, E edges, A activities, G silo groups and
/// O observations.
GapReport detect_gaps(const Model& model, const GapOptions& options = {});

}  // namespace impactgraph
