// The funding flow the Sankey diagram draws: funding source -> priority area -> goal.
#pragma once

#include <string>
#include <vector>

#include "report/model_data.hpp"

namespace ig_cli::report {

/// One band of the diagram.
struct FlowLink {
  std::string from, to;  // source name -> area key, or area key -> goal node id
  double amount = 0.0;
};

/// Everything in one currency. Areas are keyed by the funded node's "area" tag ("" when it
/// has none).
struct CurrencyFlow {
  std::string currency;
  double total = 0.0;                 // all funding put in, in this currency
  std::vector<FlowLink> source_area;  // direct funding rows, summed
  std::vector<FlowLink> area_goal;    // money reaching each goal, by area of the funded node
  std::vector<FlowLink> area_lost;    // from = area: money of that area that reaches no goal
};

/// Funding flows per currency, in order of first appearance among the funding rows.
///
/// Money is put in at each funded node and split along its out-edges in proportion to
/// their positive weights (trade-off edges carry nothing); a node passes on all it
/// receives, so the money reaching node v is
///   M[v] = direct[v] + sum over edges u->v of (max(w,0) / sum of u's positive out-weights) * M[u]
/// (the library's funding flow with positive normalisation; docs/contributions.md). Throws
/// ig::error (cannot-normalise) where money reaches a node that has out-edges but no
/// positive out-weight.
std::vector<CurrencyFlow> funding_flows(const ig::model& model, const ModelData& data);

}  // namespace ig_cli::report
