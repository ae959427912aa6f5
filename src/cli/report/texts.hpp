// The report's words in Swedish and English (--lang sv|en).
#pragma once

#include <string>
#include <string_view>

#include "report/html.hpp"

namespace ig_cli::report {

struct Texts {
  std::string_view html_lang;
  // page
  std::string_view report, generated_by, contents, hide, show;
  // sections
  std::string_view summary, graph, contributions, funding, trends, equality, diagnostics;
  std::string_view summary_intro, graph_intro, contributions_intro, funding_intro, trends_intro, equality_intro,
      diagnostics_intro;
  // summary
  std::string_view model_facts, nodes, edges, indicators, observations, geographies, periods, focus_geo, level,
      count, total_funding, by_source, status_counts, on_track_share, largest_gaps, priority_mismatches,
      not_available, not_available_yet, findings;
  // statuses (the gap analysis's progress classes) and the roll-up
  std::string_view st_achieved, st_on_track, st_moderate, st_limited, st_deteriorating, st_none;
  std::string_view share_legend, share_none, targets_assessed, top_share, as_of;
  // tables of the summary
  std::string_view col_indicator, col_target, col_current, col_required, col_status, col_projected, col_shortfall,
      col_node, col_gap, col_contribution, col_funding, col_effort, col_mismatch, flagged, gap_findings;
  // graph
  std::string_view trade_off, edge_width, weight, evidence, range;
  // funding
  std::string_view funding_source, area, goal, no_area, reaches_no_goal, total, no_funding;
  // contributions
  std::string_view share, attribution_of, contributor, no_contributions;
  // trends
  std::string_view baseline, target, required_trajectory, threshold, peers, highlight_geo, assessments,
      no_observations, shall_increase, shall_decrease, ratio_of, unit, source, target_kinds, change_against,
      disparity_target;
  // equality
  std::string_view municipalities_latest, women, men, gap, gender_gap_over_time, no_gender_data,
      no_municipal_data, municipality, reference_line, better_than, worse_than;
  // diagnostics
  std::string_view code, severity, message, ids, no_findings, sev_error, sev_warning, sev_info;
};

const Texts& texts(Lang lang);

/// A display name for a level: the usual ones translated, others as written.
std::string level_name(const std::string& level, Lang lang);
std::string severity_name(int severity, const Texts& t);
/// The kind of a target in words ("level" / "nivå", ...).
std::string target_kind_name(int kind, Lang lang);

}  // namespace ig_cli::report
