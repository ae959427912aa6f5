// Loading models and validating inputs: ig_model_load*, ig_validate_*, and the
// ig_model handle's life cycle.
#include <algorithm>
#include <memory>
#include <string_view>

#include "impactgraph/io.hpp"
#include "internal.hpp"

ig_model::ig_model(impactgraph::Model frozen) : model(std::move(frozen)) {
  // The arrays behind ig_target.geos / .between, built once so reads stay lock-free.
  const auto indicators = model.indicators();
  target_offset.reserve(indicators.size() + 1);
  for (const auto& indicator : indicators) {
    target_offset.push_back(target_geos.size());
    for (const auto& t : indicator.targets) {
      auto& geos = target_geos.emplace_back();
      for (const auto& g : t.geos) geos.push_back(g.c_str());
      auto& between = target_between.emplace_back();
      for (const auto& b : t.between) between.push_back(b.c_str());
    }
  }
  target_offset.push_back(target_geos.size());
  // Observations hold periods as numbers; their text is needed for ig_observation.period.
  const auto table = model.observations();
  std::vector<impactgraph::Period> distinct;
  for (std::size_t i = 0; i < table.size(); ++i) distinct.push_back(table.period(i));
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  periods.reserve(distinct.size());
  for (const auto& p : distinct) periods.emplace_back(p, p.str());
}

const char* ig_model::period_text(impactgraph::Period p) const noexcept {
  const auto it = std::lower_bound(periods.begin(), periods.end(), p,
                                   [](const auto& entry, const impactgraph::Period& q) { return entry.first < q; });
  return it != periods.end() && it->first == p ? it->second.c_str() : "";
}

namespace {

ig_load_options load_options(const ig_load_options* options, const char* function) {
  const ig_load_options defaults = IG_LOAD_OPTIONS_INIT;
  if (options == nullptr) return defaults;
  ig_capi::require_struct(options, IG_V0_SIZE(ig_load_options, source_name), function, "options");
  const ig_load_options o = ig_capi::read_struct(options, defaults);
  if (o.format != IG_FORMAT_AUTO && o.format != IG_FORMAT_JSON && o.format != IG_FORMAT_CSV)
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                  "argument 'options' has format " + std::to_string(static_cast<int>(o.format)) +
                      "; models load from auto, json or csv only");
  return o;
}

const char* source_name(const ig_load_options& o) { return o.source_name ? o.source_name : "<string>"; }

// The limits of `o`: a field left 0 (or beyond the caller's struct_size) keeps the default.
impactgraph::ReadOptions read_options(const ig_load_options& o) {
  impactgraph::ReadOptions r;
  impactgraph::Limits& l = r.limits;
  const auto set = [](std::size_t& limit, size_t value) {
    if (value != 0) limit = value;
  };
  set(l.max_file_bytes, o.max_file_bytes);
  set(l.max_depth, o.max_depth);
  set(l.max_string_bytes, o.max_string_bytes);
  set(l.max_id_bytes, o.max_id_bytes);
  set(l.max_columns, o.max_columns);
  set(l.max_nodes, o.max_nodes);
  set(l.max_edges, o.max_edges);
  set(l.max_observations, o.max_observations);
  return r;
}

impactgraph::ModelSpec read_path(const char* path, const ig_load_options& o) {
  const impactgraph::ReadOptions r = read_options(o);
  switch (o.format) {
    case IG_FORMAT_JSON: return impactgraph::read_json_file(path, r);
    case IG_FORMAT_CSV: return impactgraph::read_csv_bundle(path, r);
    default: return impactgraph::read_model(path, r);
  }
}

impactgraph::ModelSpec read_text(const char* text, size_t length, const ig_load_options& o) {
  return impactgraph::read_json(std::string_view(text, length), source_name(o), read_options(o));
}

// Hands a frozen model to the caller: the last step of a loader's body.
void hand_out(ig_model** out, impactgraph::Model frozen) {
  auto m = std::make_unique<ig_model>(std::move(frozen));
  *out = m.release();
}

void hand_out(ig_diagnostics** out, std::vector<impactgraph::Diagnostic> found) {
  auto d = std::make_unique<ig_diagnostics>();
  d->items = std::move(found);
  *out = d.release();
}

// Every finding of reading (with `read`) and validating: input errors become diagnostics.
template <class Read>
std::vector<impactgraph::Diagnostic> read_and_validate(Read&& read, const char* file) {
  try {
    return impactgraph::validate(read());
  } catch (const impactgraph::Error& e) {
    return e.diagnostics();
  } catch (const std::system_error& e) {  // a reader that let a filesystem error through
    impactgraph::Diagnostic d;
    d.code = impactgraph::codes::io_error;
    d.message = e.what();
    d.location.file = file;
    return {d};
  }
}

}  // namespace

extern "C" {

ig_status ig_model_load(ig_model** out, const char* path, const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(path);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, ig_capi::freeze(read_path(path, o)));
  });
}

ig_status ig_model_load_json(ig_model** out, const char* path, const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(path);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, ig_capi::freeze(impactgraph::read_json_file(path, read_options(o))));
  });
}

ig_status ig_model_load_json_string(ig_model** out, const char* text, size_t length, const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(text);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, ig_capi::freeze(read_text(text, length, o)));
  });
}

ig_status ig_model_load_csv(ig_model** out, const char* folder, const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(folder);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, ig_capi::freeze(impactgraph::read_csv_bundle(folder, read_options(o))));
  });
}

void ig_model_destroy(ig_model** model) {
  if (model == nullptr) return;
  delete *model;
  *model = nullptr;
}

ig_status ig_validate_path(ig_diagnostics** out, const char* path, const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(path);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, read_and_validate([&] { return read_path(path, o); }, path));
  });
}

ig_status ig_validate_json_string(ig_diagnostics** out, const char* text, size_t length,
                                  const ig_load_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(text);
    const ig_load_options o = load_options(options, ig_function);
    hand_out(out, read_and_validate([&] { return read_text(text, length, o); }, source_name(o)));
  });
}

ig_status ig_model_validate(ig_diagnostics** out, const ig_model* m) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    hand_out(out, impactgraph::validate(m->model.spec()));
  });
}

ig_status ig_model_equal(int* out, const ig_model* a, const ig_model* b) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(a);
    IG_REQUIRE(b);
    *out = a == b || a->model.spec() == b->model.spec() ? 1 : 0;
  });
}

}  // extern "C"
