// Signed influence among a node set, as in cross-impact analysis of goal interactions:
// first-order (W), second-order (W^2) and total (W + W^2) influence, their synergy and
// trade-off parts, net influence per node, and a MICMAC class per node.
// docs/contributions.md, "Influence among a node set".
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph {

/// MICMAC-style class from influence I (row sums of |W + W^2|) and dependence D (column
/// sums), each compared with its mean over the set ("high" means strictly above the mean).
enum class MicmacClass : std::uint8_t { driver, linkage, dependent, autonomous };

std::string_view to_string(MicmacClass) noexcept;

struct InfluenceOptions {
  SignRule sign_rule = SignRule::multiply;  // how W^2 treats a trade-off of a trade-off
};

/// Influence of node i on node j of the set.
struct InfluencePair {
  double first = 0.0;      // W[i][j]: the path contribution of i to j through no other member
  double second = 0.0;     // (W^2)[i][j]: through exactly one other member (per the sign rule)
  double total = 0.0;      // first + second
  double synergy = 0.0;    // the positive part of total (per the sign rule)
  double trade_off = 0.0;  // the negative part; synergy + trade_off = total
};

struct InfluenceNode {
  NodeIndex node = 0;
  double influence = 0.0;       // row sum of |W + W^2|
  double dependence = 0.0;      // column sum of |W + W^2|
  double net_influence = 0.0;   // row sum of W + W^2 (signed: synergies minus trade-offs exerted)
  double net_dependence = 0.0;  // column sum of W + W^2 (signed: received)
  MicmacClass micmac = MicmacClass::autonomous;
};

struct InfluenceResult {
  std::vector<InfluenceNode> nodes;  // the set, in selection order
  std::vector<InfluencePair> pairs;  // n * n, row-major: pairs[i * n + j]
  double mean_influence = 0.0;
  double mean_dependence = 0.0;

  const InfluencePair& pair(std::size_t i, std::size_t j) const noexcept { return pairs[i * nodes.size() + j]; }
};

/// The largest node set influence() accepts (its matrices are dense: n * n).
inline constexpr std::size_t max_influence_nodes = 2048;

/// Influence among `nodes` (duplicates ignored). W[i][j] is the sum over paths from node i
/// to node j whose inner nodes are not in the set of the product of edge weights (the
/// direct edge weight when there is one and nothing else between them). Time
/// O((V + E) * n + n^3). Throws std::invalid_argument for more than max_influence_nodes
/// nodes or an index past the end.
InfluenceResult influence(const Model& model, std::span<const NodeIndex> nodes, const InfluenceOptions& options = {});

}  // namespace impactgraph
