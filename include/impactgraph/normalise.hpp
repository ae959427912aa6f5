// The numeric building blocks of the aggregation, on plain vectors (NaN = missing):
// normalisation, skewness and kurtosis, outlier treatment and the composite means.
// aggregate() applies them per indicator pool and per node; they are public so that
// each formula can be used and checked on its own (docs/aggregation.md).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>

#include "impactgraph/aggregate.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph {

/// What a normalisation needs beyond the values, resolved by the caller.
struct NormaliseContext {
  double target = std::numeric_limits<double>::quiet_NaN();     // dist_to_target
  double reference = std::numeric_limits<double>::quiet_NaN();  // dist_to_ref: the reference unit's value
  std::array<double, 2> goalposts{std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::quiet_NaN()};  // goalposts [low, high]
  std::span<const double> base;  // index: each element's base-period value (same length as x)
};

/// Why a pool could not be normalised.
enum class NormaliseStatus : std::uint8_t { ok, empty, zero_range, no_reference };

/// Normalises the pool `x` in place, direction-aware (decrease: lower is better);
/// Direction::unspecified counts as increase. Missing values (NaN) stay missing; on a
/// status other than ok every value becomes NaN. O(n log n) for the rank methods, else O(n).
NormaliseStatus normalise(std::span<double> x, const NormalisationSpec& spec, Direction direction,
                          const NormaliseContext& context = {});

/// Sample skewness as COINr's skew() (e1071 type 2, Excel's SKEW), over the non-NaN
/// values; NaN for fewer than 3 values or zero variance.
double skewness(std::span<const double> x) noexcept;
/// Sample excess kurtosis as COINr's kurt() (e1071 type 2, Excel's KURT); NaN for fewer
/// than 4 values or zero variance.
double kurtosis(std::span<const double> x) noexcept;

struct TreatmentOutcome {
  bool needed = false;           // the pool failed the skew/kurtosis test
  int winsorised = 0;            // points winsorised
  bool log_transformed = false;  // log_CT applied
  bool passes = true;            // the pool passes after treatment
};

/// COINr's Treat() on one pool, in place: `flags[i]` gets value_winsorised or
/// value_log_transformed for the points changed. Pools with fewer than 4 values pass
/// as they are.
TreatmentOutcome treat_outliers(std::span<double> x, const OutlierSpec& spec, std::span<std::uint8_t> flags);

/// The weighted `method` of the inputs whose value is not NaN and whose weight is > 0,
/// weights renormalised over those inputs. NaN when there is none, and for a geometric,
/// harmonic or generalised mean of a negative value; a geometric, harmonic or
/// negative-p mean with a zero value is 0 (its limit). `p` is the generalised mean's
/// exponent (p = 0: geometric).
double combine(CompositeMethod method, std::span<const double> x, std::span<const double> w, double p = 2.0);

}  // namespace impactgraph
