// impactgraph.hpp — a header-only C++17 wrapper over the C ABI (impactgraph.h) for C++
// programs that want the stable binary libimpactgraph.so rather than the source-level
// C++ API. Handles are move-only RAII objects; a failing call throws ig::error carrying
// the status code, the message and every diagnostic of the failure.
//
// Borrowed strings (std::string_view, the const char* fields of ig_node, ig_edge, ...)
// stay valid while the object they came from lives. ig::model is read-only and may be
// shared between threads; ig::builder is for one thread at a time.
#ifndef IMPACTGRAPH_HPP
#define IMPACTGRAPH_HPP

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "impactgraph.h"

namespace ig {

/// One finding, copied out of an ig_diagnostics list.
struct diagnostic {
  std::string code;
  ig_severity severity = IG_SEVERITY_ERROR;
  std::string message;
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string field;
  std::vector<std::string> ids;
  std::string formatted;  // "file:line:column: field: message [code]"

  std::string_view severity_name() const noexcept { return ig_severity_name(severity); }
};

/// What every wrapper call throws on failure.
class error : public std::runtime_error {
 public:
  error(ig_status code, const std::string& message, std::vector<diagnostic> diagnostics = {})
      : std::runtime_error(message), code_(code), diagnostics_(std::move(diagnostics)) {}
  ig_status code() const noexcept { return code_; }
  const char* code_name() const noexcept { return ig_status_name(code_); }
  /// Every diagnostic behind the failure (e.g. all validation errors of a load).
  const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  ig_status code_;
  std::vector<diagnostic> diagnostics_;
};

namespace detail {

/// A move-only owner of one C handle.
template <class T, void (*Destroy)(T**)>
class handle {
 public:
  handle() noexcept = default;
  explicit handle(T* owned) noexcept : p_(owned) {}
  handle(handle&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  handle& operator=(handle&& other) noexcept {
    if (this != &other) {
      reset();
      p_ = std::exchange(other.p_, nullptr);
    }
    return *this;
  }
  handle(const handle&) = delete;
  handle& operator=(const handle&) = delete;
  ~handle() { reset(); }

  T* get() const noexcept { return p_; }
  T* release() noexcept { return std::exchange(p_, nullptr); }
  void reset() noexcept { Destroy(&p_); }
  explicit operator bool() const noexcept { return p_ != nullptr; }

 private:
  T* p_ = nullptr;
};

using string_handle = handle<ig_string, ig_string_destroy>;
using diagnostics_handle = handle<ig_diagnostics, ig_diagnostics_destroy>;
using model_handle = handle<ig_model, ig_model_destroy>;
using builder_handle = handle<ig_builder, ig_builder_destroy>;

inline std::string take(string_handle s) { return std::string(ig_string_data(s.get()), ig_string_size(s.get())); }

inline const char* c_str_or_null(const std::optional<std::string>& s) noexcept { return s ? s->c_str() : nullptr; }

template <class T>
T sized() noexcept {
  T value{};
  value.struct_size = sizeof(T);
  return value;
}

}  // namespace detail

inline void check(ig_status status);

namespace detail {

inline diagnostic copy_one(const ig_diagnostics* d, std::size_t i) {
  ig_diagnostic r = sized<ig_diagnostic>();
  check(ig_diagnostics_get(&r, d, i));
  diagnostic x;
  x.code = r.code;
  x.severity = r.severity;
  x.message = r.message;
  x.file = r.file;
  x.line = r.line;
  x.column = r.column;
  x.field = r.field;
  x.ids.reserve(r.id_count);
  for (std::size_t k = 0; k < r.id_count; ++k) {
    const char* id = nullptr;
    check(ig_diagnostics_id(&id, d, i, k));
    x.ids.emplace_back(id);
  }
  ig_string* text = nullptr;
  check(ig_diagnostics_format(&text, d, i));
  x.formatted = take(string_handle(text));
  return x;
}

inline std::vector<diagnostic> copy_all(const ig_diagnostics* d) {
  std::size_t n = 0;
  check(ig_diagnostics_count(&n, d));
  std::vector<diagnostic> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(copy_one(d, i));
  return out;
}

}  // namespace detail

/// Throws ig::error for a failed status (reading this thread's last error).
inline void check(ig_status status) {
  if (status == IG_OK) return;
  std::string message = ig_error_last_message();
  std::vector<diagnostic> found;
  ig_diagnostics* raw = nullptr;
  if (ig_error_last_diagnostics(&raw) == IG_OK) {
    detail::diagnostics_handle owned(raw);
    try {
      found = detail::copy_all(owned.get());
    } catch (const error&) {
      found.clear();  // the diagnostics are a bonus; the status and message are what count
    }
  }
  throw error(status, message.empty() ? std::string(ig_status_name(status)) : message, std::move(found));
}

/// A list of findings.
class diagnostics {
 public:
  explicit diagnostics(ig_diagnostics* owned) noexcept : h_(owned) {}
  const ig_diagnostics* get() const noexcept { return h_.get(); }

