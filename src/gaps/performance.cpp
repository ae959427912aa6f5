// Performance gaps: every target of every indicator evaluated in every geography with data;
// the headline geographies' targets that are off track (or cannot be evaluated) become
// gaps. docs/gaps.md, "Performance".
#include <algorithm>
#include <cmath>

#include "gaps/evaluate.hpp"

namespace impactgraph::gaps {

namespace {

bool off(ProgressClass p) {
  return p == ProgressClass::moderate || p == ProgressClass::limited || p == ProgressClass::deteriorating;
}

// Methodology 2 (a dated target value): the evaluation's value is a ratio of growth rates.
bool dated(const Evaluation& e) { return e.target_period.has_value() && e.kind != TargetKind::peers; }

Args detail_args(const Context& c, const Assessed& a) {
  const Evaluation& e = a.e;
  const Target& t = c.model.indicators()[e.indicator].targets[e.target];
  Args args = a.args;  // kind-specific ones first: the first argument of a name wins
  if (e.current_value) args.push_back(c.value_arg("current", e.indicator, *e.current_value));
  if (e.current_period) args.push_back(text_arg("current_period", e.current_period->str()));
  if (e.base_value) args.push_back(c.value_arg("base", e.indicator, *e.base_value));
  if (e.base_period) args.push_back(text_arg("base_period", e.base_period->str()));
  if (e.target_value) args.push_back(c.value_arg("target", e.indicator, *e.target_value));
  if (e.target_period) args.push_back(text_arg("target_period", e.target_period->str()));
  if (e.line_value) args.push_back(c.value_arg("line", e.indicator, *e.line_value));
  if (e.value) args.push_back(dated(e) ? percent_arg("ratio", *e.value, 0) : percent_arg("growth", *e.value));
  if (t.kind == TargetKind::change && t.value) {
    Arg change = percent_arg("change", *t.value, 0);
    if (*t.value > 0) {
      change.en = "+" + change.en;
      change.sv = "+" + change.sv;
    }
    args.push_back(change);
  }
  if (!t.op.empty()) args.push_back(word_arg("op", "op:" + t.op));
  if (a.direction != 0) args.push_back(word_arg("direction", a.direction > 0 ? "increase" : "decrease"));
  if (e.projected_year) args.push_back(number_arg("year", std::ceil(*e.projected_year - 1e-9), 0));
  return args;
}

// The detail of an off-track message in both languages.
Arg detail_text(const Assessed& a, const Args& args) {
  std::vector<std::string> keys{a.detail};
  const Evaluation& e = a.e;
  if (e.kind == TargetKind::disparity) keys.push_back(dated(e) ? "disparity-target" : "disparity-shrink");
  if (e.target_value && e.kind != TargetKind::peers && (e.kind != TargetKind::disparity || dated(e)) &&
      e.progress != ProgressClass::deteriorating)
    keys.push_back(e.projected_year ? "projection" : "no-projection");
  if (std::find_if(args.begin(), args.end(), [](const Arg& x) { return x.name == "evaluated"; }) != args.end())
    keys.push_back("municipalities");
  Arg out{"detail", {}, {}};
  for (const std::string& k : keys) {
    out.en += render(detail_template(k, Language::en), args, Language::en);
    out.sv += render(detail_template(k, Language::sv), args, Language::sv);
  }
  return out;
}

std::vector<Figure> evaluation_figures(const Assessed& a) {
  const Evaluation& e = a.e;
  std::vector<Figure> f{text_figure("class", std::string(to_string(e.progress))),
                        text_figure("kind", std::string(to_string(e.kind)))};
  if (e.value) f.push_back(number_figure("value", *e.value));
  if (e.shortfall) f.push_back(number_figure("shortfall", *e.shortfall));
  if (e.base_period) f.push_back(text_figure("base_period", e.base_period->str()));
  if (e.base_value) f.push_back(number_figure("base_value", *e.base_value));
  if (e.current_period) f.push_back(text_figure("current_period", e.current_period->str()));
  if (e.current_value) f.push_back(number_figure("current_value", *e.current_value));
  if (e.target_value) f.push_back(number_figure("target_value", *e.target_value));
  if (e.target_period) f.push_back(text_figure("target_period", e.target_period->str()));
  if (e.line_value) f.push_back(number_figure("line_value", *e.line_value));
  if (e.line_value && e.current_value) f.push_back(number_figure("deviation", *e.current_value - *e.line_value));
  if (e.projected_year) f.push_back(number_figure("projected_year", *e.projected_year));
  for (const Figure& x : a.figures)
    if (std::none_of(f.begin(), f.end(), [&](const Figure& y) { return y.name == x.name; })) f.push_back(x);
  return f;
}

void emit(Context& c, const Assessed& a, const std::vector<Assessed>& same_target) {
  const Evaluation& e = a.e;
  const IndicatorSpec& ind = c.model.indicators()[e.indicator];
  const std::string& geo_id = c.geo_ids[e.geo];
  if (e.progress == ProgressClass::not_available) {
    Args args{word_arg("kind", to_string(e.kind)), c.indicator_arg("indicator", e.indicator), c.geo_arg("geo", e.geo)};
    args.push_back(Arg{"reason", std::string(detail_template(a.detail, Language::en)),
                       std::string(detail_template(a.detail, Language::sv))});
    c.add(gap_codes::not_evaluable, {ind.id, geo_id},
          {text_figure("kind", std::string(to_string(e.kind))), text_figure("reason", a.detail)}, args);
    return;
  }
  if (!off(e.progress)) return;
  Args args = detail_args(c, a);
  std::vector<Figure> figures = evaluation_figures(a);
  if (c.region && *c.region == e.geo && !c.children[e.geo].empty()) {
    std::size_t evaluated = 0, off_track = 0;
    for (const Assessed& x : same_target)
      if (std::find(c.children[e.geo].begin(), c.children[e.geo].end(), x.e.geo) != c.children[e.geo].end() &&
          x.e.progress != ProgressClass::not_available) {
        ++evaluated;
        off_track += off(x.e.progress);
      }
    if (evaluated > 0) {
      args.push_back(number_arg("evaluated", static_cast<double>(evaluated)));
      args.push_back(number_arg("off", static_cast<double>(off_track)));
      figures.push_back(number_figure("municipalities_evaluated", static_cast<double>(evaluated)));
      figures.push_back(number_figure("municipalities_off_track", static_cast<double>(off_track)));
    }
  }
  const Arg detail = detail_text(a, args);
  c.add(gap_codes::off_track, {ind.id, geo_id, ind.node}, std::move(figures),
        {c.indicator_arg("indicator", e.indicator), c.geo_arg("geo", e.geo), word_arg("class", to_string(e.progress)),
         detail});
}

}  // namespace

void performance_gaps(Context& c) {
  const auto indicators = c.model.indicators();
  std::vector<Evaluation> evaluations;
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    const IndicatorSpec& ind = indicators[i];
    if (ind.measure == Measure::text) continue;
    for (std::uint32_t k = 0; k < ind.targets.size(); ++k) {
      const Target& t = ind.targets[k];
      std::vector<std::uint32_t> geos = t.kind == TargetKind::peers ? peer_subjects(c, i, t) : c.series.geos(i);
      // A region without data of its own while others have some: say so.
      if (c.region && !geos.empty() && t.kind != TargetKind::peers &&
          std::find(geos.begin(), geos.end(), *c.region) == geos.end())
        geos.insert(std::upper_bound(geos.begin(), geos.end(), *c.region), *c.region);
      std::vector<Assessed> same_target;
      for (std::uint32_t g : geos) same_target.push_back(evaluate_target(c, i, k, g));
      // A helper indicator of weight 0 (a population used as a weight) is evaluated, not reported.
      if (ind.weight > 0.0)
        for (const Assessed& a : same_target)
          if (a.e.headline) emit(c, a, same_target);
      for (Assessed& a : same_target) evaluations.push_back(std::move(a.e));
    }
  }
  std::stable_sort(evaluations.begin(), evaluations.end(), [](const Evaluation& a, const Evaluation& b) {
    if (a.indicator != b.indicator) return a.indicator < b.indicator;
    if (a.geo != b.geo) return a.geo < b.geo;
    return a.target < b.target;
  });
  c.report.evaluations = std::move(evaluations);
}

}  // namespace impactgraph::gaps
