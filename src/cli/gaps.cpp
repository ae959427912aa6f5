// impactgraph gaps MODEL [--lang sv|en] [--json] [options]: gap detection. Gaps are findings
// about the strategy, not errors: the exit status is 0 whenever the analysis ran (1 only for
// a model with errors, 2 for usage errors and unreadable input).
#include <CLI/CLI.hpp>
#include <cmath>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {

struct GapsOptions {
  Common common;
  std::string lang = "en";
  std::string as_of;
  std::string region;
  std::size_t stale_after = 2;
  double coverage = 0.5;
  double cv = 0.15;
  double max_min = 1.5;
  double gender = 0.10;
  double mismatch = 0.25;
  std::vector<std::string> measured_levels;
  std::vector<std::string> priority_levels;
  std::vector<std::string> silo_tags;
  bool no_silo_tags = false;
};

std::vector<const char*> c_strings(const std::vector<std::string>& items) {
  std::vector<const char*> out;
  for (const auto& s : items) out.push_back(s.c_str());
  return out;
}

json figures_json(const ig::gap& g) {
  json f = json::object();
  for (const auto& x : g.figures) {
    if (x.is_text)
      f[x.name] = x.text;
    else if (std::isfinite(x.number))
      f[x.name] = x.number;
  }
  return f;
}

void put(json& j, const char* key, int has, double value) {
  if (has && std::isfinite(value)) j[key] = value;
}

void put(json& j, const char* key, const char* text) {
  if (text != nullptr && *text != '\0') j[key] = text;
}

json evaluation_json(const ig_evaluation& e) {
  json j{{"indicator", e.indicator_id}, {"geo", e.geo_id}, {"target", e.target}, {"kind", ig_target_kind_name(e.kind)},
         {"class", ig_progress_name(e.progress)}, {"headline", e.headline != 0}};
  put(j, "value", e.has_value, e.value);
  put(j, "shortfall", e.has_shortfall, e.shortfall);
  put(j, "base_period", e.base_period);
  put(j, "base_value", e.has_base_value, e.base_value);
  put(j, "current_period", e.current_period);
  put(j, "current_value", e.has_current_value, e.current_value);
  put(j, "target_value", e.has_target_value, e.target_value);
  put(j, "target_period", e.target_period);
  put(j, "line_value", e.has_line_value, e.line_value);
  put(j, "projected_year", e.has_projected_year, e.projected_year);
  put(j, "reason", e.reason);
  return j;
}

json report_json(const ig::model& m, const ig::gap_report& r, const GapsOptions& o) {
  json gaps = json::array();
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const ig::gap& g : r.all()) {
    errors += g.severity == IG_SEVERITY_ERROR;
    warnings += g.severity == IG_SEVERITY_WARNING;
    infos += g.severity == IG_SEVERITY_INFO;
    gaps.push_back(json{{"code", g.code},
                        {"severity", std::string(g.severity_name())},
                        {"message", g.message},
                        {"ids", g.ids},
                        {"figures", figures_json(g)}});
  }
  json out{{"model", o.common.model}, {"language", o.lang}};
  out["as_of"] = r.as_of().empty() ? json(nullptr) : json(std::string(r.as_of()));
  const auto region = r.region();
  out["region"] = region ? json(m.geography(*region).id) : json(nullptr);
  out["summary"] = json{{"errors", errors}, {"warnings", warnings}, {"infos", infos}};
  out["gaps"] = std::move(gaps);

  json evaluations = json::array();
  for (const ig_evaluation& e : r.evaluations()) evaluations.push_back(evaluation_json(e));
  out["performance"] = std::move(evaluations);

  json rollup = json::array();
  for (const ig_node_rollup& n : r.rollup()) {
    json j{{"node", n.node_id}, {"evaluated", n.evaluated}, {"on_track", n.on_track}};
    put(j, "own_share", n.has_own_share, n.own_share);
    put(j, "share", n.has_share, n.share);
    put(j, "shortfall", n.has_shortfall, n.shortfall);
    rollup.push_back(std::move(j));
  }
  out["rollup"] = std::move(rollup);

  json priorities = json::array();
  for (const ig_priority& p : r.priorities())
    priorities.push_back(json{{"node", p.node_id},
                              {"rank", p.rank},
                              {"gap", p.gap},
                              {"contribution", p.contribution},
                              {"funding", p.funding},
                              {"contribution_score", p.contribution_score},
                              {"funding_score", p.funding_score},
                              {"effort", p.effort},
                              {"mismatch", p.mismatch}});
  out["priorities"] = std::move(priorities);
  out["currency"] = std::string(r.main_currency());

  json groups = json::array();
  for (const ig_group_linkage& g : r.groups())
    groups.push_back(json{{"tag", g.tag},
                          {"group", g.group},
                          {"activities", g.activities},
                          {"downstream", g.downstream},
                          {"shared", g.shared},
                          {"share", g.share}});
  out["groups"] = std::move(groups);
  return out;
}

