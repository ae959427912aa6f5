// Which edge weights vary in Monte Carlo, on what range, and the draw itself.
//
// The generator is counter-based: the uniform number for (seed, sample k, edge e) is a pure
// function of the three, made by chaining SplitMix64's output function (Steele, Lea and
// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014). No generator state
// is shared or carried between samples, so a sample's weights do not depend on which
// thread draws them or in what order.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

namespace {

inline std::uint64_t mix64(std::uint64_t z) noexcept {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// In [0, 1), 53 random bits.
inline double unit(std::uint64_t seed, std::uint64_t k, std::uint64_t edge) noexcept {
  const std::uint64_t h = mix64(mix64(mix64(seed) ^ k) ^ edge);
  return static_cast<double>(h >> 11) * 0x1.0p-53;
}

double relative_range(Evidence evidence, const Uncertainty& u) noexcept {
  switch (evidence) {
    case Evidence::strong: return u.evidence_range[0];
    case Evidence::moderate: return u.evidence_range[1];
    case Evidence::weak: return u.evidence_range[2];
    case Evidence::none: return u.evidence_range[3];
    case Evidence::unspecified: break;
  }
  return -1.0;
}

}  // namespace

namespace {

// The range an edge's weight is drawn from (lo == hi: fixed).
std::pair<double, double> range_of(const EdgeRef& edge, const Uncertainty& u) {
  const double w = edge.weight();
  if (const auto range = edge.weight_range()) return {(*range)[0], (*range)[1]};
  if (const double r = relative_range(edge.evidence(), u); r >= 0.0) return {w - r * std::fabs(w), w + r * std::fabs(w)};
  if (const auto c = edge.confidence(); c && u.use_confidence) {
    const double spread = 1.0 - std::clamp(*c, 0.0, 1.0);
    return {w - spread * std::fabs(w), w + spread * std::fabs(w)};
  }
  return {w, w};
}

}  // namespace

void find_uncertain_edges(const Model& model, ContributionScratch& scratch, const Uncertainty& u) {
  for (const double r : u.evidence_range)
    if (!(r >= 0.0) || !std::isfinite(r))
      throw std::invalid_argument("an evidence range is " + std::to_string(r) + "; each must be finite and >= 0");
  scratch.uncertain.clear();
  const auto offsets = model.csr_offsets();
  const auto tails = model.edge_sources();
  const auto add = [&](EdgeIndex e) {
    const EdgeRef edge = model.edge(e);
    const auto [lo, hi] = range_of(edge, u);
    if (hi > lo) scratch.uncertain.push_back({e, lo, hi, std::clamp(edge.weight(), lo, hi)});
  };
  constexpr std::uint8_t on_path = flag_from | flag_to;
  // Each edge once: every out-edge of a node on a path, and the in-edges whose tail is not.
  for (const NodeIndex v : scratch.on_path) {
    for (EdgeIndex e = offsets[v]; e < offsets[v + 1]; ++e) add(e);
    for (const EdgeIndex e : model.in_edges(v))
      if ((scratch.flags[tails[e]] & on_path) != on_path) add(e);
  }
}

double draw_weight(const UncertainEdge& edge, std::uint64_t seed, std::uint64_t k,
                   WeightDistribution distribution) {
  const double x = unit(seed, k, edge.edge);
  const double width = edge.hi - edge.lo;
  if (distribution == WeightDistribution::uniform) return edge.lo + x * width;
  // Triangular on [lo, hi] with its peak at `mode`: the inverse of its distribution function.
  const double split = (edge.mode - edge.lo) / width;
  if (x < split) return edge.lo + std::sqrt(x * width * (edge.mode - edge.lo));
  return edge.hi - std::sqrt((1.0 - x) * width * (edge.hi - edge.mode));
}

}  // namespace impactgraph::detail
