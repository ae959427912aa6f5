// Private to gaps/: evaluating one target of one indicator in one geography, for each of
// the six target kinds (docs/gaps.md, "Performance").
#pragma once

#include <string>
#include <vector>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

/// An evaluation with what its message and figures need beyond the Evaluation itself.
struct Assessed {
  Evaluation e;
  std::string detail;  // the detail template key ("level", "peers-growth", ...), or the not-available reason
  Args args;           // the detail's arguments
  std::vector<Figure> figures;  // kind-specific figures (peers, breakdowns)
  int direction = 0;            // +1 / -1 as evaluated (0 when unknown)
};

/// Evaluates target `target` of `indicator` in `geo` as of the context's as-of period.
Assessed evaluate_target(const Context& c, std::uint32_t indicator, std::uint32_t target, std::uint32_t geo);

/// The geographies a peers target is evaluated for: those with data, not among the peers,
/// that share a parent with a peer (every non-peer geography with data when none does).
std::vector<std::uint32_t> peer_subjects(const Context& c, std::uint32_t indicator, const Target& target);

}  // namespace impactgraph::gaps
