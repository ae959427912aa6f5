// Node scores, bottom-up through the graph (edges u -> v: u contributes to v): a node's
// inputs are its own normalised indicators (weight: the indicator's) and the scores of the
// nodes with an edge into it (weight: the edge's), combined per geography and period with
// the weights renormalised over the inputs present (COINr's Aggregate; OECD/JRC Handbook
// 2008, section 6). Formulas: docs/aggregation.md.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "aggregate/parallel.hpp"
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

namespace {

/// Everything the workers share: the scored nodes' inputs, fixed before they start.
struct Plan {
  const Axes& axes;
  const IndicatorData& data;
  const CompositeSpec& spec;
  std::vector<std::int32_t> active_slot;  // per axis period: its position among the active, or -1
  std::size_t k_count = 0;                // active periods
  bool all_active = false;                // active is 0, 1, ..., period_count - 1
  std::vector<NodeIndex> order;           // scored nodes, topological
  std::vector<std::uint32_t> input_begin; // per scored node (+1), into inputs
  std::vector<Input> inputs;
  std::vector<double> total;              // per scored node: the sum of its input weights
};

/// One worker: geographies [g0, g1), i.e. cells [g0 * k_count, g1 * k_count) of every node.
class ScoreWorker {
 public:
  ScoreWorker(const Plan& plan, NodeScores& out, std::size_t g0, std::size_t g1)
      : p_(plan), out_(out), g0_(g0), g1_(g1), a0_(g0 * plan.k_count), length_((g1 - g0) * plan.k_count) {}

  /// Per scored node (in plan order): 1 when a score came out undefined.
  std::vector<std::uint8_t> undefined;

  void run() {
    undefined.assign(p_.order.size(), 0);
    for (std::size_t n = 0; n < p_.order.size(); ++n) {
      const NodeIndex v = p_.order[n];
      const std::span<const Input> in(p_.inputs.data() + p_.input_begin[n], p_.input_begin[n + 1] - p_.input_begin[n]);
      const NodeMethod& method = p_.spec.method[v];
      const std::size_t base = static_cast<std::size_t>(out_.slot[v]) * out_.stride + a0_;
      if (method.method == CompositeMethod::arithmetic)
        arithmetic(in, p_.total[n], base, undefined[n]);
      else
        general(in, method, p_.total[n], base, undefined[n]);
    }
  }

 private:
  // Calls f(a, x, imputed) for every cell a of the range (relative to a0_) where input `in`
  // has a value x (inverted when asked).
  template <class F>
  void each_value(const Input& in, F&& f) const {
    if (in.is_node) {
      const std::size_t src = static_cast<std::size_t>(out_.slot[in.index]) * out_.stride + a0_;
      const double* x = out_.value.data() + src;
      const std::uint8_t* imp = out_.imputed.data() + src;
      for (std::size_t a = 0; a < length_; ++a) {
        const double v = in.invert ? 100.0 - x[a] : x[a];
        if (!std::isnan(v)) f(a, v, imp[a]);
      }
      return;
    }
    const std::size_t periods = p_.axes.period_count;
    const auto* cells = p_.data.cell.data();
    const auto* first = cells + p_.data.begin[in.index];
    const auto* last = cells + p_.data.begin[in.index + 1];
    first = std::lower_bound(first, last, static_cast<std::uint32_t>(g0_ * periods));
    last = std::lower_bound(first, last, static_cast<std::uint32_t>(g1_ * periods));
    if (p_.all_active) {
      // Every period active (aggregate()): the range's cell numbers are the grid's, offset;
      // no division per value.
      const std::size_t offset = g0_ * periods;
      for (const auto* c = first; c != last; ++c) {
        const std::size_t r = static_cast<std::size_t>(c - cells);
        const double x = p_.data.normalised[r];
        const double v = in.invert ? 100.0 - x : x;
        if (std::isnan(v)) continue;
        f(*c - offset, v, static_cast<std::uint8_t>((p_.data.flags[r] & value_imputed) ? 1 : 0));
      }
      return;
    }
    for (const auto* c = first; c != last; ++c) {
      const std::size_t r = static_cast<std::size_t>(c - cells);
      const std::int32_t k = p_.active_slot[*c % periods];
      if (k < 0) continue;
      const double x = p_.data.normalised[r];
      const double v = in.invert ? 100.0 - x : x;
      if (std::isnan(v)) continue;
      f((*c / periods - g0_) * p_.k_count + static_cast<std::size_t>(k), v,
        static_cast<std::uint8_t>((p_.data.flags[r] & value_imputed) ? 1 : 0));
    }
  }

