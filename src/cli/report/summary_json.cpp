// The analyze command's --json document.
#include "report/run.hpp"

namespace ig_cli::report {

namespace {

json opt(const std::optional<double>& x) { return x ? json(*x) : json(nullptr); }

json evaluation_json(const ModelData& d, const Evaluation& e) {
  return json{{"indicator", d.indicators[e.indicator].id},
              {"target", e.target},
              {"kind", ig_target_kind_name(e.kind)},
              {"class", status_key(e.status)},
              {"shortfall", opt(e.shortfall)},
              {"current_period", e.current_period},
              {"current_value", opt(e.current_value)},
              {"line_value", opt(e.line_value)},
              {"target_period", e.target_period},
              {"target_value", opt(e.target_value)},
              {"projected_year", opt(e.projected_year)}};
}

json priority_json(const ModelData& d, const Priority& x) {
  return json{{"rank", x.rank},         {"node", d.nodes[x.node].id}, {"gap", x.gap},
              {"effort", x.effort},     {"funding", x.funding},       {"contribution", x.contribution},
              {"mismatch", x.mismatch}, {"flagged", x.flagged}};
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
  json status = nullptr, gaps = nullptr, mismatches = nullptr, codes = nullptr;
  if (s.has_gaps) {
    json classes = json::object();
    for (const Status st : {Status::achieved, Status::on_track, Status::moderate, Status::limited,
                            Status::deteriorating, Status::none})
      classes[st == Status::none ? "not-available" : status_key(st)] =
          s.status_counts[static_cast<std::size_t>(st)];
    status = json{{"as_of", s.as_of}, {"targets", classes}, {"on_track_share", opt(s.on_track_share)},
                  {"rolled_up_share", opt(s.top_share)}};
    gaps = json::array();
    for (const Evaluation& e : s.largest_gaps) gaps.push_back(evaluation_json(d, e));
    mismatches = json::array();
    for (const Priority& x : s.mismatches) mismatches.push_back(priority_json(d, x));
    codes = json::object();
    for (const auto& [code, n] : s.gap_codes) codes[code] = n;
  }
  json contributions = nullptr;
  if (a.has_contributions) {
    const auto list = [&](const std::vector<Share>& shares) {
      json out = json::array();
      for (const Share& x : shares)
        out.push_back({{"source", d.nodes[x.source].id}, {"target", d.nodes[x.target].id}, {"value", x.value}});
      return out;
    };
    contributions = json{{"mode", "attribution"}, {"areas", list(a.area_shares)}, {"activities", list(a.activity_shares)}};
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
              {"largest_gaps", gaps},
              {"priority_mismatches", mismatches},
              {"gap_findings", codes},
              {"contributions", contributions},
              {"validation", {{"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos}}},
              {"not_computed", missing_json(s.missing)}};
}

}  // namespace ig_cli::report
