// UTF-8 checks shared by the CSV reader and writer.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace impactgraph::csv {

/// The byte offset of the first byte that does not start a valid UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
/// nullopt when `text` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;

inline bool valid_utf8(std::string_view text) noexcept { return !first_invalid_utf8(text); }

/// The 1-based physical line that byte `offset` is on. "\r\n", "\n" and a lone "\r"
/// each end a line, as in the CSV parser.
std::size_t line_at(std::string_view text, std::size_t offset) noexcept;

}  // namespace impactgraph::csv
