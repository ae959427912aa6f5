// Private to the aggregation: the grid every indicator is worked on (geographies x periods),
// the stages that fill it, and the composite. aggregate() and sensitivity() share them.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "impactgraph/aggregate.hpp"
#include "aggregate/observation_groups.hpp"
#include "aggregate/period_code.hpp"

namespace impactgraph::aggregate_detail {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// The geography hierarchy and the period axis. Cell (g, p) is g * period_count + p.
struct Axes {
  std::size_t geo_count = 0;
  std::size_t period_count = 0;
  std::vector<Period> periods;            // ascending
  std::vector<std::int32_t> parent;       // per geography, -1 for a root
  std::vector<std::uint32_t> child_begin; // children of g: children[child_begin[g] .. child_begin[g+1])
  std::vector<std::uint32_t> children;
  std::vector<std::uint32_t> bottom_up;   // every geography after all its descendants
  std::vector<std::uint32_t> depth;       // 0 for a root, 1 for its children, ...
  PeriodGrain grain = PeriodGrain::as_observed;
  /// Every observation period is on the axis as it is (no period is mapped to a coarser one).
  bool all_exact = true;

  std::size_t cells() const noexcept { return geo_count * period_count; }
  std::size_t cell(std::size_t g, std::size_t p) const noexcept { return g * period_count + p; }
  std::optional<std::uint32_t> period_index(Period p) const noexcept;

  /// Where an observation of period `p` goes: its axis position (none when it is coarser
  /// than the grain) and whether `p` is that position's period itself. O(1) for the
  /// model's observation periods (a table), else a search.
  struct Place {
    std::optional<std::uint32_t> index;
    bool exact = false;
  };
  Place place(Period p) const noexcept {
    if (!code_place.empty() && p.year >= code.first_year) {
      const std::size_t k = code(p);
      if (k < code_place.size() && code_place[k] != -1) {
        const std::int32_t v = code_place[k];
        return v >= 0 ? Place{static_cast<std::uint32_t>(v), true} : Place{static_cast<std::uint32_t>(-2 - v), false};
      }
    }
    return place_slow(p);
  }
  Place place_slow(Period p) const noexcept;

  PeriodCode code;                      // numbers the observation periods ...
  std::vector<std::int32_t> code_place; // ... to their position: -1 none; -2 - position when not exact
};

/// A period on the axis's grain (year or quarter), or none when it is coarser than the grain.
std::optional<Period> to_grain(Period p, PeriodGrain grain) noexcept;
/// Consecutive numbering within a period kind: years y, quarters 4y+q-1, months 12y+m-1.
int ordinal(Period p) noexcept;

/// Findings, one per (code, id): pools are many, a reader wants one line per indicator.
class Findings {
 public:
  void add(std::string_view code, Severity severity, std::string message, std::vector<std::string> ids);
  /// Adds `other`'s items after these, as if they had been added here (a worker's findings).
  void merge(Findings&& other);
  std::vector<Diagnostic> take() { return std::move(items_); }

 private:
  std::vector<Diagnostic> items_;
  std::set<std::pair<std::string, std::string>> seen_;
};

/// One indicator over the whole grid.
struct Series {
  std::vector<double> value;        // NaN = missing
  std::vector<std::uint8_t> flags;  // ValueFlag bits
  void reset(std::size_t cells) {
    value.assign(cells, nan);
    flags.assign(cells, 0);
  }
};

struct Context {
  const Model& model;
  const ObservationGroups& groups;
  const AggregateOptions& options;
  const Axes& axes;
  Findings& findings;

 private:
  std::vector<std::optional<Series>> own_weights_;

 public:
  /// Per indicator: the raw series used as geo weights. Workers share their parent's,
  /// filled before they start and only read by them.
  std::vector<std::optional<Series>>& weight_cache;

