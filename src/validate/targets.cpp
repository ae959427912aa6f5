// Target shape: each of the six kinds needs its own fields (docs/format.md), and a text
// indicator takes no target at all (a qualitative assessment is never compared).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

struct TargetCheck {
  Context& c;
  std::size_t indicator;
  std::size_t index;

  const IndicatorSpec& x() const { return c.spec.indicators[indicator]; }
  std::string what() const {
    return fmt::format("the {} target of indicator {}", to_string(x().targets[index].kind), in_quotes(x().id));
  }
  Location at(std::string_view field) const {
    return Context::at(c.spec.where.indicators, indicator, fmt::format("targets[{}].{}", index, field));
  }
  void missing(std::string_view field, std::string_view why = {}) const {
    c.error(codes::missing_field, fmt::format("{} has no {}{}", what(), field, why), {x().id}, at(field));
  }
  void bad(std::string_view field, std::string message) const {
    c.error(codes::bad_value, what() + " " + message, {x().id}, at(field));
  }
};

void check_target(const TargetCheck& t) {
  const Target& target = t.x().targets[t.index];
  switch (target.kind) {
    case TargetKind::level:
      if (target.period.empty()) t.missing("period");
      if (!target.value) t.missing("value");
      break;
    case TargetKind::change:
      if (target.base_period.empty()) t.missing("base_period");
      if (target.period.empty()) t.missing("period");
      if (!target.value) t.missing("value");
      break;
    case TargetKind::threshold: {
      static constexpr std::array<std::string_view, 4> ops{">=", ">", "<=", "<"};
      if (target.op.empty())
        t.missing("op");
      else if (std::find(ops.begin(), ops.end(), target.op) == ops.end())
        t.bad("op", fmt::format("has op {}; use >=, >, <= or <", in_quotes(target.op)));
      if (!target.value) t.missing("value");
      break;
    }
    case TargetKind::direction:
      if (t.x().direction == Direction::unspecified)
        t.c.error(
            codes::missing_field,
            fmt::format("{} needs the indicator's direction (increase or decrease), which is not given", t.what()),
            {t.x().id}, Context::at(t.c.spec.where.indicators, t.indicator, "direction"));
      break;
    case TargetKind::peers:
      if (target.geos.empty()) t.missing("geos", " (the geographies to compare with)");
      if (target.compare.empty())
        t.missing("compare", " (level or growth)");
      else if (target.compare != "level" && target.compare != "growth")
        t.bad("compare", fmt::format("compares {}; use level or growth", in_quotes(target.compare)));
      break;
    case TargetKind::disparity: {
      const auto& b = target.between;
      if (b.empty())
        t.missing("between", " (the two breakdowns, e.g. K and M)");
      else if (b.size() != 2 || b[0].empty() || b[1].empty() || b[0] == b[1])
        t.bad("between",
              fmt::format("is between [{}]; it needs two different breakdowns, e.g. K and M", fmt::join(b, ", ")));
      if (target.value && target.period.empty()) t.missing("period", " (the gap's value is to be reached by a period)");
      break;
    }
  }
}

}  // namespace

void check_targets(Context& c) {
  const ModelSpec& s = c.spec;
  for (std::size_t i = 0; i < s.indicators.size(); ++i) {
    const IndicatorSpec& x = s.indicators[i];
    for (std::size_t k = 0; k < x.targets.size(); ++k) {
      const TargetCheck t{c, i, k};
      if (x.measure == Measure::text)
        c.error(codes::bad_value, t.what() + " is on a text measure, which takes no targets", {x.id}, t.at("kind"));
      else
        check_target(t);
    }
  }
}

}  // namespace impactgraph::validate_detail
