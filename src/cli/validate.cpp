// impactgraph validate MODEL [--json]: every diagnostic of the model.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"

namespace ig_cli {

namespace {
int run_validate(const Common& common) {
  const std::vector<ig::diagnostic> found = ig::validate_path(common.model).all();
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : found) {
    if (d.severity == IG_SEVERITY_ERROR) ++errors;
    if (d.severity == IG_SEVERITY_WARNING) ++warnings;
  }
  if (common.json) {
    std::cout << json{{"model", common.model},
                      {"valid", errors == 0},
                      {"errors", errors},
                      {"warnings", warnings},
                      {"diagnostics", to_json(found)}}
                     .dump(2)
              << '\n';
  } else {
    print_human(found, std::cout);
    std::cout << common.model << ": " << (errors == 0 ? "valid" : "invalid") << ", " << errors << " error"
              << (errors == 1 ? "" : "s") << ", " << warnings << " warning" << (warnings == 1 ? "" : "s") << '\n';
  }
  return exit_for(found);
}
}  // namespace

void add_validate(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("validate", "Check a model and list every diagnostic");
  auto common = std::make_shared<Common>();
  sub->add_option("MODEL", common->model, "JSON model file or CSV bundle folder")->required();
  sub->add_flag("--json", common->json, "Print one JSON document on stdout");
  sub->callback([&command, common] { command = [common] { return run_validate(*common); }; });
}

}  // namespace ig_cli
