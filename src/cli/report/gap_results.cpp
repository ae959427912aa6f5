// The gap analysis through the C ABI (ig_gaps_detect), copied into the report's own
// structures: findings, the focus geography's evaluations, the roll-up and the ranking.
#include <cmath>

#include "report/analyses.hpp"

namespace ig_cli::report {

namespace {

Status from_progress(ig_progress p) {
  switch (p) {
    case IG_PROGRESS_TARGET_ACHIEVED: return Status::achieved;
    case IG_PROGRESS_ON_TRACK: return Status::on_track;
    case IG_PROGRESS_MODERATE: return Status::moderate;
    case IG_PROGRESS_LIMITED: return Status::limited;
    case IG_PROGRESS_DETERIORATING: return Status::deteriorating;
    default: return Status::none;
  }
}

std::optional<double> opt(int has, double value) {
  return has && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

void detect_gaps(const ig::model& model, const ModelData& d, Lang lang, Analyses& a) {
  ig_gap_options options = IG_GAP_OPTIONS_INIT;
  options.language = lang == Lang::sv ? IG_LANGUAGE_SV : IG_LANGUAGE_EN;
  // The report's focus geography is the analysis's region, so that "headline" means the same.
  if (d.focus_geo) options.region = d.geographies[*d.focus_geo].id.c_str();
  const ig::gap_report report = ig::detect_gaps(model, &options);

  a.as_of = report.as_of();
  a.main_currency = report.main_currency();
  for (const ig::gap& g : report.all()) {
    Finding f{g.code, g.severity, g.message, g.ids, {}};
    for (const auto& fig : g.figures)
      if (!fig.is_text && std::isfinite(fig.number)) f.figures.emplace_back(fig.name, fig.number);
    a.gaps.push_back(std::move(f));
  }

  a.indicator_status.assign(d.indicators.size(), Status::none);
  for (const ig_evaluation& e : report.evaluations()) {
    if (!e.headline) continue;
    Evaluation x;
    x.indicator = e.indicator;
    x.geo = e.geo;
    x.target = e.target;
    x.kind = e.kind;
    x.status = from_progress(e.progress);
    x.headline = true;
    x.value = opt(e.has_value, e.value);
    x.shortfall = opt(e.has_shortfall, e.shortfall);
    x.base_value = opt(e.has_base_value, e.base_value);
    x.current_value = opt(e.has_current_value, e.current_value);
    x.target_value = opt(e.has_target_value, e.target_value);
    x.line_value = opt(e.has_line_value, e.line_value);
    x.projected_year = opt(e.has_projected_year, e.projected_year);
    x.base_period = e.base_period;
    x.current_period = e.current_period;
    x.target_period = e.target_period;
    x.reason = e.reason;
    a.indicator_status[x.indicator] = worse(a.indicator_status[x.indicator], x.status);
    a.evaluations.push_back(std::move(x));
  }

  a.node_share.assign(d.nodes.size(), std::nullopt);
  for (const ig_node_rollup& r : report.rollup())
    if (r.node < d.nodes.size()) a.node_share[r.node] = opt(r.has_share, r.share);

  for (const ig_priority& p : report.priorities()) {
    Priority x{p.node, p.rank, p.gap, p.contribution, p.funding, p.contribution_score, p.funding_score, p.effort,
               p.mismatch, false};
    for (const Finding& f : a.gaps)
      if (f.code == "priority-mismatch" && !f.ids.empty() && f.ids.front() == d.nodes[p.node].id) x.flagged = true;
    a.priorities.push_back(x);
  }
  a.has_gaps = true;
}

}  // namespace ig_cli::report