  // The weighted arithmetic mean, input by input over the range: the same sums in the same
  // order as combine() forms per cell, so the same bits.
  void arithmetic(std::span<const Input> in, double total, std::size_t base, std::uint8_t& bad) {
    sum_.assign(length_, 0.0);
    weights_.assign(length_, 0.0);
    lo_.assign(length_, std::numeric_limits<double>::infinity());
    hi_.assign(length_, -std::numeric_limits<double>::infinity());
    imputed_.assign(length_, 0);
    for (const Input& input : in) {
      const double w = input.weight;
      each_value(input, [&](std::size_t a, double x, std::uint8_t imp) {
        sum_[a] += w * x;
        weights_[a] += w;
        lo_[a] = std::min(lo_[a], x);
        hi_[a] = std::max(hi_[a], x);
        imputed_[a] |= imp;
      });
    }
    for (std::size_t a = 0; a < length_; ++a) {
      const double present = weights_[a];
      if (present == 0.0) {
        set(base + a, nan, 0.0, 0);
        continue;
      }
      const double coverage = total > 0.0 ? present / total : 0.0;
      if (coverage + 1e-12 < p_.spec.min_coverage) {
        set(base + a, nan, coverage, imputed_[a]);
        continue;
      }
      const double m = sum_[a] / present;
      if (std::isnan(m)) bad = 1;
      set(base + a, std::isnan(m) ? m : std::clamp(m, lo_[a], hi_[a]), coverage, imputed_[a]);
    }
  }

  // Any other method: the inputs' values gathered per cell and combine()d.
  void general(std::span<const Input> in, const NodeMethod& method, double total, std::size_t base,
               std::uint8_t& bad) {
    const std::size_t k = in.size();
    columns_.assign(k * length_, nan);
    column_imputed_.assign(k * length_, 0);
    for (std::size_t j = 0; j < k; ++j)
      each_value(in[j], [&](std::size_t a, double x, std::uint8_t imp) {
        columns_[j * length_ + a] = x;
        column_imputed_[j * length_ + a] = imp;
      });
    x_.resize(k);
    w_.resize(k);
    for (std::size_t a = 0; a < length_; ++a) {
      double present = 0.0;
      std::uint8_t imputed = 0;
      for (std::size_t j = 0; j < k; ++j) {
        x_[j] = columns_[j * length_ + a];
        w_[j] = in[j].weight;
        if (std::isnan(x_[j])) continue;
        present += w_[j];
        imputed = static_cast<std::uint8_t>(imputed | column_imputed_[j * length_ + a]);
      }
      if (present == 0.0) {
        set(base + a, nan, 0.0, 0);
        continue;
      }
      const double coverage = total > 0.0 ? present / total : 0.0;
      if (coverage + 1e-12 < p_.spec.min_coverage) {
        set(base + a, nan, coverage, imputed);
        continue;
      }
      const double v = combine(method.method, x_, w_, method.p);
      if (std::isnan(v)) bad = 1;
      set(base + a, v, coverage, imputed);
    }
  }

  void set(std::size_t at, double value, double coverage, std::uint8_t imputed) {
    out_.value[at] = value;
    out_.coverage[at] = coverage;
    out_.imputed[at] = imputed;
  }

