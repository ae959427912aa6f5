#include "report/chart.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ig_cli::report {

namespace {
double nice_step(double span, int count) {
  const double raw = span / std::max(count, 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double f = raw / power;
  return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * power;
}
// Large values in millions or thousands, so that labels stay short.
std::string tick_label(double t, int decimals, const std::vector<double>& ticks, Lang lang) {
  double top = 0.0;
  for (const double x : ticks) top = std::max(top, std::fabs(x));
  const auto scaled = [&](double unit, const char* sv, const char* en) {
    double step = ticks.size() > 1 ? (ticks[1] - ticks[0]) / unit : 1.0;
    int d = 0;
    while (d < 3 && std::fabs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6) ++d;
    return number(t / unit, d, lang) + (lang == Lang::sv ? sv : en);
  };
  if (top >= 1e6) return scaled(1e6, "\u00a0mn", "M");
  if (top >= 1e5) return scaled(1e3, "\u00a0tn", "k");
  return number(t, decimals, lang);
}

}  // namespace

void nice_domain(double& lo, double& hi, int count) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0.0, hi = 1.0;
  if (hi < lo) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::fabs(hi))) {
    const double pad = lo == 0.0 ? 1.0 : std::fabs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const double step = nice_step(hi - lo, count);
  lo = std::floor(lo / step + 1e-9) * step;
  hi = std::ceil(hi / step - 1e-9) * step;
}

std::vector<double> nice_ticks(double lo, double hi, int count) {
  std::vector<double> ticks;
  if (!(hi > lo)) return {lo};
  const double step = nice_step(hi - lo, count);
  for (double v = std::ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step)
    ticks.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
  return ticks;
}

void y_axis(Svg& svg, const Frame& f, const Scale& y, const std::vector<double>& ticks, Lang lang) {
  double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
  int decimals = 0;
  while (decimals < 4 && std::fabs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
    ++decimals;
  for (const double t : ticks) {
    const double py = y(t);
    svg.line(f.x, py, f.x + f.w, py, "class=\"gridline\"");
    svg.text(f.x - 4, py + 3.5, tick_label(t, decimals, ticks, lang), "class=\"tick\" text-anchor=\"end\"");
  }
}

void year_axis(Svg& svg, const Frame& f, const Scale& x) {
  svg.line(f.x, f.y + f.h, f.x + f.w, f.y + f.h, "class=\"axis\"");
  // A chart with no dated point has the empty extent's +-1e300 as its domain: no year
  // ticks (converting those to int was undefined behaviour; UBSan found it).
  if (!(x.d0 >= -1e6 && x.d1 <= 1e6)) return;
  const int first = static_cast<int>(std::ceil(x.d0 - 1e-9)), last = static_cast<int>(std::floor(x.d1 + 1e-9));
  const int span = last - first;
  const int step = span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
  for (int year = first; year <= last; ++year) {
    if (year % step != 0) continue;
    const double px = x(year);
    svg.line(px, f.y + f.h, px, f.y + f.h + 3, "class=\"axis\"");
    svg.text(px, f.y + f.h + 14, std::to_string(year), "class=\"tick\" text-anchor=\"middle\"");
  }
}

void x_value_axis(Svg& svg, const Frame& f, const Scale& x, const std::vector<double>& ticks, Lang lang) {
  double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
  int decimals = 0;
  while (decimals < 4 && std::fabs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
    ++decimals;
  for (const double t : ticks) {
    const double px = x(t);
    svg.line(px, f.y, px, f.y + f.h, "class=\"gridline\"");
    svg.text(px, f.y + f.h + 12, tick_label(t, decimals, ticks, lang), "class=\"tick\" text-anchor=\"middle\"");
  }
}

}  // namespace ig_cli::report
