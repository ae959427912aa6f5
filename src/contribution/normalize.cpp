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

void all_factors(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                 std::vector<double>& factor) {
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  const std::size_t n = model.node_count();
  factor.assign(n, 0.0);
  if (at == ScaleAt::none) return;
  // Edge index order is each node's out-edge order and, for in-edges, the order in_edges()
  // lists them (ascending edge index).
  for (NodeIndex v = 0; v < n; ++v)
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
      const double x = clamp && weights[e] < 0.0 ? 0.0 : weights[e];
      factor[at == ScaleAt::tail ? v : heads[e]] += x;
    }
  // As compute_scales: a sum not > 0, not finite, or so small (subnormal) that 1 / sum is
  // not finite has no factor.
  for (double& f : factor) f = f > 0.0 && std::isfinite(f) && std::isfinite(1.0 / f) ? 1.0 / f : 0.0;
}

NormalizeFailure check_factors(const Model& model, std::span<const double> weights, bool clamp, ScaleAt at,
                               std::span<const std::uint8_t> flags, std::span<const double> factor) {
  NormalizeFailure failure;
  if (at == ScaleAt::none) return failure;
  const auto offsets = model.csr_offsets();
  const auto heads = model.csr_targets();
  const auto tails = model.edge_sources();
  constexpr std::uint8_t on_path = flag_from | flag_to;
  for (const NodeIndex v : model.topological_order()) {
    if (factor[v] != 0.0 || (flags[v] & on_path) != on_path) continue;
    // A node on a path that is not a target has a successor on a path, so a
    // path uses its out-factor; one that is not a source has a predecessor on a path, so a
    // path uses its in-factor. Targets and sources need a look at their edges.
    bool needed = false;
    double sum = 0.0;
    if (at == ScaleAt::tail) {
      for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) {
        sum += clamp && weights[e] < 0.0 ? 0.0 : weights[e];
        needed = needed || (flags[heads[e]] & flag_to);
      }
    } else {
      for (const EdgeIndex e : model.in_edges(v)) {
        sum += clamp && weights[e] < 0.0 ? 0.0 : weights[e];
        needed = needed || (flags[tails[e]] & flag_from);
      }
    }
    if (needed) return {true, v, sum};
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
