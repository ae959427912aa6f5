// Funding flow: where the money goes. Every funding row of a node splits along the
// flow-normalised out-weights (as ContributionMode::flow), so each node downstream receives
// a share of it; amounts are kept per group (the funding source, or a tag of the funded
// node such as its priority area or owner) and currency. docs/contributions.md, "Funding".
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "impactgraph/contribution.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph {

struct FundingOptions {
  Normalization normalization = Normalization::positive;
  /// Empty: group by each row's funding source. Otherwise the key of a node tag (e.g.
  /// "area", "owner"): money is grouped by that tag's value on the funded node ("" when
  /// the node has no such tag).
  std::string group_by;
  /// Only funding rows of these periods (all rows when empty).
  std::vector<std::string> periods;
};

/// Money of one (group, currency) reaching one node: `amount` includes the node's own
/// funding (`direct`).
struct FundingFlow {
  NodeIndex node = 0;
  std::string group;
  std::string currency;
  double amount = 0.0;
  double direct = 0.0;
};

/// The funding put in, per (group, currency).
struct FundingTotal {
  std::string group;
  std::string currency;
  double amount = 0.0;
};

struct FundingResult {
  /// One per (node, group, currency) where the node is funded in that group and currency
  /// or has a path from a node that is; ordered by node (node order), then group and
  /// currency (by first appearance among the funding rows, in node order).
  std::vector<FundingFlow> flows;
  /// Ordered like the groups of `flows`.
  std::vector<FundingTotal> totals;
};

/// Money reaching `nodes` (every node when empty). Time O((V + E) * channels), where
/// channels is the number of distinct (group, currency) pairs; one sweep in topological
/// order per block of eight channels. Throws impactgraph::Error (cannot-normalise) as flow
/// contributions do, for a node that money reaches and cannot split.
FundingResult funding_flows(const Model& model, std::span<const NodeIndex> nodes = {},
                            const FundingOptions& options = {});

}  // namespace impactgraph