  std::size_t size() const {
    std::size_t n = 0;
    check(ig_diagnostics_count(&n, h_.get()));
    return n;
  }
  bool empty() const { return size() == 0; }
  std::size_t error_count() const {
    std::size_t n = 0;
    check(ig_diagnostics_error_count(&n, h_.get()));
    return n;
  }
  /// The raw view of finding `i` (strings borrowed from this list).
  ig_diagnostic raw(std::size_t i) const {
    ig_diagnostic d = detail::sized<ig_diagnostic>();
    check(ig_diagnostics_get(&d, h_.get(), i));
    return d;
  }
  diagnostic operator[](std::size_t i) const { return detail::copy_one(h_.get(), i); }
  std::vector<diagnostic> all() const { return detail::copy_all(h_.get()); }

 private:
  detail::diagnostics_handle h_;
};

/// Load options with the defaults (struct_size set).
inline ig_load_options load_options(ig_format format = IG_FORMAT_AUTO, const char* source_name = nullptr) noexcept {
  ig_load_options o = IG_LOAD_OPTIONS_INIT;
  o.format = format;
  o.source_name = source_name;
  return o;
}

/// Save options with the defaults (struct_size set): comma, decimal point, no BOM.
inline ig_save_options save_options(char separator = ',', char decimal = '.', bool bom = false) noexcept {
  ig_save_options o = IG_SAVE_OPTIONS_INIT;
  o.csv_separator = separator;
  o.csv_decimal = decimal;
  o.csv_bom = bom ? 1 : 0;
  return o;
}

/// "json", "csv", "dot" or "graphml".
inline ig_format parse_format(const std::string& name) {
  ig_format f = IG_FORMAT_AUTO;
  check(ig_format_parse(&f, name.c_str()));
  return f;
}

inline std::string version() { return ig_version_string(); }

/// Reads and validates the model at `path`: every finding, input errors included.
inline diagnostics validate_path(const std::string& path, ig_format format = IG_FORMAT_AUTO) {
  const ig_load_options o = load_options(format);
  ig_diagnostics* d = nullptr;
  check(ig_validate_path(&d, path.c_str(), &o));
  return diagnostics(d);
}

inline diagnostics validate_json_string(std::string_view text, const std::string& source_name = "<string>") {
  const ig_load_options o = load_options(IG_FORMAT_JSON, source_name.c_str());
  ig_diagnostics* d = nullptr;
  check(ig_validate_json_string(&d, text.data(), text.size(), &o));
  return diagnostics(d);
}

/// A frozen, validated model. Read-only; safe to share between threads.
class model {
 public:
  explicit model(ig_model* owned) noexcept : h_(owned) {}
  const ig_model* get() const noexcept { return h_.get(); }

  /// A JSON file or a CSV folder (or as `format` says).
  static model load(const std::string& path, ig_format format = IG_FORMAT_AUTO) {
    const ig_load_options o = load_options(format);
    ig_model* m = nullptr;
    check(ig_model_load(&m, path.c_str(), &o));
    return model(m);
  }
  static model load_json(const std::string& path) {
    ig_model* m = nullptr;
    check(ig_model_load_json(&m, path.c_str(), nullptr));
    return model(m);
  }
  static model load_json_string(std::string_view text, const std::string& source_name = "<string>") {
    const ig_load_options o = load_options(IG_FORMAT_JSON, source_name.c_str());
    ig_model* m = nullptr;
    check(ig_model_load_json_string(&m, text.data(), text.size(), &o));
    return model(m);
  }
  static model load_csv(const std::string& folder) {
    ig_model* m = nullptr;
    check(ig_model_load_csv(&m, folder.c_str(), nullptr));
    return model(m);
  }

  /// Warnings and infos.
  diagnostics validate() const {
    ig_diagnostics* d = nullptr;
    check(ig_model_validate(&d, h_.get()));
    return diagnostics(d);
  }
  bool operator==(const model& other) const {
    int eq = 0;
    check(ig_model_equal(&eq, h_.get(), other.h_.get()));
    return eq != 0;
  }
  bool operator!=(const model& other) const { return !(*this == other); }

  std::string_view name() const { return get_text(ig_model_name); }

