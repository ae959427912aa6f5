#include "io/json/json_value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace impactgraph::json {

std::string_view describe(Kind kind) noexcept {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::boolean: return "a boolean";
    case Kind::number: return "a number";
    case Kind::string: return "a string";
    case Kind::array: return "an array";
    case Kind::object: return "an object";
  }
  return "a value";
}

const Value* Value::find(std::string_view key) const noexcept {
  for (const Member& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

void append_quoted(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        // DEL (0x7f) is legal raw in JSON but invisible in an editor, so escape it too.
        if (byte < 0x20 || byte == 0x7f) {
          out += "\\u00";
          out += hex[byte >> 4];
          out += hex[byte & 0xf];
        } else {
          out += c;
        }
      }
    }
  }
  out += '"';
}

std::string quote(std::string_view text) {
  std::string out;
  append_quoted(out, text);
  return out;
}

std::string format_number(double value) {
  char buffer[64];
  // Money and counts read better in fixed notation; std::to_chars' shortest form would
  // write 12000000 as 1.2e+07. Both forms read back to the same double.
  const bool integral = std::trunc(value) == value && std::fabs(value) < 1e15;
  const auto result = integral ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                               : std::to_chars(buffer, buffer + sizeof buffer, value);
  if (result.ec != std::errc{}) return "0";  // unreachable for finite values: 64 bytes suffice
  return std::string(buffer, result.ptr);
}

std::string child_path(const std::string& path, std::string_view key) {
  const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '$';
  });
  if (!plain) return path + "[" + quote(key) + "]";
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string item_path(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

namespace {
void append_compact(std::string& out, const Value& v) {
  switch (v.kind) {
    case Kind::null: out += "null"; break;
    case Kind::boolean: out += v.boolean ? "true" : "false"; break;
    case Kind::number: out += v.text.empty() ? format_number(v.number) : v.text; break;
    case Kind::string: append_quoted(out, v.text); break;
    case Kind::array:
      out += '[';
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i > 0) out += ',';
        append_compact(out, v.items[i]);
      }
      out += ']';
      break;
    case Kind::object:
      out += '{';
      for (std::size_t i = 0; i < v.members.size(); ++i) {
        if (i > 0) out += ',';
        append_quoted(out, v.members[i].key);
        out += ':';
        append_compact(out, v.members[i].value);
      }
      out += '}';
      break;
  }
}
}  // namespace

std::string to_compact(const Value& value) {
  std::string out;
  append_compact(out, value);
  return out;
}

}  // namespace impactgraph::json
