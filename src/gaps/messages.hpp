// Private to gaps/: message arguments in two languages and the rendering of templates.
// A template holds {name} placeholders; a part in [brackets] is printed only when every
// placeholder inside it has a value. docs/gaps.md lists every template.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/gaps.hpp"

namespace impactgraph::gaps {

/// One placeholder's text in English and Swedish.
struct Arg {
  std::string name;
  std::string en;
  std::string sv;
};

using Args = std::vector<Arg>;

/// The same text in both languages.
Arg text_arg(std::string name, std::string text);
/// A word with a translation: the table of docs/gaps.md ("Words"); unknown words stay as they are.
Arg word_arg(std::string name, std::string_view word);
/// A number: English "1,234.5", Swedish "1 234,5"; decimals chosen by size (at most three
/// significant decimals, trailing zeros dropped) unless `decimals` >= 0.
Arg number_arg(std::string name, double value, int decimals = -1);
/// A fraction as a percentage: English "12.5%", Swedish "12,5 %".
Arg percent_arg(std::string name, double fraction, int decimals = 1);

std::string format_number(double value, Language language, int decimals = -1);
std::string format_percent(double fraction, Language language, int decimals = 1);

/// The translation of a known word (levels, tags, classes, kinds, breakdowns, trends...).
std::string translate(std::string_view word, Language language);

/// Renders a template in `language`. Placeholders without an argument make their [part]
/// disappear; outside brackets they stay as "{name}" (a bug worth seeing).
std::string render(std::string_view tmpl, std::span<const Arg> args, Language language);

/// The template of a detail part (off-track details, not-evaluable reasons), by key.
std::string_view detail_template(std::string_view key, Language language) noexcept;

/// The row of `code` in gap_code_table(); nullptr for an unknown code.
const GapCodeInfo* find_code(std::string_view code) noexcept;

/// Every detail key with its two templates (for the documentation test).
struct DetailTemplate {
  std::string_view key;
  std::string_view en;
  std::string_view sv;
};
std::span<const DetailTemplate> detail_table() noexcept;

}  // namespace impactgraph::gaps
