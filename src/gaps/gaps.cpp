// detect_gaps: runs every family in report order, and the names of the gap enums.
#include "impactgraph/gaps.hpp"

#include "gaps/context.hpp"

namespace impactgraph {

GapReport detect_gaps(const Model& model, const GapOptions& options) {
  GapReport report;
  gaps::Context c(model, options, report);
  gaps::structural_gaps(c);
  gaps::component_gaps(c);
  gaps::silo_gaps(c);
  gaps::performance_gaps(c);
  gaps::equality_gaps(c);
  gaps::data_gaps(c);
  gaps::rollup_table(c);
  gaps::priority_gaps(c);
  gaps::rollup_gaps(c);
  return report;
}

const Figure* Gap::figure(std::string_view name) const noexcept {
  for (const Figure& f : figures)
    if (f.name == name) return &f;
  return nullptr;
}

std::string_view to_string(ProgressClass p) noexcept {
  switch (p) {
    case ProgressClass::target_achieved: return "target_achieved";
    case ProgressClass::on_track: return "on_track";
    case ProgressClass::moderate: return "moderate";
    case ProgressClass::limited: return "limited";
    case ProgressClass::deteriorating: return "deteriorating";
    case ProgressClass::not_available: return "not_available";
  }
  return "";
}

std::string_view to_string(Language l) noexcept {
  switch (l) {
    case Language::en: return "en";
    case Language::sv: return "sv";
  }
  return "";
}

std::optional<Language> parse_language(std::string_view s) noexcept {
  if (s == "en") return Language::en;
  if (s == "sv") return Language::sv;
  return std::nullopt;
}

}  // namespace impactgraph
