// The conservation laws of docs/contributions.md on random DAGs: attribution shares of a
// target from a cut (all roots) sum to 1; the flow from a node to all sinks sums to 1; the
// money that funded nodes put in all arrives at the sinks.
#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "contribution_fixture.hpp"
#include "impactgraph/diagnostic.hpp"
#include "impactgraph/funding.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {

std::vector<NodeIndex> roots(const Model& m) {
  std::vector<NodeIndex> out;
  for (NodeIndex v = 0; v < m.node_count(); ++v)
    if (m.in_edges(v).empty()) out.push_back(v);
  return out;
}

std::vector<NodeIndex> sinks(const Model& m) {
  std::vector<NodeIndex> out;
  for (NodeIndex v = 0; v < m.node_count(); ++v)
    if (m.out_edges(v).first == m.out_edges(v).second) out.push_back(v);
  return out;
}

}  // namespace

TEST_CASE("attribution shares of every target from all roots sum to 1", "[contribution][properties]") {
  std::mt19937_64 rng(7);
  int checked = 0, signed_checked = 0;
  for (int i = 0; i < 300; ++i) {
    const bool signed_weights = i % 2 == 1;
    const Dag d = random_dag(rng, 3 + static_cast<int>(rng() % 10), 0.45, signed_weights);
    const Model m = build(d);
    std::vector<NodeIndex> all(m.node_count());
    for (NodeIndex v = 0; v < m.node_count(); ++v) all[v] = v;
    ContributionOptions o;
    o.mode = ContributionMode::attribution;
    o.normalization = signed_weights ? Normalization::signed_sum : Normalization::positive;
    ContributionResult r;
    try {
      r = contributions(m, roots(m), all, o);
    } catch (const Error&) {
      continue;  // a signed node whose in-weights do not sum to > 0
    }
    std::map<NodeIndex, double> sum;
    for (const auto& rec : r.records) sum[rec.target] += rec.value;
    // Every non-root target with an in-edge of positive (effective) sum has shares summing to 1.
    for (NodeIndex t = 0; t < m.node_count(); ++t) {
      if (m.in_edges(t).empty()) continue;
      INFO("target " << m.node(t).id());
      CHECK(sum[t] == Approx(1.0).epsilon(1e-9));
      ++checked;
      signed_checked += signed_weights ? 1 : 0;
    }
  }
  CHECK(checked > 600);
  CHECK(signed_checked > 50);
}

TEST_CASE("the flow from a node to all sinks sums to 1", "[contribution][properties]") {
  std::mt19937_64 rng(11);
  int checked = 0;
  for (int i = 0; i < 200; ++i) {
    const Dag d = random_dag(rng, 3 + static_cast<int>(rng() % 10), 0.45, false);
    const Model m = build(d);
    std::vector<NodeIndex> all(m.node_count());
    for (NodeIndex v = 0; v < m.node_count(); ++v) all[v] = v;
    ContributionOptions o;
    o.mode = ContributionMode::flow;
    ContributionResult r;
    try {
      r = contributions(m, all, sinks(m), o);
    } catch (const Error&) {
      continue;  // a node whose out-weights are all exactly 0
    }
    std::map<NodeIndex, double> sum;
    for (const auto& rec : r.records) sum[rec.source] += rec.value;
    for (NodeIndex s = 0; s < m.node_count(); ++s) {
      if (m.out_edges(s).first == m.out_edges(s).second) continue;
      CHECK(sum[s] == Approx(1.0).epsilon(1e-9));
      ++checked;
    }
  }
  CHECK(checked > 600);
}

TEST_CASE("funding is conserved: what leaves the funded nodes arrives at the sinks", "[contribution][funding]") {
  std::mt19937_64 rng(13);
  int checked = 0;
  for (int i = 0; i < 150; ++i) {
    const Dag d = random_dag(rng, 3 + static_cast<int>(rng() % 10), 0.45, false);
    ModelSpec spec = build(d).spec();
    std::uniform_real_distribution<double> money(1000.0, 5000.0);
    const char* sources[] = {"ERUF", "ESF+", "own"};
    for (std::size_t v = 0; v < spec.nodes.size(); ++v)
      if (rng() % 3 == 0) spec.nodes[v].funding.push_back({money(rng), v % 4 == 0 ? "EUR" : "SEK", sources[rng() % 3], "2022"});
    const Model m = Model::freeze(spec);
    FundingResult r;
    try {
      r = funding_flows(m, sinks(m));
    } catch (const Error&) {
      continue;
    }
    std::map<std::pair<std::string, std::string>, double> arrived;
    for (const FundingFlow& f : r.flows) arrived[{f.group, f.currency}] += f.amount;
    for (const FundingTotal& t : r.totals) {
      CHECK(arrived[{t.group, t.currency}] == Approx(t.amount).epsilon(1e-9));
      ++checked;
    }
  }
  CHECK(checked > 150);
}
