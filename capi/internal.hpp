// Private to the C ABI: the handle structs behind the opaque C types, the one guard
// that turns every C++ exception into a status code, and the argument checks.
#pragma once

#include <cstddef>
#include <cstring>
#include <exception>
#include <new>
#include <string_view>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "impactgraph.h"
#include "impactgraph/diagnostic.hpp"
#include "impactgraph/model.hpp"
#include "impactgraph/model_spec.hpp"

// ---- the handles

struct ig_string {
  std::string text;
};

struct ig_diagnostics {
  std::vector<impactgraph::Diagnostic> items;
};

// A frozen model. Borrowed strings come straight from the Model: its string_views
// are NUL-terminated (docs/model.md, "Frozen layout"), so no copy is made; only what
// the Model does not hold as text is kept here.
struct ig_model {
  explicit ig_model(impactgraph::Model frozen);

  impactgraph::Model model;
  // Per target (flattened over indicators, target_offset[i] is indicator i's first):
  // the C arrays ig_target.geos / .between point into the Model's strings.
  std::vector<std::size_t> target_offset;
  std::vector<std::vector<const char*>> target_geos;
  std::vector<std::vector<const char*>> target_between;
  // The distinct observation periods as text, sorted by period.
  std::vector<std::pair<impactgraph::Period, std::string>> periods;

  const char* period_text(impactgraph::Period p) const noexcept;
};

// A ModelBuilder plus indices from id to the most recently added item, so that the
// id-based setters stay O(1).
struct ig_builder {
  impactgraph::ModelBuilder builder;
  std::unordered_map<std::string, std::size_t> nodes;
  std::unordered_map<std::string, std::size_t> edges;  // key: from + '\0' + to
  std::unordered_map<std::string, std::size_t> indicators;
  bool sealed = false;  // after a successful freeze
};

