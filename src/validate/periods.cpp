// Period checks: every period is YYYY, YYYYQn or YYYY-MM; a node's span starts no later
// than it ends; a change target's base period comes before its period.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <type_traits>

#include "impactgraph/period.hpp"
#include "validate/context.hpp"
#include "validate/items.hpp"

namespace impactgraph::validate_detail {

namespace {

// Months since year 0 of a period's first and last month, to order periods of any kind.
int first_month(const Period& p) {
  switch (p.kind) {
    case Period::Kind::year: return p.year * 12;
    case Period::Kind::quarter: return p.year * 12 + (p.sub - 1) * 3;
    case Period::Kind::month: return p.year * 12 + p.sub - 1;
  }
  return p.year * 12;
}
int last_month(const Period& p) {
  switch (p.kind) {
    case Period::Kind::year: return p.year * 12 + 11;
    case Period::Kind::quarter: return p.year * 12 + p.sub * 3 - 1;
    case Period::Kind::month: return p.year * 12 + p.sub - 1;
  }
  return p.year * 12 + 11;
}

// Parses a non-empty period, reporting it when malformed. Empty means absent: nullopt, no report.
// `field` is the field's name, or a function giving it (made only for a report).
template <class Item, class Field>
std::optional<Period> period(Context& c, const Item& item, const std::string& text, std::string_view what,
                             const Field& field) {
  if (text.empty()) return std::nullopt;
  auto p = Period::parse(text);
  if (!p) {
    std::string name;
    if constexpr (std::is_invocable_v<Field>) name = field();
    else name = std::string(field);
    c.error(codes::bad_period,
            fmt::format("{} of {} is {}, not a period (use 2019, 2019Q3 or 2019-05)", what, item.name(), in_quotes(text)),
            item.ids(), item.at(name));
  }
  return p;
}

void node_periods(Context& c) {
  for (std::size_t i = 0; i < c.spec.nodes.size(); ++i) {
    const NodeItem item{c, i};
    const NodeSpec& n = item.spec();
    if (n.funding.empty() && n.start.empty() && n.end.empty()) continue;  // most nodes: no period at all
    for (std::size_t f = 0; f < n.funding.size(); ++f)
      period(c, item, n.funding[f].period, "the funding period", [f] { return fmt::format("funding[{}].period", f); });
    const auto start = period(c, item, n.start, "the start", "start");
    const auto end = period(c, item, n.end, "the end", "end");
    if (start && end && first_month(*start) > last_month(*end))
      c.error(codes::out_of_range, fmt::format("{} starts ({}) after it ends ({})", item.name(), n.start, n.end),
              item.ids(), item.at("end"));
  }
}

void indicator_periods(Context& c) {
  for (std::size_t i = 0; i < c.spec.indicators.size(); ++i) {
    const IndicatorItem item{c, i};
    const IndicatorSpec& x = item.spec();
    if (x.baseline) {
      if (x.baseline->period.empty())
        c.error(codes::missing_field, item.name() + " has a baseline without a period", item.ids(),
                item.at("baseline.period"));
      period(c, item, x.baseline->period, "the baseline period", "baseline.period");
    }
    for (std::size_t t = 0; t < x.targets.size(); ++t) {
      const Target& target = x.targets[t];
      const std::string kind(to_string(target.kind));
      const auto p =
          period(c, item, target.period, "the period of a " + kind + " target", fmt::format("targets[{}].period", t));
      const auto base = period(c, item, target.base_period, "the base period of a " + kind + " target",
                               fmt::format("targets[{}].base_period", t));
      if (target.kind == TargetKind::change && p && base && first_month(*base) >= first_month(*p))
        c.error(codes::out_of_range,
                fmt::format("the change target of {} has base period {}, which does not come before its period {}",
                            item.name(), target.base_period, target.period),
                item.ids(), item.at(fmt::format("targets[{}].base_period", t)));
    }
  }
}

void observation_periods(Context& c) {
  for (std::size_t i = 0; i < c.spec.observations.size(); ++i) {
    const ObservationItem item{c, i};
    const std::string& text = item.spec().period;
    if (text.empty())
      c.error(codes::missing_field, item.name() + " has no period", item.ids(), item.at("period"));
    else
      period(c, item, text, "the period", "period");
  }
}

}  // namespace

void check_periods(Context& c) {
  node_periods(c);
  indicator_periods(c);
  observation_periods(c);
}

}  // namespace impactgraph::validate_detail
