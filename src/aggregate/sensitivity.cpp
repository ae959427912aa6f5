// sensitivity(): COINr's get_sensitivity on the composite of one node in one period.
// Each varied input (the weights, the normalisation method, the composite method) is one
// column of a Monte Carlo design in [0, 1): a uniform u picks alternative floor(u * n) of
// that input, weights from a set of perturbed weight sets. Each run recomputes the
// target's scores for every unit (geography) and ranks them; the output analysed for
// Sobol indices is the mean absolute rank change against the nominal ranks.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "aggregate/pipeline.hpp"
#include "aggregate/random.hpp"
#include "impactgraph/sensitivity.hpp"

namespace impactgraph {

namespace {

using namespace aggregate_detail;

[[noreturn]] void bad(std::string_view field, std::string message) {
  Diagnostic d;
  d.code = std::string(codes::bad_value);
  d.message = std::move(message);
  d.location.field = std::string(field);
  throw Error(std::move(d));
}

std::size_t pick(double u, std::size_t n) noexcept { return std::min(static_cast<std::size_t>(u * static_cast<double>(n)), n - 1); }

// Ranks, 1 = highest; ties share the lowest rank; NaN stays unranked. O(n log n).
std::vector<double> ranks(const std::vector<double>& scores) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < scores.size(); ++i)
    if (!std::isnan(scores[i])) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<double> r(scores.size(), nan);
  for (std::size_t k = 0; k < order.size(); ++k)
    r[order[k]] = k > 0 && scores[order[k]] == scores[order[k - 1]] ? r[order[k - 1]] : static_cast<double>(k + 1);
  return r;
}

// Weight set `k`: every weight perturbed, reproducibly from (seed, k).
void perturb(const Model& model, const SensitivityOptions& so, std::uint64_t k, const CompositeSpec& nominal,
             CompositeSpec& out) {
  Random random(so.seed, k + 1);
  out.edge_weight = nominal.edge_weight;
  out.indicator_weight = nominal.indicator_weight;
  if (so.weights == WeightSampling::uniform) {
    for (double& w : out.edge_weight) w *= 1.0 + so.weight_noise * (2.0 * random.uniform() - 1.0);
    for (double& w : out.indicator_weight) w *= 1.0 + so.weight_noise * (2.0 * random.uniform() - 1.0);
    return;
  }
  // Dirichlet per node over its inputs' weight magnitudes: mean the nominal shares.
  const auto indicators = model.indicators();
  std::vector<std::vector<std::size_t>> by_node(model.node_count());
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (const auto v = model.find_node(indicators[i].node)) by_node[*v].push_back(i);
  for (NodeIndex v = 0; v < model.node_count(); ++v) {
    std::vector<double*> weights;
    for (const std::size_t i : by_node[v])
      if (out.indicator_weight[i] != 0.0) weights.push_back(&out.indicator_weight[i]);
    for (const EdgeIndex e : model.in_edges(v))
      if (out.edge_weight[e] != 0.0) weights.push_back(&out.edge_weight[e]);
    if (weights.size() < 2) continue;
    double total = 0.0;
    for (const double* w : weights) total += std::abs(*w);
    std::vector<double> g(weights.size());
    double sum = 0.0;
    for (std::size_t j = 0; j < weights.size(); ++j) sum += g[j] = random.gamma(so.dirichlet_concentration * std::abs(*weights[j]) / total);
    if (!(sum > 0.0)) continue;
    for (std::size_t j = 0; j < weights.size(); ++j) *weights[j] = std::copysign(total * g[j] / sum, *weights[j]);
  }
}

}  // namespace

