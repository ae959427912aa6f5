// Choosing sources and targets: by level and by id; and the names of the analysis enums.
#include <fmt/format.h>

#include "impactgraph/contribution.hpp"
#include "impactgraph/diagnostic.hpp"
#include "impactgraph/influence.hpp"

namespace impactgraph {

std::vector<NodeIndex> select_nodes(const Model& model, std::span<const std::string> levels,
                                    std::span<const std::string> ids) {
  std::vector<bool> level_wanted(model.levels().size(), false);
  for (const std::string& level : levels) {
    const auto index = model.level_index(level);
    if (!index) {
      Diagnostic d;
      d.code = std::string(codes::unknown_level);
      d.message = fmt::format("the model has no level \"{}\" (its levels: {})", level,
                              fmt::join(model.levels(), ", "));
      d.ids = {level};
      throw Error(std::move(d));
    }
    level_wanted[*index] = true;
  }
  std::vector<NodeIndex> out;
  std::vector<bool> taken(model.node_count(), false);
  if (!levels.empty())
    for (NodeIndex v = 0; v < model.node_count(); ++v)
      if (level_wanted[model.node(v).level_index()]) {
        out.push_back(v);
        taken[v] = true;
      }
  for (const std::string& id : ids) {
    const auto v = model.find_node(id);
    if (!v) {
      Diagnostic d;
      d.code = std::string(codes::unknown_node);
      d.message = fmt::format("the model has no node \"{}\"", id);
      d.ids = {id};
      throw Error(std::move(d));
    }
    if (!taken[*v]) {
      out.push_back(*v);
      taken[*v] = true;
    }
  }
  return out;
}

std::string_view to_string(ContributionMode mode) noexcept {
  switch (mode) {
    case ContributionMode::path: return "path";
    case ContributionMode::flow: return "flow";
    case ContributionMode::attribution: return "attribution";
  }
  return "";
}

std::string_view to_string(Normalization normalization) noexcept {
  switch (normalization) {
    case Normalization::positive: return "positive";
    case Normalization::signed_sum: return "signed";
  }
  return "";
}

std::string_view to_string(SignRule rule) noexcept {
  switch (rule) {
    case SignRule::multiply: return "multiply";
    case SignRule::any_negative: return "any-negative";
  }
  return "";
}

std::string_view to_string(WeightDistribution distribution) noexcept {
  switch (distribution) {
    case WeightDistribution::uniform: return "uniform";
    case WeightDistribution::triangular: return "triangular";
  }
  return "";
}

std::string_view to_string(MicmacClass c) noexcept {
  switch (c) {
    case MicmacClass::driver: return "driver";
    case MicmacClass::linkage: return "linkage";
    case MicmacClass::dependent: return "dependent";
    case MicmacClass::autonomous: return "autonomous";
  }
  return "";
}

}  // namespace impactgraph
