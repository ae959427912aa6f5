// impactgraph aggregate MODEL [options] [--json]: node scores per geography and period
// (docs/aggregation.md); with --sensitivity K, each unit's median rank and 5-95 % interval
// and the Sobol indices of the varied inputs.
#include <CLI/CLI.hpp>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "aggregate_output.hpp"
#include "cli.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {

struct AggregateCommand {
  Common common;
  ig::aggregate_options options;
  std::string normalise = "minmax", aggregation = "arithmetic", impute = "none", outliers = "none";
  std::string negative = "exclude", grain = "as_observed";
  std::vector<std::string> node_methods, indicator_normalise;
  bool indicators = false;
  std::size_t sensitivity = 0;
  std::uint64_t seed = 1;
  std::string weights = "uniform";
  double weight_noise = 0.25, concentration = 20.0;
  std::string alt_normalise = "minmax,percentile_rank", alt_aggregation = "arithmetic,geometric";
  std::string target, sensitivity_period;
  bool no_sobol = false;
};

template <class E>
E word(ig_status (*parse)(E*, const char*), const std::string& text, const std::string& option) {
  E value{};
  if (parse(&value, text.c_str()) != IG_OK) throw CLI::ValidationError(option, "unknown value \"" + text + "\"");
  return value;
}

std::pair<std::string, std::string> split_pair(const std::string& item, const std::string& option) {
  const auto eq = item.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
    throw CLI::ValidationError(option, "expected ID=METHOD, not \"" + item + "\"");
  return {item.substr(0, eq), item.substr(eq + 1)};
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

// The words of the command line as the wrapper's options.
void resolve(AggregateCommand& a) {
  auto& o = a.options;
  o.normalisation.method = word(ig_normalisation_parse, a.normalise, "--normalise");
  o.method = word(ig_composite_parse, a.aggregation, "--aggregation");
  o.imputation = word(ig_imputation_parse, a.impute, "--impute");
  o.outliers = word(ig_outliers_parse, a.outliers, "--outliers");
  o.negative_weights = word(ig_negative_weights_parse, a.negative, "--negative-weights");
  o.grain = word(ig_period_grain_parse, a.grain, "--grain");
  for (const std::string& item : a.node_methods) {
    const auto [id, method] = split_pair(item, "--node-method");
    o.node_methods.emplace_back(id, word(ig_composite_parse, method, "--node-method"));
  }
  for (const std::string& item : a.indicator_normalise) {
    const auto [id, method] = split_pair(item, "--indicator-normalise");
    ig::normalisation_spec spec = o.normalisation;
    spec.method = word(ig_normalisation_parse, method, "--indicator-normalise");
    o.indicator_normalisation.emplace_back(id, spec);
  }
}

ig::sensitivity_options sensitivity_of(const AggregateCommand& a) {
  ig::sensitivity_options s;
  s.samples = a.sensitivity;
  s.seed = a.seed;
  s.weights = word(ig_weight_sampling_parse, a.weights, "--weights");
  s.weight_noise = a.weight_noise;
  s.dirichlet_concentration = a.concentration;
  for (const std::string& w : split_list(a.alt_normalise))
    s.normalisations.push_back(word(ig_normalisation_parse, w, "--alt-normalise"));
  for (const std::string& w : split_list(a.alt_aggregation))
    s.methods.push_back(word(ig_composite_parse, w, "--alt-aggregation"));
  s.sobol = !a.no_sobol;
  s.target_node = a.target;
  s.period = a.sensitivity_period;
  return s;
}

int run_aggregate(AggregateCommand& a) {
  try {
    resolve(a);
  } catch (const CLI::ValidationError& e) {
    return usage_error(e.what(), a.common.json);
  }
  ig::sensitivity_options so;
  if (a.sensitivity > 0) {
    try {
      so = sensitivity_of(a);
    } catch (const CLI::ValidationError& e) {
      return usage_error(e.what(), a.common.json);
    }
  }
  const ig::model model = ig::model::load(a.common.model);
  const ig::aggregate_result result = ig::aggregate(model, a.options);
  std::optional<ig::sensitivity_result> sensitivity;
  if (a.sensitivity > 0) sensitivity.emplace(ig::sensitivity(model, a.options, so));

  if (a.common.json) {
    json doc = aggregate_json(result, a.indicators);
    if (sensitivity) doc["sensitivity"] = sensitivity_json(*sensitivity);
    std::cout << doc.dump(2) << '\n';
  } else {
    print_aggregate(result, a.indicators, std::cout, std::cerr);
    if (sensitivity) print_sensitivity(*sensitivity, std::cout);
  }
  return exit_ok;
}

}  // namespace

