// The model as plain data: what readers produce, writers consume and a builder fills.
// A ModelSpec may be invalid; Model::freeze validates it into an immutable Model.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "impactgraph/diagnostic.hpp"

namespace impactgraph {

/// Keys a reader did not know, kept in input order as compact JSON text so that a
/// round trip through the JSON format loses nothing.
using Extras = std::vector<std::pair<std::string, std::string>>;
/// Free tags (owner, area, challenge, ...), in input order.
using Tags = std::vector<std::pair<std::string, std::string>>;

enum class Evidence : std::uint8_t { unspecified, strong, moderate, weak, none };
enum class Direction : std::uint8_t { unspecified, increase, decrease };
enum class TargetKind : std::uint8_t { level, change, threshold, direction, peers, disparity };
enum class Measure : std::uint8_t { number, percent, ratio, ordinal, text };
/// How an indicator combines over geographies or over periods (as DHIS2 separates the two axes).
enum class Aggregation : std::uint8_t { unspecified, sum, mean, weighted_mean, min, max, first, last };

std::string_view to_string(Evidence) noexcept;
std::string_view to_string(Direction) noexcept;
std::string_view to_string(TargetKind) noexcept;
std::string_view to_string(Measure) noexcept;
std::string_view to_string(Aggregation) noexcept;
std::optional<Evidence> parse_evidence(std::string_view) noexcept;
std::optional<Direction> parse_direction(std::string_view) noexcept;
std::optional<TargetKind> parse_target_kind(std::string_view) noexcept;
std::optional<Measure> parse_measure(std::string_view) noexcept;
std::optional<Aggregation> parse_aggregation(std::string_view) noexcept;

/// The default level order when a model declares none.
const std::vector<std::string>& default_levels();

struct Funding {
  double amount = 0.0;
  std::string currency;
  std::string source;  // e.g. ERUF, ESF+, TVV, own
  std::string period;
  bool operator==(const Funding&) const = default;
};

struct NodeSpec {
  std::string id;
  std::string level;
  std::string label;
  std::string description;
  Tags tags;
  std::vector<Funding> funding;
  std::string start;  // time span, periods; empty when open
  std::string end;
  Extras extras;
  bool operator==(const NodeSpec&) const = default;
};

/// "from contributes to to".
struct EdgeSpec {
  std::string from;
  std::string to;
  double weight = 1.0;  // negative = trade-off
  std::optional<std::array<double, 2>> weight_range;  // [min, max] for uncertainty
  std::optional<double> confidence;                   // 0..1
  std::string assumption;
  Evidence evidence = Evidence::unspecified;
  Extras extras;
  bool operator==(const EdgeSpec&) const = default;
};

struct Baseline {
  std::string period;
  double value = 0.0;
  bool operator==(const Baseline&) const = default;
};

/// One of the six ways plans state targets (docs/format.md):
/// level     value by period ("82 % by 2030")
/// change    value (a fraction) by period against base_period ("-60 % by 2030 vs 2005")
/// threshold op value ("above 80 %"); op is ">=", ">", "<=" or "<"
/// direction the indicator's direction only ("shall increase")
/// peers     better than geos, comparing "level" or "growth"
/// disparity the gap between breakdowns `between` shrinks, or reaches value by period
struct Target {
  TargetKind kind = TargetKind::level;
  std::string period;
  std::string base_period;
  std::optional<double> value;
  std::string op;
  std::vector<std::string> geos;
  std::string compare;
  std::vector<std::string> between;
  Extras extras;
  bool operator==(const Target&) const = default;
};

struct IndicatorSpec {
  std::string id;
  std::string node;
  std::string label;
  std::string description;  // definition, intended source, caveats
  std::string unit;
  Direction direction = Direction::unspecified;
  std::optional<Baseline> baseline;
  std::vector<Target> targets;
  std::string source;  // e.g. "kolada:N00914"
  Measure measure = Measure::number;
  std::string numerator;    // ratio: indicator ids
  std::string denominator;
  double factor = 1.0;      // ratio = numerator / denominator * factor
  std::optional<std::array<double, 2>> scale;  // ordinal: [min, max], e.g. [1, 5]
  Aggregation geo_aggregation = Aggregation::unspecified;
  std::string geo_weight;  // indicator id, for weighted_mean
  Aggregation time_aggregation = Aggregation::unspecified;
  double weight = 1.0;     // counts when its node's score is aggregated
  Extras extras;
  bool operator==(const IndicatorSpec&) const = default;
};

struct GeographySpec {
  std::string id;  // Kolada ids: 1880 = Örebro municipality, 0018 = Örebro county
  std::string name;
  std::string parent;
  Extras extras;
  bool operator==(const GeographySpec&) const = default;
};

struct ObservationSpec {
  std::string indicator;
  std::string geo;
  std::string period;
  std::string breakdown = "T";  // Kolada gender: T total, K women, M men
  std::optional<double> value;  // absent = missing (kept, e.g. Kolada nulls)
  std::string text;             // text measures: a qualitative assessment
  std::string status;
  bool operator==(const ObservationSpec&) const = default;
};

/// Where each item of a ModelSpec was read from (parallel to the item vectors, or
/// empty when the model was built in code). Not part of the model's value.
struct SourceMap {
  std::vector<Location> nodes, edges, indicators, geographies, observations;
};

struct ModelSpec {
  int version = 1;
  std::string name;
  std::vector<std::string> levels;  // empty = default_levels()
  std::vector<NodeSpec> nodes;
  std::vector<EdgeSpec> edges;
  std::vector<IndicatorSpec> indicators;
  std::vector<GeographySpec> geographies;
  std::vector<ObservationSpec> observations;
  Extras extras;
  SourceMap where;

  /// The declared levels or the default ones.
  const std::vector<std::string>& effective_levels() const;
  /// Equality of content; `where` is ignored.
  bool operator==(const ModelSpec& other) const;
};

/// Checks a spec and returns every finding, errors and warnings, in a stable order.
/// Codes are those of `codes::`; see docs/diagnostics.md.
std::vector<Diagnostic> validate(const ModelSpec& spec);

}  // namespace impactgraph
