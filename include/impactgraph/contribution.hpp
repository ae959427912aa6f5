// Contribution scoring: how much each source node contributes to each target node along
// the graph, in three modes (path, flow, attribution), split into synergy and trade-off
// parts, with Monte-Carlo uncertainty over edge-weight ranges. Formulas, proofs and worked
// examples: docs/contributions.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/model.hpp"

namespace impactgraph {

/// path        C(s,t) = sum over all paths s->t of the product of the edge weights
///             (= ((I - W)^-1 - I)[s,t]).
/// flow        the same with each edge weight divided by the sum of its source node's
///             out-weights: the share of a unit put in at s that arrives at t.
/// attribution the same with each edge weight divided by the sum of its target node's
///             in-weights: the share of t that s accounts for.
enum class ContributionMode : std::uint8_t { path, flow, attribution };

/// How flow and attribution normalise a node's weights (docs/contributions.md, "Normalisation").
/// positive  trade-off (negative) edges carry nothing: w+ = max(w, 0), w' = w+ / sum(w+).
///           Money never flows along a trade-off; trade-offs show in path mode and influence.
/// signed    w' = w / sum(w), negative edges keep a negative share.
/// Either way a node whose normaliser is <= 0 where it is needed is an error naming it
/// (code `cannot-normalise`).
enum class Normalization : std::uint8_t { positive, signed_sum };

/// How the sign of a path product is judged when parts are split (docs/contributions.md).
/// multiply      the sign of the product: two trade-offs make a synergy (the default; what
///               plain arithmetic on W gives).
/// any_negative  a path with any negative edge is a trade-off, counted as -|product|.
enum class SignRule : std::uint8_t { multiply, any_negative };

/// The distribution an uncertain edge weight is drawn from, on its range [lo, hi].
/// uniform     every value in the range equally likely (the default).
/// triangular  peaked at the edge's weight (clamped into the range).
enum class WeightDistribution : std::uint8_t { uniform, triangular };

std::string_view to_string(ContributionMode) noexcept;
std::string_view to_string(Normalization) noexcept;
std::string_view to_string(SignRule) noexcept;
std::string_view to_string(WeightDistribution) noexcept;

/// Which edge weights vary in a Monte-Carlo run, and how. An edge with a `weight_range`
/// uses it; otherwise an edge with an evidence level varies by w +- r|w| with r from
/// `evidence_range` (strong, moderate, weak, none); otherwise, when `use_confidence`, an
/// edge with a confidence c varies by w +- (1 - c)|w|; every other edge is fixed.
struct Uncertainty {
  std::size_t samples = 0;  // 0: no Monte Carlo
  std::uint64_t seed = 0;
  unsigned threads = 0;     // 0: every core; results never depend on it
  WeightDistribution distribution = WeightDistribution::uniform;
  std::array<double, 4> evidence_range{0.10, 0.25, 0.50, 1.00};
  bool use_confidence = true;
};

struct ContributionOptions {
  ContributionMode mode = ContributionMode::path;
  Normalization normalization = Normalization::positive;  // flow and attribution
  SignRule sign_rule = SignRule::multiply;
  Uncertainty uncertainty;
};

/// One (source, target) pair with at least one path from source to target (source !=
/// target). Pairs without a path are not listed; pairs with a path whose contribution is 0
/// are. value = synergy + trade_off under SignRule::multiply.
struct ContributionRecord {
  NodeIndex source = 0;
  NodeIndex target = 0;
  double value = 0.0;      // sum over paths of the product of (normalised) weights
  double synergy = 0.0;    // the paths judged positive (see SignRule)
  double trade_off = 0.0;  // the paths judged negative (<= 0 when weights are finite)
};

/// Monte-Carlo summary of one record (parallel to ContributionResult::records).
/// Ranks are among the sources listed for the same target, 1 = the largest value, ties
/// sharing the smallest rank.
struct ContributionStats {
  double mean = 0.0;
  double p05 = 0.0;  // 5th percentile of the sampled values (linear interpolation)
  double p95 = 0.0;
  std::uint32_t rank = 0;       // rank of `value` (the point estimate)
  std::uint32_t rank_low = 0;   // 5th percentile of the sampled ranks (nearest rank)
  std::uint32_t rank_high = 0;  // 95th percentile of the sampled ranks (nearest rank)
};

struct ContributionResult {
  ContributionMode mode = ContributionMode::path;
  /// Ordered by target (in selection order), then source (in selection order).
  std::vector<ContributionRecord> records;
  /// Empty without Monte Carlo, else one per record.
  std::vector<ContributionStats> stats;
  std::size_t samples = 0;
};

/// Every node on one of `levels`, then every node of `ids`, in node order for levels and
/// given order for ids, without repeats. Throws impactgraph::Error (code unknown-level or
/// unknown-node, naming it) for a level or id the model does not have.
std::vector<NodeIndex> select_nodes(const Model& model, std::span<const std::string> levels,
                                    std::span<const std::string> ids = {});

namespace detail {
struct ContributionScratch;
}

/// Computes contributions on one model, keeping its working memory between calls so that
/// repeated calls allocate only their output. Not thread-safe (one engine per thread); the
/// model may be shared. Holds a copy of the model handle.
///
/// Time O((V + E) * min(|S|, |T|)) per call (one sweep in topological order per block of
/// eight targets, or of eight sources when there are fewer sources), times the number of
/// samples with Monte Carlo; never enumerates paths. Memory, kept between calls: per node
/// 64 bytes per value channel (1 to 3) and a few bytes of marks; per further Monte-Carlo
/// thread 64 bytes per node and 8 per edge; plus the output (and samples * records doubles
/// during Monte Carlo). See docs/contributions.md, "Computation".
class ContributionEngine {
 public:
  explicit ContributionEngine(Model model);
  ~ContributionEngine();
  ContributionEngine(ContributionEngine&&) noexcept;
  ContributionEngine& operator=(ContributionEngine&&) noexcept;

  const Model& model() const noexcept { return model_; }

  /// Contributions of `sources` to `targets` (duplicates ignored). Throws
  /// impactgraph::Error with code cannot-normalise naming the node when flow or
  /// attribution cannot normalise (in any sample, with Monte Carlo); std::invalid_argument
  /// for a node index past the end.
  ContributionResult compute(std::span<const NodeIndex> sources, std::span<const NodeIndex> targets,
                             const ContributionOptions& options = {});
  /// The same, reusing `out`'s storage.
  void compute(std::span<const NodeIndex> sources, std::span<const NodeIndex> targets,
               const ContributionOptions& options, ContributionResult& out);

 private:
  Model model_;
  std::unique_ptr<detail::ContributionScratch> scratch_;
};

/// One-off convenience: ContributionEngine(model).compute(...).
ContributionResult contributions(const Model& model, std::span<const NodeIndex> sources,
                                 std::span<const NodeIndex> targets, const ContributionOptions& options = {});

}  // namespace impactgraph
