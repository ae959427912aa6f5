#include "io/json/object_reader.hpp"

#include <algorithm>
#include <utility>

namespace impactgraph::json {

void ErrorList::add(std::string_view code, std::string message, const Value& at, std::string field) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  d.location = where(at, std::move(field));
  errors_.push_back(std::move(d));
}

Location ErrorList::where(const Value& at, std::string field) const {
  Location l;
  l.file = file_;
  l.line = at.line;
  l.column = at.column;
  l.field = std::move(field);
  return l;
}

ObjectReader::ObjectReader(ErrorList& errors, const Value& object, std::string path)
    : errors_(errors), object_(object), path_(std::move(path)), valid_(object.is(Kind::object)) {
  if (!valid_) wrong_type(object, describe(Kind::object), path_);
}

void ObjectReader::wrong_type(const Value& value, std::string_view expected, const std::string& field) {
  std::string message = "expected " + std::string(expected) + ", found " + std::string(describe(value.kind));
  // The commonest slip: a period or an id written as a bare number.
  if (value.is(Kind::number) && expected == describe(Kind::string))
    message += " (write it in double quotes: \"" + value.text + "\")";
  errors_.add(codes::wrong_type, std::move(message), value, field);
}

const Value* ObjectReader::get(std::string_view key, Kind kind, Need need) {
  if (!valid_) return nullptr;
  const Value* v = object_.find(key);
  if (v == nullptr) {
    if (need == Need::required)
      errors_.add(codes::missing_field, "required key " + quote(key) + " is missing", object_,
                  child_path(path_, key));
    return nullptr;
  }
  if (!v->is(kind)) {
    wrong_type(*v, describe(kind), child_path(path_, key));
    return nullptr;
  }
  return v;
}

void ObjectReader::text(std::string_view key, std::string& out, Need need) {
  if (const Value* v = get(key, Kind::string, need)) out = v->text;
}

void ObjectReader::number(std::string_view key, double& out, Need need) {
  if (const Value* v = get(key, Kind::number, need)) out = v->number;
}

void ObjectReader::nullable_number(std::string_view key, std::optional<double>& out) {
  if (!valid_) return;
  const Value* v = object_.find(key);
  if (v == nullptr || v->is(Kind::null)) return;
  if (!v->is(Kind::number)) return wrong_type(*v, "a number or null", child_path(path_, key));
  out = v->number;
}

void ObjectReader::pair(std::string_view key, std::optional<std::array<double, 2>>& out) {
  if (!valid_) return;
  const Value* v = object_.find(key);
  if (v == nullptr) return;
  const bool ok = v->is(Kind::array) && v->items.size() == 2 && v->items[0].is(Kind::number) &&
                  v->items[1].is(Kind::number);
  if (!ok) {
    errors_.add(codes::wrong_type, "expected an array of two numbers [min, max]", *v, child_path(path_, key));
    return;
  }
  out = std::array<double, 2>{v->items[0].number, v->items[1].number};
}

void ObjectReader::text_list(std::string_view key, std::vector<std::string>& out) {
  const Value* list = get(key, Kind::array);
  if (list == nullptr) return;
  const std::string field = child_path(path_, key);
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    const Value& item = list->items[i];
    if (item.is(Kind::string)) out.push_back(item.text);
    else wrong_type(item, describe(Kind::string), item_path(field, i));
  }
}

std::optional<std::size_t> ObjectReader::word_index(std::string_view key, const std::string_view* words,
                                                    std::size_t n) {
  const Value* v = get(key, Kind::string);
  if (v == nullptr) return std::nullopt;
  for (std::size_t i = 0; i < n; ++i)
    if (v->text == words[i]) return i;
  std::string expected;
  for (std::size_t i = 0; i < n; ++i) expected += (i == 0 ? "" : (i + 1 == n ? " or " : ", ")) + quote(words[i]);
  errors_.add(codes::bad_value, "unknown " + std::string(key) + " " + quote(v->text) + " (expected " + expected + ")",
              *v, child_path(path_, key));
  return std::nullopt;
}

void ObjectReader::tags(std::string_view key, Tags& out) {
  const Value* object = get(key, Kind::object);
  if (object == nullptr) return;
  const std::string field = child_path(path_, key);
  for (const Member& m : object->members) {
    const Value& v = m.value;
    if (v.is(Kind::string) || v.is(Kind::number)) out.emplace_back(m.key, v.text);
    else if (v.is(Kind::boolean)) out.emplace_back(m.key, v.boolean ? "true" : "false");
    else wrong_type(v, "a string", child_path(field, m.key));
  }
}

void ObjectReader::collect_extras(const std::string_view* known, std::size_t n, Extras& out) const {
  if (!valid_) return;
  for (const Member& m : object_.members)
    if (std::find(known, known + n, m.key) == known + n) out.emplace_back(m.key, to_compact(m.value));
}

}  // namespace impactgraph::json