  std::size_t level_count() const { return count(ig_model_level_count); }
  std::string_view level(std::size_t i) const {
    const char* s = nullptr;
    check(ig_model_level(&s, h_.get(), i));
    return s;
  }
  std::optional<std::size_t> find_level(const std::string& name) const { return find(ig_model_find_level, name); }

  std::size_t node_count() const { return count(ig_model_node_count); }
  ig_node node(std::size_t i) const { return item<ig_node>(ig_model_node, i); }
  std::optional<std::size_t> find_node(const std::string& id) const { return find(ig_model_find_node, id); }
  std::vector<std::pair<std::string_view, std::string_view>> node_tags(std::size_t node) const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    const std::size_t n = this->node(node).tag_count;
    for (std::size_t k = 0; k < n; ++k) {
      const char* key = nullptr;
      const char* value = nullptr;
      check(ig_model_node_tag(&key, &value, h_.get(), node, k));
      out.emplace_back(key, value);
    }
    return out;
  }
  std::optional<std::string_view> node_tag(std::size_t node, const std::string& key) const {
    const char* value = nullptr;
    const ig_status s = ig_model_node_tag_value(&value, h_.get(), node, key.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return std::string_view(value);
  }
  std::vector<ig_funding> node_funding(std::size_t node) const {
    std::vector<ig_funding> out;
    const std::size_t n = this->node(node).funding_count;
    for (std::size_t k = 0; k < n; ++k) {
      ig_funding f = detail::sized<ig_funding>();
      check(ig_model_node_funding(&f, h_.get(), node, k));
      out.push_back(f);
    }
    return out;
  }

  std::size_t edge_count() const { return count(ig_model_edge_count); }
  ig_edge edge(std::size_t i) const { return item<ig_edge>(ig_model_edge, i); }
  /// Outgoing edge indices [first, second).
  std::pair<std::size_t, std::size_t> out_edges(std::size_t node) const {
    std::size_t first = 0, last = 0;
    check(ig_model_out_edges(&first, &last, h_.get(), node));
    return {first, last};
  }
  std::vector<std::size_t> in_edges(std::size_t node) const {
    std::size_t n = 0;
    check(ig_model_in_edge_count(&n, h_.get(), node));
    std::vector<std::size_t> out(n);
    for (std::size_t k = 0; k < n; ++k) check(ig_model_in_edge(&out[k], h_.get(), node, k));
    return out;
  }
  std::vector<std::size_t> topological_order() const {
    std::vector<std::size_t> out(node_count());
    check(ig_model_topological_order(out.data(), out.size(), h_.get()));
    return out;
  }

  std::size_t indicator_count() const { return count(ig_model_indicator_count); }
  ig_indicator indicator(std::size_t i) const { return item<ig_indicator>(ig_model_indicator, i); }
  std::optional<std::size_t> find_indicator(const std::string& id) const { return find(ig_model_find_indicator, id); }
  ig_target indicator_target(std::size_t indicator, std::size_t k) const {
    ig_target t = detail::sized<ig_target>();
    check(ig_model_indicator_target(&t, h_.get(), indicator, k));
    return t;
  }

  std::size_t geography_count() const { return count(ig_model_geography_count); }
  ig_geography geography(std::size_t i) const { return item<ig_geography>(ig_model_geography, i); }
  std::optional<std::size_t> find_geography(const std::string& id) const { return find(ig_model_find_geography, id); }
  std::size_t observation_count() const { return count(ig_model_observation_count); }
  ig_observation observation(std::size_t i) const { return item<ig_observation>(ig_model_observation, i); }

  /// Writes to `path` (a folder for IG_FORMAT_CSV), atomically.
  void save(const std::string& path, ig_format format, const ig_save_options* options = nullptr) const {
    check(ig_model_save(h_.get(), path.c_str(), format, options));
  }
  /// JSON, DOT or GraphML text.
  std::string write_string(ig_format format, const ig_save_options* options = nullptr) const {
    ig_string* s = nullptr;
    check(ig_model_write_string(&s, h_.get(), format, options));
    return detail::take(detail::string_handle(s));
  }

 private:
  std::size_t count(ig_status (*f)(std::size_t*, const ig_model*)) const {
    std::size_t n = 0;
    check(f(&n, h_.get()));
    return n;
  }
  std::string_view get_text(ig_status (*f)(const char**, const ig_model*)) const {
    const char* s = nullptr;
    check(f(&s, h_.get()));
    return s;
  }
  std::optional<std::size_t> find(ig_status (*f)(std::size_t*, const ig_model*, const char*),
                                   const std::string& key) const {
    std::size_t i = 0;
    const ig_status s = f(&i, h_.get(), key.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return i;
  }
  template <class T>
  T item(ig_status (*f)(T*, const ig_model*, std::size_t), std::size_t i) const {
    T value = detail::sized<T>();
    check(f(&value, h_.get(), i));
    return value;
  }

  detail::model_handle h_;
};

/// Builds a model in memory; freeze() seals it. One thread at a time.
class builder {
 public:
  builder() {
    ig_builder* b = nullptr;
    check(ig_builder_create(&b));
    h_ = detail::builder_handle(b);
  }
  explicit builder(ig_builder* owned) noexcept : h_(owned) {}
  static builder from_model(const model& m) {
    ig_builder* b = nullptr;
    check(ig_builder_create_from_model(&b, m.get()));
    return builder(b);
  }
  ig_builder* get() const noexcept { return h_.get(); }

  builder& reserve(std::size_t nodes, std::size_t edges, std::size_t indicators, std::size_t observations) {
    check(ig_builder_reserve(h_.get(), nodes, edges, indicators, observations));
    return *this;
  }
  builder& name(const std::string& name) { return run(ig_builder_set_name(h_.get(), name.c_str())); }
  builder& add_level(const std::string& level) { return run(ig_builder_add_level(h_.get(), level.c_str())); }

  builder& add_node(const std::string& id, const std::string& level, const std::string& label = {}) {
    return run(ig_builder_add_node(h_.get(), id.c_str(), level.c_str(), label.c_str()));
  }
  builder& node_description(const std::string& id, const std::string& description) {
    return run(ig_builder_set_node_description(h_.get(), id.c_str(), description.c_str()));
  }
  builder& node_span(const std::string& id, const std::string& start, const std::string& end) {
    return run(ig_builder_set_node_span(h_.get(), id.c_str(), start.c_str(), end.c_str()));
  }
  builder& node_tag(const std::string& id, const std::string& key, const std::string& value) {
    return run(ig_builder_set_node_tag(h_.get(), id.c_str(), key.c_str(), value.c_str()));
  }
  builder& node_funding(const std::string& id, double amount, const std::string& currency,
                        const std::string& source = {}, const std::string& period = {}) {
    return run(ig_builder_add_node_funding(h_.get(), id.c_str(), amount, currency.c_str(), source.c_str(),
                                           period.c_str()));
  }

  builder& add_edge(const std::string& from, const std::string& to, double weight = 1.0) {
    return run(ig_builder_add_edge(h_.get(), from.c_str(), to.c_str(), weight));
  }
  builder& edge_range(const std::string& from, const std::string& to, double weight_min, double weight_max) {
    return run(ig_builder_set_edge_range(h_.get(), from.c_str(), to.c_str(), weight_min, weight_max));
  }
  builder& edge_confidence(const std::string& from, const std::string& to, double confidence) {
    return run(ig_builder_set_edge_confidence(h_.get(), from.c_str(), to.c_str(), confidence));
  }
  builder& edge_assumption(const std::string& from, const std::string& to, const std::string& assumption) {
    return run(ig_builder_set_edge_assumption(h_.get(), from.c_str(), to.c_str(), assumption.c_str()));
  }
  builder& edge_evidence(const std::string& from, const std::string& to, ig_evidence evidence) {
    return run(ig_builder_set_edge_evidence(h_.get(), from.c_str(), to.c_str(), evidence));
  }

  builder& add_indicator(const std::string& id, const std::string& node_id, const std::string& label = {}) {
    return run(ig_builder_add_indicator(h_.get(), id.c_str(), node_id.c_str(), label.c_str()));
  }
  builder& indicator_unit(const std::string& id, const std::string& unit) {
    return run(ig_builder_set_indicator_unit(h_.get(), id.c_str(), unit.c_str()));
  }
  builder& indicator_description(const std::string& id, const std::string& description) {
    return run(ig_builder_set_indicator_description(h_.get(), id.c_str(), description.c_str()));
  }
  builder& indicator_direction(const std::string& id, ig_direction direction) {
    return run(ig_builder_set_indicator_direction(h_.get(), id.c_str(), direction));
  }
  builder& indicator_baseline(const std::string& id, const std::string& period, double value) {
    return run(ig_builder_set_indicator_baseline(h_.get(), id.c_str(), period.c_str(), value));
  }
  builder& indicator_source(const std::string& id, const std::string& source) {
    return run(ig_builder_set_indicator_source(h_.get(), id.c_str(), source.c_str()));
  }
  builder& indicator_measure(const std::string& id, ig_measure measure) {
    return run(ig_builder_set_indicator_measure(h_.get(), id.c_str(), measure));
  }
  builder& indicator_ratio(const std::string& id, const std::string& numerator, const std::string& denominator,
                           double factor = 1.0) {
    return run(ig_builder_set_indicator_ratio(h_.get(), id.c_str(), numerator.c_str(), denominator.c_str(), factor));
  }
  builder& indicator_scale(const std::string& id, double scale_min, double scale_max) {
    return run(ig_builder_set_indicator_scale(h_.get(), id.c_str(), scale_min, scale_max));
  }
  builder& indicator_geo_aggregation(const std::string& id, ig_aggregation aggregation,
                                     const std::string& geo_weight = {}) {
    return run(ig_builder_set_indicator_geo_aggregation(h_.get(), id.c_str(), aggregation, geo_weight.c_str()));
  }
  builder& indicator_time_aggregation(const std::string& id, ig_aggregation aggregation) {
    return run(ig_builder_set_indicator_time_aggregation(h_.get(), id.c_str(), aggregation));
  }
  builder& indicator_weight(const std::string& id, double weight) {
    return run(ig_builder_set_indicator_weight(h_.get(), id.c_str(), weight));
  }
  /// `target.struct_size` is set here; its strings are copied by the call.
  builder& add_target(const std::string& id, ig_target target) {
    target.struct_size = sizeof(ig_target);
    return run(ig_builder_add_indicator_target(h_.get(), id.c_str(), &target));
  }

  builder& add_geography(const std::string& id, const std::string& name = {}, const std::string& parent = {}) {
    return run(ig_builder_add_geography(h_.get(), id.c_str(), name.c_str(), parent.c_str()));
  }
  /// `observation.struct_size` is set here.
  builder& add_observation(ig_observation observation) {
    observation.struct_size = sizeof(ig_observation);
    return run(ig_builder_add_observation(h_.get(), &observation));
  }
  builder& add_observation(const std::string& indicator, const std::string& geo, const std::string& period,
                           std::optional<double> value, const std::string& breakdown = "T") {
    ig_observation o = detail::sized<ig_observation>();
    o.indicator_id = indicator.c_str();
    o.geo_id = geo.c_str();
    o.period = period.c_str();
    o.breakdown = breakdown.c_str();
    o.has_value = value ? 1 : 0;
    o.value = value ? *value : std::nan("");
    return run(ig_builder_add_observation(h_.get(), &o));
  }

  diagnostics validate() const {
    ig_diagnostics* d = nullptr;
    check(ig_builder_validate(&d, h_.get()));
    return diagnostics(d);
  }
  /// Validates and freezes; afterwards this builder is sealed.
  model freeze() {
    ig_model* m = nullptr;
    check(ig_builder_freeze(&m, h_.get()));
    return model(m);
  }

 private:
  builder& run(ig_status status) {
    check(status);
    return *this;
  }

  detail::builder_handle h_;
};

/// What a Kolada import did (ig_import_kolada).
struct import_result {
  ig_import_summary summary{};
  std::vector<std::string> unmapped_kpis;
  std::vector<std::string> unknown_geographies;
};

namespace detail {
inline import_result copy_import(ig_import_result* raw) {
  handle<ig_import_result, ig_import_result_destroy> owned(raw);
  import_result r;
  r.summary.struct_size = sizeof r.summary;
  check(ig_import_result_summary(&r.summary, raw));
  std::size_t n = 0;
  check(ig_import_result_unmapped_kpi_count(&n, raw));
  for (std::size_t i = 0; i < n; ++i) {
    const char* s = nullptr;
    check(ig_import_result_unmapped_kpi(&s, raw, i));
    r.unmapped_kpis.emplace_back(s);
  }
  check(ig_import_result_unknown_geography_count(&n, raw));
  for (std::size_t i = 0; i < n; ++i) {
    const char* s = nullptr;
    check(ig_import_result_unknown_geography(&s, raw, i));
    r.unknown_geographies.emplace_back(s);
  }
  return r;
}
}  // namespace detail

/// Merges Kolada files into the model at `model_path` and writes it back in its format.
inline import_result import_kolada(const std::string& model_path, const std::vector<std::string>& files) {
  std::vector<const char*> paths;
  for (const auto& f : files) paths.push_back(f.c_str());
  ig_import_result* raw = nullptr;
  check(ig_import_kolada(&raw, model_path.c_str(), paths.data(), paths.size()));
  return detail::copy_import(raw);
}

}  // namespace ig

#endif  // IMPACTGRAPH_HPP
