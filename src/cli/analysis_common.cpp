#include "analysis_common.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <stdexcept>

namespace ig_cli {

ig::node_selection SelectionArgs::selection() const {
  ig::node_selection s;
  for (const auto& l : levels) s.add_level(l);
  for (const auto& i : ids) s.add_id(i);
  return s;
}

ig_normalization parse_normalization(const std::string& word) {
  if (word == "signed") return IG_NORMALIZATION_SIGNED;
  return IG_NORMALIZATION_POSITIVE;
}

ig_sign_rule parse_sign_rule(const std::string& word) {
  if (word == "any-negative") return IG_SIGN_RULE_ANY_NEGATIVE;
  return IG_SIGN_RULE_MULTIPLY;
}

std::string number(double x) {
  if (x == 0.0) return "0";  // also -0
  char buf[64];
  const double a = std::fabs(x);
  if (a >= 1e-4 && a < 1e15)
    std::snprintf(buf, sizeof buf, a >= 1e6 ? "%.0f" : "%.6g", x);
  else
    std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

void print_table(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  if (rows.empty()) return;
  std::vector<std::size_t> width(rows.front().size(), 0);
  std::vector<bool> numeric(width.size(), true);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size() && c < width.size(); ++c) {
      // Width in characters, not bytes (ids and labels may be UTF-8).
      std::size_t chars = 0;
      for (const unsigned char ch : rows[r][c]) chars += (ch & 0xC0) != 0x80 ? 1 : 0;
      width[c] = std::max(width[c], chars);
      if (r > 0 && !rows[r][c].empty()) {
        const char first = rows[r][c].front();
        numeric[c] = numeric[c] && (first == '-' || (first >= '0' && first <= '9'));
      }
    }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) {
      std::size_t chars = 0;
      for (const unsigned char ch : row[c]) chars += (ch & 0xC0) != 0x80 ? 1 : 0;
      const std::string pad(width[c] - chars, ' ');
      if (c > 0) line += "  ";
      line += numeric[c] ? pad + row[c] : row[c] + (c + 1 < row.size() ? pad : "");
    }
    out << line << '\n';
  }
}

int analysis_failure(const ig::error& e, const Common& common) {
  if (e.code() == IG_ERROR_NOT_FOUND) return usage_error(e.what(), common.json);
  return report_failure(e, common);
}

}  // namespace ig_cli
