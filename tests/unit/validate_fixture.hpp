// A small valid spec for the validate tests, and helpers to pick findings by code.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"

namespace ig_test {

using namespace impactgraph;

// activity a1 -> output o1 -> goal g1 -> vision v; one indicator with a level target,
// a county with one municipality, one observation. validate() finds nothing in it.
inline ModelSpec valid_spec() {
  ModelBuilder b;
  b.name("test");
  b.add_node("a1", "activity", "Activity");
  b.add_node("o1", "output", "Output");
  b.add_node("g1", "goal", "Goal");
  b.add_node("v", "vision", "Vision");
  b.add_edge("a1", "o1", 0.8);
  b.add_edge("o1", "g1");
  b.add_edge("g1", "v");
  IndicatorSpec& i = b.add_indicator("I1", "g1", "Employment");
  i.direction = Direction::increase;
  i.baseline = Baseline{"2016", 78.1};
  Target t;
  t.kind = TargetKind::level;
  t.period = "2030";
  t.value = 82.0;
  i.targets.push_back(t);
  b.add_geography("0018", "County");
  b.add_geography("1880", "Town", "0018");
  b.add_observation("I1", "1880", "2019", 79.3);
  return b.spec();
}

inline std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& all, std::string_view code) {
  std::vector<Diagnostic> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Diagnostic& d) { return d.code == code; });
  return out;
}

inline std::vector<Diagnostic> findings(const ModelSpec& spec, std::string_view code) {
  return with_code(validate(spec), code);
}

inline bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace ig_test
