// Names and ids of the items findings are about, built only when a finding is reported
// (building them for every item would dominate the cost on large models).
#pragma once

#include <fmt/format.h>

#include "validate/context.hpp"

namespace impactgraph::validate_detail {

struct NodeItem {
  const Context& c;
  std::size_t i;
  const NodeSpec& spec() const { return c.spec.nodes[i]; }
  std::string name() const { return "node " + in_quotes(spec().id); }
  std::vector<std::string> ids() const { return {spec().id}; }
  Location at(std::string_view field) const { return Context::at(c.spec.where.nodes, i, field); }
};

struct EdgeItem {
  const Context& c;
  std::size_t i;
  const EdgeSpec& spec() const { return c.spec.edges[i]; }
  std::string name() const { return fmt::format("edge {} -> {}", in_quotes(spec().from), in_quotes(spec().to)); }
  std::vector<std::string> ids() const { return {spec().from, spec().to}; }
  Location at(std::string_view field) const { return Context::at(c.spec.where.edges, i, field); }
};

struct IndicatorItem {
  const Context& c;
  std::size_t i;
  const IndicatorSpec& spec() const { return c.spec.indicators[i]; }
  std::string name() const { return "indicator " + in_quotes(spec().id); }
  std::vector<std::string> ids() const { return {spec().id}; }
  Location at(std::string_view field) const { return Context::at(c.spec.where.indicators, i, field); }
};

struct ObservationItem {
  const Context& c;
  std::size_t i;
  const ObservationSpec& spec() const { return c.spec.observations[i]; }
  std::string name() const {
    const ObservationSpec& o = spec();
    return fmt::format("observation ({}, {}, {}, {})", in_quotes(o.indicator), in_quotes(o.geo), in_quotes(o.period),
                       in_quotes(o.breakdown));
  }
  std::vector<std::string> ids() const { return {spec().indicator, spec().geo}; }
  Location at(std::string_view field) const { return Context::at(c.spec.where.observations, i, field); }
};

}  // namespace impactgraph::validate_detail
