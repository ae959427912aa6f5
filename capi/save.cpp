// Saving and exporting a frozen model.
#include <memory>
#include <sstream>

#include "impactgraph/io.hpp"
#include "internal.hpp"

namespace {

impactgraph::CsvStyle csv_style(const ig_save_options* options, const char* function) {
  const ig_save_options defaults = IG_SAVE_OPTIONS_INIT;
  ig_save_options o = defaults;
  if (options != nullptr) {
    ig_capi::require_struct(options, IG_V0_SIZE(ig_save_options, csv_bom), function, "options");
    o = ig_capi::read_struct(options, defaults);
  }
  if (o.csv_separator != ',' && o.csv_separator != ';')
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "argument 'options' has csv_separator other than ',' or ';'");
  if (o.csv_decimal != '.' && o.csv_decimal != ',')
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "argument 'options' has csv_decimal other than '.' or ','");
  if (o.csv_separator == o.csv_decimal)
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "argument 'options' has the same csv_separator and csv_decimal");
  return impactgraph::CsvStyle{o.csv_separator, o.csv_decimal, o.csv_bom != 0};
}

impactgraph::Format to_format(ig_format format, const char* function) {
  switch (format) {
    case IG_FORMAT_JSON: return impactgraph::Format::json;
    case IG_FORMAT_CSV: return impactgraph::Format::csv;
    case IG_FORMAT_DOT: return impactgraph::Format::dot;
    case IG_FORMAT_GRAPHML: return impactgraph::Format::graphml;
    default: break;
  }
  ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                "argument 'format' is " + std::to_string(static_cast<int>(format)) +
                    "; saving takes IG_FORMAT_JSON, _CSV, _DOT or _GRAPHML");
}

}  // namespace

extern "C" {

ig_status ig_model_save(const ig_model* m, const char* path, ig_format format, const ig_save_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(m);
    IG_REQUIRE(path);
    const impactgraph::Format f = to_format(format, ig_function);
    const impactgraph::CsvStyle style = csv_style(options, ig_function);
    impactgraph::save(m->model.spec(), path, f, style);
  });
}

ig_status ig_model_write_string(ig_string** out, const ig_model* m, ig_format format, const ig_save_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::Format f = to_format(format, ig_function);
    csv_style(options, ig_function);  // checked for the day a text format takes options
    if (f == impactgraph::Format::csv)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'format' is IG_FORMAT_CSV, a folder of files; use ig_model_save");
    auto s = std::make_unique<ig_string>();
    const impactgraph::ModelSpec spec = m->model.spec();
    if (f == impactgraph::Format::json) {
      s->text = impactgraph::to_json(spec);
    } else {
      std::ostringstream text;
      if (f == impactgraph::Format::dot)
        impactgraph::write_dot(spec, text);
      else
        impactgraph::write_graphml(spec, text);
      s->text = std::move(text).str();
    }
    *out = s.release();
  });
}

}  // extern "C"
