// Writing HTML and SVG text: escaping, locale-independent number formatting (the same
// bytes on every machine), and small helpers for the SVG elements the charts use.
#pragma once

#include <string>
#include <string_view>

namespace ig_cli::report {

enum class Lang { sv, en };

/// Escapes &, <, >, " and ' for text and attribute values.
std::string esc(std::string_view text);

/// An SVG coordinate: `decimals` decimals (trailing zeros cut), never "-0", never NaN (0 instead).
std::string coord(double x, int decimals = 1);

/// A number for people: `decimals` after the separator (Swedish: decimal comma and a
/// no-break space between thousands; English: point and comma). "–" for NaN/infinite.
std::string number(double x, int decimals, Lang lang);
/// A number with as many decimals as it needs, up to `max_decimals` (trailing zeros cut).
std::string number_auto(double x, int max_decimals, Lang lang);
/// An amount of money in millions ("12,3 mnkr" / "12.3 M SEK"-style: "12,3 M SEK").
std::string money(double amount, const std::string& currency, Lang lang);
/// A share 0..1 as a percentage ("37 %" / "37%").
std::string percent(double share, int decimals, Lang lang);

/// Shortens `text` to at most `max_chars` characters (UTF-8 aware), ending with "…".
std::string shorten(std::string_view text, std::size_t max_chars);

/// Appends SVG elements to a string. Attribute values given as text are escaped.
class Svg {
 public:
  explicit Svg(std::string& out) : out_(out) {}
  /// <svg ... viewBox="0 0 w h" role="img"> with a <title> for screen readers.
  void open(double width, double height, std::string_view css_class, std::string_view title);
  void close() { out_ += "</svg>\n"; }
  void group(std::string_view attributes) { out_ += "<g " + std::string(attributes) + ">"; }
  void end_group() { out_ += "</g>"; }
  /// Elements; `extra` is raw attribute text (class="..." etc.), `tip` a tooltip (escaped).
  void line(double x1, double y1, double x2, double y2, std::string_view extra);
  void rect(double x, double y, double w, double h, std::string_view extra, std::string_view tip = {});
  void circle(double cx, double cy, double r, std::string_view extra, std::string_view tip = {});
  void path(std::string_view d, std::string_view extra, std::string_view tip = {});
  /// Text content is escaped.
  void text(double x, double y, std::string_view content, std::string_view extra);
  std::string& raw() { return out_; }

 private:
  void close_with_tip(std::string_view element, std::string_view tip);
  std::string& out_;
};

}  // namespace ig_cli::report
