// Gathers the analyses' results for the report and the analyze command.
#include "report/analyses.hpp"

#include <algorithm>
#include <iostream>

namespace ig_cli::report {

const char* status_key(Status s) {
  switch (s) {
    case Status::achieved: return "target-achieved";
    case Status::on_track: return "on-track";
    case Status::moderate: return "moderate";
    case Status::limited: return "limited";
    case Status::deteriorating: return "deteriorating";
    default: return "none";
  }
}

Status worse(Status a, Status b) {
  if (a == Status::none) return b;
  if (b == Status::none) return a;
  return static_cast<int>(a) > static_cast<int>(b) ? a : b;  // the enum runs from best to worst
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

// Attribution shares of one goal from the nodes of `level` (one C ABI call).
std::vector<Share> attribution(const ig::model& model, const std::string& level, const std::string& goal) {
  const ig_contribution_options options = ig::contribution_options(IG_CONTRIBUTION_ATTRIBUTION);
  const ig::contributions c = ig::contributions::compute(model, ig::node_selection::levels({level}),
                                                         ig::node_selection::ids({goal}), &options);
  std::vector<Share> out;
  for (const ig_contribution& r : c.all()) out.push_back({r.source, r.target, r.value});
  return out;
}

// Goal by goal, so that one goal the library cannot attribute (a goal fed only by
// trade-offs) leaves the others shown; each refusal is reported.
void contributions(const ig::model& model, const ModelData& d, Analyses& a) {
  bool areas = false;
  for (std::size_t l = 0; l < d.goal_level; ++l) areas = areas || d.levels[l] == "area";
  for (const Node& goal : d.nodes) {
    if (goal.level_index != d.goal_level) continue;
    try {
      std::vector<Share> by_area = areas ? attribution(model, "area", goal.id) : std::vector<Share>{};
      std::vector<Share> by_activity = d.goal_level > 0 ? attribution(model, d.levels[0], goal.id) : std::vector<Share>{};
      a.area_shares.insert(a.area_shares.end(), by_area.begin(), by_area.end());
      a.activity_shares.insert(a.activity_shares.end(), by_activity.begin(), by_activity.end());
      a.has_contributions = true;
    } catch (const ig::error& e) {
      a.missing.push_back({"contributions", e.what()});
    }
  }
}

}  // namespace

Analyses analyse(const ig::model& model, const ModelData& data, Lang lang, Progress& progress) {
  Analyses a;
  a.indicator_status.assign(data.indicators.size(), Status::none);
  a.node_share.assign(data.nodes.size(), std::nullopt);
  progress.stage(1, 3, "funding flow");
  try {
    a.funding = funding_flows(model, data);
  } catch (const ig::error& e) {
    a.has_funding = false;
    a.missing.push_back({"funding", e.what()});
  }
  progress.stage(2, 3, "contributions");
  contributions(model, data, a);
  progress.stage(3, 3, "gaps");
  try {
    detect_gaps(model, data, lang, a);
  } catch (const ig::error& e) {
    a.has_gaps = false;  // nothing half-filled
    a.as_of.clear();
    a.main_currency.clear();
    a.gaps.clear();
    a.evaluations.clear();
    a.priorities.clear();
    a.indicator_status.assign(data.indicators.size(), Status::none);
    a.node_share.assign(data.nodes.size(), std::nullopt);
    a.missing.push_back({"gaps", e.what()});
  }
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
  s.has_gaps = a.has_gaps;
  s.as_of = a.as_of;
  if (a.has_gaps) {
    std::size_t evaluated = 0;
    for (const Evaluation& e : a.evaluations) {
      ++s.status_counts[static_cast<std::size_t>(e.status)];
      evaluated += e.status == Status::none ? 0 : 1;
    }
    if (evaluated > 0)
      s.on_track_share = static_cast<double>(s.status_counts[1] + s.status_counts[2]) / static_cast<double>(evaluated);
    for (std::size_t v = 0; v < d.nodes.size(); ++v)  // the top level's first node with a share
      if (d.nodes[v].level_index + 1 == d.levels.size() && a.node_share[v]) {
        s.top_share = a.node_share[v];
        break;
      }
    std::vector<Evaluation> off;
    for (const Evaluation& e : a.evaluations)
      if (e.shortfall && *e.shortfall > 0.0 && e.status != Status::achieved && e.status != Status::on_track)
        off.push_back(e);
    // Largest shortfall first; among equals the worse class first, then the model's order.
    std::stable_sort(off.begin(), off.end(), [](const Evaluation& x, const Evaluation& y) {
      if (*x.shortfall != *y.shortfall) return *x.shortfall > *y.shortfall;
      return static_cast<int>(x.status) > static_cast<int>(y.status);
    });
    if (off.size() > 10) off.resize(10);
    s.largest_gaps = std::move(off);
    for (std::size_t i = 0; i < a.priorities.size() && i < 10; ++i) s.mismatches.push_back(a.priorities[i]);
    for (const Finding& f : a.gaps) {
      auto it = std::find_if(s.gap_codes.begin(), s.gap_codes.end(), [&](const auto& c) { return c.first == f.code; });
      if (it == s.gap_codes.end()) s.gap_codes.emplace_back(f.code, 1);
      else ++it->second;
    }
  }
  s.missing = a.missing;
  return s;
}

}  // namespace ig_cli::report