void print_report(const ig::model& m, const ig::gap_report& r, const GapsOptions& o) {
  const bool sv = o.lang == "sv";
  std::size_t counts[3] = {0, 0, 0};
  for (const ig::gap& g : r.all()) {
    if (g.severity >= 0 && g.severity <= 2) ++counts[g.severity];
    std::cout << g.severity_name() << ": " << g.message << " [" << g.code << "]\n";
  }
  std::cout << o.common.model << ": ";
  if (sv)
    std::cout << counts[0] << " fel, " << counts[1] << " varningar, " << counts[2] << " upplysningar";
  else
    std::cout << counts[0] << " error" << (counts[0] == 1 ? "" : "s") << ", " << counts[1] << " warning"
              << (counts[1] == 1 ? "" : "s") << ", " << counts[2] << " info" << (counts[2] == 1 ? "" : "s");
  if (!r.as_of().empty()) std::cout << (sv ? ", per " : ", as of ") << r.as_of();
  if (const auto region = r.region()) std::cout << (sv ? ", region " : ", region ") << m.geography(*region).id;
  std::cout << '\n';
}

int run_gaps(const GapsOptions& o) {
  const ig::model m = ig::model::load(o.common.model);
  ig_gap_options opts = ig::gap_options(o.lang == "sv" ? IG_LANGUAGE_SV : IG_LANGUAGE_EN);
  opts.as_of = o.as_of.empty() ? nullptr : o.as_of.c_str();
  opts.region = o.region.empty() ? nullptr : o.region.c_str();
  opts.stale_after = o.stale_after;
  opts.coverage_threshold = o.coverage;
  opts.cv_threshold = o.cv;
  opts.max_min_threshold = o.max_min;
  opts.gender_gap_threshold = o.gender;
  opts.mismatch_threshold = o.mismatch;
  const auto measured = c_strings(o.measured_levels);
  const auto priority = c_strings(o.priority_levels);
  const auto silo = c_strings(o.silo_tags);
  opts.measured_levels = measured.empty() ? nullptr : measured.data();
  opts.measured_level_count = measured.size();
  opts.priority_levels = priority.empty() ? nullptr : priority.data();
  opts.priority_level_count = priority.size();
  static const char* const none[] = {""};
  if (o.no_silo_tags) {
    opts.silo_tags = none;
    opts.silo_tag_count = 0;
  } else if (!silo.empty()) {
    opts.silo_tags = silo.data();
    opts.silo_tag_count = silo.size();
  }
  const ig::gap_report r = ig::detect_gaps(m, &opts);
  if (o.common.json)
    std::cout << report_json(m, r, o).dump(2) << '\n';
  else
    print_report(m, r, o);
  return exit_ok;
}

}  // namespace

void add_gaps(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("gaps", "Find gaps: structure, performance, equality, data, priorities");
  auto o = std::make_shared<GapsOptions>();
  sub->add_option("MODEL", o->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_flag("--json", o->common.json, "Print one JSON document on stdout");
  sub->add_option("--lang", o->lang, "Language of the messages: en or sv")->check(CLI::IsMember({"en", "sv"}));
  sub->add_option("--as-of", o->as_of, "The period to look from (default: the latest period with a value)");
  sub->add_option("--region", o->region, "The region's geography id (default: the geography with most children)");
  sub->add_option("--stale-after", o->stale_after, "A series is stale this many periods behind (default 2)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--coverage", o->coverage, "Low coverage below this share of municipalities (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  sub->add_option("--cv", o->cv, "Unequal municipalities: coefficient of variation (default 0.15)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--max-min", o->max_min, "Unequal municipalities: largest over smallest (default 1.5)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--gender-gap", o->gender, "Gender gap: |women - men| over their mean (default 0.10)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--mismatch", o->mismatch, "Priority mismatch index threshold (default 0.25)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--measure-level", o->measured_levels, "A level whose nodes need an indicator (repeatable)");
  sub->add_option("--priority-level", o->priority_levels, "A level ranked for priority mismatch (repeatable)");
  sub->add_option("--silo-tag", o->silo_tags, "An activity tag grouped for silos (repeatable; default area, owner)");
  sub->add_flag("--no-silos", o->no_silo_tags, "Skip the silo analysis");
  sub->callback([&command, o] { command = [o] { return run_gaps(*o); }; });
}

}  // namespace ig_cli
