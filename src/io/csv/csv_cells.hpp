// Typed access to the cells of a parsed table; every problem becomes a diagnostic
// naming file, row (the record's first physical line) and column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "io/csv/csv_parser.hpp"

namespace impactgraph::csv {

/// Finds columns by header name; remembers whether every required one is there.
class Columns {
 public:
  Columns(const Table& table, std::vector<Diagnostic>& errors) : table_(table), errors_(errors) {}
  /// The 0-based index of column `name`, or -1. A required column that is missing
  /// from the header is reported as missing-field (file, header line, field).
  int find(std::string_view name, bool required = false);
  /// True when the table has a header and no required column was missing (rows can
  /// be read).
  bool complete() const noexcept { return complete_; }

 private:
  const Table& table_;
  std::vector<Diagnostic>& errors_;
  bool complete_ = true;
};

/// One record of a table. Column indexes come from Columns::find (-1 = absent column,
/// whose cells read as empty).
class Row {
 public:
  Row(const Table& table, const Record& record, std::vector<Diagnostic>& errors)
      : table_(table), record_(record), errors_(errors) {}

  std::uint32_t line() const noexcept { return record_.line; }
  std::string_view cell(int column) const noexcept;
  std::string text(int column) const { return std::string(cell(column)); }
  /// True when the cell is empty or holds only spaces and tabs.
  bool blank(int column) const noexcept { return trimmed(column).empty(); }
  /// The cell's text; missing-field when it is empty.
  std::string required(int column);
  /// nullopt for an empty (or blank) cell; bad-value, out-of-range or non-finite
  /// when it is not a number in the table's decimal style.
  std::optional<double> number(int column);
  /// Like number() but missing-field when empty.
  std::optional<double> required_number(int column);
  /// An enumeration word (surrounding spaces ignored); `fallback` when empty,
  /// bad-value listing `expected` when unknown.
  template <class E, class Parse>
  E word(int column, Parse parse, E fallback, std::string_view what, std::string_view expected) {
    const std::string_view w = trimmed(column);
    if (w.empty()) return fallback;
    if (auto v = parse(w)) return *v;
    error(codes::bad_value, column,
          "unknown " + std::string(what) + " '" + std::string(w) + "' (expected " + std::string(expected) + ")");
    return fallback;
  }
  /// Records a diagnostic about this row (column -1: the row as a whole).
  void error(std::string_view code, int column, std::string message, std::string_view field = {});

 private:
  std::string_view trimmed(int column) const noexcept;

  const Table& table_;
  const Record& record_;
  std::vector<Diagnostic>& errors_;
};

/// Splits a list cell ("0019|0007") into its items, kept verbatim; empty items (an
/// empty cell, "a||b", a trailing '|') are left out.
std::vector<std::string> split_list(std::string_view cell, char separator);

}  // namespace impactgraph::csv
