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
using contributions_handle = handle<ig_contributions, ig_contributions_destroy>;
using funding_flows_handle = handle<ig_funding_flows, ig_funding_flows_destroy>;
using influence_handle = handle<ig_influence, ig_influence_destroy>;

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

/// A normalisation method and its parameters, owning its strings.
struct normalisation_spec {
  ig_normalisation method = IG_NORMALISATION_MINMAX;
  bool across_periods = false;
  bool by_level = false;
  double lower = 0.0, upper = 100.0;            // minmax
  std::optional<std::pair<double, double>> goalposts;
  bool truncate = true;
  double mean = 0.0, sd = 1.0;                  // zscore
  std::optional<double> target;                 // dist_to_target
  bool cap = false;
  std::string reference_geo;                    // dist_to_ref
  std::string base_period;                      // index
  double scale = 100.0;

  /// The C struct; its strings point into this object.
  ig_normalisation_spec c() const noexcept {
    ig_normalisation_spec s = IG_NORMALISATION_SPEC_INIT;
    s.method = method;
    s.across_periods = across_periods ? 1 : 0;
    s.by_level = by_level ? 1 : 0;
    s.lower = lower;
    s.upper = upper;
    s.has_goalposts = goalposts ? 1 : 0;
    if (goalposts) s.goal_low = goalposts->first, s.goal_high = goalposts->second;
    s.truncate = truncate ? 1 : 0;
    s.mean = mean;
    s.sd = sd;
    s.has_target = target ? 1 : 0;
    s.target = target.value_or(0.0);
    s.cap = cap ? 1 : 0;
    s.reference_geo = reference_geo.empty() ? nullptr : reference_geo.c_str();
    s.base_period = base_period.empty() ? nullptr : base_period.c_str();
    s.scale = scale;
    return s;
  }
};

/// Aggregation options owning their strings and lists (defaults as IG_AGGREGATE_OPTIONS_INIT).
struct aggregate_options {
  normalisation_spec normalisation;
  std::vector<std::pair<std::string, normalisation_spec>> indicator_normalisation;
  ig_outliers outliers = IG_OUTLIERS_NONE;
  int winmax = 5;
  double skew_threshold = 2.0, kurtosis_threshold = 3.5;
  bool log_fallback = true;
  ig_imputation imputation = IG_IMPUTATION_NONE;
  int max_gap = 0;
  ig_composite method = IG_COMPOSITE_ARITHMETIC;
  double p = 2.0;
  std::vector<std::pair<std::string, ig_composite>> node_methods;
  double min_coverage = 0.0;
  ig_negative_weights negative_weights = IG_NEGATIVE_WEIGHTS_EXCLUDE;
  std::string breakdown = "T";
  ig_period_grain grain = IG_PERIOD_GRAIN_AS_OBSERVED;
  int window = 1;
  double geo_min_coverage = 0.5;
  std::vector<std::string> geos, periods;
};

namespace detail {

/// The C view of an aggregate_options: pointer arrays into it, valid while both live.
class c_aggregate_options {
 public:
  explicit c_aggregate_options(const aggregate_options& o) {
    normalisation_ = o.normalisation.c();
    for (const auto& [id, spec] : o.indicator_normalisation) {
      ids_.push_back(id.c_str());
      specs_.push_back(spec.c());
    }
    for (const auto& spec : specs_) spec_ptrs_.push_back(&spec);
    for (const auto& [id, m] : o.node_methods) {
      node_ids_.push_back(id.c_str());
      node_methods_.push_back(m);
    }
    for (const auto& g : o.geos) geos_.push_back(g.c_str());
    for (const auto& p : o.periods) periods_.push_back(p.c_str());
    ig_aggregate_options c = IG_AGGREGATE_OPTIONS_INIT;
    c.normalisation = &normalisation_;
    c.indicator_normalisation_count = ids_.size();
    c.indicator_normalisation_ids = ids_.data();
    c.indicator_normalisations = spec_ptrs_.data();
    c.outliers = o.outliers;
    c.winmax = o.winmax;
    c.skew_threshold = o.skew_threshold;
    c.kurtosis_threshold = o.kurtosis_threshold;
    c.log_fallback = o.log_fallback ? 1 : 0;
    c.imputation = o.imputation;
    c.max_gap = o.max_gap;
    c.method = o.method;
    c.p = o.p;
    c.node_method_count = node_ids_.size();
    c.node_method_ids = node_ids_.data();
    c.node_methods = node_methods_.data();
    c.min_coverage = o.min_coverage;
    c.negative_weights = o.negative_weights;
    c.breakdown = o.breakdown.c_str();
    c.grain = o.grain;
    c.window = o.window;
    c.geo_min_coverage = o.geo_min_coverage;
    c.geo_count = geos_.size();
    c.geos = geos_.data();
    c.period_count = periods_.size();
    c.periods = periods_.data();
    c_ = c;
  }
  c_aggregate_options(const c_aggregate_options&) = delete;
  c_aggregate_options& operator=(const c_aggregate_options&) = delete;
  const ig_aggregate_options* get() const noexcept { return &c_; }

