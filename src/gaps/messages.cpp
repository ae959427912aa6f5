// Rendering gap messages: numbers in each language's style and templates with optional parts.
#include "gaps/messages.hpp"

#include <fmt/format.h>

#include <cmath>

namespace impactgraph::gaps {

namespace {

// Decimals by size: at most three significant decimals, no more than needed.
int auto_decimals(double v) noexcept {
  const double a = std::abs(v);
  if (a >= 1000.0) return 0;
  if (a >= 100.0) return 1;
  if (a >= 1.0) return 2;
  return 3;
}

std::string strip_zeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Groups thousands of the integer part: English "1,234,567", Swedish "1 234 567".
std::string group_thousands(const std::string& s, char separator) {
  std::size_t start = (!s.empty() && s[0] == '-') ? 1 : 0;
  std::size_t end = s.find('.');
  if (end == std::string::npos) end = s.size();
  if (end - start <= 4) return s;  // 1234 stays as it is
  std::string out = s.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    out += s[i];
    const std::size_t left = end - i - 1;
    if (left > 0 && left % 3 == 0) out += separator;
  }
  out += s.substr(end);
  return out;
}

std::string localise(std::string s, Language language) {
  if (s == "-0") s = "0";
  s = group_thousands(s, language == Language::sv ? ' ' : ',');
  if (language == Language::sv)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

const Arg* find_arg(std::span<const Arg> args, std::string_view name) noexcept {
  for (const Arg& a : args)
    if (a.name == name) return &a;
  return nullptr;
}

// Renders [from, to) of the template; `complete` turns false when a placeholder has no argument.
std::string render_span(std::string_view t, std::span<const Arg> args, Language language, bool& complete) {
  std::string out;
  std::size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '{') {
      const std::size_t close = t.find('}', i);
      if (close == std::string_view::npos) {
        out += t.substr(i);
        break;
      }
      const std::string_view name = t.substr(i + 1, close - i - 1);
      if (const Arg* a = find_arg(args, name)) {
        out += language == Language::sv ? a->sv : a->en;
      } else {
        complete = false;
        out += t.substr(i, close - i + 1);
      }
      i = close + 1;
    } else if (c == '[') {
      // An optional part: find its matching ']' (parts do not nest).
      const std::size_t close = t.find(']', i);
      if (close == std::string_view::npos) {
        out += t.substr(i);
        break;
      }
      bool inner_complete = true;
      std::string inner = render_span(t.substr(i + 1, close - i - 1), args, language, inner_complete);
      if (inner_complete) out += inner;
      i = close + 1;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string format_number(double value, Language language, int decimals) {
  if (!std::isfinite(value)) return value > 0 ? "∞" : value < 0 ? "-∞" : "–";
  const int d = decimals >= 0 ? decimals : auto_decimals(value);
  std::string s = fmt::format("{:.{}f}", value, d);
  if (decimals < 0) s = strip_zeros(std::move(s));
  return localise(std::move(s), language);
}

std::string format_percent(double fraction, Language language, int decimals) {
  std::string s = strip_zeros(fmt::format("{:.{}f}", fraction * 100.0, decimals));
  s = localise(std::move(s), language);
  return language == Language::sv ? s + " %" : s + "%";
}

Arg text_arg(std::string name, std::string text) {
  Arg a{std::move(name), std::move(text), {}};
  a.sv = a.en;
  return a;
}

Arg word_arg(std::string name, std::string_view word) {
  return Arg{std::move(name), translate(word, Language::en), translate(word, Language::sv)};
}

Arg number_arg(std::string name, double value, int decimals) {
  return Arg{std::move(name), format_number(value, Language::en, decimals), format_number(value, Language::sv, decimals)};
}

Arg percent_arg(std::string name, double fraction, int decimals) {
  return Arg{std::move(name), format_percent(fraction, Language::en, decimals),
             format_percent(fraction, Language::sv, decimals)};
}

std::string render(std::string_view tmpl, std::span<const Arg> args, Language language) {
  bool complete = true;
  return render_span(tmpl, args, language, complete);
}

}  // namespace impactgraph::gaps
