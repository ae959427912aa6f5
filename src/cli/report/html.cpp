#include "report/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ig_cli::report {

std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string coord(double x, int decimals) {
  if (!std::isfinite(x)) x = 0.0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s(buf);
  if (s.find('.') != std::string::npos) {  // shorter output: no trailing zeros
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

namespace {
// Digits of |x| with `decimals` decimals, grouped; the C locale gives '.' as the point.
std::string grouped(double x, int decimals, const char* thousands, const char* point) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(x));
  std::string digits(buf);
  std::string frac;
  if (const auto dot = digits.find('.'); dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.resize(dot);
  }
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[i];
    const std::size_t left = n - 1 - i;
    if (left > 0 && left % 3 == 0 && n > 4) out += thousands;  // 4-digit numbers (years) ungrouped
  }
  if (!frac.empty()) out += point + frac;
  bool zero = true;
  for (const char c : out)
    if (c >= '1' && c <= '9') zero = false;
  return (x < 0 && !zero ? "\u2212" : "") + out;
}
}  // namespace

std::string number(double x, int decimals, Lang lang) {
  if (!std::isfinite(x)) return "\u2013";
  return lang == Lang::sv ? grouped(x, decimals, "\u00a0", ",") : grouped(x, decimals, ",", ".");
}

std::string number_auto(double x, int max_decimals, Lang lang) {
  if (!std::isfinite(x)) return "\u2013";
  int decimals = max_decimals;
  while (decimals > 0) {
    const double scale = std::pow(10.0, decimals - 1);
    if (std::fabs(std::round(x * scale) - x * scale) > 1e-9 * std::max(1.0, std::fabs(x * scale))) break;
    --decimals;
  }
  return number(x, decimals, lang);
}

std::string money(double amount, const std::string& currency, Lang lang) {
  if (std::fabs(amount) >= 1e6)
    return number(amount / 1e6, 1, lang) + (lang == Lang::sv ? "\u00a0mn\u00a0" : "\u00a0M\u00a0") + currency;
  return number(amount, 0, lang) + "\u00a0" + currency;
}

std::string percent(double share, int decimals, Lang lang) {
  return number(share * 100.0, decimals, lang) + (lang == Lang::sv ? "\u00a0%" : "%");
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  if (max_chars < 2) max_chars = 2;
  std::size_t chars = 0, i = 0, cut = std::string_view::npos;
  while (i < text.size()) {
    if (chars == max_chars - 1) cut = i;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  if (chars <= max_chars || cut == std::string_view::npos) return std::string(text);
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

void Svg::open(double width, double height, std::string_view css_class, std::string_view title) {
  out_ += "<svg class=\"" + std::string(css_class) + "\" viewBox=\"0 0 " +
          coord(width) + " " + coord(height) + "\" width=\"" + coord(width) + "\" height=\"" + coord(height) +
          "\" role=\"img\"><title>" + esc(title) + "</title>\n";
}

void Svg::close_with_tip(std::string_view element, std::string_view tip) {
  if (tip.empty()) {
    out_ += "/>";
  } else {
    out_ += "><title>" + esc(tip) + "</title></" + std::string(element) + ">";
  }
  out_ += '\n';
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view extra) {
  out_ += "<line x1=\"" + coord(x1) + "\" y1=\"" + coord(y1) + "\" x2=\"" + coord(x2) + "\" y2=\"" + coord(y2) +
          "\" " + std::string(extra) + "/>\n";
}

void Svg::rect(double x, double y, double w, double h, std::string_view extra, std::string_view tip) {
  out_ += "<rect x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" width=\"" + coord(std::max(w, 0.0)) +
          "\" height=\"" + coord(std::max(h, 0.0)) + "\" " + std::string(extra);
  close_with_tip("rect", tip);
}

void Svg::circle(double cx, double cy, double r, std::string_view extra, std::string_view tip) {
  out_ += "<circle cx=\"" + coord(cx) + "\" cy=\"" + coord(cy) + "\" r=\"" + coord(r) + "\" " + std::string(extra);
  close_with_tip("circle", tip);
}

void Svg::path(std::string_view d, std::string_view extra, std::string_view tip) {
  out_ += "<path d=\"" + std::string(d) + "\" " + std::string(extra);
  close_with_tip("path", tip);
}

void Svg::text(double x, double y, std::string_view content, std::string_view extra) {
  out_ += "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" " + std::string(extra) + ">" + esc(content) +
          "</text>\n";
}

}  // namespace ig_cli::report