 private:
  ig_normalisation_spec normalisation_;
  std::vector<const char*> ids_;
  std::vector<ig_normalisation_spec> specs_;
  std::vector<const ig_normalisation_spec*> spec_ptrs_;
  std::vector<const char*> node_ids_;
  std::vector<ig_composite> node_methods_;
  std::vector<const char*> geos_, periods_;
  ig_aggregate_options c_;
};

inline void destroy_aggregate(ig_aggregate_result** r) { ig_aggregate_result_destroy(r); }
inline void destroy_sensitivity(ig_sensitivity_result** r) { ig_sensitivity_result_destroy(r); }

}  // namespace detail

/// The result of ig::aggregate: scores, indicator values, assessments. Read-only.
class aggregate_result {
 public:
  explicit aggregate_result(ig_aggregate_result* owned) noexcept : h_(owned) {}
  const ig_aggregate_result* get() const noexcept { return h_.get(); }

  std::size_t score_count() const { return count(ig_aggregate_result_score_count); }
  ig_score score(std::size_t i) const { return item<ig_score>(ig_aggregate_result_score, i); }
  std::optional<ig_score> find_score(const std::string& node, const std::string& geo, const std::string& period) const {
    return find<ig_score>(ig_aggregate_result_find_score, ig_aggregate_result_score, node, geo, period);
  }
  std::size_t value_count() const { return count(ig_aggregate_result_value_count); }
  ig_indicator_value value(std::size_t i) const { return item<ig_indicator_value>(ig_aggregate_result_value, i); }
  std::optional<ig_indicator_value> find_value(const std::string& indicator, const std::string& geo,
                                               const std::string& period) const {
    return find<ig_indicator_value>(ig_aggregate_result_find_value, ig_aggregate_result_value, indicator, geo, period);
  }
  std::size_t assessment_count() const { return count(ig_aggregate_result_assessment_count); }
  ig_assessment assessment(std::size_t i) const { return item<ig_assessment>(ig_aggregate_result_assessment, i); }
  std::vector<std::string_view> periods() const {
    std::vector<std::string_view> out(count(ig_aggregate_result_period_count));
    for (std::size_t k = 0; k < out.size(); ++k) {
      const char* s = nullptr;
      check(ig_aggregate_result_period(&s, h_.get(), k));
      out[k] = s;
    }
    return out;
  }
  std::vector<diagnostic> diagnostics() const {
    ig_diagnostics* d = nullptr;
    check(ig_aggregate_result_diagnostics(&d, h_.get()));
    return ig::diagnostics(d).all();
  }

 private:
  std::size_t count(ig_status (*f)(std::size_t*, const ig_aggregate_result*)) const {
    std::size_t n = 0;
    check(f(&n, h_.get()));
    return n;
  }
  template <class T>
  T item(ig_status (*f)(T*, const ig_aggregate_result*, std::size_t), std::size_t i) const {
    T value = detail::sized<T>();
    check(f(&value, h_.get(), i));
    return value;
  }
  template <class T>
  std::optional<T> find(ig_status (*f)(std::size_t*, const ig_aggregate_result*, const char*, const char*, const char*),
                        ig_status (*get)(T*, const ig_aggregate_result*, std::size_t), const std::string& a,
                        const std::string& b, const std::string& c) const {
    std::size_t i = 0;
    const ig_status s = f(&i, h_.get(), a.c_str(), b.c_str(), c.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return item<T>(get, i);
  }

  detail::handle<ig_aggregate_result, detail::destroy_aggregate> h_;
};

/// Sensitivity options owning their lists (defaults as IG_SENSITIVITY_OPTIONS_INIT).
struct sensitivity_options {
  std::size_t samples = 100;
  std::uint64_t seed = 1;
  ig_weight_sampling weights = IG_WEIGHT_SAMPLING_UNIFORM;
  double weight_noise = 0.25;
  double dirichlet_concentration = 20.0;
  std::vector<ig_normalisation> normalisations;
  std::vector<ig_composite> methods;
  bool sobol = true;
  std::string target_node;
  std::string period;
};

/// The result of ig::sensitivity.
class sensitivity_result {
 public:
  explicit sensitivity_result(ig_sensitivity_result* owned) noexcept : h_(owned) {}
  const ig_sensitivity_result* get() const noexcept { return h_.get(); }

