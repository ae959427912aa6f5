// The report page and its sections; each section is one file (section_*.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "report/analyses.hpp"
#include "report/html.hpp"
#include "report/model_data.hpp"
#include "report/texts.hpp"

namespace ig_cli::report {

struct Page {
  const ModelData& data;
  const Analyses& analyses;
  const Summary& summary;
  Lang lang;
  const Texts& t;
};

/// The whole self-contained HTML document.
std::string render_page(const Page& page);

void section_summary(std::string& out, const Page& page);
void section_graph(std::string& out, const Page& page);
void section_contributions(std::string& out, const Page& page);
void section_funding(std::string& out, const Page& page);
void section_trends(std::string& out, const Page& page);
void section_equality(std::string& out, const Page& page);
void section_diagnostics(std::string& out, const Page& page);

/// <section id=... class="report-section"><h2>...</h2><p class="intro">...</p><div class="body">
void open_section(std::string& out, std::string_view id, std::string_view title, std::string_view intro);
void close_section(std::string& out);
/// A chart: <figure class="chart" data-chart="id"> ... </figure>. The page's render check
/// counts the drawn elements inside each one.
void open_chart(std::string& out, std::string_view id, std::string_view extra_class = {});
void close_chart(std::string& out, std::string_view caption);
/// A note in place of something that cannot be shown.
void note(std::string& out, std::string_view text);
/// "Not available: <why>" for an analysis that did not run (analyses.missing).
void missing_note(std::string& out, const Page& page, std::string_view what);

/// The bin of a rolled-up share on track: 0 (below 20 %) .. 4 (80 % and above); -1 for none.
/// The CSS classes are sh-0 .. sh-4 and sh-none.
int share_bin(std::optional<double> share);

/// The CSS class of a status ("st-on-track") and its words.
std::string status_class(Status s);
std::string_view status_name(Status s, const Texts& t);

/// The CSS and the script, inlined into the page.
std::string_view page_css();
std::string_view page_script();

}  // namespace ig_cli::report
