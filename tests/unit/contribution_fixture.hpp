// Random small DAGs and a brute-force reference for contribution scores: every path is
// enumerated and the formulas of docs/contributions.md are applied to it literally,
// independently of the sweep code.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace contribution_test {

struct Edge {
  int from, to;
  double w;
};

struct Dag {
  int n = 0;
  std::vector<Edge> edges;
  std::vector<int> insert_order;  // node i is added as the insert_order[i]-th node
};

/// n nodes, an edge between each pair (in a random hidden order) with probability p;
/// weights in [0.1, 2] (positive) or [-1.5, 2] (signed), now and then exactly 0.
inline Dag random_dag(std::mt19937_64& rng, int n, double p, bool signed_weights) {
  Dag d;
  d.n = n;
  std::vector<int> rank(n);
  for (int i = 0; i < n; ++i) rank[i] = i;
  std::shuffle(rank.begin(), rank.end(), rng);  // rank[i]: the i-th node in the hidden order
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b) {
      if (unit(rng) >= p) continue;
      double w = signed_weights ? -1.5 + 3.5 * unit(rng) : 0.1 + 1.9 * unit(rng);
      if (unit(rng) < 0.04) w = 0.0;
      d.edges.push_back({rank[a], rank[b], w});
    }
  std::shuffle(d.edges.begin(), d.edges.end(), rng);
  d.insert_order.resize(n);
  for (int i = 0; i < n; ++i) d.insert_order[i] = i;
  std::shuffle(d.insert_order.begin(), d.insert_order.end(), rng);
  return d;
}

inline std::string id(int i) { return "n" + std::to_string(i); }

/// The model of `d`: every node on level "outcome" (sideways edges are only warnings).
inline impactgraph::Model build(const Dag& d) {
  impactgraph::ModelBuilder b;
  std::vector<int> by_position(d.n);
  for (int i = 0; i < d.n; ++i) by_position[d.insert_order[i]] = i;
  for (int k = 0; k < d.n; ++k) b.add_node(id(by_position[k]), "outcome");
  for (const Edge& e : d.edges) b.add_edge(id(e.from), id(e.to), e.w);
  return b.freeze();
}

struct Expected {
  double value = 0.0, synergy = 0.0, trade_off = 0.0;
};

struct Reference {
  bool error = false;
  std::set<std::string> failing;                  // nodes whose normaliser a used path needs and is <= 0
  std::map<std::pair<int, int>, Expected> pairs;  // (source, target) with a path
};

/// Brute force: enumerate every path from each source to each other target.
inline Reference reference(const Dag& d, const std::vector<int>& sources, const std::vector<int>& targets,
                           const impactgraph::ContributionOptions& o) {
  using impactgraph::ContributionMode;
  const bool normalised = o.mode != ContributionMode::path;
  const bool clamp = normalised && o.normalization == impactgraph::Normalization::positive;
  std::vector<double> out_sum(d.n, 0.0), in_sum(d.n, 0.0);
  auto eff = [&](double w) { return clamp && w < 0.0 ? 0.0 : w; };
  for (const Edge& e : d.edges) {
    out_sum[e.from] += eff(e.w);
    in_sum[e.to] += eff(e.w);
  }
  auto normalised_weight = [&](const Edge& e) {
    const double w = eff(e.w);
    if (o.mode == ContributionMode::flow) return w / out_sum[e.from];
    if (o.mode == ContributionMode::attribution) return w / in_sum[e.to];
    return w;
  };
  auto fails = [&](const Edge& e) -> std::optional<int> {
    if (o.mode == ContributionMode::flow && !(out_sum[e.from] > 0.0)) return e.from;
    if (o.mode == ContributionMode::attribution && !(in_sum[e.to] > 0.0)) return e.to;
    return std::nullopt;
  };
  Reference ref;
  std::vector<const Edge*> path;
  // Depth-first enumeration of every path from `v` to `t`.
  std::function<void(int, int, int)> walk = [&](int s, int v, int t) {
    if (v == t && !path.empty()) {
      double product = 1.0;
      int negatives = 0;
      for (const Edge* e : path) {
        if (auto f = fails(*e)) {
          ref.error = true;
          ref.failing.insert(id(*f));
          continue;
        }
        const double x = normalised_weight(*e);
        product *= x;
        negatives += x < 0.0 ? 1 : 0;
      }
      Expected& ex = ref.pairs[{s, t}];
      ex.value += product;
      if (o.sign_rule == impactgraph::SignRule::multiply) {
        (negatives % 2 == 0 ? ex.synergy : ex.trade_off) += product;
      } else {
        (negatives == 0 ? ex.synergy : ex.trade_off) += negatives == 0 ? product : -std::fabs(product);
      }
      return;
    }
    for (const Edge& e : d.edges)
      if (e.from == v) {
        path.push_back(&e);
        walk(s, e.to, t);
        path.pop_back();
      }
  };
  for (const int s : sources)
    for (const int t : targets)
      if (s != t) walk(s, s, t);
  return ref;
}

inline bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * (1.0 + std::fabs(a) + std::fabs(b)); }

}  // namespace contribution_test
