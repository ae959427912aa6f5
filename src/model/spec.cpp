// Names of the model's enumerations and ModelSpec helpers.
#include "impactgraph/model_spec.hpp"

#include <array>

namespace impactgraph {

namespace {
template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view text) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (!names[i].empty() && names[i] == text) return static_cast<E>(i);
  return std::nullopt;
}
// Indexed by enumerator value; an empty name cannot be parsed (the "unspecified" ones).
constexpr std::array<std::string_view, 5> evidence_names{"", "strong", "moderate", "weak", "none"};
constexpr std::array<std::string_view, 3> direction_names{"", "increase", "decrease"};
constexpr std::array<std::string_view, 6> target_kind_names{"level", "change", "threshold",
                                                            "direction", "peers", "disparity"};
constexpr std::array<std::string_view, 5> measure_names{"number", "percent", "ratio", "ordinal", "text"};
constexpr std::array<std::string_view, 8> aggregation_names{"", "sum", "mean", "weighted_mean",
                                                            "min", "max", "first", "last"};
}  // namespace

std::string_view to_string(Evidence v) noexcept { return evidence_names[static_cast<std::size_t>(v)]; }
std::string_view to_string(Direction v) noexcept { return direction_names[static_cast<std::size_t>(v)]; }
std::string_view to_string(TargetKind v) noexcept { return target_kind_names[static_cast<std::size_t>(v)]; }
std::string_view to_string(Measure v) noexcept { return measure_names[static_cast<std::size_t>(v)]; }
std::string_view to_string(Aggregation v) noexcept { return aggregation_names[static_cast<std::size_t>(v)]; }

std::optional<Evidence> parse_evidence(std::string_view s) noexcept { return lookup<Evidence>(evidence_names, s); }
std::optional<Direction> parse_direction(std::string_view s) noexcept { return lookup<Direction>(direction_names, s); }
std::optional<TargetKind> parse_target_kind(std::string_view s) noexcept {
  return lookup<TargetKind>(target_kind_names, s);
}
std::optional<Measure> parse_measure(std::string_view s) noexcept { return lookup<Measure>(measure_names, s); }
std::optional<Aggregation> parse_aggregation(std::string_view s) noexcept {
  return lookup<Aggregation>(aggregation_names, s);
}

const std::vector<std::string>& default_levels() {
  static const std::vector<std::string> levels{"activity", "output", "outcome", "goal", "vision"};
  return levels;
}

const std::vector<std::string>& ModelSpec::effective_levels() const {
  return levels.empty() ? default_levels() : levels;
}

bool ModelSpec::operator==(const ModelSpec& o) const {
  return version == o.version && name == o.name && effective_levels() == o.effective_levels() &&
         nodes == o.nodes && edges == o.edges && indicators == o.indicators &&
         geographies == o.geographies && observations == o.observations && extras == o.extras;
}

}  // namespace impactgraph
