// The page: head with the inline CSS, the table of contents, the sections in order and the
// inline script. Nothing is fetched from anywhere when the page is viewed.
#include <algorithm>

#include "impactgraph.h"
#include "report/sections.hpp"

namespace ig_cli::report {

void open_section(std::string& out, std::string_view id, std::string_view title, std::string_view intro) {
  out += "<section id=\"" + std::string(id) + "\" class=\"report-section\">\n<h2>" + esc(title) + "</h2>\n";
  if (!intro.empty()) out += "<p class=\"intro\">" + esc(intro) + "</p>\n";
  out += "<div class=\"body\">\n";
}

void close_section(std::string& out) { out += "</div>\n</section>\n"; }

void open_chart(std::string& out, std::string_view id, std::string_view extra_class) {
  out += "<figure class=\"chart";
  if (!extra_class.empty()) out += " " + std::string(extra_class);
  out += "\" id=\"chart-" + esc(id) + "\" data-chart=\"" + esc(id) + "\">\n";
}

void close_chart(std::string& out, std::string_view caption) {
  if (!caption.empty()) out += "<figcaption>" + esc(caption) + "</figcaption>\n";
  out += "</figure>\n";
}

void note(std::string& out, std::string_view text) { out += "<p class=\"note\">" + esc(text) + "</p>\n"; }

void missing_note(std::string& out, const Page& p, std::string_view what) {
  std::string why(p.t.not_available_yet);
  for (const Missing& m : p.analyses.missing)
    if (m.what == what && !m.why.empty()) why = m.why;
  note(out, std::string(p.t.not_available) + ": " + why);
}

std::string status_class(Status s) { return std::string("st-") + status_key(s); }

std::string_view status_name(Status s, const Texts& t) {
  switch (s) {
    case Status::achieved: return t.st_achieved;
    case Status::on_track: return t.st_on_track;
    case Status::moderate: return t.st_moderate;
    case Status::limited: return t.st_limited;
    case Status::deteriorating: return t.st_deteriorating;
    default: return t.st_none;
  }
}

int share_bin(std::optional<double> share) {
  if (!share) return -1;
  return std::clamp(static_cast<int>(*share * 5.0), 0, 4);  // 1.0 falls in the top bin
}

std::string render_page(const Page& p) {
  const Texts& t = p.t;
  const std::string title = (p.data.name.empty() ? std::string(t.report) : p.data.name + " \u2014 " +
                                                                                std::string(t.report));
  std::string out;
  out.reserve(1 << 20);
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(t.html_lang) + "\" data-hide=\"" + esc(t.hide) +
         "\" data-show=\"" + esc(t.show) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"impactgraph " IG_VERSION_STRING "\">\n<title>" +
         esc(title) + "</title>\n<style>\n" + std::string(page_css()) + "</style>\n</head>\n<body>\n";
  out += "<header class=\"page-head\">\n<p class=\"kicker\">" + esc(t.report) + "</p>\n<h1>" +
         esc(p.data.name.empty() ? std::string(t.report) : p.data.name) + "</h1>\n";
  out += "<p class=\"byline\">" + esc(t.generated_by) + " " IG_VERSION_STRING;
  if (p.data.focus_geo) out += " \u00b7 " + esc(t.focus_geo) + ": " + esc(p.data.geographies[*p.data.focus_geo].display());
  out += "</p>\n</header>\n";

  const std::pair<const char*, std::string_view> toc[] = {
      {"summary", t.summary},   {"graph", t.graph},       {"contributions", t.contributions},
      {"funding", t.funding},   {"trends", t.trends},     {"equality", t.equality},
      {"diagnostics", t.diagnostics}};
  out += "<nav class=\"toc\"><h2>" + esc(t.contents) + "</h2><ol>";
  for (const auto& [id, name] : toc) out += "<li><a href=\"#" + std::string(id) + "\">" + esc(name) + "</a></li>";
  out += "</ol></nav>\n<main>\n";
  section_summary(out, p);
  section_graph(out, p);
  section_contributions(out, p);
  section_funding(out, p);
  section_trends(out, p);
  section_equality(out, p);
  section_diagnostics(out, p);
  out += "</main>\n<footer class=\"page-foot\">" + esc(t.generated_by) + " " IG_VERSION_STRING "</footer>\n";
  out += "<script>\n" + std::string(page_script()) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace ig_cli::report
