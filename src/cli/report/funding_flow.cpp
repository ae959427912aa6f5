// The Sankey's numbers: direct funding rows summed per source and area (no graph needed),
// and the library's funding flow (ig_funding_flows_compute, grouped by the funded node's
// "area" tag) for the money reaching each goal.
#include "report/funding_flow.hpp"

namespace ig_cli::report {

namespace {

CurrencyFlow& flow_for(std::vector<CurrencyFlow>& flows, const std::string& currency) {
  for (auto& f : flows)
    if (f.currency == currency) return f;
  flows.push_back({currency, 0.0, {}, {}, {}});
  return flows.back();
}

void add(std::vector<FlowLink>& links, const std::string& from, const std::string& to, double amount) {
  for (auto& l : links)
    if (l.from == from && l.to == to) {
      l.amount += amount;
      return;
    }
  links.push_back({from, to, amount});
}

}  // namespace

std::vector<CurrencyFlow> funding_flows(const ig::model& model, const ModelData& d) {
  std::vector<CurrencyFlow> flows;
  for (const Node& node : d.nodes)
    for (const Funding& f : node.funding) {
      CurrencyFlow& flow = flow_for(flows, f.currency);
      flow.total += f.amount;
      add(flow.source_area, f.source, node.tag("area"), f.amount);
    }
  if (flows.empty() || d.levels.empty()) return flows;

  const ig::node_selection goals = ig::node_selection::levels({d.levels[d.goal_level]});
  const ig_funding_options options = ig::funding_options("area");
  const ig::funding_flows money = ig::funding_flows::compute(model, &goals, &options);
  for (std::size_t i = 0; i < money.size(); ++i) {
    const ig_funding_flow r = money[i];
    if (r.amount > 0.0) add(flow_for(flows, r.currency).area_goal, r.group, r.node_id, r.amount);
  }
  // What each area put in and did not bring to a goal (relative tolerance: sums of
  // shares leave rounding dust).
  for (std::size_t i = 0; i < money.total_count(); ++i) {
    const ig_funding_flow t = money.total(i);
    CurrencyFlow& flow = flow_for(flows, t.currency);
    double reached = 0.0;
    for (const FlowLink& l : flow.area_goal) reached += l.from == t.group ? l.amount : 0.0;
    if (t.amount - reached > 1e-9 * t.amount) add(flow.area_lost, t.group, "", t.amount - reached);
  }
  return flows;
}

}  // namespace ig_cli::report
