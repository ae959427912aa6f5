// Indicator aggregation (docs/aggregation.md): each indicator's observations are combined
// over time and up the geography hierarchy, ratios are computed from their numerators and
// denominators, missing values are imputed (flagged), outliers treated, values normalised
// (direction-aware), and node scores composed bottom-up through the graph per geography
// and period. Defaults follow COINr so that results can be checked against it.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/period.hpp"

namespace impactgraph {

/// Normalisation methods (COINr's n_* functions; docs/aggregation.md has each formula).
enum class Normalisation : std::uint8_t {
  minmax,           // n_minmax: [lower, upper]
  goalposts,        // n_goalposts: fixed [low, high], clipped
  zscore,           // n_zscore: mean + sd * z
  dist_to_target,   // n_dist2targ
  dist_to_max,      // n_dist2max
  dist_to_ref,      // n_dist2ref: distance to a reference geography's value
  frac_max,         // n_fracmax
  rank,             // n_rank (ties: min)
  percentile_rank,  // n_prank
  index,            // base period = 100
  none,             // the values as they are
};

/// How a node's inputs combine (COINr's a_amean, a_gmean, a_hmean, a_genmean; minimum, median).
enum class CompositeMethod : std::uint8_t { arithmetic, geometric, harmonic, generalised, minimum, median };

enum class OutlierTreatment : std::uint8_t {
  none,
  winsorise,  // COINr's Treat(): winsorise while |skew| >= 2 and kurtosis >= 3.5; log_CT if that fails
  log,        // COINr's log_CT on every pool
};

enum class Imputation : std::uint8_t {
  none,
  carry_forward,  // the geography's last earlier value
  interpolate,    // linear between the nearest earlier and later values
  group_mean,     // mean of the geography's siblings (same parent) in that period
};

/// Edges (and indicators) with a negative weight: left out of composites, or
/// counted with |w| on the inverted score 100 - s.
enum class NegativeWeights : std::uint8_t { exclude, invert };

/// The period axis: periods as observed, or every observation mapped to its year or quarter.
enum class PeriodGrain : std::uint8_t { as_observed, year, quarter };

std::string_view to_string(Normalisation) noexcept;
std::string_view to_string(CompositeMethod) noexcept;
std::string_view to_string(OutlierTreatment) noexcept;
std::string_view to_string(Imputation) noexcept;
std::string_view to_string(NegativeWeights) noexcept;
std::string_view to_string(PeriodGrain) noexcept;
std::optional<Normalisation> parse_normalisation(std::string_view) noexcept;
std::optional<CompositeMethod> parse_composite_method(std::string_view) noexcept;
std::optional<OutlierTreatment> parse_outlier_treatment(std::string_view) noexcept;
std::optional<Imputation> parse_imputation(std::string_view) noexcept;
std::optional<NegativeWeights> parse_negative_weights(std::string_view) noexcept;
std::optional<PeriodGrain> parse_period_grain(std::string_view) noexcept;

/// A normalisation method and its parameters. Parameters a method does not use are ignored.
struct NormalisationSpec {
  Normalisation method = Normalisation::minmax;
  /// The pool a value is normalised within: false = one period across geographies (COINr's
  /// default, one coin per period); true = all periods at once (COINr's purse, global = TRUE).
  bool across_periods = false;
  /// Pools hold only geographies of one level of the hierarchy (same depth: municipalities
  /// with municipalities, counties with counties) instead of every geography.
  bool by_level = false;
  double lower = 0.0;    // minmax: the interval [lower, upper]
  double upper = 100.0;
  /// goalposts [low, high] in the indicator's units; absent: an ordinal's scale, else the
  /// indicator's baseline and target value (docs/aggregation.md).
  std::optional<std::array<double, 2>> goalposts;
  bool truncate = true;   // goalposts: clip to [0, 1] before scaling
  double mean = 0.0;      // zscore
  double sd = 1.0;
  std::optional<double> target;  // dist_to_target; absent: the indicator's target
  bool cap = false;              // dist_to_target, dist_to_ref: cap at 1 (before scaling)
  std::string reference_geo;     // dist_to_ref
  std::string base_period;       // index; empty: the indicator's baseline period
  /// goalposts, dist_to_target, dist_to_max, dist_to_ref, frac_max and percentile_rank
  /// are COINr's [0, 1] figures times `scale` (1 gives COINr's numbers exactly).
  double scale = 100.0;
};

struct OutlierSpec {
  OutlierTreatment method = OutlierTreatment::none;
  int winmax = 5;             // at most this many points winsorised per pool
  double skew = 2.0;          // a pool passes when |skewness| < skew ...
  double kurtosis = 3.5;      // ... or (excess) kurtosis < kurtosis
  bool log_fallback = true;   // winsorise: log_CT the original values if winsorising fails
};

struct ImputationSpec {
  Imputation method = Imputation::none;
  /// carry_forward: at most this many periods forward; interpolate: gaps of at most this
  /// many missing periods. 0 = no limit.
  int max_gap = 0;
};

/// A composite method for one node (or the default for all).
struct NodeMethod {
  CompositeMethod method = CompositeMethod::arithmetic;
  double p = 2.0;  // generalised mean exponent
};

struct AggregateOptions {
  NormalisationSpec normalisation;
  /// Per-indicator exceptions (indicator id, spec). Ordinal indicators are normalised as
  /// goalposts on their scale unless listed here.
  std::vector<std::pair<std::string, NormalisationSpec>> indicator_normalisation;
  OutlierSpec outliers;
  ImputationSpec imputation;
  NodeMethod method;                                         // default for every node
  std::vector<std::pair<std::string, NodeMethod>> node_methods;  // per node id
  /// A score with coverage below this is missing (coverage is still reported). 0 = none.
  double min_coverage = 0.0;
  NegativeWeights negative_weights = NegativeWeights::exclude;
  /// The breakdown scored ("T" total; "K", "M" ...). Weights and ratio parts fall back to "T".
  std::string breakdown = "T";
  PeriodGrain grain = PeriodGrain::as_observed;
  /// A value at period p combines the periods p-window+1 .. p by the indicator's time rule.
  int window = 1;
  /// A parent geography without its own value takes its children's aggregate when at least
  /// this share of its children have a value (a sum always needs every child).
  double geo_min_coverage = 0.5;
  /// Which rows the result lists; empty = all. Normalisation pools are never restricted.
  std::vector<std::string> geos;
  std::vector<std::string> periods;
  /// Worker threads for the indicators and the composite; 0: every core. Results never
  /// depend on it (each indicator and each node is computed by one thread, whole).
  unsigned threads = 0;
};

/// Where an indicator value came from and what was done to it (bit flags).
enum ValueFlag : std::uint8_t {
  value_observed = 1,          // an observation of the model
  value_ratio = 2,             // computed as numerator / denominator * factor
  value_time_aggregated = 4,   // combined from several periods (grain or window)
  value_geo_aggregated = 8,    // combined from the geography's children
  value_imputed = 16,          // filled by imputation
  value_winsorised = 32,
  value_log_transformed = 64,
};

namespace aggregate_detail {
struct ResultWriter;

/// realloc for Column: a large block is also advised to the kernel as huge pages, so that
/// writing it first faults a 2 MiB page at a time, not 4 KiB (a quarter less time for the
/// aggregation at 10 million observations); the advice is only advice. In src/aggregate/results.cpp.
void* column_realloc(void* p, std::size_t bytes);

/// A column of the result tables: trivially copyable values in malloc'd memory, left
/// uninitialised when it grows (the aggregation writes every element it keeps, and memory
/// never written costs no page), shrunk by realloc (which returns a large block's tail
/// without copying).
template <class T>
class Column {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  Column() = default;
  Column(const Column& o) : Column() { assign_from(o); }
  Column(Column&& o) noexcept
      : p_(std::exchange(o.p_, nullptr)), size_(std::exchange(o.size_, 0)), capacity_(std::exchange(o.capacity_, 0)) {}
  Column& operator=(const Column& o) {
    if (this != &o) assign_from(o);
    return *this;
  }
  Column& operator=(Column&& o) noexcept {
    std::swap(p_, o.p_);
    std::swap(size_, o.size_);
    std::swap(capacity_, o.capacity_);
    return *this;
  }
  ~Column() { std::free(p_); }

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  std::size_t capacity() const noexcept { return capacity_; }
  T* data() noexcept { return p_; }
  const T* data() const noexcept { return p_; }
  T& operator[](std::size_t i) noexcept { return p_[i]; }
  const T& operator[](std::size_t i) const noexcept { return p_[i]; }
  const T* begin() const noexcept { return p_; }
  const T* end() const noexcept { return p_ + size_; }