  Context(const Model& m, const ObservationGroups& g, const AggregateOptions& o, const Axes& a, Findings& f)
      : model(m), groups(g), options(o), axes(a), findings(f), own_weights_(m.indicators().size()),
        weight_cache(own_weights_) {}
  /// A worker's context: its own findings, the parent's weight cache.
  Context(const Context& parent, Findings& f)
      : model(parent.model), groups(parent.groups), options(parent.options), axes(parent.axes), findings(f),
        weight_cache(parent.weight_cache) {}
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
};

/// `observed`: every distinct observation period, ascending.
Axes make_axes(const Model& model, std::span<const Period> observed, PeriodGrain grain, Findings& findings);
/// Time stage: observations onto the grid by the time rule, then the window.
void fill_time(const Context& c, std::uint32_t indicator, Series& s);
/// Geography stage: parents without a value from their children, by the geo rule.
void fill_geo(Context& c, std::uint32_t indicator, Series& s);
/// A ratio indicator: numerator and denominator paired, summed over time and geography.
void fill_ratio(Context& c, std::uint32_t indicator, Series& s);
/// Time, ratio and geography stages (not imputation): the indicator's data on the grid.
void raw_series(Context& c, std::uint32_t indicator, Series& s);
/// The raw series of a geo_weight indicator, computed once; nullptr while it is being
/// computed (weights that depend on each other).
const Series* weight_series(Context& c, std::uint32_t indicator);
/// Imputation (flags value_imputed).
void impute(const Axes& axes, const ImputationSpec& spec, Series& s);

/// Normalised values of every numeric indicator, sorted by indicator then cell.
struct IndicatorData {
  std::vector<std::uint32_t> begin;  // per indicator (+1): rows [begin[i], begin[i+1])
  Column<std::uint32_t> cell;
  Column<double> value, normalised;
  Column<std::uint8_t> flags;
};
/// Every stage up to normalisation for every non-text indicator, the indicators shared
/// out over `threads` (0: every core) in contiguous ranges; the same result for any count.
IndicatorData compute_indicators(Context& c, const AggregateOptions& options, unsigned threads = 1);

/// What the composite is computed with (sensitivity varies the weights and methods).
struct CompositeSpec {
  std::vector<double> edge_weight;       // per edge
  std::vector<double> indicator_weight;  // per indicator
  std::vector<NodeMethod> method;        // per node
  double min_coverage = 0.0;
  NegativeWeights negative = NegativeWeights::exclude;
};

/// Node scores over the cells of the `active` periods: slot[v] >= 0 for scored nodes, in
/// node order (so the score table can take the columns over and compact them in place);
/// value/coverage/imputed of node v at (g, k) are at slot[v] * stride + g * active.size() + k.
struct NodeScores {
  std::vector<std::int32_t> slot;
  std::size_t stride = 0;
  Column<double> value;
  Column<double> coverage;  // 0 where no input has a value
  Column<std::uint8_t> imputed;
};
/// Geographies are shared out over `threads` (0: every core): each cell's scores come from
/// that cell's inputs only, so any count gives the same bits.
NodeScores compute_scores(const Model& model, const Axes& axes, const IndicatorData& data, const CompositeSpec& spec,
                          std::span<const std::uint32_t> active, Findings* findings = nullptr, unsigned threads = 1);

/// The composite spec of `options` (weights as in the model); reports negative weights.
CompositeSpec composite_spec(const Model& model, const AggregateOptions& options, Findings* findings);
/// The options' ids resolved and checked; throws impactgraph::Error (bad-value) naming the option.
void check_options(const Model& model, const AggregateOptions& options);

/// Fills the public result tables (a friend of IndicatorValues and ScoreTable).
struct ResultWriter {
  static void values(IndicatorValues& out, const Axes& axes, IndicatorData&& data,
                     const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected);
  static void scores(ScoreTable& out, const Model& model, const Axes& axes, NodeScores&& scores,
                     const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected);
};

}  // namespace impactgraph::aggregate_detail