  ig_sensitivity_summary summary() const {
    ig_sensitivity_summary s = detail::sized<ig_sensitivity_summary>();
    check(ig_sensitivity_result_summary(&s, h_.get()));
    return s;
  }
  std::vector<ig_unit_ranks> units() const {
    std::vector<ig_unit_ranks> out(summary().unit_count, detail::sized<ig_unit_ranks>());
    for (std::size_t k = 0; k < out.size(); ++k) check(ig_sensitivity_result_unit(&out[k], h_.get(), k));
    return out;
  }
  std::vector<ig_sobol_index> inputs() const {
    std::vector<ig_sobol_index> out(summary().input_count, detail::sized<ig_sobol_index>());
    for (std::size_t k = 0; k < out.size(); ++k) check(ig_sensitivity_result_input(&out[k], h_.get(), k));
    return out;
  }
  std::vector<diagnostic> diagnostics() const {
    ig_diagnostics* d = nullptr;
    check(ig_sensitivity_result_diagnostics(&d, h_.get()));
    return ig::diagnostics(d).all();
  }

 private:
  detail::handle<ig_sensitivity_result, detail::destroy_sensitivity> h_;
};

/// Aggregates `m` (docs/aggregation.md).
inline aggregate_result aggregate(const model& m, const aggregate_options& options = {}) {
  const detail::c_aggregate_options c(options);
  ig_aggregate_result* r = nullptr;
  check(ig_aggregate(&r, m.get(), c.get()));
  return aggregate_result(r);
}

/// Uncertainty and sensitivity analysis of a composite around `options`.
inline sensitivity_result sensitivity(const model& m, const aggregate_options& options,
                                      const sensitivity_options& so) {
  const detail::c_aggregate_options c(options);
  ig_sensitivity_options s = IG_SENSITIVITY_OPTIONS_INIT;
  s.samples = so.samples;
  s.seed = so.seed;
  s.weights = so.weights;
  s.weight_noise = so.weight_noise;
  s.dirichlet_concentration = so.dirichlet_concentration;
  s.normalisation_count = so.normalisations.size();
  s.normalisations = so.normalisations.data();
  s.method_count = so.methods.size();
  s.methods = so.methods.data();
  s.sobol = so.sobol ? 1 : 0;
  s.target_node = so.target_node.empty() ? nullptr : so.target_node.c_str();
  s.period = so.period.empty() ? nullptr : so.period.c_str();
  ig_sensitivity_result* r = nullptr;
  check(ig_sensitivity(&r, m.get(), c.get(), &s));
  return sensitivity_result(r);
}
/// A set of nodes by level names and ids (ig_node_selection), owning its strings.
class node_selection {
 public:
  node_selection() = default;
  static node_selection levels(std::vector<std::string> names) {
    node_selection s;
    s.levels_ = std::move(names);
    return s;
  }
  static node_selection ids(std::vector<std::string> ids) {
    node_selection s;
    s.ids_ = std::move(ids);
    return s;
  }
  node_selection& add_level(std::string name) {
    levels_.push_back(std::move(name));
    return *this;
  }
  node_selection& add_id(std::string id) {
    ids_.push_back(std::move(id));
    return *this;
  }
  bool empty() const noexcept { return levels_.empty() && ids_.empty(); }
  /// The C view; its pointers stay valid while this object lives unchanged.
  ig_node_selection view() const {
    level_ptrs_.clear();
    id_ptrs_.clear();
    for (const auto& l : levels_) level_ptrs_.push_back(l.c_str());
    for (const auto& i : ids_) id_ptrs_.push_back(i.c_str());
    ig_node_selection s = IG_NODE_SELECTION_INIT;
    s.levels = level_ptrs_.empty() ? nullptr : level_ptrs_.data();
    s.level_count = level_ptrs_.size();
    s.ids = id_ptrs_.empty() ? nullptr : id_ptrs_.data();
    s.id_count = id_ptrs_.size();
    return s;
  }

