// Funding flow computed here from the model accessors, until the library's funding flow
// (grouped by the funded node's area tag) is reachable through the C ABI; this is the one
// function to replace then.
#include "report/funding_flow.hpp"

#include <algorithm>
#include <map>

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

// M[v] for one channel (see the header), in topological order.
std::vector<double> spread(const ModelData& d, const std::vector<double>& direct) {
  std::vector<double> scale(d.nodes.size(), 0.0);
  for (std::size_t v = 0; v < d.nodes.size(); ++v) {
    double sum = 0.0;
    for (const std::size_t e : d.nodes[v].out_edges) sum += std::max(d.edges[e].weight, 0.0);
    scale[v] = sum > 0.0 ? 1.0 / sum : 0.0;
  }
  std::vector<double> money(direct);
  for (const std::size_t v : d.topological_order)
    for (const std::size_t e : d.nodes[v].out_edges)
      money[d.edges[e].to] += std::max(d.edges[e].weight, 0.0) * scale[v] * money[v];
  return money;
}

}  // namespace

std::vector<CurrencyFlow> funding_flows(const ModelData& d) {
  std::vector<CurrencyFlow> flows;
  // Channels: (area, currency), in order of first appearance.
  std::vector<std::pair<std::string, std::string>> channels;
  std::map<std::pair<std::string, std::string>, std::size_t> channel_index;
  std::vector<std::vector<double>> direct;
  for (std::size_t v = 0; v < d.nodes.size(); ++v) {
    const std::string& area = d.nodes[v].tag("area");
    for (const Funding& f : d.nodes[v].funding) {
      CurrencyFlow& flow = flow_for(flows, f.currency);
      flow.total += f.amount;
      add(flow.source_area, f.source, area, f.amount);
      const auto key = std::make_pair(area, f.currency);
      auto [it, added] = channel_index.try_emplace(key, channels.size());
      if (added) {
        channels.push_back(key);
        direct.emplace_back(d.nodes.size(), 0.0);
      }
      direct[it->second][v] += f.amount;
    }
  }
  for (std::size_t c = 0; c < channels.size(); ++c) {
    const auto& [area, currency] = channels[c];
    CurrencyFlow& flow = flow_for(flows, currency);
    const std::vector<double> money = spread(d, direct[c]);
    double put_in = 0.0, reached = 0.0;
    for (const double x : direct[c]) put_in += x;
    for (std::size_t v = 0; v < d.nodes.size(); ++v) {
      if (d.nodes[v].level_index != d.goal_level || !(money[v] > 0.0)) continue;
      add(flow.area_goal, area, d.nodes[v].id, money[v]);
      reached += money[v];
    }
    // Relative tolerance: sums of shares leave rounding dust.
    if (put_in - reached > 1e-9 * put_in) add(flow.area_lost, area, "", put_in - reached);
  }
  return flows;
}

}  // namespace ig_cli::report
