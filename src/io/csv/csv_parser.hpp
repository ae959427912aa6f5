// An RFC 4180 parser for one CSV file of a bundle: quoted fields with embedded
// separators, doubled quotes and line breaks; the separator (',', ';' or tab) is
// detected from the header line. Syntax and encoding problems become diagnostics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/limits.hpp"

namespace impactgraph::csv {

struct Record {
  std::vector<std::string> fields;
  std::uint32_t line = 0;  // physical 1-based line on which the record starts
};

struct Table {
  std::string file;  // as named in diagnostics
  char separator = ',';
  /// Numbers are written with a decimal comma (the separator is ';').
  bool decimal_comma = false;
  /// False for a file with no header (empty, or only blank lines): an empty table.
  bool has_header = false;
  std::vector<std::string> header;
  std::uint32_t header_line = 0;
  /// Data records; blank lines (and lines of only separators) are left out, as are
  /// records that had a syntax error.
  std::vector<Record> rows;

  /// The header name of 0-based field `index`, or "" past the header.
  std::string_view column_name(std::size_t index) const noexcept;
};

/// The separator of a file: the most frequent of ',', ';' and tab outside quotes on
/// the first non-blank line (ties: ',' before ';' before tab; none: ',').
char detect_separator(std::string_view text) noexcept;

/// Parses a whole file. A leading UTF-8 BOM is skipped. Appends `bad-encoding` (text
/// not UTF-8; nothing is parsed) and `parse-error` diagnostics to `errors`: an
/// unterminated quote (parsing stops), a quote inside an unquoted field or after a
/// closing quote, a record with more fields than the header, an unnamed header column
/// holding data, a duplicate header name; and `limit-exceeded` for a field longer than
/// limits.max_string_bytes or a record of more than limits.max_columns fields (parsing
/// stops there: rows read so far are kept, as after an unterminated quote).
Table parse(std::string_view text, std::string file, std::vector<Diagnostic>& errors, const Limits& limits = {});

}  // namespace impactgraph::csv
