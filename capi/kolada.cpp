// Kolada import: ig_import_kolada, ig_builder_import_kolada and the result accessors.
#include <memory>

#include "builder.hpp"
#include "impactgraph/io.hpp"
#include "impactgraph/kolada.hpp"
#include "internal.hpp"

struct ig_import_result {
  impactgraph::ImportSummary summary;
};

namespace {

std::vector<impactgraph::KoladaValue> read_files(const char* const* files, std::size_t count, const char* function) {
  if (count > 0) ig_capi::require(files, function, "files");
  std::vector<impactgraph::KoladaValue> values;
  for (std::size_t i = 0; i < count; ++i) {
    if (files[i] == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "argument 'files' has entry " + std::to_string(i) + " NULL");
    auto read = impactgraph::read_kolada_file(files[i]);
    values.insert(values.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
  }
  return values;
}

/// Validation errors of a merged spec, reported as IG_ERROR_INVALID_MODEL.
void require_valid(const impactgraph::ModelSpec& spec) {
  std::vector<impactgraph::Diagnostic> errors = impactgraph::validate(spec);
  std::erase_if(errors, [](const auto& d) { return d.severity != impactgraph::Severity::error; });
  if (!errors.empty()) throw ig_capi::InvalidModel(impactgraph::Error(std::move(errors)));
}

}  // namespace

extern "C" {

ig_status ig_import_kolada(ig_import_result** out, const char* model_path, const char* const* files,
                           std::size_t file_count) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(model_path);
    impactgraph::ModelSpec spec = impactgraph::read_model(model_path);
    const auto values = read_files(files, file_count, ig_function);
    auto result = std::make_unique<ig_import_result>();
    result->summary = impactgraph::merge_kolada(spec, values);
    require_valid(spec);
    impactgraph::save_in_place(spec, model_path);
    *out = result.release();
  });
}

ig_status ig_builder_import_kolada(ig_import_result** out, ig_builder* b, const char* const* files,
                                   std::size_t file_count) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    impactgraph::ModelSpec& spec = ig_capi::open_spec(b, ig_function);
    const auto values = read_files(files, file_count, ig_function);
    impactgraph::ModelSpec merged = spec;  // the builder changes only on success
    auto result = std::make_unique<ig_import_result>();
    result->summary = impactgraph::merge_kolada(merged, values);
    spec = std::move(merged);
    *out = result.release();
  });
}

ig_status ig_import_result_summary(ig_import_summary* out, const ig_import_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_import_summary, skipped_geo);
    IG_REQUIRE(r);
    const impactgraph::ImportSummary& s = r->summary;
    ig_capi::fill(out, ig_import_summary{sizeof(ig_import_summary), s.read, s.added, s.changed, s.unchanged,
                                         s.skipped_kpi, s.skipped_geo});
  });
}

ig_status ig_import_result_unmapped_kpi_count(std::size_t* out, const ig_import_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->summary.unmapped_kpis.size();
  });
}

ig_status ig_import_result_unmapped_kpi(const char** out, const ig_import_result* r, std::size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->summary.unmapped_kpis.size());
    *out = r->summary.unmapped_kpis[index].c_str();
  });
}

ig_status ig_import_result_unknown_geography_count(std::size_t* out, const ig_import_result* r) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    *out = r->summary.unknown_geographies.size();
  });
}

ig_status ig_import_result_unknown_geography(const char** out, const ig_import_result* r, std::size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(r);
    IG_REQUIRE_INDEX(index, r->summary.unknown_geographies.size());
    *out = r->summary.unknown_geographies[index].c_str();
  });
}

void ig_import_result_destroy(ig_import_result** r) {
  if (r == nullptr) return;
  delete *r;
  *r = nullptr;
}

}  // extern "C"
