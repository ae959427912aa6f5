// model.json of a CSV bundle, read and written with the JSON model reader's own parser
// (io/json): the same syntax rules, limits and line numbers as a JSON model file, and
// no allocation while a value is destroyed (nlohmann::json's destructor allocates, so
// an allocation failure there ended the program; found by tests/alloc).
#include "io/csv/bundle_meta.hpp"

#include <set>

#include "io/utf8.hpp"
#include "io/json/json_parser.hpp"
#include "io/json/json_value.hpp"
#include "io/json/model_keys.hpp"

namespace impactgraph::csv {

namespace {

void report(std::vector<Diagnostic>& errors, std::string_view code, const std::string& file, std::uint32_t line,
            std::uint32_t column, std::string field, std::string message) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  d.location = Location{file, line, column, std::move(field)};
  errors.push_back(std::move(d));
}

// A key of the JSON model's own (json::keys::model) cannot be an extra: "name" and "levels"
// are read from model.json, and "nodes", "geographies", ... have their CSV files; an extra
// of that name could not be written as JSON either.
bool is_reserved(std::string_view key) { return json::keys::known(json::keys::model, key); }

bool is_integer_literal(const std::string& text) { return text.find_first_of(".eE") == std::string::npos; }

// `value` as nlohmann::json's dump(2) lays it out: one member or item per line, two
// spaces per level, "key": value, empty containers as [] and {}.
void append_pretty(std::string& out, const json::Value& value, std::size_t indent) {
  const std::string inner(indent + 2, ' ');
  if (value.is(json::Kind::array) && !value.items.empty()) {
    out += "[\n";
    for (std::size_t i = 0; i < value.items.size(); ++i) {
      out += inner;
      append_pretty(out, value.items[i], indent + 2);
      out += i + 1 < value.items.size() ? ",\n" : "\n";
    }
    out += std::string(indent, ' ') + "]";
  } else if (value.is(json::Kind::object) && !value.members.empty()) {
    out += "{\n";
    for (std::size_t i = 0; i < value.members.size(); ++i) {
      out += inner;
      json::append_quoted(out, value.members[i].key);
      out += ": ";
      append_pretty(out, value.members[i].value, indent + 2);
      out += i + 1 < value.members.size() ? ",\n" : "\n";
    }
    out += std::string(indent, ' ') + "}";
  } else {
    out += json::to_compact(value);
  }
}

}  // namespace

void read_model_json(std::string_view text, const std::string& file, ModelSpec& spec,
                     std::vector<Diagnostic>& errors, const Limits& limits) {
  json::ParseOptions options;
  options.max_depth = limits.max_depth;
  options.max_string_bytes = limits.max_string_bytes;
  json::Value root;
  try {
    root = json::parse(text, file, options);
  } catch (const Error& e) {
    errors.insert(errors.end(), e.diagnostics().begin(), e.diagnostics().end());
    return;
  }
  if (!root.is(json::Kind::object)) {
    report(errors, codes::wrong_type, file, root.line, root.column, "", "model.json must hold a JSON object");
    return;
  }
  const json::Value* version = root.find("impactgraph");
  if (version == nullptr) {
    report(errors, codes::missing_field, file, root.line, root.column, "impactgraph",
           "the format version {\"impactgraph\": 1} is required");
  } else if (!version->is(json::Kind::number) || !is_integer_literal(version->text)) {
    report(errors, codes::wrong_type, file, version->line, version->column, "impactgraph",
           "the format version must be an integer");
  } else if (version->number != 1.0) {
    report(errors, codes::unsupported_version, file, version->line, version->column, "impactgraph",
           "format version " + version->text + " is not supported (this library reads version 1)");
  } else {
    spec.version = 1;
  }
  for (const json::Member& m : root.members) {
    const json::Value& value = m.value;
    if (m.key == "impactgraph") continue;
    if (m.key == "name") {
      if (value.is(json::Kind::string)) spec.name = value.text;
      else report(errors, codes::wrong_type, file, value.line, value.column, "name", "the name must be a string");
    } else if (m.key == "levels") {
      if (!value.is(json::Kind::array)) {
        report(errors, codes::wrong_type, file, value.line, value.column, "levels", "levels must be an array of strings");
        continue;
      }
      spec.levels.clear();
      for (std::size_t i = 0; i < value.items.size(); ++i) {
        const json::Value& level = value.items[i];
        if (level.is(json::Kind::string)) spec.levels.push_back(level.text);
        else
          report(errors, codes::wrong_type, file, level.line, level.column, json::item_path("levels", i),
                 "a level must be a string");
      }
    } else if (is_reserved(m.key)) {
      report(errors, codes::bad_value, file, m.line, m.column, m.key,
             "\"" + m.key + "\" is one of the model's own keys; in a CSV bundle its content belongs in its CSV file, "
             "not in model.json");
    } else {
      spec.extras.emplace_back(m.key, json::to_compact(value));
    }
  }
}

std::string model_json_text(const ModelSpec& spec, const std::string& file, std::vector<Diagnostic>& errors) {
  const std::size_t before = errors.size();
  std::string out = "{\n  \"impactgraph\": 1,\n  \"name\": ";
  if (!utf8::valid(spec.name)) report(errors, codes::bad_encoding, file, 0, 0, "name", "the name is not valid UTF-8");
  json::append_quoted(out, spec.name);
  if (!spec.levels.empty()) {
    out += ",\n  \"levels\": [\n";
    for (std::size_t i = 0; i < spec.levels.size(); ++i) {
      if (!utf8::valid(spec.levels[i]))
        report(errors, codes::bad_encoding, file, 0, 0, json::item_path("levels", i), "not valid UTF-8");
      out += "    ";
      json::append_quoted(out, spec.levels[i]);
      out += i + 1 < spec.levels.size() ? ",\n" : "\n";
    }
    out += "  ]";
  }
  std::set<std::string_view> written;  // extra keys so far: a key twice cannot be held
  for (const auto& [key, value] : spec.extras) {
    if (is_reserved(key) || !utf8::valid(key) || !written.insert(key).second) {
      report(errors, codes::bad_value, file, 0, 0, key, "an extra key that model.json cannot hold");
      continue;
    }
    json::Value parsed;
    try {
      parsed = json::parse(value, "");
    } catch (const Error&) {
      report(errors, codes::bad_value, file, 0, 0, key, "the extra value is not JSON text");
      continue;
    }
    out += ",\n  ";
    json::append_quoted(out, key);
    out += ": ";
    append_pretty(out, parsed, 2);
  }
  if (errors.size() != before) return {};
  return out + "\n}\n";
}

}  // namespace impactgraph::csv
