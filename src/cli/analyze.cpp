// impactgraph analyze MODEL [--data FILE...] [--json]: the report's summary as terminal
// tables (funding by source and reaching each goal, indicator status, the largest gaps,
// priority mismatches, contributions per goal), or as one JSON document.
#include <CLI/CLI.hpp>
#include <iostream>
#include <unistd.h>

#include "cli.hpp"
#include "commands.hpp"
#include "report/run.hpp"

namespace ig_cli {

namespace {
struct AnalyzeOptions {
  Common common;
  std::vector<std::string> data;
  std::string geo;
  std::string lang = "en";
};

int run_analyze(const AnalyzeOptions& o) {
  using namespace report;
  Progress progress(!o.common.json && isatty(STDERR_FILENO) != 0);
  progress.stage(0, 4, "loading");
  const ig::model model = load_with_data(o.common.model, o.data);
  const ModelData data = read_model(model, o.geo);
  const Analyses analyses = analyse(model, data, o.lang == "sv" ? Lang::sv : Lang::en, progress);
  const Summary summary = summarise(data, analyses);
  if (o.common.json)
    std::cout << summary_json(data, analyses, summary).dump(2) << '\n';
  else
    print_tables(std::cout, data, analyses, summary);
  return exit_ok;
}
}  // namespace

void add_analyze(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("analyze", "Summarise the model: funding, status, gaps, contributions");
  auto o = std::make_shared<AnalyzeOptions>();
  sub->add_option("MODEL", o->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--data,-d", o->data, "Kolada JSON files whose values are merged in (the model file is unchanged)")
      ->check(CLI::ExistingFile);
  sub->add_option("--geo", o->geo, "Geography id to centre on (default: the one with the most sub-geographies)");
  sub->add_option("--lang", o->lang, "Language of the gap messages: en (default) or sv")
      ->check(CLI::IsMember({"sv", "en"}));
  sub->add_flag("--json", o->common.json, "Print one JSON document on stdout");
  sub->callback([&command, o] { command = [o] { return run_analyze(*o); }; });
}

}  // namespace ig_cli
