// The ig_diagnostics result handle.
#include <memory>

#include "internal.hpp"

namespace {
const impactgraph::Diagnostic& item(const ig_diagnostics* d, std::size_t index, const char* function) {
  ig_capi::require_index(index, d->items.size(), function, "index");
  return d->items[index];
}
}  // namespace

extern "C" {

ig_status ig_diagnostics_count(size_t* out, const ig_diagnostics* d) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(d);
    *out = d->items.size();
  });
}

ig_status ig_diagnostics_error_count(size_t* out, const ig_diagnostics* d) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(d);
    std::size_t n = 0;
    for (const auto& x : d->items) n += x.severity == impactgraph::Severity::error ? 1 : 0;
    *out = n;
  });
}

ig_status ig_diagnostics_get(ig_diagnostic* out, const ig_diagnostics* d, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_diagnostic, id_count);
    IG_REQUIRE(d);
    const impactgraph::Diagnostic& x = item(d, index, ig_function);
    ig_diagnostic r{};
    r.code = x.code.c_str();
    r.severity = static_cast<ig_severity>(x.severity);
    r.message = x.message.c_str();
    r.file = x.location.file.c_str();
    r.line = x.location.line;
    r.column = x.location.column;
    r.field = x.location.field.c_str();
    r.id_count = x.ids.size();
    ig_capi::fill(out, r);
  });
}

ig_status ig_diagnostics_id_count(size_t* out, const ig_diagnostics* d, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(d);
    *out = item(d, index, ig_function).ids.size();
  });
}

ig_status ig_diagnostics_id(const char** out, const ig_diagnostics* d, size_t index, size_t id_index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(d);
    const auto& ids = item(d, index, ig_function).ids;
    IG_REQUIRE_INDEX(id_index, ids.size());
    *out = ids[id_index].c_str();
  });
}

ig_status ig_diagnostics_format(ig_string** out, const ig_diagnostics* d, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(d);
    auto s = std::make_unique<ig_string>();
    s->text = impactgraph::format(item(d, index, ig_function));
    *out = s.release();
  });
}

void ig_diagnostics_destroy(ig_diagnostics** d) {
  if (d == nullptr) return;
  delete *d;
  *d = nullptr;
}

}  // extern "C"
