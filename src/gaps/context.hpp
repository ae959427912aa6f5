// Private to gaps/: what every gap family shares — the resolved options (levels, region,
// as-of period), the observation series, names for messages, and the report being filled.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gaps/messages.hpp"
#include "impactgraph/gaps.hpp"
#include "impactgraph/model.hpp"

namespace impactgraph::gaps {

/// One observed value: its period, the period as a fractional year, the value.
struct Point {
  Period period;
  double t = 0.0;
  double value = 0.0;
};

/// Values in period order.
using Series = std::vector<Point>;

/// The model's observations as series per (indicator, geography, breakdown): values only,
/// up to the as-of period, ratio indicators computed from their numerator and denominator.
/// Also, per (indicator, geography), the periods of the total breakdown that have a value or
/// a text (for the data gaps).
class SeriesIndex {
 public:
  SeriesIndex(const Model& model, std::optional<Period> as_of);

  /// nullptr when the combination has no value.
  const Series* find(std::uint32_t indicator, std::uint32_t geo, std::string_view breakdown) const;
  /// Periods with a value or text in breakdown T, sorted; nullptr when none.
  const std::vector<Period>* present(std::uint32_t indicator, std::uint32_t geo) const;
  /// Geographies with a value (any breakdown) for the indicator, in geography order.
  const std::vector<std::uint32_t>& geos(std::uint32_t indicator) const { return geos_[indicator]; }

 private:
  std::uint64_t key(std::uint32_t indicator, std::uint32_t geo, std::uint32_t breakdown) const noexcept {
    return (static_cast<std::uint64_t>(indicator) * geo_count_ + geo) * breakdown_slots_ + breakdown;
  }
  std::optional<std::uint32_t> breakdown_id(std::string_view b) const;
  void add_ratios(const Model& model);

  std::uint64_t geo_count_ = 1;
  std::uint64_t breakdown_slots_ = 1;
  std::vector<std::string> breakdowns_;  // id -> text; T is 0
  std::unordered_map<std::uint64_t, Series> values_;
  std::unordered_map<std::uint64_t, std::vector<Period>> present_;  // breakdown T only
  std::vector<std::vector<std::uint32_t>> geos_;
};

/// True when p lies within the as-of period or before it (periods of any kind).
bool within(const Period& p, const std::optional<Period>& as_of) noexcept;

/// Periods per year of a kind (1, 4, 12), and a period's position on that scale.
int per_year(Period::Kind kind) noexcept;
std::int64_t ordinal(const Period& p) noexcept;
Period from_ordinal(std::int64_t n, Period::Kind kind) noexcept;

struct Context {
  Context(const Model& m, const GapOptions& o, GapReport& r);

  const Model& model;
  const GapOptions& options;
  Language language;

  LevelIndex activity_level = 0;
  LevelIndex goal_level = 0;
  std::vector<char> effect_level;    // by level index
  std::vector<char> measured_level;
  std::vector<char> priority_level;

  std::optional<Period> as_of;
  std::optional<std::uint32_t> region;
  std::vector<std::vector<std::uint32_t>> children;  // geography -> its child geographies
  std::vector<std::string> geo_ids;                 // the geographies' ids, by index
  SeriesIndex series;

  GapReport& report;

  /// A headline geography: the region, or any geography when there is none.
  bool headline(std::uint32_t geo) const noexcept { return !region || *region == geo; }
  /// The indicator's direction as +1 / -1, or 0 when unspecified.
  int direction(std::uint32_t indicator) const noexcept;

  // Names in messages: `id “label”` (English quotes) / `id ”label”` (Swedish), and a
  // geography as `name (id)`.
  Arg node_arg(std::string name, NodeIndex v) const;
  Arg indicator_arg(std::string name, std::uint32_t indicator) const;
  Arg geo_arg(std::string name, std::uint32_t geo) const;
  Arg level_arg(std::string name, LevelIndex level) const;
  /// A value of an indicator followed by its unit.
  Arg value_arg(std::string name, std::uint32_t indicator, double value) const;

  /// Appends a gap of `code` (its severity and template from the code table).
  void add(std::string_view code, std::vector<std::string> ids, std::vector<Figure> figures, const Args& args);
};

Figure number_figure(std::string name, double value);
Figure text_figure(std::string name, std::string text);

// The families, each appending to the context's report (one file each).
void structural_gaps(Context& c);   // reach, orphans, measurement, level order
void component_gaps(Context& c);    // disconnected parts
void silo_gaps(Context& c);         // silos, single-source goals
void performance_gaps(Context& c);  // every target in every geography
void equality_gaps(Context& c);     // municipalities, women and men
void data_gaps(Context& c);         // no data, missing periods, stale series, coverage
void rollup_table(Context& c);      // on-track share up the graph (the table)
void priority_gaps(Context& c);     // mismatch index (needs the roll-up table)
void rollup_gaps(Context& c);       // on-track share of goals and the vision

}  // namespace impactgraph::gaps
