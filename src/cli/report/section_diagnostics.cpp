// The diagnostics: every finding of the model's validation (and of the gap analysis when
// it ran), errors first, as a table.
#include <algorithm>

#include "report/sections.hpp"

namespace ig_cli::report {

namespace {

struct Row {
  int severity;
  std::string code, message, ids;
};

std::string join(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

}  // namespace

void section_diagnostics(std::string& out, const Page& p) {
  open_section(out, "diagnostics", p.t.diagnostics, p.t.diagnostics_intro);
  std::vector<Row> rows;
  for (const auto& d : p.data.diagnostics) rows.push_back({d.severity, d.code, d.message, join(d.ids)});
  for (const Finding& f : p.analyses.gaps) rows.push_back({f.severity, f.code, f.message, join(f.ids)});
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.severity < b.severity; });
  if (rows.empty()) {
    note(out, p.t.no_findings);
  } else {
    std::size_t counts[3] = {0, 0, 0};
    for (const Row& r : rows) ++counts[std::clamp(r.severity, 0, 2)];
    out += "<p class=\"meta\">" + std::to_string(rows.size()) + " " + esc(p.t.findings) + ": " +
           std::to_string(counts[0]) + " " + esc(p.t.sev_error) + ", " + std::to_string(counts[1]) + " " +
           esc(p.t.sev_warning) + ", " + std::to_string(counts[2]) + " " + esc(p.t.sev_info) + "</p>\n";
    out += "<table class=\"diagnostics\"><thead><tr><th>" + esc(p.t.severity) + "</th><th>" + esc(p.t.code) +
           "</th><th>" + esc(p.t.message) + "</th><th>" + esc(p.t.ids) + "</th></tr></thead><tbody>\n";
    for (const Row& r : rows)
      out += "<tr class=\"sev-" + std::to_string(r.severity) + "\"><td>" + esc(severity_name(r.severity, p.t)) +
             "</td><td><code>" + esc(r.code) + "</code></td><td>" + esc(r.message) + "</td><td>" + esc(r.ids) +
             "</td></tr>\n";
    out += "</tbody></table>\n";
  }
  close_section(out);
}

}  // namespace ig_cli::report
