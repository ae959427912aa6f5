// impactgraph COMMAND MODEL [options]. Exit status: 0 success, 1 the model or data has
// errors, 2 usage error or unreadable input.
#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  using namespace ig_cli;
  bool as_json = false;  // known before parsing, so that usage errors can be JSON too
  for (int i = 1; i < argc; ++i) as_json = as_json || std::strcmp(argv[i], "--json") == 0;

  CLI::App app{"impactgraph — strategy impact graphs: validate, export, import, aggregate, contributions, funding, influence, gaps, analyze, report"};
  app.set_version_flag("--version", std::string("impactgraph ") + ig::version());
  app.require_subcommand(1);
  Command command;
  add_validate(app, command);
  add_export(app, command);
  add_import(app, command);
  add_aggregate(app, command);
  add_contributions(app, command);
  add_funding(app, command);
  add_influence(app, command);
  add_gaps(app, command);
  add_analyze(app, command);
  add_report(app, command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what(), as_json);
  }

  Common common;
  common.json = as_json;
  try {
    return command();
  } catch (const ig::error& e) {
    return report_failure(e, common);
  } catch (const std::exception& e) {
    return usage_error(e.what(), as_json);
  }
}
