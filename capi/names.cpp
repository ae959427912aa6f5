// Enumeration names, format parsing, option defaults and the owned ig_string.
#include <string_view>

#include "impactgraph/io.hpp"
#include "internal.hpp"

namespace {

// The C enumerations mirror the C++ ones value for value.
static_assert(IG_SEVERITY_INFO == static_cast<int>(impactgraph::Severity::info));
static_assert(IG_EVIDENCE_NONE == static_cast<int>(impactgraph::Evidence::none));
static_assert(IG_DIRECTION_DECREASE == static_cast<int>(impactgraph::Direction::decrease));
static_assert(IG_TARGET_DISPARITY == static_cast<int>(impactgraph::TargetKind::disparity));
static_assert(IG_MEASURE_TEXT == static_cast<int>(impactgraph::Measure::text));
static_assert(IG_AGGREGATION_LAST == static_cast<int>(impactgraph::Aggregation::last));

// The words of the formats (as impactgraph::to_string gives them), kept here as C
// strings because a string_view promises no NUL terminator. "" where none exists.
const char* const severity_names[] = {"error", "warning", "info"};
const char* const evidence_names[] = {"", "strong", "moderate", "weak", "none"};
const char* const direction_names[] = {"", "increase", "decrease"};
const char* const target_kind_names[] = {"level", "change", "threshold", "direction", "peers", "disparity"};
const char* const measure_names[] = {"number", "percent", "ratio", "ordinal", "text"};
const char* const aggregation_names[] = {"", "sum", "mean", "weighted_mean", "min", "max", "first", "last"};

template <std::size_t N>
const char* name_of(const char* const (&names)[N], int value) noexcept {
  return value >= 0 && static_cast<std::size_t>(value) < N ? names[value] : "";
}

}  // namespace

extern "C" {

const char* ig_format_name(ig_format format) {
  switch (format) {
    case IG_FORMAT_AUTO: return "auto";
    case IG_FORMAT_JSON: return "json";
    case IG_FORMAT_CSV: return "csv";
    case IG_FORMAT_DOT: return "dot";
    case IG_FORMAT_GRAPHML: return "graphml";
    default: return "";
  }
}

const char* ig_severity_name(ig_severity v) { return name_of(severity_names, v); }
const char* ig_evidence_name(ig_evidence v) { return name_of(evidence_names, v); }
const char* ig_direction_name(ig_direction v) { return name_of(direction_names, v); }
const char* ig_target_kind_name(ig_target_kind v) { return name_of(target_kind_names, v); }
const char* ig_measure_name(ig_measure v) { return name_of(measure_names, v); }
const char* ig_aggregation_name(ig_aggregation v) { return name_of(aggregation_names, v); }

ig_status ig_format_parse(ig_format* out, const char* name) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(name);
    const std::string_view n(name);
    ig_format f;
    if (n == "json")
      f = IG_FORMAT_JSON;
    else if (n == "csv")
      f = IG_FORMAT_CSV;
    else if (n == "dot")
      f = IG_FORMAT_DOT;
    else if (n == "graphml")
      f = IG_FORMAT_GRAPHML;
    else
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'name' is \"" + std::string(n) + "\", not json, csv, dot or graphml");
    *out = f;
  });
}

ig_status ig_load_options_init(ig_load_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    IG_REQUIRE(options);
    if (struct_size < IG_V0_SIZE(ig_load_options, source_name))
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'struct_size' is " + std::to_string(struct_size) + ", less than the v0 struct");
    const ig_load_options defaults = IG_LOAD_OPTIONS_INIT;
    // Fields of a newer header than this library knows are zeroed.
    std::memset(static_cast<void*>(options), 0, struct_size);
    std::memcpy(static_cast<void*>(options), &defaults, struct_size < sizeof defaults ? struct_size : sizeof defaults);
    options->struct_size = struct_size;
  });
}

ig_status ig_save_options_init(ig_save_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    IG_REQUIRE(options);
    if (struct_size < IG_V0_SIZE(ig_save_options, csv_bom))
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'struct_size' is " + std::to_string(struct_size) + ", less than the v0 struct");
    const ig_save_options defaults = IG_SAVE_OPTIONS_INIT;
    // Fields of a newer header than this library knows are zeroed.
    std::memset(static_cast<void*>(options), 0, struct_size);
    std::memcpy(static_cast<void*>(options), &defaults, struct_size < sizeof defaults ? struct_size : sizeof defaults);
    options->struct_size = struct_size;
  });
}

const char* ig_string_data(const ig_string* s) {
  if (s == nullptr) {
    ig_capi::set_last_error(IG_ERROR_INVALID_ARGUMENT, "ig_string_data: argument 's' is NULL");
    return "";
  }
  return s->text.c_str();
}

size_t ig_string_size(const ig_string* s) {
  if (s == nullptr) {
    ig_capi::set_last_error(IG_ERROR_INVALID_ARGUMENT, "ig_string_size: argument 's' is NULL");
    return 0;
  }
  return s->text.size();
}

void ig_string_destroy(ig_string** s) {
  if (s == nullptr) return;
  delete *s;
  *s = nullptr;
}

}  // extern "C"
