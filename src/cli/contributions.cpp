// impactgraph contributions MODEL [--from LEVEL | --sources ID,...] [--to LEVEL | --targets ID,...]
//   [--mode path|flow|attribution] [--normalise positive|signed] [--sign-rule multiply|any-negative]
//   [--samples K [--seed S] [--threads N] [--distribution uniform|triangular]] [--json]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "analysis_common.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {

struct ContributionArgs {
  Common common;
  SelectionArgs from, to;
  std::string mode = "path";
  std::string normalise = "positive";
  std::string sign_rule = "multiply";
  std::size_t samples = 0;
  std::uint64_t seed = 0;
  std::size_t threads = 0;
  std::string distribution = "uniform";
};

int run_contributions(const ContributionArgs& a) {
  const ig::model model = ig::model::load(a.common.model);
  // Defaults: from the lowest level that has nodes to the highest that has.
  SelectionArgs from = a.from, to = a.to;
  std::vector<bool> used(model.level_count(), false);
  for (std::size_t i = 0; i < model.node_count(); ++i) used[model.node(i).level_index] = true;
  const auto first_used = std::find(used.begin(), used.end(), true);
  if (from.empty() && first_used != used.end())
    from.levels.emplace_back(model.level(static_cast<std::size_t>(first_used - used.begin())));
  const auto last_used = std::find(used.rbegin(), used.rend(), true);
  if (to.empty() && last_used != used.rend())
    to.levels.emplace_back(model.level(static_cast<std::size_t>(used.rend() - last_used) - 1));

  ig_contribution_options o = ig::contribution_options();
  o.mode = a.mode == "flow" ? IG_CONTRIBUTION_FLOW : a.mode == "attribution" ? IG_CONTRIBUTION_ATTRIBUTION : IG_CONTRIBUTION_PATH;
  o.normalization = parse_normalization(a.normalise);
  o.sign_rule = parse_sign_rule(a.sign_rule);
  o.samples = a.samples;
  o.seed = a.seed;
  o.threads = a.threads;
  o.distribution = a.distribution == "triangular" ? IG_DISTRIBUTION_TRIANGULAR : IG_DISTRIBUTION_UNIFORM;
  if (a.samples > 0 && !a.common.json)
    std::cerr << "sampling " << a.samples << " sets of edge weights (seed " << a.seed << ")...\n";
  const ig::contributions result = ig::contributions::compute(model, from.selection(), to.selection(), &o);
  const std::vector<ig_contribution> records = result.all();
  const bool sampled = result.samples() > 0;
  const bool normalised = o.mode != IG_CONTRIBUTION_PATH;

  if (a.common.json) {
    json doc{{"mode", a.mode}};
    if (normalised) doc["normalisation"] = a.normalise;
    doc["sign_rule"] = a.sign_rule;
    if (sampled) {
      doc["samples"] = result.samples();
      doc["seed"] = a.seed;
      doc["distribution"] = a.distribution;
    }
    json list = json::array();
    for (const ig_contribution& r : records) {
      json x{{"source", r.source_id}, {"target", r.target_id}, {"value", r.value},
             {"synergy", r.synergy}, {"trade_off", r.trade_off}};
      if (sampled) {
        x["mean"] = r.mean;
        x["p05"] = r.p05;
        x["p95"] = r.p95;
        x["rank"] = r.rank;
        x["rank_low"] = r.rank_low;
        x["rank_high"] = r.rank_high;
      }
      list.push_back(std::move(x));
    }
    doc["contributions"] = std::move(list);
    std::cout << doc.dump(2) << '\n';
    return exit_ok;
  }

  std::cout << a.mode << " contributions" << (normalised ? " (" + a.normalise + " normalisation)" : "") << ", "
            << records.size() << " pair" << (records.size() == 1 ? "" : "s") << " with a path";
  if (sampled) std::cout << ", " << result.samples() << " samples (seed " << a.seed << ")";
  std::cout << '\n';
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header{"target", "source", "value", "synergy", "trade-off"};
  if (sampled) header.insert(header.end(), {"mean", "p05", "p95", "rank", "rank 5-95%"});
  rows.push_back(header);
  for (const ig_contribution& r : records) {
    std::vector<std::string> row{r.target_id, r.source_id, number(r.value), number(r.synergy), number(r.trade_off)};
    if (sampled)
      row.insert(row.end(), {number(r.mean), number(r.p05), number(r.p95), std::to_string(r.rank),
                             std::to_string(r.rank_low) + "-" + std::to_string(r.rank_high)});
    rows.push_back(std::move(row));
  }
  print_table(rows, std::cout);
  return exit_ok;
}

}  // namespace

void add_contributions(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("contributions", "Contribution of source nodes to target nodes along the graph");
  auto a = std::make_shared<ContributionArgs>();
  sub->add_option("MODEL", a->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--from", a->from.levels, "Source levels (default: the lowest level with nodes)")->delimiter(',');
  sub->add_option("--sources", a->from.ids, "Source node ids")->delimiter(',');
  sub->add_option("--to", a->to.levels, "Target levels (default: the highest level with nodes)")->delimiter(',');
  sub->add_option("--targets", a->to.ids, "Target node ids")->delimiter(',');
  sub->add_option("--mode", a->mode, "path (default), flow or attribution")
      ->check(CLI::IsMember({"path", "flow", "attribution"}));
  sub->add_option("--normalise,--normalize", a->normalise,
                  "flow and attribution: positive (default; trade-offs carry nothing) or signed")
      ->check(CLI::IsMember({"positive", "signed"}));
  sub->add_option("--sign-rule", a->sign_rule, "multiply (default) or any-negative: how trade-off paths are split")
      ->check(CLI::IsMember({"multiply", "any-negative"}));
  sub->add_option("--samples", a->samples, "Monte-Carlo samples over edge-weight ranges (default 0: none)");
  sub->add_option("--seed", a->seed, "Random seed (default 0); the same seed gives the same result");
  sub->add_option("--threads", a->threads, "Threads for Monte Carlo (default 0: every core)");
  sub->add_option("--distribution", a->distribution, "uniform (default) or triangular (peaked at the weight)")
      ->check(CLI::IsMember({"uniform", "triangular"}));
  sub->add_flag("--json", a->common.json, "Print one JSON document on stdout");
  sub->callback([&command, a] {
    command = [a] {
      try {
        return run_contributions(*a);
      } catch (const ig::error& e) {
        return analysis_failure(e, a->common);
      }
    };
  });
}

}  // namespace ig_cli
