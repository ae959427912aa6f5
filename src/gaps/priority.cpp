// Priority mismatch: goals, challenges and areas ranked by the size of their performance gap
// against the contribution and the funding that reach them — "large gap, little effort"
// first. docs/gaps.md, "Priority mismatch".
#include <algorithm>
#include <map>

#include "gaps/context.hpp"
#include "impactgraph/contribution.hpp"
#include "impactgraph/funding.hpp"

namespace impactgraph::gaps {

namespace {

// Money reaching each node in the main currency (the one with the largest total); empty
// currency when the model has no funding or the money cannot be split along the graph.
std::string funding_reaching(const Model& m, std::span<const NodeIndex> nodes, std::vector<double>& out) {
  FundingResult flows;
  try {
    flows = funding_flows(m, nodes);
  } catch (const Error&) {
    return {};  // cannot-normalise: funding is left out of the effort
  }
  std::vector<std::pair<std::string, double>> by_currency;
  for (const FundingTotal& t : flows.totals) {
    auto it = std::find_if(by_currency.begin(), by_currency.end(), [&](const auto& x) { return x.first == t.currency; });
    if (it == by_currency.end()) by_currency.emplace_back(t.currency, t.amount);
    else it->second += t.amount;
  }
  if (by_currency.empty()) return {};
  std::size_t main = 0;
  for (std::size_t k = 1; k < by_currency.size(); ++k)
    if (by_currency[k].second > by_currency[main].second) main = k;
  if (!(by_currency[main].second > 0.0)) return {};
  for (const FundingFlow& f : flows.flows)
    if (f.currency == by_currency[main].first) out[f.node] += f.amount;
  return by_currency[main].first;
}

}  // namespace

void priority_gaps(Context& c) {
  const Model& m = c.model;
  std::vector<NodeIndex> ranked, activities;
  for (NodeIndex v = 0; v < m.node_count(); ++v) {
    const LevelIndex l = m.node(v).level_index();
    if (l == c.activity_level) activities.push_back(v);
    if (c.priority_level[l] && c.report.rollup[v].shortfall) ranked.push_back(v);
  }
  if (ranked.empty()) return;

  std::vector<double> contribution(m.node_count(), 0.0), funding(m.node_count(), 0.0);
  if (!activities.empty()) {
    ContributionEngine engine(m);
    const ContributionResult r = engine.compute(activities, ranked);
    for (const ContributionRecord& x : r.records) contribution[x.target] += x.value;
  }
  const std::string currency = funding_reaching(m, ranked, funding);
  c.report.main_currency = currency;

  std::map<LevelIndex, std::pair<double, double>> best;  // per level: the largest contribution and funding
  for (NodeIndex v : ranked) {
    auto& b = best[m.node(v).level_index()];
    b.first = std::max(b.first, contribution[v]);
    b.second = std::max(b.second, funding[v]);
  }
  std::vector<Priority> rows;
  for (NodeIndex v : ranked) {
    Priority p;
    p.node = v;
    p.gap = *c.report.rollup[v].shortfall;
    p.contribution = contribution[v];
    p.funding = funding[v];
    const auto& b = best[m.node(v).level_index()];
    p.contribution_score = b.first > 0.0 ? std::max(0.0, contribution[v]) / b.first : 0.0;
    p.funding_score = b.second > 0.0 ? funding[v] / b.second : 0.0;
    p.effort = currency.empty() ? p.contribution_score : (p.contribution_score + p.funding_score) / 2.0;
    p.mismatch = p.gap * (1.0 - p.effort);
    rows.push_back(p);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Priority& a, const Priority& b) {
    if (a.mismatch != b.mismatch) return a.mismatch > b.mismatch;
    if (a.gap != b.gap) return a.gap > b.gap;
    return a.node < b.node;
  });
  for (std::size_t k = 0; k < rows.size(); ++k) rows[k].rank = k + 1;

  for (const Priority& p : rows) {
    if (p.mismatch < c.options.mismatch_threshold) continue;
    const NodeRef node = m.node(p.node);
    std::vector<Figure> f{number_figure("rank", static_cast<double>(p.rank)), text_figure("level", std::string(node.level())),
                          number_figure("gap", p.gap), number_figure("contribution", p.contribution),
                          number_figure("contribution_score", p.contribution_score), number_figure("effort", p.effort),
                          number_figure("mismatch", p.mismatch)};
    Args args{c.node_arg("node", p.node), c.level_arg("level", node.level_index()),
              number_arg("rank", static_cast<double>(p.rank)), percent_arg("gap", p.gap, 0),
              percent_arg("contribution", p.contribution_score, 0), number_arg("mismatch", p.mismatch, 2)};
    if (!currency.empty()) {
      f.push_back(number_figure("funding", p.funding));
      f.push_back(number_figure("funding_score", p.funding_score));
      f.push_back(text_figure("currency", currency));
      args.push_back(percent_arg("funding", p.funding_score, 0));
    }
    c.add(gap_codes::priority_mismatch, {std::string(node.id())}, std::move(f), args);
  }
  c.report.priorities = std::move(rows);
}

}  // namespace impactgraph::gaps
