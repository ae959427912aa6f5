// Line numbers of byte offsets in a CSV file, for diagnostics.
#pragma once

#include <cstddef>
#include <string_view>

namespace impactgraph::csv {

/// The 1-based physical line that byte `offset` is on. "\r\n", "\n" and a lone "\r"
/// each end a line, as in the CSV parser.
std::size_t line_at(std::string_view text, std::size_t offset) noexcept;

}  // namespace impactgraph::csv
