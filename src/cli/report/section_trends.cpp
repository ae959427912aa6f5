// Indicator trends per geography: one small chart per indicator with every geography's
// series (the focus geography drawn strongest, peers marked), the baseline, the targets and
// the required trajectory; text indicators as a table of assessments.
#include <algorithm>
#include <cmath>

#include "report/chart.hpp"
#include "report/sections.hpp"
#include "report/series.hpp"

namespace ig_cli::report {

namespace {

constexpr double chart_w = 560.0, chart_h = 230.0;
constexpr Frame frame{52.0, 12.0, 490.0, 186.0};

std::string op_sign(const std::string& op) {
  return op == ">=" ? "\u2265" : op == "<=" ? "\u2264" : op;
}

std::string describe(const Page& p, const Indicator& ind, const Target& t) {
  const auto v = [&](double x) { return number_auto(x, 2, p.lang); };
  switch (t.kind) {
    case IG_TARGET_LEVEL: return v(t.value) + (t.period.empty() ? "" : " (" + t.period + ")");
    case IG_TARGET_CHANGE:
      return (t.value >= 0 ? "+" : "") + percent(t.value, 0, p.lang) + " " + t.period + " " +
             std::string(p.t.change_against) + " " + t.base_period;
    case IG_TARGET_THRESHOLD: return op_sign(t.op) + " " + v(t.value);
    case IG_TARGET_DIRECTION:
      return std::string(ind.direction == IG_DIRECTION_DECREASE ? p.t.shall_decrease : p.t.shall_increase);
    case IG_TARGET_PEERS: {
      std::string names;
      for (const std::string& id : t.geos) {
        std::string name = id;
        for (const Geography& g : p.data.geographies)
          if (g.id == id) name = g.display();
        names += (names.empty() ? "" : ", ") + name;
      }
      return std::string(p.t.peers) + " (" + t.compare + "): " + names;
    }
    case IG_TARGET_DISPARITY: {
      std::string between;
      for (const std::string& b : t.between) between += (between.empty() ? "" : "\u2013") + b;
      return std::string(p.t.disparity_target) + " " + between + (t.has_value ? " \u2264 " + v(t.value) : "") +
             (t.period.empty() ? "" : " (" + t.period + ")");
    }
    default: return {};
  }
}

// The gap analysis's class of one target in the focus geography, with its figures as a tooltip.
std::string badge(const Page& p, const Evaluation& e) {
  std::string tip;
  if (e.current_value) tip += std::string(p.t.col_current) + " " + e.current_period + ": " + number_auto(*e.current_value, 2, p.lang);
  if (e.line_value) tip += "; " + std::string(p.t.col_required) + ": " + number_auto(*e.line_value, 2, p.lang);
  if (e.projected_year) tip += "; " + std::string(p.t.col_projected) + ": " + number(*e.projected_year, 0, p.lang);
  if (!e.reason.empty()) tip += (tip.empty() ? "" : "; ") + e.reason;
  return "<span class=\"badge " + status_class(e.status) + "\" title=\"" + esc(tip) + "\">" +
         esc(status_name(e.status, p.t)) + "</span>";
}

std::string polyline(const std::vector<Point>& pts, const Scale& x, const Scale& y) {
  std::string d;
  for (const Point& pt : pts) d += (d.empty() ? "M" : " L") + coord(x(pt.time)) + "," + coord(y(pt.value));
  return d;
}

struct Extent {
  double t0 = 1e300, t1 = -1e300, v0 = 1e300, v1 = -1e300;
  void add(double t, double v) {
    t0 = std::min(t0, t), t1 = std::max(t1, t), v0 = std::min(v0, v), v1 = std::max(v1, v);
  }
  void value(double v) { v0 = std::min(v0, v), v1 = std::max(v1, v); }
};

void chart(std::string& out, const Page& p, const SeriesIndex& index, std::size_t i) {
  const ModelData& d = p.data;
  const Indicator& ind = d.indicators[i];
  const GeoSeries& s = index.get(i, "T");
  std::vector<std::string> peers;
  for (const Target& t : ind.targets)
    if (t.kind == IG_TARGET_PEERS) peers.insert(peers.end(), t.geos.begin(), t.geos.end());
  const auto is_peer = [&](std::size_t g) {
    return std::find(peers.begin(), peers.end(), d.geographies[g].id) != peers.end();
  };
  // Sums (counts, totals) differ by the size of the geography: only the focus and its peers
  // are drawn for them, else the other geographies' lines as well.
  const bool sizes = ind.geo_aggregation == IG_AGGREGATION_SUM;
  const auto drawn = [&](std::size_t g) { return !sizes || g == d.focus_geo || is_peer(g); };
  Extent ex;
  for (std::size_t g = 0; g < s.size(); ++g)
    if (drawn(g))
      for (const Point& pt : s[g]) ex.add(pt.time, pt.value);
  if (ind.has_baseline)
    if (const auto t0 = period_time(ind.baseline_period)) ex.add(*t0, ind.baseline_value);
  std::vector<std::pair<double, double>> goals;
  for (const Target& t : ind.targets) {
    if (const auto tp = target_point(d, index, i, t)) {
      goals.push_back(*tp);
      ex.add(tp->first, tp->second);
    }
    if (t.kind == IG_TARGET_THRESHOLD && t.has_value) ex.value(t.value);
  }
  if (ind.measure == IG_MEASURE_ORDINAL && ind.has_scale) ex.value(ind.scale_min), ex.value(ind.scale_max);
  double v0 = ex.v0, v1 = ex.v1;
  nice_domain(v0, v1, 5);
  const Scale x{std::floor(ex.t0), std::max(std::ceil(ex.t1), std::floor(ex.t0) + 1.0), frame.x, frame.x + frame.w};
  const Scale y{v0, v1, frame.y + frame.h, frame.y};

  open_chart(out, "trend-" + ind.id, "trend");
  out += "<h3>" + esc(ind.name()) + "</h3>\n<p class=\"meta\">" + esc(d.nodes[ind.node].name());
  if (!ind.unit.empty()) out += " \u00b7 " + esc(ind.unit);
  if (index.computed(i)) out += " \u00b7 " + esc(p.t.ratio_of) + " " + esc(ind.numerator) + " / " + esc(ind.denominator);
  out += "</p>\n";
  if (!ind.targets.empty()) {
    out += "<p class=\"targets\">" + esc(p.t.target_kinds) + ": ";
    for (std::size_t k = 0; k < ind.targets.size(); ++k) {
      out += (k ? "; " : "") + esc(describe(p, ind, ind.targets[k]));
      for (const Evaluation& e : p.analyses.evaluations)
        if (e.indicator == i && e.target == k) out += " " + badge(p, e);
    }
    out += "</p>\n";
  }
  Svg svg(out);
  svg.open(chart_w, chart_h, "trend-chart", ind.name());
  y_axis(svg, frame, y, nice_ticks(v0, v1, 5), p.lang);
  year_axis(svg, frame, x);
  for (const Target& t : ind.targets)
    if (t.kind == IG_TARGET_THRESHOLD && t.has_value) {
      svg.line(frame.x, y(t.value), frame.x + frame.w, y(t.value), "class=\"threshold\"");
      svg.text(frame.x + frame.w - 2, y(t.value) - 3, op_sign(t.op) + " " + number_auto(t.value, 2, p.lang),
               "class=\"threshold-label\" text-anchor=\"end\"");
    }
  for (const auto& g : goals)
    if (const auto tr = trajectory(ind, g))
      svg.line(x(tr->first.first), y(tr->first.second), x(tr->second.first), y(tr->second.second),
               "class=\"trajectory\"");
  // Other geographies first, then peers, then the focus on top.
  const auto draw_series = [&](std::size_t g, const std::string& cls) {
    if (s.empty() || s[g].empty()) return;
    svg.path(polyline(s[g], x, y), "class=\"series " + cls + "\" data-geo=\"" + esc(d.geographies[g].id) + "\"",
             d.geographies[g].display());
    if (s[g].size() == 1)  // a lone value draws no line: mark it
      svg.circle(x(s[g][0].time), y(s[g][0].value), 2.2,
                 "class=\"lone " + cls + "\" data-geo=\"" + esc(d.geographies[g].id) + "\"",
                 d.geographies[g].display() + " " + s[g][0].period + ": " + number_auto(s[g][0].value, 2, p.lang));
  };
  for (std::size_t g = 0; g < d.geographies.size(); ++g)
    if (g != d.focus_geo && !is_peer(g) && drawn(g)) draw_series(g, "other");
  for (std::size_t g = 0; g < d.geographies.size(); ++g)
    if (g != d.focus_geo && is_peer(g)) draw_series(g, "peer");
  if (d.focus_geo && !s.empty()) {
    draw_series(*d.focus_geo, "focus");
    for (const Point& pt : s[*d.focus_geo])
      svg.circle(x(pt.time), y(pt.value), 2.6, "class=\"point\"",
                 d.geographies[*d.focus_geo].display() + " " + pt.period + ": " + number_auto(pt.value, 2, p.lang) +
                     (pt.status.empty() ? "" : " (" + pt.status + ")"));
  }
  if (ind.has_baseline)
    if (const auto t0 = period_time(ind.baseline_period))
      svg.rect(x(*t0) - 4, y(ind.baseline_value) - 4, 8, 8, "class=\"baseline\"",
               std::string(p.t.baseline) + " " + ind.baseline_period + ": " +
                   number_auto(ind.baseline_value, 2, p.lang));
  for (const auto& g : goals)
    svg.path("M" + coord(x(g.first)) + "," + coord(y(g.second) - 6) + " l6,6 l-6,6 l-6,-6 Z", "class=\"target\"",
             std::string(p.t.target) + ": " + number_auto(g.second, 2, p.lang));
  svg.close();
  close_chart(out, {});
}

void text_table(std::string& out, const Page& p, std::size_t i) {
  const ModelData& d = p.data;
  out += "<div class=\"assessments\"><h3>" + esc(d.indicators[i].name()) + "</h3><table><tbody>\n";
  for (const Observation& o : d.observations)
    if (o.indicator == i && !o.text.empty())
      out += "<tr><th>" + esc(o.period) + "</th><td class=\"geo\">" + esc(d.geographies[o.geo].display()) + "</td><td>" +
             esc(o.text) + "</td></tr>\n";
  out += "</tbody></table></div>\n";
}

void legend(std::string& out, const Page& p) {
  out += "<ul class=\"legend\">";
  if (p.data.focus_geo)
    out += "<li><span class=\"swatch-line focus\"></span>" + esc(p.data.geographies[*p.data.focus_geo].display()) +
           "</li>";
  out += "<li><span class=\"swatch-line other\"></span>" + esc(p.t.geographies) + "</li>";
  out += "<li><span class=\"swatch-line peer\"></span>" + esc(p.t.peers) + "</li>";
  out += "<li><span class=\"swatch baseline\"></span>" + esc(p.t.baseline) + "</li>";
  out += "<li><span class=\"swatch target\"></span>" + esc(p.t.target) + "</li>";
  out += "<li><span class=\"swatch-line trajectory\"></span>" + esc(p.t.required_trajectory) + "</li>";
  out += "<li><span class=\"swatch-line threshold\"></span>" + esc(p.t.threshold) + "</li></ul>\n";
}

void geo_picker(std::string& out, const Page& p) {
  if (p.data.geographies.empty()) return;
  out += "<label class=\"picker no-print\">" + esc(p.t.highlight_geo) + " <select data-geo-select>";
  for (std::size_t g = 0; g < p.data.geographies.size(); ++g)
    out += "<option value=\"" + esc(p.data.geographies[g].id) + "\"" + (g == p.data.focus_geo ? " selected" : "") +
           ">" + esc(p.data.geographies[g].display()) + "</option>";
  out += "</select></label>\n";
}

}  // namespace

void section_trends(std::string& out, const Page& p) {
  open_section(out, "trends", p.t.trends, p.t.trends_intro);
  const SeriesIndex index(p.data);
  legend(out, p);
  geo_picker(out, p);
  out += "<div class=\"grid\">\n";
  std::vector<std::size_t> texts;
  for (std::size_t i = 0; i < p.data.indicators.size(); ++i) {
    if (p.data.indicators[i].measure == IG_MEASURE_TEXT) {
      texts.push_back(i);
      continue;
    }
    bool any = false;
    for (const auto& pts : index.get(i, "T")) any = any || !pts.empty();
    if (any) {
      chart(out, p, index, i);
    } else {
      out += "<div class=\"card empty\"><h3>" + esc(p.data.indicators[i].name()) + "</h3><p>" +
             esc(p.t.no_observations) + "</p></div>\n";
    }
  }
  out += "</div>\n";
  if (!texts.empty()) {
    out += "<h3 class=\"sub\">" + esc(p.t.assessments) + "</h3>\n";
    for (const std::size_t i : texts) text_table(out, p, i);
  }
  close_section(out);
}

}  // namespace ig_cli::report
