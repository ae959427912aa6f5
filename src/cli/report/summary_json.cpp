// The analyze command's --json document.
#include "report/run.hpp"

namespace ig_cli::report {

namespace {

json finding_json(const Finding& f) {
  json figures = json::object();
  for (const auto& [k, v] : f.figures) figures[k] = v;
  return json{{"code", f.code},
              {"severity", ig_severity_name(static_cast<ig_severity>(f.severity))},
              {"message", f.message},
              {"ids", f.ids},
              {"figures", figures}};
}

json findings_json(const std::vector<Finding>& list) {
  json out = json::array();
  for (const Finding& f : list) out.push_back(finding_json(f));
  return out;
}

}  // namespace

json missing_json(const std::vector<Missing>& missing) {
  json out = json::array();
  for (const Missing& m : missing)
    out.push_back({{"analysis", m.what}, {"reason", m.why.empty() ? "not in this version of the library" : m.why}});
  return out;
}

json summary_json(const ModelData& d, const Analyses& a, const Summary& s) {
  json levels = json::array();
  for (auto it = s.levels.rbegin(); it != s.levels.rend(); ++it)
    levels.push_back({{"level", it->first}, {"nodes", it->second}});
  json funding = json::array();
  for (const CurrencyTotal& c : s.funding) {
    json sources = json::array();
    for (const SourceAmount& x : c.by_source) sources.push_back({{"source", x.source}, {"amount", x.amount}});
    json goals = json::array();
    json lost = 0.0;
    for (const CurrencyFlow& f : a.funding) {
      if (f.currency != c.currency) continue;
      for (const Node& n : d.nodes) {
        double amount = 0.0;
        for (const FlowLink& l : f.area_goal) amount += l.to == n.id ? l.amount : 0.0;
        if (amount > 0.0) goals.push_back({{"goal", n.id}, {"amount", amount}});
      }
      double sum = 0.0;
      for (const FlowLink& l : f.area_lost) sum += l.amount;
      lost = sum;
    }
    funding.push_back({{"currency", c.currency},
                       {"total", c.total},
                       {"by_source", sources},
                       {"reaching_goals", goals},
                       {"reaching_no_goal", lost}});
  }
  json status = nullptr;
  if (s.has_status) {
    status = json::object();
    for (const Status st : {Status::on_track, Status::improving, Status::stagnating, Status::worsening, Status::none})
      status[status_key(st)] = s.status_counts[static_cast<std::size_t>(st)];
    status["on_track_share"] = s.on_track_share;
  }
  json contributions = nullptr;
  if (a.has_contributions) {
    contributions = json::array();
    for (const Share& x : a.area_shares)
      contributions.push_back({{"source", d.nodes[x.source].id}, {"target", d.nodes[x.target].id}, {"value", x.value}});
  }
  return json{{"model", s.name},
              {"counts",
               {{"nodes", s.nodes},
                {"edges", s.edges},
                {"indicators", s.indicators},
                {"observations", s.observations},
                {"geographies", s.geographies}}},
              {"periods", s.first_period.empty() ? json(nullptr) : json{s.first_period, s.last_period}},
              {"focus_geography", d.focus_geo ? json(d.geographies[*d.focus_geo].id) : json(nullptr)},
              {"levels", levels},
              {"funding", funding},
              {"status", status},
              {"largest_gaps", s.has_gaps ? findings_json(s.largest_gaps) : json(nullptr)},
              {"priority_mismatches", s.has_gaps ? findings_json(s.mismatches) : json(nullptr)},
              {"contributions", contributions},
              {"validation", {{"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos}}},
              {"not_computed", missing_json(s.missing)}};
}

}  // namespace ig_cli::report