  void reserve(std::size_t n) {
    if (n > capacity_) regrow(n);
  }
  /// New elements are uninitialised.
  void resize(std::size_t n) {
    if (n > capacity_) regrow(std::max(n, capacity_ + capacity_ / 2));
    size_ = n;
  }
  void push_back(T x) {
    resize(size_ + 1);
    p_[size_ - 1] = x;
  }
  void shrink_to_fit() {
    if (capacity_ > size_) regrow(size_);
  }

 private:
  void regrow(std::size_t n) {
    void* q = column_realloc(p_, std::max<std::size_t>(n, 1) * sizeof(T));
    if (!q) throw std::bad_alloc();
    p_ = static_cast<T*>(q);
    capacity_ = n;
  }
  void assign_from(const Column& o) {
    resize(o.size_);
    if (o.size_) std::memcpy(p_, o.p_, o.size_ * sizeof(T));
  }

  T* p_ = nullptr;
  std::size_t size_ = 0, capacity_ = 0;
};
}  // namespace aggregate_detail

/// Every indicator value the aggregation used: columnar, about 21 bytes a row, sorted by
/// indicator, geography, period. Row r is read through the accessors.
class IndicatorValues {
 public:
  std::size_t size() const noexcept { return cell_.size(); }
  std::uint32_t indicator(std::size_t row) const noexcept;  // index into Model::indicators()
  std::uint32_t geo(std::size_t row) const noexcept;        // index into Model::geographies()
  Period period(std::size_t row) const noexcept;
  double value(std::size_t row) const noexcept { return value_[row]; }  // the data value, before outlier treatment
  double normalised(std::size_t row) const noexcept { return normalised_[row]; }  // NaN if it has none
  std::uint8_t flags(std::size_t row) const noexcept { return flags_[row]; }      // ValueFlag bits
  /// The rows of one indicator, [first, second).
  std::pair<std::size_t, std::size_t> rows(std::uint32_t indicator) const noexcept;
  std::optional<std::size_t> find(std::uint32_t indicator, std::uint32_t geo, Period period) const noexcept;
  std::size_t memory_bytes() const noexcept;

