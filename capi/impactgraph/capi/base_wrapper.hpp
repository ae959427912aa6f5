// impactgraph.hpp, part "base": ig::error and ig::check, the handle owner, ig::diagnostics, load and save
// options, validation (the C parts base, diagnostics, options and validation).
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_BASE_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_BASE_WRAPPER_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base.h"
#include "diagnostics.h"
#include "options.h"
#include "validation.h"

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

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_BASE_WRAPPER_HPP
