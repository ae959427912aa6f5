// Equality ("jämlik livskvalitet"): the focus geography's municipalities side by side for
// the latest period, and women (K) against men (M) over time and per municipality.
#include <algorithm>
#include <cmath>
#include <optional>

#include "report/chart.hpp"
#include "report/sections.hpp"
#include "report/series.hpp"

namespace ig_cli::report {

namespace {

// The gap analysis's equality findings about indicator `id` (their first id) and, when
// given, geography `geo` (their second id), as notes.
void equality_findings(std::string& out, const Page& p, const std::string& id, std::string_view code,
                       const std::string& geo = {}) {
  for (const Finding& f : p.analyses.gaps)
    if (f.code == code && !f.ids.empty() && f.ids.front() == id &&
        (geo.empty() || (f.ids.size() > 1 && f.ids[1] == geo)))
      out += "<p class=\"finding\">" + esc(f.message) + "</p>\n";
}

constexpr double bar_w = 380.0, row_h = 15.0, label_w = 96.0;

struct Bar {
  std::size_t geo = 0;
  double value = 0.0, value2 = 0.0;  // value2: men, in paired bars
  std::string period;
};

// The latest period in which some child geography has a value, and those values.
std::vector<Bar> latest_bars(const ModelData& d, const GeoSeries& s, std::string& period) {
  double when = -1e300;
  for (const std::size_t g : d.focus_children)
    if (!s.empty())
      if (const Point* pt = latest(s[g])) when = std::max(when, pt->time);
  std::vector<Bar> bars;
  for (const std::size_t g : d.focus_children) {
    if (s.empty()) break;
    for (const Point& pt : s[g])
      if (pt.time == when) {
        bars.push_back({g, pt.value, 0.0, pt.period});
        period = pt.period;
      }
  }
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  return bars;
}

// Better or worse than the reference, by the indicator's direction ("" when it has none).
const char* compare_class(const Indicator& ind, double value, double reference) {
  if (ind.direction == IG_DIRECTION_UNSPECIFIED || value == reference) return "";
  return (value > reference) == (ind.direction == IG_DIRECTION_INCREASE) ? " better" : " worse";
}

// A dot per municipality on a value axis fitted to the data (not from zero, so that the
// spread shows), each joined to the focus geography's value by a thin line.
void municipal_chart(std::string& out, const Page& p, const SeriesIndex& index, std::size_t i) {
  const ModelData& d = p.data;
  const Indicator& ind = d.indicators[i];
  const GeoSeries& s = index.get(i, "T");
  std::string period;
  const std::vector<Bar> bars = latest_bars(d, s, period);
  if (bars.empty()) return;
  double lo = bars.back().value, hi = bars.front().value;
  std::optional<double> focus_value;
  if (d.focus_geo && !s.empty())
    for (const Point& pt : s[*d.focus_geo])
      if (pt.period == period) focus_value = pt.value;
  if (focus_value) lo = std::min(lo, *focus_value), hi = std::max(hi, *focus_value);
  if (ind.measure == IG_MEASURE_ORDINAL && ind.has_scale) lo = ind.scale_min, hi = ind.scale_max;
  nice_domain(lo, hi, 4);
  const double height = row_h * static_cast<double>(bars.size()) + 30.0;
  const Frame f{label_w, 6.0, bar_w - label_w - 14.0, row_h * static_cast<double>(bars.size())};
  const Scale x{lo, hi, f.x, f.x + f.w};

  open_chart(out, "equality-" + ind.id, "bars");
  out += "<h3>" + esc(ind.name()) + "</h3>\n<p class=\"meta\">" + esc(period);
  if (!ind.unit.empty()) out += " \u00b7 " + esc(ind.unit);
  if (ind.direction != IG_DIRECTION_UNSPECIFIED)
    out += " \u00b7 " + esc(ind.direction == IG_DIRECTION_DECREASE ? p.t.shall_decrease : p.t.shall_increase);
  out += "</p>\n";
  Svg svg(out);
  svg.open(bar_w, height, "bar-chart", ind.name());
  x_value_axis(svg, f, x, nice_ticks(lo, hi, 4), p.lang);
  if (focus_value) svg.line(x(*focus_value), f.y - 2, x(*focus_value), f.y + f.h + 2, "class=\"reference\"");
  for (std::size_t k = 0; k < bars.size(); ++k) {
    const Bar& b = bars[k];
    const double y = f.y + row_h * (static_cast<double>(k) + 0.5);
    const std::string& name = d.geographies[b.geo].display();
    const std::string cls = focus_value ? compare_class(ind, b.value, *focus_value) : "";
    svg.text(f.x - 4, y + 3.5, shorten(name, 16), "class=\"tick\" text-anchor=\"end\"");
    if (focus_value) svg.line(x(*focus_value), y, x(b.value), y, "class=\"stem" + cls + "\"");
    svg.circle(x(b.value), y, 4, "class=\"dot" + cls + "\" data-geo=\"" + esc(d.geographies[b.geo].id) + "\"",
               name + " " + b.period + ": " + number_auto(b.value, 2, p.lang));
  }
  svg.close();
  std::string caption;
  if (bars.size() > 1) {
    caption = std::string(p.t.gap) + ": " + number_auto(bars.front().value - bars.back().value, 2, p.lang) + " (" +
              d.geographies[bars.back().geo].display() + " " + number_auto(bars.back().value, 2, p.lang) + " \u2013 " +
              d.geographies[bars.front().geo].display() + " " + number_auto(bars.front().value, 2, p.lang) + ")";
  }
  if (focus_value)
    caption += (caption.empty() ? "" : "; ") + std::string(p.t.reference_line) + ": " +
               d.geographies[*d.focus_geo].display() + " " + number_auto(*focus_value, 2, p.lang);
  equality_findings(out, p, ind.id, "unequal-municipalities");
  close_chart(out, caption);
}

// Women and men over time in the focus geography.
void gender_chart(std::string& out, const Page& p, const SeriesIndex& index, std::size_t i) {
  const ModelData& d = p.data;
  if (!d.focus_geo) return;
  const Indicator& ind = d.indicators[i];
  const GeoSeries& k = index.get(i, "K");
  const GeoSeries& m = index.get(i, "M");
  if (k.empty() || m.empty() || k[*d.focus_geo].empty() || m[*d.focus_geo].empty()) return;
  double t0 = 1e300, t1 = -1e300, v0 = 1e300, v1 = -1e300;
  for (const auto* s : {&k[*d.focus_geo], &m[*d.focus_geo]})
    for (const Point& pt : *s)
      t0 = std::min(t0, pt.time), t1 = std::max(t1, pt.time), v0 = std::min(v0, pt.value),
      v1 = std::max(v1, pt.value);
  nice_domain(v0, v1, 5);
  const Frame f{52.0, 12.0, 490.0, 176.0};
  const Scale x{std::floor(t0), std::max(std::ceil(t1), std::floor(t0) + 1.0), f.x, f.x + f.w};
  const Scale y{v0, v1, f.y + f.h, f.y};

  open_chart(out, "gender-" + ind.id, "trend");
  out += "<h3>" + esc(ind.name()) + " \u2014 " + esc(d.geographies[*d.focus_geo].display()) + "</h3>\n";
  for (const Target& t : ind.targets)
    if (t.kind == IG_TARGET_DISPARITY) {
      std::string between;
      for (const std::string& b : t.between) between += (between.empty() ? "" : "\u2013") + b;
      out += "<p class=\"targets\">" + esc(p.t.target_kinds) + ": " + esc(p.t.disparity_target) + " " + esc(between) +
             (t.has_value ? " \u2264 " + esc(number_auto(t.value, 2, p.lang)) : "") +
             (t.period.empty() ? "" : " (" + esc(t.period) + ")") + "</p>\n";
    }
  Svg svg(out);
  svg.open(560, 220, "trend-chart", ind.name());
  y_axis(svg, f, y, nice_ticks(v0, v1, 5), p.lang);
  year_axis(svg, f, x);
  const std::pair<const GeoSeries*, std::string> lines[] = {{&k, "women"}, {&m, "men"}};
  for (const auto& [series, cls] : lines) {
    std::string path;
    for (const Point& pt : (*series)[*d.focus_geo])
      path += (path.empty() ? "M" : " L") + coord(x(pt.time)) + "," + coord(y(pt.value));
    svg.path(path, "class=\"series " + cls + "\"", cls == "women" ? p.t.women : p.t.men);
    const Point& last = (*series)[*d.focus_geo].back();
    svg.text(x(last.time) - 4, y(last.value) - 6, cls == "women" ? p.t.women : p.t.men,
             "class=\"series-label " + cls + "\" text-anchor=\"end\"");
    for (const Point& pt : (*series)[*d.focus_geo])
      svg.circle(x(pt.time), y(pt.value), 2.6, "class=\"point " + cls + "\"",
                 std::string(cls == "women" ? p.t.women : p.t.men) + " " + pt.period + ": " +
                     number_auto(pt.value, 2, p.lang));
  }
  svg.close();
  std::string caption;
  const Point* lk = latest(k[*d.focus_geo]);
  const Point* lm = latest(m[*d.focus_geo]);
  if (lk && lm && lk->period == lm->period)
    caption = std::string(p.t.gap) + " " + lk->period + ": " + number_auto(lk->value - lm->value, 2, p.lang) + " (" +
              std::string(p.t.women) + " \u2212 " + std::string(p.t.men) + ")";
  equality_findings(out, p, ind.id, "gender-gap", d.geographies[*d.focus_geo].id);
  close_chart(out, caption);
}

// Women and men side by side per municipality, latest period.
void gender_bars(std::string& out, const Page& p, const SeriesIndex& index, std::size_t i) {
  const ModelData& d = p.data;
  const GeoSeries& k = index.get(i, "K");
  const GeoSeries& m = index.get(i, "M");
  std::string period;
  std::vector<Bar> bars = latest_bars(d, k, period);
  std::vector<Bar> paired;
  for (Bar b : bars)
    for (const Point& pt : m.empty() ? std::vector<Point>{} : m[b.geo])
      if (pt.period == b.period) b.value2 = pt.value, paired.push_back(b);
  if (paired.empty()) return;
  double lo = 0.0, hi = 0.0;
  for (const Bar& b : paired) lo = std::min({lo, b.value, b.value2}), hi = std::max({hi, b.value, b.value2});
  nice_domain(lo, hi, 4);
  const double rh = row_h * 1.6;
  const Frame f{label_w, 6.0, bar_w - label_w - 14.0, rh * static_cast<double>(paired.size())};
  const Scale x{lo, hi, f.x, f.x + f.w};
  const Indicator& ind = d.indicators[i];
  open_chart(out, "gender-bars-" + ind.id, "bars");
  out += "<h3>" + esc(ind.name()) + "</h3>\n<p class=\"meta\">" + esc(period) + " \u00b7 " + esc(p.t.women) + " / " +
         esc(p.t.men) + "</p>\n";
  Svg svg(out);
  svg.open(bar_w, f.h + 30.0, "bar-chart", ind.name());
  x_value_axis(svg, f, x, nice_ticks(lo, hi, 4), p.lang);
  for (std::size_t r = 0; r < paired.size(); ++r) {
    const Bar& b = paired[r];
    const double y = f.y + rh * static_cast<double>(r);
    const std::string& name = d.geographies[b.geo].display();
    svg.text(f.x - 4, y + rh / 2.0 + 3.5, shorten(name, 16), "class=\"tick\" text-anchor=\"end\"");
    const double x0 = x(std::max(lo, 0.0));
    svg.rect(std::min(x0, x(b.value)), y + 2, std::fabs(x(b.value) - x0), rh / 2.0 - 2, "class=\"bar women\"",
             name + " " + std::string(p.t.women) + ": " + number_auto(b.value, 2, p.lang));
    svg.rect(std::min(x0, x(b.value2)), y + rh / 2.0, std::fabs(x(b.value2) - x0), rh / 2.0 - 2, "class=\"bar men\"",
             name + " " + std::string(p.t.men) + ": " + number_auto(b.value2, 2, p.lang));
  }
  svg.close();
  close_chart(out, {});
}

}  // namespace

void section_equality(std::string& out, const Page& p) {
  open_section(out, "equality", p.t.equality, p.t.equality_intro);
  const ModelData& d = p.data;
  const SeriesIndex index(d);
  std::string municipal;
  for (std::size_t i = 0; i < d.indicators.size(); ++i)
    if (d.indicators[i].measure != IG_MEASURE_TEXT && d.indicators[i].geo_aggregation != IG_AGGREGATION_SUM)
      municipal_chart(municipal, p, index, i);  // sums (counts) say more about size than equality
  out += "<h3 class=\"sub\">" + esc(p.t.municipalities_latest) +
         (d.focus_geo ? " \u2014 " + esc(d.geographies[*d.focus_geo].display()) : std::string()) + "</h3>\n";
  if (d.focus_geo)
    out += "<ul class=\"legend\"><li><span class=\"swatch dot better\"></span>" + esc(p.t.better_than) + " " +
           esc(d.geographies[*d.focus_geo].display()) + "</li><li><span class=\"swatch dot worse\"></span>" +
           esc(p.t.worse_than) + " " + esc(d.geographies[*d.focus_geo].display()) +
           "</li><li><span class=\"swatch-line reference\"></span>" + esc(p.t.reference_line) + "</li></ul>\n";
  if (municipal.empty()) note(out, p.t.no_municipal_data);
  else out += "<div class=\"grid narrow\">\n" + municipal + "</div>\n";

  std::string gender;
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const auto b = index.breakdowns(i);
    if (std::find(b.begin(), b.end(), "K") == b.end() || std::find(b.begin(), b.end(), "M") == b.end()) continue;
    gender_chart(gender, p, index, i);
    gender_bars(gender, p, index, i);
  }
  out += "<h3 class=\"sub\">" + esc(p.t.gender_gap_over_time) + "</h3>\n";
  if (!gender.empty())
    out += "<ul class=\"legend\"><li><span class=\"swatch women\"></span>" + esc(p.t.women) +
           "</li><li><span class=\"swatch men\"></span>" + esc(p.t.men) + "</li></ul>\n";
  if (gender.empty()) note(out, p.t.no_gender_data);
  else out += "<div class=\"grid\">\n" + gender + "</div>\n";
  close_section(out);
}

}  // namespace ig_cli::report
