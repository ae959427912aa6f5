// A parsed JSON value that remembers where it stood in the text, so that every error
// found while mapping it to a ModelSpec can name the line (nlohmann::json cannot).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace impactgraph::json {

enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

/// "null", "a boolean", "a number", ... for messages.
std::string_view describe(Kind kind) noexcept;

struct Member;

struct Value {
  Kind kind = Kind::null;
  bool boolean = false;
  double number = 0.0;
  /// A string's decoded UTF-8 text, or a number's source text (kept so that extras and
  /// tags reproduce the number exactly as written).
  std::string text;
  std::vector<Value> items;     // array
  std::vector<Member> members;  // object, in input order, keys unique
  std::uint32_t line = 0;       // 1-based position of the value's first character
  std::uint32_t column = 0;     // counted in characters (Unicode code points)

  bool is(Kind k) const noexcept { return kind == k; }
  /// The member named `key`, or nullptr.
  const Value* find(std::string_view key) const noexcept;
};

struct Member {
  std::string key;
  std::uint32_t line = 0;  // of the key
  std::uint32_t column = 0;
  Value value;
};

/// Appends `text` as a JSON string literal: quotes, backslashes and control characters
/// escaped, everything else (UTF-8 included) passed through.
void append_quoted(std::string& out, std::string_view text);
std::string quote(std::string_view text);

/// The shortest text that reads back to exactly `value` (which must be finite);
/// integral values below 1e15 are written without exponent ("1200000", not "1.2e+06").
std::string format_number(double value);

/// `path.key`, or `path["odd key"]` when the key is not a plain name; `key` alone at the top.
std::string child_path(const std::string& path, std::string_view key);
/// `path[index]`.
std::string item_path(const std::string& path, std::size_t index);

/// Compact JSON text of `value`, no whitespace, numbers as written in the source.
std::string to_compact(const Value& value);

}  // namespace impactgraph::json
