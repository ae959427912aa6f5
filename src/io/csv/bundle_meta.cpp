#include "io/csv/bundle_meta.hpp"

#include <nlohmann/json.hpp>

#include "io/csv/utf8.hpp"
#include "io/limits_check.hpp"

namespace impactgraph::csv {

namespace {

using Json = nlohmann::ordered_json;  // keeps keys in input order for extras

void report(std::vector<Diagnostic>& errors, std::string_view code, const std::string& file, std::uint32_t line,
            std::uint32_t column, std::string field, std::string message) {
  Diagnostic d;
  d.code = std::string(code);
  d.message = std::move(message);
  d.location = Location{file, line, column, std::move(field)};
  errors.push_back(std::move(d));
}

/// nlohmann's message without its "[json.exception.parse_error.101] parse error at
/// line 3, column 15: " prefix (the location is in the diagnostic already).
std::string plain_message(const char* what) {
  std::string m = what;
  const std::size_t close = m.find("] ");
  if (!m.empty() && m[0] == '[' && close != std::string::npos) m.erase(0, close + 2);
  const std::size_t colon = m.find(": ");
  if (m.rfind("parse error", 0) == 0 && colon != std::string::npos) m.erase(0, colon + 2);
  return m;
}

// Thrown from nlohmann's parse callback when the text breaks a limit: nlohmann parses
// without recursion, but dumping the extras (spec.extras) recurses, so depth must be capped.
struct LimitBroken {
  Diagnostic diagnostic;
};

bool is_reserved(std::string_view key) { return key == "impactgraph" || key == "name" || key == "levels"; }

}  // namespace

void read_model_json(std::string_view text, const std::string& file, ModelSpec& spec,
                     std::vector<Diagnostic>& errors, const Limits& limits) {
  if (auto bad = first_invalid_utf8(text)) {
    report(errors, codes::bad_encoding, file, static_cast<std::uint32_t>(line_at(text, *bad)), 0, "",
           "not valid UTF-8 at byte " + std::to_string(*bad + 1));
    return;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto check = [&](int depth, Json::parse_event_t event, Json& parsed) {
    const auto depth_now = static_cast<std::size_t>(depth) + 1;  // depth counts the enclosing containers
    if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start) &&
        depth_now > limits.max_depth)
      throw LimitBroken{limits::exceeded("max_depth", limits.max_depth,
                                         "arrays and objects nested deeper than " + std::to_string(limits.max_depth) +
                                             " levels",
                                         Location{file, 0, 0, ""})};
    if ((event == Json::parse_event_t::key || event == Json::parse_event_t::value) && parsed.is_string() &&
        parsed.get_ref<const std::string&>().size() > limits.max_string_bytes)
      throw LimitBroken{limits::exceeded("max_string_bytes", limits.max_string_bytes,
                                         "a string of " + std::to_string(parsed.get_ref<const std::string&>().size()) +
                                             " bytes",
                                         Location{file, 0, 0, ""})};
    return true;
  };
  Json j;
  try {
    j = Json::parse(text, check);
  } catch (const LimitBroken& e) {
    errors.push_back(e.diagnostic);
    return;
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based: the position of the last character read.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    const std::size_t line = line_at(text, offset);
    std::size_t line_start = offset < text.size() ? offset : text.size();
    while (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r') --line_start;
    report(errors, codes::parse_error, file, static_cast<std::uint32_t>(line),
           static_cast<std::uint32_t>(offset - line_start + 1), "", plain_message(e.what()));
    return;
  }
  if (!j.is_object()) {
    report(errors, codes::wrong_type, file, 0, 0, "", "model.json must hold a JSON object");
    return;
  }
  const auto version = j.find("impactgraph");
  if (version == j.end()) {
    report(errors, codes::missing_field, file, 0, 0, "impactgraph", "the format version {\"impactgraph\": 1} is required");
  } else if (!version->is_number_integer()) {
    report(errors, codes::wrong_type, file, 0, 0, "impactgraph", "the format version must be an integer");
  } else if (version->get<long long>() != 1) {
    report(errors, codes::unsupported_version, file, 0, 0, "impactgraph",
           "format version " + version->dump() + " is not supported (this library reads version 1)");
  } else {
    spec.version = 1;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    const Json& value = it.value();
    if (key == "impactgraph") continue;
    if (key == "name") {
      if (value.is_string()) spec.name = value.get<std::string>();
      else report(errors, codes::wrong_type, file, 0, 0, "name", "the name must be a string");
    } else if (key == "levels") {
      if (!value.is_array()) {
        report(errors, codes::wrong_type, file, 0, 0, "levels", "levels must be an array of strings");
        continue;
      }
      spec.levels.clear();
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i].is_string()) spec.levels.push_back(value[i].get<std::string>());
        else report(errors, codes::wrong_type, file, 0, 0, "levels[" + std::to_string(i) + "]", "a level must be a string");
      }
    } else {
      spec.extras.emplace_back(key, value.dump());
    }
  }
}

std::string model_json_text(const ModelSpec& spec, const std::string& file, std::vector<Diagnostic>& errors) {
  const std::size_t before = errors.size();
  Json j;
  j["impactgraph"] = 1;
  if (!valid_utf8(spec.name)) report(errors, codes::bad_encoding, file, 0, 0, "name", "the name is not valid UTF-8");
  j["name"] = spec.name;
  if (!spec.levels.empty()) {
    Json levels = Json::array();
    for (std::size_t i = 0; i < spec.levels.size(); ++i) {
      if (!valid_utf8(spec.levels[i]))
        report(errors, codes::bad_encoding, file, 0, 0, "levels[" + std::to_string(i) + "]", "not valid UTF-8");
      levels.push_back(spec.levels[i]);
    }
    j["levels"] = std::move(levels);
  }
  for (const auto& [key, value] : spec.extras) {
    if (is_reserved(key) || j.contains(key) || !valid_utf8(key)) {
      report(errors, codes::bad_value, file, 0, 0, key, "an extra key that model.json cannot hold");
      continue;
    }
    try {
      j[key] = Json::parse(value);
    } catch (const Json::exception&) {
      report(errors, codes::bad_value, file, 0, 0, key, "the extra value is not JSON text");
    }
  }
  if (errors.size() != before) return {};
  return j.dump(2) + "\n";
}

}  // namespace impactgraph::csv
