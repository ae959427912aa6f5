// impactgraph import kolada FILE... --model M: merges Kolada data into the model's
// observations and writes the model back in its own format; says what changed.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {
struct ImportOptions {
  Common common;  // common.model is --model
  std::string source;
  std::vector<std::string> files;
};

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

int run_import(const ImportOptions& o) {
  const ig::import_result r = ig::import_kolada(o.common.model, o.files);
  const ig_import_summary& s = r.summary;
  if (o.common.json) {
    std::cout << json{{"model", o.common.model},
                      {"source", o.source},
                      {"files", o.files},
                      {"read", s.read},
                      {"added", s.added},
                      {"changed", s.changed},
                      {"unchanged", s.unchanged},
                      {"skipped_kpi", s.skipped_kpi},
                      {"skipped_geo", s.skipped_geo},
                      {"unmapped_kpis", r.unmapped_kpis},
                      {"unknown_geographies", r.unknown_geographies}}
                     .dump(2)
              << '\n';
    return exit_ok;
  }
  std::cout << o.common.model << ": " << s.added << " observation" << (s.added == 1 ? "" : "s") << " added, "
            << s.changed << " changed (revised values), " << s.unchanged << " unchanged; " << s.read
            << " Kolada values read\n";
  if (s.skipped_kpi > 0)
    std::cout << "skipped " << s.skipped_kpi << " values of KPIs no indicator has as its source: "
              << joined(r.unmapped_kpis) << '\n';
  if (s.skipped_geo > 0)
    std::cout << "skipped " << s.skipped_geo << " values of geographies not in the model: "
              << joined(r.unknown_geographies) << '\n';
  return exit_ok;
}
}  // namespace

void add_import(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("import", "Import observations (Kolada JSON) into a model");
  auto o = std::make_shared<ImportOptions>();
  sub->add_option("SOURCE", o->source, "The data source: kolada")->required()->check(CLI::IsMember({"kolada"}));
  sub->add_option("FILES", o->files, "Kolada JSON responses (v2 or v3), applied in order")->required();
  sub->add_option("--model,-m", o->common.model, "The model to update: JSON file or CSV bundle folder")->required();
  sub->add_flag("--json", o->common.json, "Print one JSON document on stdout");
  sub->callback([&command, o] { command = [o] { return run_import(*o); }; });
}

}  // namespace ig_cli
