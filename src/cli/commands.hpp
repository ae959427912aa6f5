// Each subcommand registers itself on the CLI11 app and, when chosen, sets the action to run.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace ig_cli {

using Command = std::function<int()>;

void add_validate(CLI::App& app, Command& command);
void add_export(CLI::App& app, Command& command);
void add_import(CLI::App& app, Command& command);
void add_aggregate(CLI::App& app, Command& command);
void add_contributions(CLI::App& app, Command& command);
void add_funding(CLI::App& app, Command& command);
void add_influence(CLI::App& app, Command& command);
void add_gaps(CLI::App& app, Command& command);
void add_analyze(CLI::App& app, Command& command);
void add_report(CLI::App& app, Command& command);

}  // namespace ig_cli
