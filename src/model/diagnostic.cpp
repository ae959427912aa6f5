#include "impactgraph/diagnostic.hpp"

#include <algorithm>

namespace impactgraph {

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

namespace {
std::string summary(const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) return "impactgraph error";
  std::string text = format(diagnostics.front());
  if (diagnostics.size() > 1) text += " (and " + std::to_string(diagnostics.size() - 1) + " more)";
  return text;
}
}  // namespace

Error::Error(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

Error::Error(Diagnostic diagnostic) : Error(std::vector<Diagnostic>{std::move(diagnostic)}) {}

bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format(const Diagnostic& d) {
  std::string text;
  const Location& at = d.location;
  if (!at.file.empty()) text += at.file;
  if (at.line > 0) {
    text += (text.empty() ? "line " : ":") + std::to_string(at.line);
    if (at.column > 0) text += ":" + std::to_string(at.column);
  }
  if (!at.field.empty()) text += (text.empty() ? "" : ": ") + at.field;
  if (!text.empty()) text += ": ";
  text += d.message;
  text += " [" + d.code + "]";
  return text;
}

}  // namespace impactgraph