  const Plan& p_;
  NodeScores& out_;
  std::size_t g0_, g1_, a0_, length_;
  std::vector<double> sum_, weights_, lo_, hi_, columns_, x_, w_;
  std::vector<std::uint8_t> imputed_, column_imputed_;
};

}  // namespace

NodeScores compute_scores(const Model& model, const Axes& axes, const IndicatorData& data, const CompositeSpec& spec,
                          std::span<const std::uint32_t> active, Findings* findings, unsigned threads) {
  const std::size_t nodes = model.node_count();
  Plan plan{axes, data, spec, std::vector<std::int32_t>(axes.period_count, -1), active.size(), false, {}, {}, {}, {}};
  const std::size_t cells = axes.geo_count * plan.k_count;
  for (std::size_t k = 0; k < plan.k_count; ++k) plan.active_slot[active[k]] = static_cast<std::int32_t>(k);
  plan.all_active = plan.k_count == axes.period_count;
  for (std::size_t k = 0; k < plan.k_count; ++k) plan.all_active = plan.all_active && active[k] == k;

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

  // Scored nodes (topological order) and their inputs: own indicators first, then
  // incoming edges in order.
  NodeScores out;
  out.slot.assign(nodes, -1);
  out.stride = cells;
  const auto sources = model.edge_sources();
  std::vector<std::uint8_t> scored(nodes, 0);
  plan.input_begin.push_back(0);
  for (const NodeIndex v : model.topological_order()) {
    const std::size_t first = plan.inputs.size();
    for (std::uint32_t k = ind_begin[v]; k < ind_begin[v + 1]; ++k) {
      const double wi = spec.indicator_weight[ind_of[k]];
      plan.inputs.push_back({false, ind_of[k], std::abs(wi), wi < 0.0});
    }
    for (const EdgeIndex e : model.in_edges(v)) {
      const double we = spec.edge_weight[e];
      if (scored[sources[e]] && counts(we, spec.negative)) plan.inputs.push_back({true, sources[e], std::abs(we), we < 0.0});
    }
    if (plan.inputs.size() == first) continue;
    scored[v] = 1;
    plan.order.push_back(v);
    plan.input_begin.push_back(static_cast<std::uint32_t>(plan.inputs.size()));
    double total = 0.0;
    for (std::size_t j = first; j < plan.inputs.size(); ++j) total += plan.inputs[j].weight;
    plan.total.push_back(total);
  }
  std::int32_t slots = 0;  // in node order
  for (std::size_t v = 0; v < nodes; ++v)
    if (scored[v]) out.slot[v] = slots++;
  // Left uninitialised: each worker writes every cell of its geographies, for every node.
  const std::size_t size = static_cast<std::size_t>(slots) * cells;
  out.value.resize(size);
  out.coverage.resize(size);
  out.imputed.resize(size);

  const unsigned workers = worker_count(threads, axes.geo_count);
  std::vector<std::optional<ScoreWorker>> pool(workers);
  for (unsigned t = 0; t < workers; ++t)
    pool[t].emplace(plan, out, axes.geo_count * t / workers, axes.geo_count * (t + 1) / workers);
  run_workers(workers, [&](unsigned t) { pool[t]->run(); });

  if (findings)
    for (std::size_t n = 0; n < plan.order.size(); ++n) {
      bool undefined = false;
      for (const auto& w : pool) undefined = undefined || w->undefined[n];
      if (!undefined) continue;
      const NodeIndex v = plan.order[n];
      const std::string id(model.node(v).id());
      findings->add(codes::undefined_mean, Severity::warning,
                    fmt::format("node \"{}\": the {} mean of its inputs is undefined where an input is negative; "
                                "those scores are missing",
                                id, to_string(spec.method[v].method)),
                    {id});
    }
  return out;
}

}  // namespace impactgraph::aggregate_detail
