// impactgraph report MODEL [--data FILE...] [-o report.html] [--lang sv|en] [--geo ID]:
// one self-contained HTML page (inline SVG, CSS and script; nothing fetched) with the
// summary, the strategy graph, contributions, the funding flow, indicator trends,
// equality and the diagnostics. docs/report.md describes every chart.
#include <CLI/CLI.hpp>
#include <iostream>
#include <unistd.h>

#include "cli.hpp"
#include "commands.hpp"
#include "report/run.hpp"
#include "report/sections.hpp"

namespace ig_cli {

namespace {
struct ReportOptions {
  Common common;
  std::vector<std::string> data;
  std::string output;
  std::string lang = "en";
  std::string geo;
};

int run_report(const ReportOptions& o) {
  using namespace report;
  if (o.common.json && o.output.empty()) return usage_error("report --json needs --output FILE", true);
  Progress progress(!o.common.json && isatty(STDERR_FILENO) != 0);
  progress.stage(0, 4, "loading");
  const ig::model model = load_with_data(o.common.model, o.data);
  const ModelData data = read_model(model, o.geo);
  const Lang lang = o.lang == "sv" ? Lang::sv : Lang::en;
  const Analyses analyses = analyse(model, data, lang, progress);
  const Summary summary = summarise(data, analyses);
  const std::string html = render_page(Page{data, analyses, summary, lang, texts(lang)});
  if (o.output.empty()) {
    std::cout << html;
    return exit_ok;
  }
  write_file(o.output, html);
  if (o.common.json)
    std::cout << json{{"model", o.common.model}, {"output", o.output}, {"bytes", html.size()}, {"lang", o.lang},
                      {"not_computed", missing_json(analyses.missing)}}
                     .dump(2)
              << '\n';
  else
    std::cerr << "wrote the report to " << o.output << '\n';
  return exit_ok;
}
}  // namespace

void add_report(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("report", "Write a self-contained HTML follow-up report");
  auto o = std::make_shared<ReportOptions>();
  sub->add_option("MODEL", o->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--data,-d", o->data, "Kolada JSON files whose values are merged in (the model file is unchanged)")
      ->check(CLI::ExistingFile);
  sub->add_option("--output,-o", o->output, "The HTML file to write; stdout when absent");
  sub->add_option("--lang", o->lang, "Language of the report: en (default) or sv")
      ->check(CLI::IsMember({"sv", "en"}));
  sub->add_option("--geo", o->geo, "Geography id to centre on (default: the one with the most sub-geographies)");
  sub->add_flag("--json", o->common.json, "Print one JSON document on stdout");
  sub->callback([&command, o] { command = [o] { return run_report(*o); }; });
}

}  // namespace ig_cli
