// aggregate(): options checked, the grid's axes built, every indicator normalised, node
// scores composed, and the rows the caller selected written out with the text assessments.
#include <algorithm>
#include <cmath>
#include <tuple>

#include <fmt/format.h>

#include "aggregate/pipeline.hpp"

namespace impactgraph::aggregate_detail {

namespace {

[[noreturn]] void bad_option(std::string_view field, std::string message, std::vector<std::string> ids = {}) {
  Diagnostic d;
  d.code = std::string(codes::bad_value);
  d.severity = Severity::error;
  d.message = std::move(message);
  d.ids = std::move(ids);
  d.location.field = std::string(field);
  throw Error(std::move(d));
}

void check_spec(const Model& model, const NormalisationSpec& s, std::string_view field) {
  if (s.method == Normalisation::minmax && !(s.upper > s.lower))
    bad_option(field, fmt::format("minmax needs lower < upper, not [{}, {}]", s.lower, s.upper));
  if (s.method == Normalisation::zscore && !(s.sd > 0.0)) bad_option(field, "zscore needs a positive sd");
  if (s.goalposts && !((*s.goalposts)[1] > (*s.goalposts)[0]))
    bad_option(field, fmt::format("goalposts need low < high, not [{}, {}]", (*s.goalposts)[0], (*s.goalposts)[1]));
  if (s.method == Normalisation::dist_to_ref && !model.find_geography(s.reference_geo))
    bad_option(field, fmt::format("dist_to_ref needs a reference geography; \"{}\" is none", s.reference_geo),
               {s.reference_geo});
  if (!s.base_period.empty() && !Period::parse(s.base_period))
    bad_option(field, fmt::format("\"{}\" is not a period (2019, 2019Q3 or 2019-05)", s.base_period));
  if (!std::isfinite(s.scale) || !std::isfinite(s.lower) || !std::isfinite(s.upper) || !std::isfinite(s.mean))
    bad_option(field, "normalisation parameters must be finite");
}

}  // namespace

void check_options(const Model& model, const AggregateOptions& o) {
  check_spec(model, o.normalisation, "normalisation");
  for (const auto& [id, spec] : o.indicator_normalisation) {
    if (!model.find_indicator(id)) bad_option("indicator_normalisation", fmt::format("no indicator \"{}\"", id), {id});
    check_spec(model, spec, "indicator_normalisation");
  }
  for (const auto& [id, m] : o.node_methods) {
    if (!model.find_node(id)) bad_option("node_methods", fmt::format("no node \"{}\"", id), {id});
    if (!std::isfinite(m.p)) bad_option("node_methods", "the generalised mean's p must be finite", {id});
  }
  if (!std::isfinite(o.method.p)) bad_option("method", "the generalised mean's p must be finite");
  if (!(o.min_coverage >= 0.0 && o.min_coverage <= 1.0))
    bad_option("min_coverage", fmt::format("min_coverage must be within [0, 1], not {}", o.min_coverage));
  if (!(o.geo_min_coverage >= 0.0 && o.geo_min_coverage <= 1.0))
    bad_option("geo_min_coverage", fmt::format("geo_min_coverage must be within [0, 1], not {}", o.geo_min_coverage));
  if (o.window < 1) bad_option("window", fmt::format("window must be at least 1, not {}", o.window));
  if (o.outliers.winmax < 0) bad_option("outliers", "winmax must not be negative");
  if (o.breakdown.empty()) bad_option("breakdown", "breakdown must not be empty");
  if (o.imputation.max_gap < 0) bad_option("imputation", "max_gap must not be negative");
  for (const std::string& g : o.geos)
    if (!model.find_geography(g)) bad_option("geos", fmt::format("no geography \"{}\"", g), {g});
  for (const std::string& p : o.periods)
    if (!Period::parse(p)) bad_option("periods", fmt::format("\"{}\" is not a period (2019, 2019Q3 or 2019-05)", p));
}

namespace {

std::vector<bool> selected_geos(const Model& model, const Axes& axes, const AggregateOptions& o) {
  std::vector<bool> keep(axes.geo_count, o.geos.empty());
  for (const std::string& g : o.geos) keep[*model.find_geography(g)] = true;
  return keep;
}

std::vector<bool> selected_periods(const Axes& axes, const AggregateOptions& o) {
  std::vector<bool> keep(axes.period_count, o.periods.empty());
  for (const std::string& text : o.periods) {
    const auto mapped = to_grain(*Period::parse(text), axes.grain);
    const auto p = mapped ? axes.period_index(*mapped) : std::nullopt;
    if (!p)
      bad_option("periods", fmt::format("period \"{}\" has no observations{}", text,
                                        axes.grain == PeriodGrain::as_observed
                                            ? std::string()
                                            : fmt::format(" on the {} grain", to_string(axes.grain))));
    keep[*p] = true;
  }
  return keep;
}

std::vector<Assessment> assessments(const Model& model, const ObservationGroups& groups, const Axes& axes,
                                    const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected) {
  std::vector<Assessment> out;
  const ObservationTable obs = model.observations();
  const auto indicators = model.indicators();
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    if (indicators[i].measure != Measure::text) continue;
    for (const std::uint32_t k : groups.indicator(i)) {
      if (obs.text(k).empty() && obs.status(k).empty()) continue;
      if (!geo_selected[obs.geo(k)]) continue;
      const auto mapped = to_grain(obs.period(k), axes.grain);
      const auto p = mapped ? axes.period_index(*mapped) : std::nullopt;
      if (!p || !period_selected[*p]) continue;
      out.push_back(Assessment{i, obs.geo(k), obs.period(k), std::string(obs.breakdown(k)), std::string(obs.text(k)),
                               std::string(obs.status(k))});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Assessment& a, const Assessment& b) {
    return std::tie(a.indicator, a.geo, a.period, a.breakdown) < std::tie(b.indicator, b.geo, b.period, b.breakdown);
  });
  return out;
}

}  // namespace

}  // namespace impactgraph::aggregate_detail

namespace impactgraph {

AggregateResult aggregate(const Model& model, const AggregateOptions& options) {
  using namespace aggregate_detail;
  check_options(model, options);
  const ObservationGroups groups(model, options.breakdown, options.threads);
  Findings findings;
  const Axes axes = make_axes(model, groups.periods(), options.grain, findings);
  const std::vector<bool> geos = selected_geos(model, axes, options);
  const std::vector<bool> periods = selected_periods(axes, options);

  Context context(model, groups, options, axes, findings);
  IndicatorData data = compute_indicators(context, options, options.threads);
  context.weight_cache.clear();

  const CompositeSpec spec = composite_spec(model, options, &findings);
  std::vector<std::uint32_t> all(axes.period_count);
  for (std::uint32_t p = 0; p < all.size(); ++p) all[p] = p;
  NodeScores scores = compute_scores(model, axes, data, spec, all, &findings, options.threads);

  AggregateResult result;
  ResultWriter::values(result.values, axes, std::move(data), geos, periods);
  ResultWriter::scores(result.scores, model, axes, std::move(scores), geos, periods);
  result.assessments = assessments(model, groups, axes, geos, periods);
  result.periods = axes.periods;
  result.diagnostics = findings.take();
  return result;
}

}  // namespace impactgraph
