// A strict RFC 8259 JSON parser that records the line and column of every value.
#pragma once

#include <cstddef>
#include <string_view>

#include "io/json/json_value.hpp"

namespace impactgraph::json {

struct ParseOptions {
  /// Arrays and objects nested deeper than this are an error rather than a stack overflow.
  std::size_t max_depth = 256;
  /// A longer string (decoded), key or number literal is an error rather than a memory hog.
  std::size_t max_string_bytes = std::size_t(-1);
};

/// Parses one JSON document (a leading UTF-8 byte order mark is skipped).
/// Throws impactgraph::Error naming `file_name`, line and column:
///  parse-error   syntax errors (stops at the first), duplicate keys in one object,
///                an empty document;
///  limit-exceeded nesting deeper than options.max_depth, a string or number longer than
///                options.max_string_bytes (both stop parsing; the message names the limit);
///  bad-encoding  invalid UTF-8, a UTF-16 byte order mark, an unpaired \u surrogate;
///  out-of-range  a number beyond a double's range (1e400, 1e-400).
/// Duplicate keys and out-of-range numbers do not stop parsing, so all are reported;
/// their diagnostics also name the JSON path (`edges[0].weight`).
Value parse(std::string_view text, std::string_view file_name, const ParseOptions& options = {});

}  // namespace impactgraph::json
