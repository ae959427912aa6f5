// Typed access to one JSON object while mapping it onto a spec struct. Every problem
// becomes a Diagnostic naming the file, the value's line and its JSON path; reading
// goes on so that one pass reports as many errors as it can.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model_spec.hpp"
#include "io/json/json_value.hpp"

namespace impactgraph::json {

/// The errors of one read, all naming the same file.
class ErrorList {
 public:
  explicit ErrorList(std::string_view file) : file_(file) {}
  void add(std::string_view code, std::string message, const Value& at, std::string field);
  Location where(const Value& at, std::string field) const;
  std::vector<Diagnostic>& all() noexcept { return errors_; }

 private:
  std::string file_;
  std::vector<Diagnostic> errors_;
};

enum class Need : bool { optional, required };

class ObjectReader {
 public:
  /// Reports wrong-type when `object` is not an object; the accessors then do nothing.
  ObjectReader(ErrorList& errors, const Value& object, std::string path);

  bool valid() const noexcept { return valid_; }
  const std::string& path() const noexcept { return path_; }

  /// The member if present and of `kind`; reports missing-field or wrong-type.
  const Value* get(std::string_view key, Kind kind, Need need = Need::optional);

  void text(std::string_view key, std::string& out, Need need = Need::optional);
  void number(std::string_view key, double& out, Need need = Need::optional);
  /// A number, or null for "absent".
  void nullable_number(std::string_view key, std::optional<double>& out);
  /// A two-number array [min, max].
  void pair(std::string_view key, std::optional<std::array<double, 2>>& out);
  void text_list(std::string_view key, std::vector<std::string>& out);
  /// A string that must be one of `words`; reports bad-value otherwise. Returns the
  /// index into `words`, or nullopt when absent or wrong.
  template <std::size_t N>
  std::optional<std::size_t> word(std::string_view key, const std::array<std::string_view, N>& words) {
    return word_index(key, words.data(), N);
  }
  /// An object of scalar values; numbers and booleans are kept as their JSON text.
  void tags(std::string_view key, Tags& out);
  /// Members whose key is not in `known`, as compact JSON text in input order.
  template <std::size_t N>
  void extras(const std::array<std::string_view, N>& known, Extras& out) const {
    collect_extras(known.data(), N, out);
  }

 private:
  std::optional<std::size_t> word_index(std::string_view key, const std::string_view* words, std::size_t n);
  void collect_extras(const std::string_view* known, std::size_t n, Extras& out) const;
  void wrong_type(const Value& value, std::string_view expected, const std::string& field);

  ErrorList& errors_;
  const Value& object_;
  std::string path_;
  bool valid_;
};

}  // namespace impactgraph::json
