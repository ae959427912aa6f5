// Node scores, bottom-up through the graph (edges u -> v: u contributes to v): a node's
// inputs are its own normalised indicators (weight: the indicator's) and the scores of the
// nodes with an edge into it (weight: the edge's), combined per geography and period with
// the weights renormalised over the inputs present (COINr's Aggregate; OECD/JRC Handbook
// 2008, section 6). Formulas: docs/aggregation.md.
#include <cmath>

#include <fmt/format.h>

#include "aggregate/pipeline.hpp"
#include "impactgraph/normalise.hpp"

namespace impactgraph::aggregate_detail {

namespace {

struct Input {
  bool is_node;
  std::uint32_t index;  // indicator or node
  double weight;        // |w|
  bool invert;          // 100 - x (a negative weight under NegativeWeights::invert)
};

// A weight w counts when it is positive, or negative and inverted.
bool counts(double w, NegativeWeights rule) noexcept { return w > 0.0 || (w < 0.0 && rule == NegativeWeights::invert); }

}  // namespace

CompositeSpec composite_spec(const Model& model, const AggregateOptions& options, Findings* findings) {
  CompositeSpec spec;
  const auto weights = model.edge_weights();
  spec.edge_weight.assign(weights.begin(), weights.end());
  for (const IndicatorSpec& x : model.indicators()) spec.indicator_weight.push_back(x.weight);
  spec.method.assign(model.node_count(), options.method);
  for (const auto& [id, m] : options.node_methods)
    if (const auto v = model.find_node(id)) spec.method[*v] = m;
  spec.min_coverage = options.min_coverage;
  spec.negative = options.negative_weights;
  if (!findings) return spec;
  const bool invert = options.negative_weights == NegativeWeights::invert;
  const char* how = invert ? "counted as 100 - score with the weight's magnitude" : "left out of composite scores";
  for (EdgeIndex e = 0; e < model.edge_count(); ++e) {
    if (!(weights[e] < 0.0)) continue;
    const EdgeRef edge = model.edge(e);
    const std::string from(model.node(edge.source()).id()), to(model.node(edge.target()).id());
    findings->add(codes::negative_weight, Severity::warning,
                  fmt::format("edge \"{}\" -> \"{}\" has the negative weight {} (a trade-off); it is {}", from, to,
                              weights[e], how),
                  {from + "->" + to, from, to});
  }
  for (const IndicatorSpec& x : model.indicators())
    if (x.weight < 0.0 && x.measure != Measure::text)
      findings->add(codes::negative_weight, Severity::warning,
                    fmt::format("indicator \"{}\" has the negative weight {}; it is {}", x.id, x.weight, how), {x.id});
  return spec;
}

NodeScores compute_scores(const Model& model, const Axes& axes, const IndicatorData& data, const CompositeSpec& spec,
                          std::span<const std::uint32_t> active, Findings* findings) {
  const std::size_t nodes = model.node_count();
  const std::size_t k_count = active.size();
  const std::size_t cells = axes.geo_count * k_count;
  std::vector<std::int32_t> active_slot(axes.period_count, -1);
  for (std::size_t k = 0; k < k_count; ++k) active_slot[active[k]] = static_cast<std::int32_t>(k);

  // Indicators by node (CSR).
  const auto indicators = model.indicators();
  std::vector<std::uint32_t> ind_begin(nodes + 1, 0), ind_of;
  std::vector<std::int64_t> node_of(indicators.size(), -1);
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].measure != Measure::text && counts(spec.indicator_weight[i], spec.negative))
      if (const auto v = model.find_node(indicators[i].node)) {
        node_of[i] = *v;
        ++ind_begin[*v + 1];
      }
  for (std::size_t v = 0; v < nodes; ++v) ind_begin[v + 1] += ind_begin[v];
  ind_of.resize(ind_begin.back());
  {
    std::vector<std::uint32_t> next(ind_begin.begin(), ind_begin.end() - 1);
    for (std::size_t i = 0; i < indicators.size(); ++i)
      if (node_of[i] >= 0) ind_of[next[static_cast<std::size_t>(node_of[i])]++] = static_cast<std::uint32_t>(i);
  }

  NodeScores out;
  out.slot.assign(nodes, -1);
  out.stride = cells;
  const auto sources = model.edge_sources();
  std::int32_t slots = 0;
  for (const NodeIndex v : model.topological_order()) {
    bool scored = ind_begin[v + 1] > ind_begin[v];
    for (const EdgeIndex e : model.in_edges(v))
      scored = scored || (out.slot[sources[e]] >= 0 && counts(spec.edge_weight[e], spec.negative));
    if (scored) out.slot[v] = slots++;
  }
  out.value.assign(static_cast<std::size_t>(slots) * cells, nan);
  out.coverage.assign(static_cast<std::size_t>(slots) * cells, 0.0);
  out.imputed.assign(static_cast<std::size_t>(slots) * cells, 0);

  std::vector<Input> inputs;
  std::vector<double> columns;             // inputs x cells
  std::vector<std::uint8_t> column_imputed;
  std::vector<double> x, w;
  for (const NodeIndex v : model.topological_order()) {
    if (out.slot[v] < 0) continue;
    inputs.clear();
    for (std::uint32_t k = ind_begin[v]; k < ind_begin[v + 1]; ++k) {
      const double wi = spec.indicator_weight[ind_of[k]];
      inputs.push_back({false, ind_of[k], std::abs(wi), wi < 0.0});
    }
    for (const EdgeIndex e : model.in_edges(v)) {
      const double we = spec.edge_weight[e];
      if (out.slot[sources[e]] >= 0 && counts(we, spec.negative)) inputs.push_back({true, sources[e], std::abs(we), we < 0.0});
    }
    double total = 0.0;
    for (const Input& in : inputs) total += in.weight;

    columns.assign(inputs.size() * cells, nan);
    column_imputed.assign(inputs.size() * cells, 0);
    for (std::size_t j = 0; j < inputs.size(); ++j) {
      const Input& in = inputs[j];
      double* col = columns.data() + j * cells;
      std::uint8_t* imp = column_imputed.data() + j * cells;
      if (in.is_node) {
        const std::size_t base = static_cast<std::size_t>(out.slot[in.index]) * cells;
        for (std::size_t a = 0; a < cells; ++a) {
          col[a] = out.value[base + a];
          imp[a] = out.imputed[base + a];
        }
      } else {
        for (std::uint32_t r = data.begin[in.index]; r < data.begin[in.index + 1]; ++r) {
          const std::size_t cell = data.cell[r];
          const std::int32_t k = active_slot[cell % axes.period_count];
          if (k < 0) continue;
          const std::size_t a = (cell / axes.period_count) * k_count + static_cast<std::size_t>(k);
          col[a] = data.normalised[r];
          imp[a] = (data.flags[r] & value_imputed) ? 1 : 0;
        }
      }
      if (in.invert)
        for (std::size_t a = 0; a < cells; ++a) col[a] = 100.0 - col[a];
    }

    const std::size_t base = static_cast<std::size_t>(out.slot[v]) * cells;
    const NodeMethod& method = spec.method[v];
    x.resize(inputs.size());
    w.resize(inputs.size());
    for (std::size_t a = 0; a < cells; ++a) {
      double present = 0.0;
      std::uint8_t imputed = 0;
      for (std::size_t j = 0; j < inputs.size(); ++j) {
        x[j] = columns[j * cells + a];
        w[j] = inputs[j].weight;
        if (std::isnan(x[j])) continue;
        present += w[j];
        imputed = static_cast<std::uint8_t>(imputed | column_imputed[j * cells + a]);
      }
      if (present == 0.0) continue;
      const double coverage = total > 0.0 ? present / total : 0.0;
      out.coverage[base + a] = coverage;
      out.imputed[base + a] = imputed;
      if (coverage + 1e-12 < spec.min_coverage) continue;
      out.value[base + a] = combine(method.method, x, w, method.p);
      if (findings && std::isnan(out.value[base + a])) {
        const std::string id(model.node(v).id());
        findings->add(codes::undefined_mean, Severity::warning,
                      fmt::format("node \"{}\": the {} mean of its inputs is undefined where an input is negative; "
                                  "those scores are missing",
                                  id, to_string(method.method)),
                      {id});
      }
    }
  }
  return out;
}

}  // namespace impactgraph::aggregate_detail
