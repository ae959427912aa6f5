// Roll-up: the share of indicators on track (and their mean shortfall) per node, carried up
// the graph to the vision as a weighted mean over a node's own indicators and what
// contributes to it. docs/gaps.md, "Roll-up".
#include <vector>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

bool on(ProgressClass p) { return p == ProgressClass::target_achieved || p == ProgressClass::on_track; }

struct IndicatorStatus {
  std::size_t evaluated = 0;
  double on_track = 0.0;      // sum of 0/1 over the headline evaluations
  double shortfall = 0.0;     // sum of shortfalls
  std::size_t with_shortfall = 0;
};

}  // namespace

void rollup_table(Context& c) {
  const Model& m = c.model;
  const auto indicators = m.indicators();
  std::vector<IndicatorStatus> status(indicators.size());
  for (const Evaluation& e : c.report.evaluations) {
    if (!e.headline || e.progress == ProgressClass::not_available) continue;
    IndicatorStatus& s = status[e.indicator];
    ++s.evaluated;
    s.on_track += on(e.progress) ? 1.0 : 0.0;
    if (e.shortfall) {
      s.shortfall += *e.shortfall;
      ++s.with_shortfall;
    }
  }

  // Own part per node: sums of weight * value and of weights.
  const std::size_t n = m.node_count();
  std::vector<NodeRollup> rows(n);
  std::vector<double> share_sum(n, 0.0), share_w(n, 0.0), short_sum(n, 0.0), short_w(n, 0.0);
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    const IndicatorSpec& ind = indicators[i];
    const auto v = m.find_node(ind.node);
    const IndicatorStatus& s = status[i];
    if (!v || s.evaluated == 0 || !(ind.weight > 0.0)) continue;
    const double y = s.on_track / static_cast<double>(s.evaluated);
    ++rows[*v].evaluated;
    rows[*v].on_track += static_cast<std::size_t>(s.on_track == static_cast<double>(s.evaluated));
    share_sum[*v] += ind.weight * y;
    share_w[*v] += ind.weight;
    if (s.with_shortfall > 0) {
      short_sum[*v] += ind.weight * s.shortfall / static_cast<double>(s.with_shortfall);
      short_w[*v] += ind.weight;
    }
  }
  for (NodeIndex v = 0; v < n; ++v) {
    rows[v].node = v;
    if (share_w[v] > 0.0) rows[v].own_share = share_sum[v] / share_w[v];
  }
  // Up the graph: a node's contributors come before it in topological order.
  const auto sources = m.edge_sources();
  const auto weights = m.edge_weights();
  for (NodeIndex v : m.topological_order()) {
    double ss = share_sum[v], sw = share_w[v], fs = short_sum[v], fw = short_w[v];
    for (EdgeIndex e : m.in_edges(v)) {
      const double w = weights[e];
      if (!(w > 0.0)) continue;  // trade-offs do not carry progress up
      const NodeRollup& u = rows[sources[e]];
      if (u.share) ss += w * *u.share, sw += w;
      if (u.shortfall) fs += w * *u.shortfall, fw += w;
    }
    if (sw > 0.0) rows[v].share = ss / sw;
    if (fw > 0.0) rows[v].shortfall = fs / fw;
  }
  c.report.rollup = std::move(rows);
}

void rollup_gaps(Context& c) {
  const Model& m = c.model;
  for (const NodeRollup& r : c.report.rollup) {
    const NodeRef node = m.node(r.node);
    if (node.level_index() < c.goal_level || !r.share) continue;
    std::vector<Figure> f{number_figure("share", *r.share), number_figure("evaluated", static_cast<double>(r.evaluated))};
    if (r.own_share) f.push_back(number_figure("own_share", *r.own_share));
    if (r.shortfall) f.push_back(number_figure("shortfall", *r.shortfall));
    c.add(gap_codes::on_track_share, {std::string(node.id())}, std::move(f),
          {c.node_arg("node", r.node), c.level_arg("level", node.level_index()), percent_arg("share", *r.share, 0)});
  }
}

}  // namespace impactgraph::gaps
