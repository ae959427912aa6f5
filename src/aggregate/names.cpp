// The words of the aggregation's enumerations (the CLI's option values, the C ABI's names).
#include <array>
#include <optional>
#include <string_view>

#include "impactgraph/aggregate.hpp"
#include "impactgraph/sensitivity.hpp"

namespace impactgraph {

namespace {

constexpr std::array<std::string_view, 11> normalisation_names{
    "minmax", "goalposts", "zscore", "dist_to_target", "dist_to_max", "dist_to_ref",
    "frac_max", "rank", "percentile_rank", "index", "none"};
constexpr std::array<std::string_view, 6> composite_names{"arithmetic", "geometric", "harmonic",
                                                          "generalised", "minimum", "median"};
constexpr std::array<std::string_view, 3> outlier_names{"none", "winsorise", "log"};
constexpr std::array<std::string_view, 4> imputation_names{"none", "carry_forward", "interpolate", "group_mean"};
constexpr std::array<std::string_view, 2> negative_names{"exclude", "invert"};
constexpr std::array<std::string_view, 3> grain_names{"as_observed", "year", "quarter"};
constexpr std::array<std::string_view, 3> sampling_names{"none", "uniform", "dirichlet"};

template <class E, std::size_t N>
std::string_view name(const std::array<std::string_view, N>& names, E value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : std::string_view{};
}

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view word) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == word) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Normalisation v) noexcept { return name(normalisation_names, v); }
std::string_view to_string(CompositeMethod v) noexcept { return name(composite_names, v); }
std::string_view to_string(OutlierTreatment v) noexcept { return name(outlier_names, v); }
std::string_view to_string(Imputation v) noexcept { return name(imputation_names, v); }
std::string_view to_string(NegativeWeights v) noexcept { return name(negative_names, v); }
std::string_view to_string(PeriodGrain v) noexcept { return name(grain_names, v); }
std::string_view to_string(WeightSampling v) noexcept { return name(sampling_names, v); }

std::optional<Normalisation> parse_normalisation(std::string_view s) noexcept {
  return lookup<Normalisation>(normalisation_names, s);
}
std::optional<CompositeMethod> parse_composite_method(std::string_view s) noexcept {
  return lookup<CompositeMethod>(composite_names, s);
}
std::optional<OutlierTreatment> parse_outlier_treatment(std::string_view s) noexcept {
  return lookup<OutlierTreatment>(outlier_names, s);
}
std::optional<Imputation> parse_imputation(std::string_view s) noexcept {
  return lookup<Imputation>(imputation_names, s);
}
std::optional<NegativeWeights> parse_negative_weights(std::string_view s) noexcept {
  return lookup<NegativeWeights>(negative_names, s);
}
std::optional<PeriodGrain> parse_period_grain(std::string_view s) noexcept {
  return lookup<PeriodGrain>(grain_names, s);
}
std::optional<WeightSampling> parse_weight_sampling(std::string_view s) noexcept {
  return lookup<WeightSampling>(sampling_names, s);
}

}  // namespace impactgraph
