#include "io/csv/csv_cells.hpp"

#include "io/csv/csv_number.hpp"

namespace impactgraph::csv {

int Columns::find(std::string_view name, bool required) {
  for (std::size_t i = 0; i < table_.header.size(); ++i)
    if (table_.header[i] == name) return static_cast<int>(i);
  if (!table_.has_header) {
    complete_ = false;  // an absent or empty file: an empty table, nothing to report
  } else if (required) {
    Diagnostic d;
    d.code = std::string(codes::missing_field);
    d.message = "the header has no column '" + std::string(name) + "'";
    d.location = Location{table_.file, table_.header_line, 0, std::string(name)};
    errors_.push_back(std::move(d));
    complete_ = false;
  }
  return -1;
}

std::string_view Row::cell(int column) const noexcept {
  if (column < 0 || static_cast<std::size_t>(column) >= record_.fields.size()) return {};
  return record_.fields[static_cast<std::size_t>(column)];
}

std::string_view Row::trimmed(int column) const noexcept {
  std::string_view s = cell(column);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void Row::error(std::string_view code, int column, std::string message, std::string_view field) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  const auto col = column < 0 ? 0u : static_cast<std::uint32_t>(column + 1);
  const std::string_view name = column < 0 ? field : table_.column_name(static_cast<std::size_t>(column));
  d.location = Location{table_.file, record_.line, col, std::string(name)};
  errors_.push_back(std::move(d));
}

std::string Row::required(int column) {
  std::string value = text(column);
  if (value.empty()) error(codes::missing_field, column, "a value is required");
  return value;
}

std::optional<double> Row::number(int column) {
  if (trimmed(column).empty()) return std::nullopt;
  NumberResult r = parse_number(cell(column), table_.decimal_comma);
  if (!r.code.empty()) {
    error(r.code, column, std::move(r.message));
    return std::nullopt;
  }
  return r.value;
}

std::optional<double> Row::required_number(int column) {
  if (trimmed(column).empty()) {
    error(codes::missing_field, column, "a value is required");
    return std::nullopt;
  }
  return number(column);
}

std::vector<std::string> split_list(std::string_view cell, char separator) {
  std::vector<std::string> items;
  if (cell.empty()) return items;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = cell.find(separator, start);
    const std::string_view item =
        cell.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!item.empty()) items.emplace_back(item);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return items;
}

}  // namespace impactgraph::csv
