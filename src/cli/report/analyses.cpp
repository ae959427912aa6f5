// Gathers the analyses' results for the report and the analyze command.
#include "report/analyses.hpp"

#include <algorithm>
#include <iostream>

namespace ig_cli::report {

const char* status_key(Status s) {
  switch (s) {
    case Status::on_track: return "on-track";
    case Status::improving: return "improving";
    case Status::stagnating: return "stagnating";
    case Status::worsening: return "worsening";
    default: return "none";
  }
}

void Progress::stage(int index, int total, const std::string& what) {
  if (!enabled_) return;
  std::cerr << "\r\x1b[K[" << index << '/' << total << "] " << what << "\u2026" << std::flush;
  shown_ = true;
}

void Progress::done() {
  if (enabled_ && shown_) std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

namespace {

// Attribution shares of every goal from the nodes of `level` (one C ABI call).
std::vector<Share> attribution(const ig::model& model, const std::string& level, const std::string& goals) {
  const ig_contribution_options options = ig::contribution_options(IG_CONTRIBUTION_ATTRIBUTION);
  const ig::contributions c = ig::contributions::compute(model, ig::node_selection::levels({level}),
                                                         ig::node_selection::levels({goals}), &options);
  std::vector<Share> out;
  for (const ig_contribution& r : c.all()) out.push_back({r.source, r.target, r.value});
  return out;
}

}  // namespace

Analyses analyse(const ig::model& model, const ModelData& data, Progress& progress) {
  Analyses a;
  a.node_status.assign(data.nodes.size(), Status::none);
  a.indicator_status.assign(data.indicators.size(), Status::none);
  progress.stage(1, 3, "funding flow");
  try {
    a.funding = funding_flows(model, data);
  } catch (const ig::error& e) {
    a.has_funding = false;
    a.missing.push_back({"funding", e.what()});
  }
  progress.stage(2, 3, "contributions");
  if (!data.levels.empty()) {
    const std::string& goals = data.levels[data.goal_level];
    try {
      for (std::size_t l = 0; l < data.levels.size(); ++l)
        if (data.levels[l] == "area" && l < data.goal_level) a.area_shares = attribution(model, "area", goals);
      if (data.goal_level > 0) a.activity_shares = attribution(model, data.levels[0], goals);
      a.has_contributions = true;
    } catch (const ig::error& e) {
      a.area_shares.clear();
      a.activity_shares.clear();
      a.missing.push_back({"contributions", e.what()});
    }
  }
  progress.stage(3, 3, "gaps");
  a.missing.push_back({"gaps", ""});  // not in this version of the library
  progress.done();
  return a;
}

Summary summarise(const ModelData& d, const Analyses& a) {
  Summary s;
  s.name = d.name;
  s.nodes = d.nodes.size();
  s.edges = d.edges.size();
  s.indicators = d.indicators.size();
  s.observations = d.observations.size();
  s.geographies = d.geographies.size();
  if (d.focus_geo) s.focus_geo = d.geographies[*d.focus_geo].display();
  double first = 0.0, last = 0.0;
  for (const Observation& o : d.observations) {
    if (s.first_period.empty() || o.time < first) first = o.time, s.first_period = o.period;
    if (s.last_period.empty() || o.time > last) last = o.time, s.last_period = o.period;
  }
  for (std::size_t l = 0; l < d.levels.size(); ++l) {
    std::size_t n = 0;
    for (const Node& node : d.nodes) n += node.level_index == l ? 1 : 0;
    s.levels.emplace_back(d.levels[l], n);
  }
  for (const CurrencyFlow& f : a.funding) {
    CurrencyTotal t{f.currency, f.total, {}};
    for (const FlowLink& l : f.source_area) {
      auto it = std::find_if(t.by_source.begin(), t.by_source.end(),
                             [&](const SourceAmount& x) { return x.source == l.from; });
      if (it == t.by_source.end())
        t.by_source.push_back({l.from, l.amount});
      else
        it->amount += l.amount;
    }
    std::stable_sort(t.by_source.begin(), t.by_source.end(), [](const SourceAmount& x, const SourceAmount& y) {
      return x.amount != y.amount ? x.amount > y.amount : x.source < y.source;
    });
    s.funding.push_back(std::move(t));
  }
  for (const auto& diag : d.diagnostics) {
    if (diag.severity == IG_SEVERITY_ERROR) ++s.errors;
    else if (diag.severity == IG_SEVERITY_WARNING) ++s.warnings;
    else ++s.infos;
  }
  s.has_status = a.has_status;
  if (a.has_status) {
    for (const Status st : a.indicator_status) ++s.status_counts[static_cast<std::size_t>(st)];
    const std::size_t assessed = d.indicators.size() - s.status_counts[0];
    s.on_track_share = assessed > 0 ? static_cast<double>(s.status_counts[1]) / static_cast<double>(assessed) : 0.0;
  }
  s.has_gaps = a.has_gaps;
  for (std::size_t i = 0; i < a.gaps.size() && i < 10; ++i) s.largest_gaps.push_back(a.gaps[i]);
  for (std::size_t i = 0; i < a.mismatches.size() && i < 10; ++i) s.mismatches.push_back(a.mismatches[i]);
  s.missing = a.missing;
  return s;
}

}  // namespace ig_cli::report