namespace ig_capi {

// ---- the last error (error.cpp)

/// Records the thread's last error; never throws (falls back to a static message).
void set_last_error(ig_status code, const char* message,
                    const std::vector<impactgraph::Diagnostic>* diagnostics = nullptr) noexcept;

/// A failure detected by the C layer itself (a bad argument, an index, a state).
class Failure : public std::runtime_error {
 public:
  Failure(ig_status code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ig_status code() const noexcept { return code_; }

 private:
  ig_status code_;
};

/// A model that failed validation (Model::freeze), told apart from reader errors.
class InvalidModel : public impactgraph::Error {
 public:
  explicit InvalidModel(const impactgraph::Error& e) : impactgraph::Error(e.diagnostics()) {}
};

/// Model::freeze, with its errors marked as validation errors.
impactgraph::Model freeze(const impactgraph::ModelSpec& spec);

/// Reader errors: io-error is IG_ERROR_IO, everything else the reader finds IG_ERROR_PARSE.
ig_status reader_status(const impactgraph::Error& e) noexcept;

/// Runs `body` and maps whatever it throws to a status and the thread's last error.
/// Every extern "C" function with a status is `IG_GUARDED([&] { ... });`. A body
/// writes its out-parameters only as its last, non-throwing step.
template <class Body>
ig_status guard(Body&& body) noexcept {
  try {
    body();
    return IG_OK;
  } catch (const Failure& e) {
    set_last_error(e.code(), e.what());
    return e.code();
  } catch (const InvalidModel& e) {
    set_last_error(IG_ERROR_INVALID_MODEL, e.what(), &e.diagnostics());
    return IG_ERROR_INVALID_MODEL;
  } catch (const impactgraph::Error& e) {
    const ig_status code = reader_status(e);
    set_last_error(code, e.what(), &e.diagnostics());
    return code;
  } catch (const std::bad_alloc&) {
    set_last_error(IG_ERROR_OUT_OF_MEMORY, "out of memory");
    return IG_ERROR_OUT_OF_MEMORY;
  } catch (const std::length_error& e) {  // a size beyond what a container can hold
    set_last_error(IG_ERROR_OUT_OF_MEMORY, (std::string("out of memory: ") + e.what()).c_str());
    return IG_ERROR_OUT_OF_MEMORY;
  } catch (const std::invalid_argument& e) {
    set_last_error(IG_ERROR_INVALID_ARGUMENT, e.what());
    return IG_ERROR_INVALID_ARGUMENT;
  } catch (const std::out_of_range& e) {
    set_last_error(IG_ERROR_OUT_OF_RANGE, e.what());
    return IG_ERROR_OUT_OF_RANGE;
  } catch (const std::system_error& e) {  // std::filesystem_error, std::ios_base::failure
    set_last_error(IG_ERROR_IO, e.what());
    return IG_ERROR_IO;
  } catch (const std::exception& e) {
    set_last_error(IG_ERROR_INTERNAL, (std::string("internal error: ") + e.what()).c_str());
    return IG_ERROR_INTERNAL;
  } catch (...) {
    set_last_error(IG_ERROR_INTERNAL, "internal error: unknown exception");
    return IG_ERROR_INTERNAL;
  }
}

// ---- argument checks; `function` is the C function's name, `name` the parameter's

[[noreturn]] void fail(ig_status code, const char* function, const std::string& message);

inline void require(const void* p, const char* function, const char* name) {
  if (p == nullptr) fail(IG_ERROR_INVALID_ARGUMENT, function, std::string("argument '") + name + "' is NULL");
}

inline void require_index(std::size_t index, std::size_t count, const char* function, const char* name) {
  if (index >= count)
    fail(IG_ERROR_OUT_OF_RANGE, function,
         std::string("argument '") + name + "' is " + std::to_string(index) + ", past the end (count " +
             std::to_string(count) + ")");
}

/// A struct the caller passes with struct_size: at least the v0 size (`v0`).
template <class T>
void require_struct(const T* p, std::size_t v0, const char* function, const char* name) {
  require(p, function, name);
  if (p->struct_size < v0)
    fail(IG_ERROR_INVALID_ARGUMENT, function,
         std::string("argument '") + name + "' has struct_size " + std::to_string(p->struct_size) +
             ", less than the smallest accepted (" + std::to_string(v0) + ")");
}

/// Copies a filled struct into the caller's, up to the caller's struct_size.
template <class T>
void fill(T* out, T value) noexcept {
  const std::size_t n = out->struct_size < sizeof(T) ? out->struct_size : sizeof(T);
  value.struct_size = out->struct_size;
  std::memcpy(static_cast<void*>(out), &value, n);
}

/// Reads a caller's input struct: the caller's bytes up to its struct_size, the rest
/// as in `defaults`.
template <class T>
T read_struct(const T* in, T defaults) noexcept {
  const std::size_t n = in->struct_size < sizeof(T) ? in->struct_size : sizeof(T);
  std::memcpy(static_cast<void*>(&defaults), in, n);
  return defaults;
}

inline std::string text(const char* s) { return s ? std::string(s) : std::string(); }

/// A view the Model lends as a C string ("" for an empty or default view).
inline const char* cstr(std::string_view v) noexcept { return v.empty() ? "" : v.data(); }

}  // namespace ig_capi

// The size of a struct's v0 fields: the end of its last v0 field. Fields appended
// later do not change it, so it stays the smallest struct_size accepted.
#define IG_V0_SIZE(type, last_field) (offsetof(type, last_field) + sizeof(((type*)nullptr)->last_field))

// The body of every extern "C" function with a status: `IG_GUARDED([&] { ... });`.
// It names the C function as `ig_function` for the body's messages (inside the lambda,
// __func__ would be "operator()").
#define IG_GUARDED                      \
  const char* const ig_function = __func__; \
  return ::ig_capi::guard

// Argument checks inside an IG_GUARDED body; the message names the function and `p`.
#define IG_REQUIRE(p) ::ig_capi::require((p), ig_function, #p)
#define IG_REQUIRE_INDEX(i, n) ::ig_capi::require_index((i), (n), ig_function, #i)
#define IG_REQUIRE_STRUCT(p, type, last_field) \
  ::ig_capi::require_struct((p), IG_V0_SIZE(type, last_field), ig_function, #p)