void add_aggregate(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("aggregate", "Normalise indicators and score every node per geography and period");
  auto a = std::make_shared<AggregateCommand>();
  auto& o = a->options;
  sub->add_option("MODEL", a->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--normalise,--normalize", a->normalise,
                  "minmax (default), goalposts, zscore, dist_to_target, dist_to_max, dist_to_ref, frac_max, rank, "
                  "percentile_rank, index, none");
  sub->add_flag("--across-periods", o.normalisation.across_periods, "Normalise all periods in one pool");
  sub->add_flag("--by-level", o.normalisation.by_level,
                "Normalise each level of the geography hierarchy apart (counties with counties)");
  sub->add_option("--reference-geo", o.normalisation.reference_geo, "dist_to_ref: the reference geography");
  sub->add_option("--base-period", o.normalisation.base_period, "index: the base period (default: each baseline)");
  sub->add_option("--scale", o.normalisation.scale, "Scale of the [0, 1] methods (default 100; 1 = COINr's figures)");
  sub->add_option("--indicator-normalise", a->indicator_normalise, "INDICATOR=METHOD, an exception (repeatable)");
  sub->add_option("--aggregation", a->aggregation,
                  "Composite method: arithmetic (default), geometric, harmonic, generalised, minimum, median");
  sub->add_option("--p", o.p, "Exponent of the generalised mean (default 2)");
  sub->add_option("--node-method", a->node_methods, "NODE=METHOD, a node's own composite method (repeatable)");
  sub->add_option("--min-coverage", o.min_coverage, "Scores below this coverage (0..1) are missing (default 0)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--impute", a->impute, "none (default), carry_forward, interpolate, group_mean");
  sub->add_option("--max-gap", o.max_gap, "Imputation reach in periods (default 0: no limit)")->check(CLI::NonNegativeNumber);
  sub->add_option("--outliers", a->outliers, "none (default), winsorise, log");
  sub->add_option("--negative-weights", a->negative, "exclude (default) or invert: 100 - score with |w|");
  sub->add_option("--breakdown", o.breakdown, "The breakdown scored (default T)");
  sub->add_option("--grain", a->grain, "as_observed (default), year, quarter");
  sub->add_option("--window", o.window, "Periods combined into each by the time rule (default 1)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--geo-min-coverage", o.geo_min_coverage,
                  "Share of children a parent geography's aggregate needs (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--geo", o.geos, "List only this geography (repeatable)");
  sub->add_option("--period", o.periods, "List only this period (repeatable)");
  sub->add_flag("--indicators", a->indicators, "Also list every indicator value and its normalised value");
  sub->add_option("--sensitivity", a->sensitivity, "Run K base samples of an uncertainty and sensitivity analysis")
      ->check(CLI::Range(2, 1000000));
  sub->add_option("--seed", a->seed, "Random seed of the analysis (default 1)");
  sub->add_option("--weights", a->weights, "Weight sampling: uniform (default, +-25 %), dirichlet, none");
  sub->add_option("--weight-noise", a->weight_noise, "uniform: +- this fraction (default 0.25)")
      ->check(CLI::Range(0.0, 0.999));
  sub->add_option("--concentration", a->concentration, "dirichlet: concentration (default 20; larger = closer)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--alt-normalise", a->alt_normalise,
                  "Normalisations drawn from (comma-separated; default minmax,percentile_rank; '' = not varied)");
  sub->add_option("--alt-aggregation", a->alt_aggregation,
                  "Composite methods drawn from (default arithmetic,geometric; '' = not varied)");
  sub->add_option("--target", a->target, "Node analysed (default: the first scored node of the top level)");
  sub->add_option("--sensitivity-period", a->sensitivity_period, "Period analysed (default: the latest scored)");
  sub->add_flag("--no-sobol", a->no_sobol, "Plain Monte Carlo runs, no Sobol indices");
  sub->add_flag("--json", a->common.json, "Print one JSON document on stdout");
  sub->callback([&command, a] { command = [a] { return run_aggregate(*a); }; });
}

}  // namespace ig_cli
