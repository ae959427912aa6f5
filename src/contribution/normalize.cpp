// Normalising factors for flow (per node: 1 / sum of its out-weights) and attribution
// (per node: 1 / sum of its in-weights), and the error for a node where that sum is not > 0.
#include <cmath>
#include <fmt/format.h>

#include "contribution/sweep.hpp"
#include "impactgraph/diagnostic.hpp"

namespace impactgraph::detail {

NormalizeFailure compute_scales(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                                std::span<const std::uint8_t> flags, std::span<const NodeIndex> order,
                                std::span<double> scale) {
  NormalizeFailure failure;
  if (at == ScaleAt::none) return failure;
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  const auto tails = model.edge_sources();
  const auto weight = [&](EdgeIndex e) { return clamp && weights[e] < 0.0 ? 0.0 : weights[e]; };
  // A node whose factor a path uses is on a source-to-target path: it is in `order`.
  for (const NodeIndex v : order) {
    double sum = 0.0;
    bool needed = false;  // some source-to-target path uses this node's factor
    if (at == ScaleAt::tail) {
      if (!(flags[v] & flag_from)) continue;
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
        sum += weight(e);
        needed = needed || (flags[heads[e]] & flag_to);
      }
    } else {
      if (!(flags[v] & flag_to)) continue;
      for (const EdgeIndex e : model.in_edges(v)) {
        sum += weight(e);
        needed = needed || (flags[tails[e]] & flag_from);
      }
    }
    if (!needed) {
      scale[v] = 0.0;
      continue;
    }
    // A subnormal sum (e.g. one weight 5e-324) has no finite factor 1 / sum: refused too
    // (it made NaN contributions; found by the capi_sequence fuzz target).
    if (!(sum > 0.0) || !std::isfinite(sum) || !std::isfinite(1.0 / sum)) {
      if (!failure.failed) failure = {true, v, sum};
      scale[v] = 0.0;
      continue;
    }
    scale[v] = 1.0 / sum;
  }
  return failure;
}

void throw_cannot_normalise(const Model& model, const NormalizeFailure& failure, std::string_view what,
                            Normalization normalization, std::string_view context) {
  const std::string id(model.node(failure.node).id());
  const bool flow = what == "flow";
  const char* side = flow ? "out" : "in";
  std::string message;
  if (normalization == Normalization::positive)
    message = fmt::format(
        "{} cannot normalise at node \"{}\"{}: it has no positive {}-weight to divide by (the positive {}-weights "
        "sum to {}); give it a positive weight or leave it out of the sources and targets",
        what, id, context, side, side, failure.sum);
  else
    message = fmt::format(
        "{} cannot normalise at node \"{}\"{}: its {}-weights sum to {}, and {} divides each by that sum, which must "
        "be above 0 (positive normalisation leaves trade-offs out)",
        what, id, context, side, failure.sum, what);
  Diagnostic d;
  d.code = std::string(codes::cannot_normalise);
  d.severity = Severity::error;
  d.message = std::move(message);
  d.ids = {id};
  throw Error(std::move(d));
}

}  // namespace impactgraph::detail