 private:
  std::vector<std::string> levels_, ids_;
  mutable std::vector<const char*> level_ptrs_, id_ptrs_;
};

/// Contribution options with the defaults (struct_size set).
inline ig_contribution_options contribution_options(ig_contribution_mode mode = IG_CONTRIBUTION_PATH) noexcept {
  ig_contribution_options o = IG_CONTRIBUTION_OPTIONS_INIT;
  o.mode = mode;
  return o;
}

/// Contribution scores (ig_contributions); records borrow ids from this object.
class contributions {
 public:
  explicit contributions(ig_contributions* owned) noexcept : h_(owned) {}
  static contributions compute(const model& m, const node_selection& sources, const node_selection& targets,
                               const ig_contribution_options* options = nullptr) {
    const ig_node_selection s = sources.view();
    const ig_node_selection t = targets.view();
    ig_contributions* c = nullptr;
    check(ig_contributions_compute(&c, m.get(), &s, &t, options));
    return contributions(c);
  }
  const ig_contributions* get() const noexcept { return h_.get(); }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_contributions_count(&n, h_.get()));
    return n;
  }
  std::size_t samples() const {
    std::size_t n = 0;
    check(ig_contributions_samples(&n, h_.get()));
    return n;
  }
  ig_contribution operator[](std::size_t i) const {
    ig_contribution r = detail::sized<ig_contribution>();
    check(ig_contributions_get(&r, h_.get(), i));
    return r;
  }
  std::vector<ig_contribution> all() const {
    std::vector<ig_contribution> out;
    const std::size_t n = size();
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back((*this)[i]);
    return out;
  }

 private:
  detail::contributions_handle h_;
};

/// Funding flow options with the defaults (struct_size set).
inline ig_funding_options funding_options(const char* group_by = nullptr) noexcept {
  ig_funding_options o = IG_FUNDING_OPTIONS_INIT;
  o.group_by = group_by;
  return o;
}

/// Money reaching nodes (ig_funding_flows); records borrow strings from this object.
class funding_flows {
 public:
  explicit funding_flows(ig_funding_flows* owned) noexcept : h_(owned) {}
  /// `nodes` NULL or empty: every node.
  static funding_flows compute(const model& m, const node_selection* nodes = nullptr,
                               const ig_funding_options* options = nullptr) {
    ig_node_selection s = IG_NODE_SELECTION_INIT;
    if (nodes) s = nodes->view();
    ig_funding_flows* f = nullptr;
    check(ig_funding_flows_compute(&f, m.get(), nodes ? &s : nullptr, options));
    return funding_flows(f);
  }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_funding_flows_count(&n, h_.get()));
    return n;
  }
  ig_funding_flow operator[](std::size_t i) const {
    ig_funding_flow r = detail::sized<ig_funding_flow>();
    check(ig_funding_flows_get(&r, h_.get(), i));
    return r;
  }
  std::size_t total_count() const {
    std::size_t n = 0;
    check(ig_funding_flows_total_count(&n, h_.get()));
    return n;
  }
  ig_funding_flow total(std::size_t i) const {
    ig_funding_flow r = detail::sized<ig_funding_flow>();
    check(ig_funding_flows_total(&r, h_.get(), i));
    return r;
  }

 private:
  detail::funding_flows_handle h_;
};

/// Influence among a node set (ig_influence).
class influence {
 public:
  explicit influence(ig_influence* owned) noexcept : h_(owned) {}
  static influence compute(const model& m, const node_selection& nodes, ig_sign_rule rule = IG_SIGN_RULE_MULTIPLY) {
    const ig_node_selection s = nodes.view();
    ig_influence_options o = IG_INFLUENCE_OPTIONS_INIT;
    o.sign_rule = rule;
    ig_influence* r = nullptr;
    check(ig_influence_compute(&r, m.get(), &s, &o));
    return influence(r);
  }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_influence_node_count(&n, h_.get()));
    return n;
  }
  ig_influence_node node(std::size_t i) const {
    ig_influence_node r = detail::sized<ig_influence_node>();
    check(ig_influence_node_get(&r, h_.get(), i));
    return r;
  }
  /// Member `from` on member `to` (positions in the set).
  ig_influence_pair pair(std::size_t from, std::size_t to) const {
    ig_influence_pair r = detail::sized<ig_influence_pair>();
    check(ig_influence_pair_get(&r, h_.get(), from, to));
    return r;
  }
  std::pair<double, double> means() const {
    double i = 0.0, d = 0.0;
    check(ig_influence_means(&i, &d, h_.get()));
    return {i, d};
  }

 private:
  detail::influence_handle h_;
};


/// One gap, copied out of an ig_gaps result.
struct gap_figure {
  std::string name;
  bool is_text = false;
  double number = 0.0;  // NaN for a text
  std::string text;
};

struct gap {
  std::string code;
  ig_severity severity = IG_SEVERITY_WARNING;
  std::string message;
  std::vector<std::string> ids;
  std::vector<gap_figure> figures;

