// Reads Kolada data responses: {"values": [...], "count", "next_page"|"next_url", ...},
// or a bare array of data objects {"kpi", "municipality"|"ou", "period",
// "values": [{"gender", "count", "status", "value"}]}.
#include <cmath>
#include <fstream>

#include "impactgraph/kolada.hpp"
#include "impactgraph/period.hpp"
#include "io/json/json_parser.hpp"
#include "io/json/object_reader.hpp"
#include "io/limits_check.hpp"

namespace impactgraph {

namespace {

using json::ErrorList;
using json::Kind;
using json::Need;
using json::ObjectReader;
using json::Value;

/// Kolada writes periods as numbers (2019); text ("2019") is accepted too.
std::string read_period(ErrorList& errors, const Value& object, const std::string& path) {
  const Value* v = object.find("period");
  const std::string field = json::child_path(path, "period");
  if (!v) {
    errors.add(codes::missing_field, "a Kolada data object needs 'period'", object, field);
    return {};
  }
  std::string text;
  if (v->is(Kind::string)) {
    text = v->text;
  } else if (v->is(Kind::number) && std::floor(v->number) == v->number) {
    text = v->text;
  } else {
    errors.add(codes::wrong_type, "'period' must be a year, as a number or text", *v, field);
    return {};
  }
  if (!Period::parse(text)) {
    errors.add(codes::bad_period, "'" + text + "' is not a period (2019, 2019Q3 or 2019-05)", *v, field);
    return {};
  }
  return text;
}

// The limits on the ids of a data object, checked once per object.
bool ids_within_limits(ErrorList& errors, const KoladaValue& base, const Value& object, const std::string& path,
                       const Limits& limits) {
  const char* geo_key = object.find("ou") && !object.find("municipality") ? "ou" : "municipality";
  for (const auto& [id, key] : {std::pair<const std::string&, const char*>{base.kpi, "kpi"}, {base.geo, geo_key}})
    if (id.size() > limits.max_id_bytes) {
      errors.all().push_back(limits::exceeded("max_id_bytes", limits.max_id_bytes,
                                              "an id of " + std::to_string(id.size()) + " bytes, longer than allowed",
                                              errors.where(*object.find(key), json::child_path(path, key))));
      return false;
    }
  return true;
}

// The limits on one value and on how many there are; false stops reading.
bool value_within_limits(ErrorList& errors, const KoladaValue& value, const Value& item, const std::string& path,
                         std::size_t count, const Limits& limits) {
  if (count >= limits.max_observations) {
    errors.all().push_back(limits::exceeded("max_observations", limits.max_observations,
                                            "more than " + std::to_string(limits.max_observations) + " values",
                                            errors.where(item, path)));
    return false;
  }
  if (value.gender.size() > limits.max_id_bytes) {
    errors.all().push_back(limits::exceeded("max_id_bytes", limits.max_id_bytes,
                                            "an id of " + std::to_string(value.gender.size()) +
                                                " bytes, longer than allowed",
                                            errors.where(*item.find("gender"), json::child_path(path, "gender"))));
    return false;
  }
  return true;
}

void read_data_object(ErrorList& errors, const Value& object, const std::string& path,
                      std::vector<KoladaValue>& out, const Limits& limits) {
  ObjectReader o(errors, object, path);
  if (!o.valid()) return;
  KoladaValue base;
  o.text("kpi", base.kpi, Need::required);
  // Municipal data names the geography `municipality`; organisational-unit data `ou`.
  if (object.find("ou") && !object.find("municipality"))
    o.text("ou", base.geo, Need::required);
  else
    o.text("municipality", base.geo, Need::required);
  base.period = read_period(errors, object, path);
  if (!ids_within_limits(errors, base, object, path, limits)) return;
  const Value* values = o.get("values", Kind::array, Need::required);
  if (!values) return;
  const std::string values_path = json::child_path(path, "values");
  for (std::size_t i = 0; i < values->items.size(); ++i) {
    const Value& item = values->items[i];
    ObjectReader v(errors, item, json::item_path(values_path, i));
    if (!v.valid()) continue;
    KoladaValue value = base;
    v.text("gender", value.gender, Need::required);
    v.nullable_number("value", value.value);
    if (const Value* status = item.find("status"); status && !status->is(Kind::null)) v.text("status", value.status);
    value.where = errors.where(item, v.path());
    if (!value_within_limits(errors, value, item, v.path(), out.size(), limits)) return;
    out.push_back(std::move(value));
  }
}

}  // namespace

std::vector<KoladaValue> read_kolada(std::string_view text, std::string_view file_name) {
  return read_kolada(text, file_name, {});
}

std::vector<KoladaValue> read_kolada(std::string_view text, std::string_view file_name, const ReadOptions& options) {
  const Limits& limits = options.limits;
  if (text.size() > limits.max_file_bytes)
    throw Error(limits::too_large(text.size(), limits.max_file_bytes, std::string(file_name)));
  json::ParseOptions parse;
  parse.max_depth = limits.max_depth;
  parse.max_string_bytes = limits.max_string_bytes;
  const Value root = json::parse(text, file_name, parse);
  ErrorList errors(file_name);
  const Value* list = nullptr;
  std::string path;
  if (root.is(Kind::array)) {
    list = &root;
  } else if (root.is(Kind::object)) {
    ObjectReader envelope(errors, root, "");
    list = envelope.get("values", Kind::array, Need::required);
    path = "values";
  } else {
    errors.add(codes::wrong_type, "a Kolada response is an object with 'values' or an array of data objects",
               root, "");
  }
  std::vector<KoladaValue> out;
  if (list)
    for (std::size_t i = 0; i < list->items.size(); ++i) {  // a limit stops the reading
      const std::size_t before = errors.all().size();
      read_data_object(errors, list->items[i], json::item_path(path, i), out, limits);
      if (errors.all().size() > before && errors.all().back().code == codes::limit_exceeded) break;
    }
  if (!errors.all().empty()) throw Error(std::move(errors.all()));
  return out;
}

std::vector<KoladaValue> read_kolada_file(const std::filesystem::path& path) { return read_kolada_file(path, {}); }

std::vector<KoladaValue> read_kolada_file(const std::filesystem::path& path, const ReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  std::error_code ec;
  if (!in || std::filesystem::is_directory(path, ec)) {
    Diagnostic d;
    d.code = std::string(codes::io_error);
    d.message = "cannot read the Kolada file";
    d.location.file = path.string();
    throw Error(std::move(d));
  }
  // Capped: a huge or endless file is refused, not swallowed.
  std::string text;
  if (!limits::read_at_most(in, options.limits.max_file_bytes, text))
    throw Error(limits::too_large(text.size(), options.limits.max_file_bytes, path.string()));
  return read_kolada(text, path.string(), options);
}

}  // namespace impactgraph
