// The summary: key figures, what is on track, the largest gaps, the priority mismatches,
// the funding by source and the nodes per level.
#include <algorithm>

#include "report/chart.hpp"
#include "report/sections.hpp"

namespace ig_cli::report {

namespace {

void fact(std::string& out, std::string_view label, const std::string& value) {
  out += "<div class=\"fact\"><span class=\"value\">" + esc(value) + "</span><span class=\"label\">" + esc(label) +
         "</span></div>\n";
}

void facts(std::string& out, const Page& p) {
  const Summary& s = p.summary;
  const auto n = [&](std::size_t x) { return number(static_cast<double>(x), 0, p.lang); };
  out += "<div class=\"facts\">\n";
  fact(out, p.t.nodes, n(s.nodes));
  fact(out, p.t.edges, n(s.edges));
  fact(out, p.t.indicators, n(s.indicators));
  fact(out, p.t.observations, n(s.observations));
  fact(out, p.t.geographies, n(s.geographies));
  if (!s.first_period.empty()) fact(out, p.t.periods, s.first_period + "\u2013" + s.last_period);
  if (!s.focus_geo.empty()) fact(out, p.t.focus_geo, s.focus_geo);
  for (const CurrencyTotal& c : s.funding) fact(out, p.t.total_funding, money(c.total, c.currency, p.lang));
  if (s.on_track_share) fact(out, p.t.on_track_share, percent(*s.on_track_share, 0, p.lang));
  if (s.top_share && !p.data.levels.empty())
    fact(out, std::string(p.t.top_share) + " " + level_name(p.data.levels.back(), p.lang),
         percent(*s.top_share, 0, p.lang));
  if (!s.as_of.empty()) fact(out, p.t.as_of, s.as_of);
  out += "</div>\n";
}

void status_bar(std::string& out, const Page& p) {
  const Summary& s = p.summary;
  std::size_t total = 0;
  for (const std::size_t c : s.status_counts) total += c;
  if (total == 0) return;
  open_chart(out, "status");
  Svg svg(out);
  svg.open(1180, 46, "status-bar", p.t.status_counts);
  double x = 0.0;
  for (const Status st : {Status::achieved, Status::on_track, Status::moderate, Status::limited, Status::deteriorating,
                          Status::none}) {
    const std::size_t c = s.status_counts[static_cast<std::size_t>(st)];
    if (c == 0) continue;
    const double w = 1180.0 * static_cast<double>(c) / static_cast<double>(total);
    svg.raw() += "<g class=\"" + status_class(st) + "\">";
    svg.rect(x, 0, w, 24, "style=\"fill: var(--fill)\"", std::string(status_name(st, p.t)) + ": " + std::to_string(c));
    svg.raw() += "</g>";
    if (w > 90) svg.text(x + 4, 40, std::string(status_name(st, p.t)) + " " + std::to_string(c), "");
    else if (w > 14) svg.text(x + 4, 40, std::to_string(c), "");
    x += w;
  }
  svg.close();
  close_chart(out, std::string(p.t.status_counts) + ": " + std::to_string(total) + " " +
                       std::string(p.t.targets_assessed) + (s.focus_geo.empty() ? "" : " (" + s.focus_geo + ")"));
}

std::string opt_number(const std::optional<double>& x, Lang lang) {
  return x ? number_auto(*x, 2, lang) : std::string("\u2013");
}

void largest_gaps(std::string& out, const Page& p) {
  out += "<div><h3>" + esc(p.t.largest_gaps) + "</h3>\n";
  if (!p.summary.has_gaps) {
    missing_note(out, p, "gaps");
  } else if (p.summary.largest_gaps.empty()) {
    note(out, p.t.no_findings);
  } else {
    out += "<table class=\"gaps\"><thead><tr><th>" + esc(p.t.col_indicator) + "</th><th class=\"num\">" +
           esc(p.t.col_current) + "</th><th class=\"num\">" + esc(p.t.col_required) + "</th><th class=\"num\">" +
           esc(p.t.col_target) + "</th><th>" + esc(p.t.col_status) + "</th></tr></thead><tbody>\n";
    for (const Evaluation& e : p.summary.largest_gaps) {
      const Indicator& ind = p.data.indicators[e.indicator];
      out += "<tr><td><a href=\"#chart-trend-" + esc(ind.id) + "\">" + esc(ind.name()) + "</a><br><small>" +
             esc(target_kind_name(e.kind, p.lang)) + (e.projected_year ? " \u00b7 " + esc(p.t.col_projected) + " " +
                                                                 number(*e.projected_year, 0, p.lang)
                                                           : std::string()) +
             "</small></td><td class=\"num\">" + esc(opt_number(e.current_value, p.lang)) + "<br><small>" +
             esc(e.current_period) + "</small></td><td class=\"num\">" + esc(opt_number(e.line_value, p.lang)) +
             "</td><td class=\"num\">" + esc(opt_number(e.target_value, p.lang)) + "<br><small>" +
             esc(e.target_period) + "</small></td><td><span class=\"badge " + status_class(e.status) + "\">" +
             esc(status_name(e.status, p.t)) + "</span></td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</div>\n";
}

void mismatches(std::string& out, const Page& p) {
  out += "<div><h3>" + esc(p.t.priority_mismatches) + "</h3>\n";
  if (!p.summary.has_gaps) {
    missing_note(out, p, "gaps");
  } else if (p.summary.mismatches.empty()) {
    note(out, p.t.no_findings);
  } else {
    out += "<table class=\"mismatch\"><thead><tr><th class=\"num\">#</th><th>" + esc(p.t.col_node) +
           "</th><th class=\"num\">" + esc(p.t.col_gap) + "</th><th class=\"num\">" + esc(p.t.col_effort) +
           "</th><th class=\"num\">" + esc(p.t.col_funding) + "</th><th class=\"num\">" + esc(p.t.col_mismatch) +
           "</th></tr></thead><tbody>\n";
    for (const Priority& x : p.summary.mismatches) {
      const Node& n = p.data.nodes[x.node];
      out += std::string("<tr") + (x.flagged ? " class=\"flagged\"" : "") + "><td class=\"num\">" +
             std::to_string(x.rank) + "</td><td>" + esc(n.name()) + "<br><small>" + esc(n.id) + " \u00b7 " +
             esc(level_name(n.level, p.lang)) + (x.flagged ? " \u00b7 " + esc(p.t.flagged) : std::string()) +
             "</small></td><td class=\"num\">" + esc(percent(x.gap, 0, p.lang)) + "</td><td class=\"num\">" +
             esc(percent(x.effort, 0, p.lang)) + "</td><td class=\"num\">" +
             esc(p.analyses.main_currency.empty() ? number(x.funding, 0, p.lang)
                                                  : money(x.funding, p.analyses.main_currency, p.lang)) +
             "</td><td class=\"num\">" + esc(number(x.mismatch, 2, p.lang)) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</div>\n";
}

void funding_bars(std::string& out, const Page& p, const CurrencyTotal& c) {
  if (c.by_source.empty()) return;
  const double row = 20.0, label = 170.0, width = 560.0;
  const Frame f{label, 4.0, width - label - 90.0, row * static_cast<double>(c.by_source.size())};
  double hi = c.by_source.front().amount, lo = 0.0;
  nice_domain(lo, hi, 4);
  const Scale x{0.0, hi, f.x, f.x + f.w};
  open_chart(out, "summary-funding-" + c.currency, "bars");
  out += "<h3>" + esc(p.t.by_source) + " (" + esc(c.currency) + ")</h3>\n";
  Svg svg(out);
  svg.open(width, f.h + 12, "bar-chart", p.t.by_source);
  for (std::size_t i = 0; i < c.by_source.size(); ++i) {
    const SourceAmount& s = c.by_source[i];
    const double y = f.y + row * static_cast<double>(i);
    svg.text(f.x - 6, y + row - 6, shorten(s.source, 28), "class=\"tick\" text-anchor=\"end\"");
    svg.rect(f.x, y + 3, x(s.amount) - f.x, row - 6, "class=\"bar\"", s.source + ": " + money(s.amount, c.currency, p.lang));
    svg.text(x(s.amount) + 4, y + row - 6, money(s.amount, c.currency, p.lang) + " \u00b7 " +
                                               percent(c.total > 0 ? s.amount / c.total : 0.0, 0, p.lang),
             "class=\"tick\"");
  }
  svg.close();
  close_chart(out, {});
}

void levels(std::string& out, const Page& p) {
  out += "<div><h3>" + esc(p.t.nodes) + "</h3><table><thead><tr><th>" + esc(p.t.level) + "</th><th class=\"num\">" +
         esc(p.t.count) + "</th></tr></thead><tbody>\n";
  for (auto it = p.summary.levels.rbegin(); it != p.summary.levels.rend(); ++it)
    out += "<tr><td>" + esc(level_name(it->first, p.lang)) + "</td><td class=\"num\">" + std::to_string(it->second) +
           "</td></tr>\n";
  out += "</tbody></table></div>\n";
}

}  // namespace

void section_summary(std::string& out, const Page& p) {
  open_section(out, "summary", p.t.summary, p.t.summary_intro);
  facts(out, p);
  if (p.summary.has_gaps) status_bar(out, p);
  out += "<div class=\"columns\">\n";
  largest_gaps(out, p);
  mismatches(out, p);
  out += "</div>\n<div class=\"columns\">\n";
  for (const CurrencyTotal& c : p.summary.funding) funding_bars(out, p, c);
  levels(out, p);
  out += "</div>\n";
  close_section(out);
}

}  // namespace ig_cli::report
