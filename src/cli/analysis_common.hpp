// Pieces the analysis commands (contributions, funding, influence) share: node selections
// from options, the enum words, number formatting and table printing.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli.hpp"

namespace ig_cli {

/// Levels and ids as given on the command line (comma lists, options repeatable).
struct SelectionArgs {
  std::vector<std::string> levels;
  std::vector<std::string> ids;
  bool empty() const noexcept { return levels.empty() && ids.empty(); }
  ig::node_selection selection() const;
};

ig_normalization parse_normalization(const std::string& word);
ig_sign_rule parse_sign_rule(const std::string& word);

/// A number for a table: up to 6 significant digits, no exponent for ordinary sizes.
std::string number(double x);

/// Prints rows as aligned columns (the first row is the header); numbers right-aligned.
void print_table(const std::vector<std::vector<std::string>>& rows, std::ostream& out);

/// A failure to find a level or node named on the command line is a usage error (exit 2).
int analysis_failure(const ig::error& e, const Common& common);

}  // namespace ig_cli
