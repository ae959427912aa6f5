// Helpers for the gap tests: small models built in code and lookups into a GapReport.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "impactgraph/gaps.hpp"
#include "impactgraph/model.hpp"

namespace gaps_test {

using namespace impactgraph;

/// The gaps of `code`.
inline std::vector<const Gap*> with_code(const GapReport& r, std::string_view code) {
  std::vector<const Gap*> out;
  for (const Gap& g : r.gaps)
    if (g.code == code) out.push_back(&g);
  return out;
}

/// The gap of `code` whose first id is `id`, or nullptr.
inline const Gap* find_gap(const GapReport& r, std::string_view code, std::string_view id) {
  for (const Gap& g : r.gaps)
    if (g.code == code && !g.ids.empty() && g.ids[0] == id) return &g;
  return nullptr;
}

inline double number(const Gap& g, std::string_view name) {
  const Figure* f = g.figure(name);
  REQUIRE(f != nullptr);
  REQUIRE_FALSE(f->is_text);
  return f->number;
}

inline std::string text(const Gap& g, std::string_view name) {
  const Figure* f = g.figure(name);
  REQUIRE(f != nullptr);
  REQUIRE(f->is_text);
  return f->text;
}

/// The evaluation of (indicator id, geography id, target index).
inline const Evaluation* evaluation(const Model& m, const GapReport& r, std::string_view indicator,
                                    std::string_view geo, std::uint32_t target = 0) {
  const auto i = m.find_indicator(indicator);
  const auto g = m.find_geography(geo);
  if (!i || !g) return nullptr;
  for (const Evaluation& e : r.evaluations)
    if (e.indicator == *i && e.geo == *g && e.target == target) return &e;
  return nullptr;
}

/// The family of a code ("" for an unknown code).
inline std::string_view family_of(std::string_view code) {
  for (const GapCodeInfo& c : gap_code_table())
    if (c.code == code) return c.family;
  return {};
}

/// Two activities of two areas -> output -> outcome -> goal -> vision: everything reached.
inline ModelBuilder chain() {
  ModelBuilder b;
  b.add_node("A1", "activity", "Aktivitet").tags = {{"area", "X"}};
  b.add_node("A2", "activity", "Aktivitet två").tags = {{"area", "Y"}};
  b.add_node("O1", "output", "Prestation");
  b.add_node("E1", "outcome", "Effekt");
  b.add_node("G1", "goal", "Mål");
  b.add_node("V", "vision", "Vision");
  b.add_edge("A1", "O1");
  b.add_edge("A2", "O1");
  b.add_edge("O1", "E1");
  b.add_edge("E1", "G1");
  b.add_edge("G1", "V");
  return b;
}

/// An indicator on `node` with a direction, a baseline and a level target.
inline IndicatorSpec& measured(ModelBuilder& b, const std::string& id, const std::string& node,
                               Direction direction = Direction::increase) {
  IndicatorSpec& i = b.add_indicator(id, node, id);
  i.direction = direction;
  i.baseline = Baseline{"2015", 50.0};
  Target t;
  t.kind = TargetKind::level;
  t.period = "2030";
  t.value = direction == Direction::increase ? 60.0 : 40.0;
  i.targets.push_back(t);
  return i;
}

/// Values of `indicator` in `geo` for consecutive years from `first`.
inline void series(ModelBuilder& b, const std::string& indicator, const std::string& geo, int first,
                   const std::vector<double>& values, const std::string& breakdown = "T") {
  for (std::size_t k = 0; k < values.size(); ++k)
    b.add_observation(indicator, geo, std::to_string(first + static_cast<int>(k)), values[k], breakdown);
}

}  // namespace gaps_test
