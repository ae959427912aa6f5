#include <iostream>

#include "cli.hpp"

namespace ig_cli {

json to_json(const ig::diagnostic& d) {
  return json{{"code", d.code},
              {"severity", std::string(d.severity_name())},
              {"message", d.message},
              {"ids", d.ids},
              {"location", {{"file", d.file}, {"line", d.line}, {"column", d.column}, {"field", d.field}}}};
}

json to_json(const std::vector<ig::diagnostic>& diagnostics) {
  json list = json::array();
  for (const auto& d : diagnostics) list.push_back(to_json(d));
  return list;
}

void print_human(const std::vector<ig::diagnostic>& diagnostics, std::ostream& out) {
  for (const auto& d : diagnostics) {
    std::string where;
    if (!d.file.empty()) where = d.file;
    if (d.line > 0) where += ":" + std::to_string(d.line) + (d.column > 0 ? ":" + std::to_string(d.column) : "");
    if (!d.field.empty()) where += (where.empty() ? "" : ": ") + d.field;
    out << (where.empty() ? "" : where + ": ") << d.severity_name() << ": " << d.message << " [" << d.code << "]\n";
  }
}

int exit_for(const std::vector<ig::diagnostic>& diagnostics) {
  bool errors = false;
  for (const auto& d : diagnostics) {
    if (d.code == "io-error") return exit_usage;
    errors = errors || d.severity == IG_SEVERITY_ERROR;
  }
  return errors ? exit_model_errors : exit_ok;
}

int report_failure(const ig::error& e, const Common& common) {
  const auto& found = e.diagnostics();
  const int status = found.empty() ? (e.code() == IG_ERROR_IO || e.code() == IG_ERROR_INVALID_ARGUMENT
                                          ? exit_usage
                                          : exit_model_errors)
                                   : exit_for(found);
  if (common.json) {
    std::cout << json{{"error", {{"code", e.code_name()}, {"message", e.what()}}},
                      {"diagnostics", to_json(found)}}
                     .dump(2)
              << '\n';
  } else if (found.empty()) {
    std::cerr << "impactgraph: " << e.what() << '\n';
  } else {
    print_human(found, std::cerr);
  }
  return status == exit_ok ? exit_model_errors : status;
}

int usage_error(const std::string& message, bool as_json) {
  if (as_json)
    std::cout << json{{"error", {{"code", "usage"}, {"message", message}}}}.dump(2) << '\n';
  else
    std::cerr << "impactgraph: " << message << "\nRun 'impactgraph --help' for usage.\n";
  return exit_usage;
}

}  // namespace ig_cli
