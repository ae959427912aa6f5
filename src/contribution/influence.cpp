// Influence among a node set (cross-impact style): W from reverse sweeps that stop at set
// members, then the dense products W^2 with Eigen, the synergy / trade-off parts per the
// sign rule, net influence and MICMAC classes (Godet's influence-dependence chart).
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "contribution/sweep.hpp"
#include "impactgraph/influence.hpp"

namespace impactgraph {

namespace {
using detail::block_width;
using Matrix = Eigen::MatrixXd;

bool any_negative(std::span<const double> weights) {
  return std::any_of(weights.begin(), weights.end(), [](double w) { return w < 0.0; });
}

// W's parts among `members`: P (paths with an even number of negative edges), N (odd) and
// A (paths without a negative edge), each through no other member.
void first_order(const Model& model, const std::vector<NodeIndex>& members, unsigned channels, Matrix& p, Matrix& q,
                 Matrix& a) {
  const std::size_t n = model.node_count();
  const std::size_t k = members.size();
  std::vector<std::uint8_t> flags(n, 0), slot(n, detail::no_slot);
  for (const NodeIndex v : members)
    flags[v] |= detail::flag_member | detail::flag_source | detail::flag_target;
  detail::mark_reach(model, flags);
  std::vector<NodeIndex> on_path;
  detail::collect_on_path(model, flags, on_path);
  std::vector<double> values(n * block_width * channels);
  detail::Sweep sweep;
  sweep.model = &model;
  sweep.weights = model.edge_weights();
  sweep.flags = flags;
  sweep.order = on_path;
  sweep.slot = slot;
  sweep.direction = detail::Direction::reverse;
  sweep.stop_at_members = true;
  p = Matrix::Zero(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
  q = p;
  a = p;
  constexpr std::uint8_t both = detail::flag_from | detail::flag_to;
  const std::span<const double> view(values);
  for (std::size_t first = 0; first < k; first += block_width) {
    const std::size_t count = std::min<std::size_t>(block_width, k - first);
    for (std::size_t j = 0; j < count; ++j) slot[members[first + j]] = static_cast<std::uint8_t>(j);
    detail::run_sweep(sweep, channels, values, {});
    for (std::size_t i = 0; i < k; ++i) {
      const NodeIndex v = members[i];
      if ((flags[v] & both) != both) continue;
      for (std::size_t j = 0; j < count; ++j) {
        const auto col = static_cast<Eigen::Index>(first + j);
        const auto row = static_cast<Eigen::Index>(i);
        if (members[first + j] == v) continue;  // no path from a node to itself in a DAG
        p(row, col) = detail::block_of(view, v, channels, 0)[j];
        q(row, col) = channels > 1 ? detail::block_of(view, v, channels, 1)[j] : 0.0;
        a(row, col) = channels > 2 ? detail::block_of(view, v, channels, 2)[j] : p(row, col);
      }
    }
    for (std::size_t j = 0; j < count; ++j) slot[members[first + j]] = detail::no_slot;
  }
}

}  // namespace

InfluenceResult influence(const Model& model, std::span<const NodeIndex> nodes, const InfluenceOptions& options) {
  std::vector<NodeIndex> members;
  std::vector<bool> seen(model.node_count(), false);
  for (const NodeIndex v : nodes) {
    if (v >= model.node_count())
      throw std::invalid_argument("node index " + std::to_string(v) + " is past the end");
    if (!seen[v]) {
      seen[v] = true;
      members.push_back(v);
    }
  }
  if (members.size() > max_influence_nodes)
    throw std::invalid_argument("influence takes at most " + std::to_string(max_influence_nodes) + " nodes, not " +
                                std::to_string(members.size()) + " (its matrices are dense)");
  const std::size_t k = members.size();

  const bool negative = any_negative(model.edge_weights());
  const unsigned channels = !negative ? 1u : options.sign_rule == SignRule::multiply ? 2u : 3u;
  Matrix p, q, a;
  first_order(model, members, channels, p, q, a);

  // Each order's positive (synergy) and negative (trade-off) part under the sign rule.
  Matrix syn1, tr1, syn2, tr2;
  if (options.sign_rule == SignRule::multiply) {
    syn1 = p;
    tr1 = q;
    syn2 = p * p + q * q;  // a trade-off of a trade-off reinforces
    tr2 = p * q + q * p;
  } else {
    syn1 = a;            // paths without a negative edge
    tr1 = a - p + q;     // every other path, as -|product|
    syn2 = a * a;
    tr2 = syn1 * tr1 + tr1 * syn1 - tr1 * tr1;  // any trade-off on the way makes a trade-off
  }
  const Matrix first = syn1 + tr1;
  const Matrix second = syn2 + tr2;
  const Matrix total = first + second;

  InfluenceResult result;
  result.nodes.resize(k);
  result.pairs.resize(k * k);
  for (std::size_t i = 0; i < k; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    for (std::size_t j = 0; j < k; ++j) {
      const auto c = static_cast<Eigen::Index>(j);
      InfluencePair& x = result.pairs[i * k + j];
      x.first = first(r, c);
      x.second = second(r, c);
      x.total = total(r, c);
      x.synergy = syn1(r, c) + syn2(r, c);
      x.trade_off = tr1(r, c) + tr2(r, c);
    }
  }
  const Matrix magnitude = total.cwiseAbs();
  for (std::size_t i = 0; i < k; ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    InfluenceNode& node = result.nodes[i];
    node.node = members[i];
    node.influence = magnitude.row(r).sum();
    node.dependence = magnitude.col(r).sum();
    node.net_influence = total.row(r).sum();
    node.net_dependence = total.col(r).sum();
    result.mean_influence += node.influence;
    result.mean_dependence += node.dependence;
  }
  if (k > 0) {
    result.mean_influence /= static_cast<double>(k);
    result.mean_dependence /= static_cast<double>(k);
  }
  // "High" is above the mean by more than rounding, so that equal scores are all "low".
  const auto above = [](double x, double mean) { return x > mean + 1e-9 * std::max(1.0, std::fabs(mean)); };
  for (InfluenceNode& node : result.nodes) {
    const bool high_i = above(node.influence, result.mean_influence);
    const bool high_d = above(node.dependence, result.mean_dependence);
    node.micmac = high_i ? (high_d ? MicmacClass::linkage : MicmacClass::driver)
                         : (high_d ? MicmacClass::dependent : MicmacClass::autonomous);
  }
  return result;
}

}  // namespace impactgraph