SensitivityResult sensitivity(const Model& model, const AggregateOptions& options, const SensitivityOptions& so) {
  check_options(model, options);
  if (so.samples < 2) bad("samples", "the sample size N must be at least 2");
  if (so.weights == WeightSampling::uniform && !(so.weight_noise >= 0.0 && so.weight_noise < 1.0))
    bad("weight_noise", fmt::format("weight_noise must be within [0, 1), not {}", so.weight_noise));
  if (so.weights == WeightSampling::dirichlet && !(so.dirichlet_concentration > 0.0))
    bad("dirichlet_concentration", "dirichlet_concentration must be positive");

  const ObservationGroups groups(model, options.breakdown);
  Findings findings;
  const Axes axes = make_axes(model, groups.periods(), options.grain, findings);
  Context context(model, groups, options, axes, findings);
  std::vector<std::optional<IndicatorData>> data(so.normalisations.size() + 1);
  data[0] = compute_indicators(context, options);
  const CompositeSpec nominal = composite_spec(model, options, &findings);
  std::vector<std::uint32_t> all(axes.period_count);
  for (std::uint32_t p = 0; p < all.size(); ++p) all[p] = p;
  const NodeScores full = compute_scores(model, axes, *data[0], nominal, all, &findings);

  SensitivityResult result;
  // The target node.
  std::optional<NodeIndex> target;
  if (!so.target_node.empty()) {
    target = model.find_node(so.target_node);
    if (!target) bad("target_node", fmt::format("no node \"{}\"", so.target_node));
    if (full.slot[*target] < 0) bad("target_node", fmt::format("node \"{}\" has no score: no indicator reaches it", so.target_node));
  } else {
    for (NodeIndex v = 0; v < model.node_count(); ++v)
      if (full.slot[v] >= 0 && (!target || model.node(v).level_index() > model.node(*target).level_index())) target = v;
    if (!target) bad("target_node", "no node has a score");
  }
  result.target = *target;
  std::vector<bool> unit(axes.geo_count, options.geos.empty());
  for (const std::string& g : options.geos) unit[*model.find_geography(g)] = true;
  const auto score_at = [&](std::size_t g, std::size_t p) {
    return full.value[static_cast<std::size_t>(full.slot[*target]) * full.stride + axes.cell(g, p)];
  };
  const auto scored_units = [&](std::size_t p) {
    std::size_t n = 0;
    for (std::size_t g = 0; g < axes.geo_count; ++g) n += unit[g] && !std::isnan(score_at(g, p));
    return n;
  };
  // The period.
  std::optional<std::uint32_t> period;
  if (!so.period.empty()) {
    const auto parsed = Period::parse(so.period);
    const auto mapped = parsed ? to_grain(*parsed, axes.grain) : std::nullopt;
    period = mapped ? axes.period_index(*mapped) : std::nullopt;
    if (!period) bad("period", fmt::format("period \"{}\" has no observations", so.period));
  } else {
    for (std::uint32_t p = static_cast<std::uint32_t>(axes.period_count); p-- > 0;)
      if (scored_units(p) >= 2) {
        period = p;
        break;
      }
    if (!period) bad("period", "no period has scores of the target for two or more geographies");
  }
  result.period = axes.periods[*period];
  if (scored_units(*period) < 2) bad("period", "fewer than two geographies have a score of the target in that period");

  std::vector<std::size_t> units;
  std::vector<double> nominal_scores;
  for (std::size_t g = 0; g < axes.geo_count; ++g)
    if (unit[g] && !std::isnan(score_at(g, *period))) {
      units.push_back(g);
      nominal_scores.push_back(score_at(g, *period));
    }
  const std::vector<double> nominal_ranks = ranks(nominal_scores);

  // The design.
  const bool vary_weights = so.weights != WeightSampling::none;
  if (vary_weights) result.inputs.push_back("weights");
  if (!so.normalisations.empty()) result.inputs.push_back("normalisation");
  if (!so.methods.empty()) result.inputs.push_back("aggregation");
  const std::size_t d = result.inputs.size();
  if (d == 0) bad("inputs", "nothing to vary: give weight sampling, normalisations or methods");
  const std::size_t n = so.samples;
  std::vector<double> design;
  std::size_t runs = n;
  if (so.sobol) {
    design = saltelli_sample(n, d, so.seed);
    runs = n * (d + 2);
  } else {
    Random random(so.seed);
    design.resize(n * d);
    for (double& u : design) u = random.uniform();
  }
  result.runs = runs;

  const std::uint32_t active[1] = {*period};
  std::vector<std::vector<double>> run_ranks(runs);
  std::vector<double> y(runs);
  CompositeSpec spec = nominal;
  for (std::size_t r = 0; r < runs; ++r) {
    std::size_t column = 0;
    if (vary_weights) perturb(model, so, pick(design[r * d + column++], n), nominal, spec);
    std::size_t alternative = 0;
    if (!so.normalisations.empty()) {
      alternative = 1 + pick(design[r * d + column++], so.normalisations.size());
      if (!data[alternative]) {
        AggregateOptions alt = options;
        alt.normalisation.method = so.normalisations[alternative - 1];
        Findings quiet;  // the alternatives' notes would repeat the nominal ones
        Context c(model, groups, options, axes, quiet);
        data[alternative] = compute_indicators(c, alt);
      }
    }
    if (!so.methods.empty()) {
      const CompositeMethod m = so.methods[pick(design[r * d + column++], so.methods.size())];
      for (NodeMethod& nm : spec.method) nm = NodeMethod{m, options.method.p};
    }
    const NodeScores s = compute_scores(model, axes, *data[alternative], spec, active);
    std::vector<double> scores(units.size(), nan);
    if (s.slot[*target] >= 0)
      for (std::size_t k = 0; k < units.size(); ++k)
        scores[k] = s.value[static_cast<std::size_t>(s.slot[*target]) * s.stride + units[k]];
    run_ranks[r] = ranks(scores);
    double change = 0.0;
    std::size_t counted = 0;
    for (std::size_t k = 0; k < units.size(); ++k)
      if (!std::isnan(run_ranks[r][k])) {
        change += std::abs(run_ranks[r][k] - nominal_ranks[k]);
        ++counted;
      }
    y[r] = counted ? change / static_cast<double>(counted) : nan;
  }

  // Rank statistics over the random runs (A and B of a Sobol design, as COINr).
  const std::size_t stat_runs = so.sobol ? 2 * n : n;
  std::vector<double> column(stat_runs);
  for (std::size_t k = 0; k < units.size(); ++k) {
    double sum = 0.0;
    std::size_t counted = 0;
    for (std::size_t r = 0; r < stat_runs; ++r) {
      column[r] = run_ranks[r][k];
      if (!std::isnan(column[r])) sum += column[r], ++counted;
    }
    result.units.push_back(UnitRanks{static_cast<std::uint32_t>(units[k]), nominal_scores[k], nominal_ranks[k],
                                     counted ? sum / static_cast<double>(counted) : nan, quantile(column, 0.5),
                                     quantile(column, 0.05), quantile(column, 0.95)});
  }
  if (so.sobol) {
    for (double& v : y)
      if (std::isnan(v)) v = 0.0;  // a run where no unit was ranked changes nothing measurable
    const SobolEstimate e = sobol_estimate(y, n, d);
    result.output_variance = e.variance;
    for (std::size_t i = 0; i < d; ++i) result.sobol.push_back(SobolIndex{result.inputs[i], e.first_order[i], e.total[i]});
  } else {
    result.output_variance = 0.0;
  }
  result.diagnostics = findings.take();
  return result;
}

}  // namespace impactgraph