  std::string_view severity_name() const noexcept { return ig_severity_name(severity); }
  /// The figure called `name`, or nullptr.
  const gap_figure* figure(std::string_view name) const noexcept {
    for (const gap_figure& f : figures)
      if (f.name == name) return &f;
    return nullptr;
  }
};

/// Gap options with the defaults (struct_size set).
inline ig_gap_options gap_options(ig_language language = IG_LANGUAGE_EN) noexcept {
  ig_gap_options o = IG_GAP_OPTIONS_INIT;
  o.language = language;
  return o;
}

namespace detail {
using gaps_handle = handle<ig_gaps, ig_gaps_destroy>;

template <class T>
std::vector<T> items(const ig_gaps* g, ig_status (*count)(std::size_t*, const ig_gaps*),
                     ig_status (*get)(T*, const ig_gaps*, std::size_t)) {
  std::size_t n = 0;
  check(count(&n, g));
  std::vector<T> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    T x = sized<T>();
    check(get(&x, g, i));
    out.push_back(x);
  }
  return out;
}
}  // namespace detail

/// The result of gap detection: the gaps, and the tables behind them (every evaluation,
/// the roll-up, the priority ranking, the silo table). The C structs' strings are borrowed
/// from this object.
class gap_report {
 public:
  explicit gap_report(ig_gaps* owned) noexcept : h_(owned) {}
  const ig_gaps* get() const noexcept { return h_.get(); }

  static gap_report detect(const model& m, const ig_gap_options* options = nullptr) {
    ig_gaps* g = nullptr;
    check(ig_gaps_detect(&g, m.get(), options));
    return gap_report(g);
  }

  std::size_t size() const {
    std::size_t n = 0;
    check(ig_gaps_count(&n, h_.get()));
    return n;
  }
  gap operator[](std::size_t i) const {
    ig_gap r = detail::sized<ig_gap>();
    check(ig_gaps_get(&r, h_.get(), i));
    gap x;
    x.code = r.code;
    x.severity = r.severity;
    x.message = r.message;
    for (std::size_t k = 0; k < r.id_count; ++k) {
      const char* id = nullptr;
      check(ig_gaps_id(&id, h_.get(), i, k));
      x.ids.emplace_back(id);
    }
    for (std::size_t k = 0; k < r.figure_count; ++k) {
      ig_figure f = detail::sized<ig_figure>();
      check(ig_gaps_figure(&f, h_.get(), i, k));
      x.figures.push_back(gap_figure{f.name, f.is_text != 0, f.number, f.text});
    }
    return x;
  }
  std::vector<gap> all() const {
    std::vector<gap> out;
    const std::size_t n = size();
    for (std::size_t i = 0; i < n; ++i) out.push_back((*this)[i]);
    return out;
  }

  /// "" when the model has no observations.
  std::string_view as_of() const {
    const char* s = nullptr;
    check(ig_gaps_as_of(&s, h_.get()));
    return s;
  }
  /// The region's geography index, if there is one.
  std::optional<std::size_t> region() const {
    std::size_t r = IG_NO_INDEX;
    check(ig_gaps_region(&r, h_.get()));
    return r == IG_NO_INDEX ? std::nullopt : std::optional<std::size_t>(r);
  }
  std::string_view main_currency() const {
    const char* s = nullptr;
    check(ig_gaps_main_currency(&s, h_.get()));
    return s;
  }
  std::vector<ig_evaluation> evaluations() const {
    return detail::items<ig_evaluation>(h_.get(), ig_gaps_evaluation_count, ig_gaps_evaluation);
  }
  std::vector<ig_node_rollup> rollup() const {
    return detail::items<ig_node_rollup>(h_.get(), ig_gaps_rollup_count, ig_gaps_rollup);
  }
  std::vector<ig_priority> priorities() const {
    return detail::items<ig_priority>(h_.get(), ig_gaps_priority_count, ig_gaps_priority);
  }
  std::vector<ig_group_linkage> groups() const {
    return detail::items<ig_group_linkage>(h_.get(), ig_gaps_group_count, ig_gaps_group);
  }

 private:
  detail::gaps_handle h_;
};

/// Runs gap detection on `m` (options NULL: the defaults).
inline gap_report detect_gaps(const model& m, const ig_gap_options* options = nullptr) {
  return gap_report::detect(m, options);
}

/// The table of gap codes (static strings).
inline std::vector<ig_gap_code> gap_codes() {
  std::size_t n = 0;
  check(ig_gap_code_count(&n));
  std::vector<ig_gap_code> out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_gap_code c = detail::sized<ig_gap_code>();
    check(ig_gap_code_get(&c, i));
    out.push_back(c);
  }
  return out;
}

}  // namespace ig

#endif  // IMPACTGRAPH_HPP