 private:
  friend struct aggregate_detail::ResultWriter;
  std::vector<Period> periods_;
  std::vector<std::uint32_t> begin_;              // per indicator, + 1
  aggregate_detail::Column<std::uint32_t> cell_;  // geo * periods + period
  aggregate_detail::Column<double> value_, normalised_;
  aggregate_detail::Column<std::uint8_t> flags_;
};

/// Node scores per geography and period: columnar, about 21 bytes a row, sorted by node
/// (model order), geography, period. A row is listed when at least one of the node's
/// inputs had a value there (coverage > 0).
class ScoreTable {
 public:
  std::size_t size() const noexcept { return cell_.size(); }
  NodeIndex node(std::size_t row) const noexcept;
  std::uint32_t geo(std::size_t row) const noexcept;
  Period period(std::size_t row) const noexcept;
  /// NaN: missing (coverage below the minimum, or an undefined mean).
  double value(std::size_t row) const noexcept { return value_[row]; }
  /// The share of the node's input weight that had a value, 0..1.
  double coverage(std::size_t row) const noexcept { return coverage_[row]; }
  /// An imputed value fed the score (at any depth).
  bool imputed(std::size_t row) const noexcept { return imputed_[row] != 0; }
  /// The rows of one node, [first, second).
  std::pair<std::size_t, std::size_t> rows(NodeIndex node) const noexcept;
  std::optional<std::size_t> find(NodeIndex node, std::uint32_t geo, Period period) const noexcept;
  std::size_t memory_bytes() const noexcept;

 private:
  friend struct aggregate_detail::ResultWriter;
  std::vector<Period> periods_;
  std::vector<std::uint32_t> begin_;  // per node, + 1
  aggregate_detail::Column<std::uint32_t> cell_;
  aggregate_detail::Column<double> value_;
  aggregate_detail::Column<double> coverage_;
  aggregate_detail::Column<std::uint8_t> imputed_;
};

/// A qualitative assessment (text measure), returned as written: never averaged.
struct Assessment {
  std::uint32_t indicator;
  std::uint32_t geo;
  Period period;
  std::string breakdown;
  std::string text;
  std::string status;
};

struct AggregateResult {
  ScoreTable scores;
  IndicatorValues values;
  std::vector<Assessment> assessments;  // by indicator, geography, period
  std::vector<Period> periods;          // the period axis, ascending
  /// Warnings and notes: zero ranges, missing targets, negative weights, assumed directions.
  std::vector<Diagnostic> diagnostics;
};

/// Runs the whole aggregation. Throws impactgraph::Error (code bad-value, field naming the
/// option) for options that name unknown ids or periods or are out of range.
/// Time O(V + E + n log n + I*G*P), memory about 21 bytes per indicator value and per score.
AggregateResult aggregate(const Model& model, const AggregateOptions& options = {});

/// Stable codes of the aggregation's diagnostics (docs/aggregation.md).
namespace codes {
inline constexpr std::string_view zero_range = "zero-range";            // a pool's values are all equal
inline constexpr std::string_view no_reference = "no-reference";        // no target, goalposts, base or reference value
inline constexpr std::string_view negative_weight = "negative-weight";  // excluded from, or inverted in, composites
inline constexpr std::string_view assumed_direction = "assumed-direction";  // no direction: taken as increase
inline constexpr std::string_view undefined_mean = "undefined-mean";    // a negative input to a geometric/harmonic/power mean
inline constexpr std::string_view coarse_period = "coarse-period";      // an observation coarser than the grain, left out
}  // namespace codes

}  // namespace impactgraph
