// Contributions per goal: for each goal, the attribution share that each priority area and
// the largest-contributing activities account for, as bars.
#include <algorithm>

#include "report/chart.hpp"
#include "report/sections.hpp"

namespace ig_cli::report {

namespace {

constexpr std::size_t top_activities = 10;

void bars(std::string& out, const Page& p, std::size_t goal, const std::vector<Share>& all, std::string_view what,
          std::size_t limit) {
  std::vector<Share> shares;
  for (const Share& s : all)
    if (s.target == goal && s.value != 0.0) shares.push_back(s);
  if (shares.empty()) return;
  std::stable_sort(shares.begin(), shares.end(), [](const Share& a, const Share& b) { return a.value > b.value; });
  if (shares.size() > limit) shares.resize(limit);
  const ModelData& d = p.data;
  const double row = 18.0, label = 210.0, width = 560.0;
  const Frame f{label, 4.0, width - label - 60.0, row * static_cast<double>(shares.size())};
  double lo = 0.0, hi = 0.0;
  for (const Share& s : shares) lo = std::min(lo, s.value), hi = std::max(hi, s.value);
  nice_domain(lo, hi, 4);
  const Scale x{lo, hi, f.x, f.x + f.w};
  open_chart(out, "contrib-" + d.nodes[goal].id + "-" + std::string(what), "bars");
  out += "<h3>" + esc(d.nodes[goal].name()) + "</h3>\n<p class=\"meta\">" + esc(p.t.attribution_of) + " " +
         esc(d.nodes[goal].id) + " \u00b7 " + esc(level_name(std::string(what), p.lang)) + "</p>\n";
  Svg svg(out);
  svg.open(width, f.h + 10, "bar-chart", d.nodes[goal].name());
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const Share& s = shares[i];
    const Node& src = d.nodes[s.source];
    const double y = f.y + row * static_cast<double>(i);
    const double x0 = x(0.0), x1 = x(s.value);
    svg.text(f.x - 6, y + row - 5, shorten(src.name(), 36), "class=\"tick\" text-anchor=\"end\"");
    svg.rect(std::min(x0, x1), y + 3, std::fabs(x1 - x0), row - 6, "class=\"bar share\"",
             src.id + " \u2014 " + src.name() + ": " + percent(s.value, 1, p.lang));
    svg.text(std::max(x0, x1) + 4, y + row - 5, percent(s.value, 1, p.lang), "class=\"tick\"");
  }
  svg.close();
  close_chart(out, {});
}

}  // namespace

void section_contributions(std::string& out, const Page& p) {
  open_section(out, "contributions", p.t.contributions, p.t.contributions_intro);
  const std::size_t start = out.size();
  const ModelData& d = p.data;
  for (const Missing& m : p.analyses.missing)
    if (m.what == "contributions") note(out, std::string(p.t.not_available) + ": " + m.why);
  if (p.analyses.has_contributions) {
    std::string charts;
    for (std::size_t g = 0; g < d.nodes.size(); ++g) {
      if (d.nodes[g].level_index != d.goal_level) continue;
      bars(charts, p, g, p.analyses.area_shares, "area", d.nodes.size());
      bars(charts, p, g, p.analyses.activity_shares, d.levels.front(), top_activities);
    }
    if (!charts.empty()) out += "<div class=\"grid\">\n" + charts + "</div>\n";
  }
  if (out.find("data-chart=\"contrib-", start) == std::string::npos) note(out, p.t.no_contributions);
  close_section(out);
}

}  // namespace ig_cli::report
