// impactgraph export MODEL --format json|csv|dot|graphml [--output PATH]: writes the
// model in another format, atomically; to stdout when no output path is given.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {
struct ExportOptions {
  Common common;
  std::string format;
  std::string output;
  std::string csv_style = "comma";
};

int run_export(const ExportOptions& o) {
  const ig_format format = ig::parse_format(o.format);
  if (format == IG_FORMAT_CSV && o.output.empty())
    return usage_error("export --format csv needs --output FOLDER", o.common.json);
  const ig::model model = ig::model::load(o.common.model);
  const ig_save_options options = o.csv_style == "swedish" ? ig::save_options(';', ',', true) : ig::save_options();
  if (o.output.empty()) {
    const std::string text = model.write_string(format, &options);
    if (o.common.json && format != IG_FORMAT_JSON)
      std::cout << json{{"format", o.format}, {"content", text}}.dump(2) << '\n';
    else
      std::cout << text;
    return exit_ok;
  }
  model.save(o.output, format, &options);
  if (o.common.json)
    std::cout << json{{"format", o.format}, {"output", o.output}, {"nodes", model.node_count()},
                      {"edges", model.edge_count()}, {"indicators", model.indicator_count()},
                      {"observations", model.observation_count()}}
                     .dump(2)
              << '\n';
  else
    std::cerr << "wrote " << o.format << " to " << o.output << " (" << model.node_count() << " nodes, "
              << model.edge_count() << " edges)\n";
  return exit_ok;
}
}  // namespace

void add_export(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("export", "Write the model as JSON, a CSV bundle, DOT or GraphML");
  auto o = std::make_shared<ExportOptions>();
  sub->add_option("MODEL", o->common.model, "JSON model file or CSV bundle folder")->required();
  sub->add_option("--format,-f", o->format, "json, csv, dot or graphml")
      ->required()
      ->check(CLI::IsMember({"json", "csv", "dot", "graphml"}));
  sub->add_option("--output,-o", o->output, "File (folder for csv) to write; stdout when absent");
  sub->add_option("--csv-style", o->csv_style, "comma (default) or swedish: semicolons, decimal commas, BOM")
      ->check(CLI::IsMember({"comma", "swedish"}));
  sub->add_flag("--json", o->common.json, "Print one JSON document on stdout");
  sub->callback([&command, o] { command = [o] { return run_export(*o); }; });
}

}  // namespace ig_cli
