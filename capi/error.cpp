// The status codes and the per-thread last error.
#include <memory>

#include "internal.hpp"

namespace ig_capi {
namespace {

struct LastError {
  ig_status code = IG_OK;
  std::string message;
  std::vector<impactgraph::Diagnostic> diagnostics;
  const char* fallback = nullptr;  // used when recording the message itself ran out of memory
};

LastError& last() noexcept {
  thread_local LastError error;
  return error;
}

}  // namespace

void set_last_error(ig_status code, const char* message,
                    const std::vector<impactgraph::Diagnostic>* diagnostics) noexcept {
  LastError& e = last();
  e.code = code;
  e.fallback = nullptr;
  try {
    e.message.assign(message ? message : "");
    if (diagnostics)
      e.diagnostics = *diagnostics;
    else
      e.diagnostics.clear();
  } catch (...) {
    e.message.clear();
    e.diagnostics.clear();
    e.fallback = "out of memory while recording the error";
  }
}

[[noreturn]] void fail(ig_status code, const char* function, const std::string& message) {
  throw Failure(code, std::string(function) + ": " + message);
}

ig_status reader_status(const impactgraph::Error& e) noexcept {
  const auto& d = e.diagnostics();
  if (!d.empty() && d.front().code == impactgraph::codes::io_error) return IG_ERROR_IO;
  return IG_ERROR_PARSE;
}

impactgraph::Model freeze(const impactgraph::ModelSpec& spec) {
  try {
    return impactgraph::Model::freeze(spec);
  } catch (const impactgraph::Error& e) {
    throw InvalidModel(e);
  }
}

}  // namespace ig_capi

extern "C" {

const char* ig_status_name(ig_status code) {
  switch (code) {
    case IG_OK: return "IG_OK";
    case IG_ERROR_INVALID_ARGUMENT: return "IG_ERROR_INVALID_ARGUMENT";
    case IG_ERROR_IO: return "IG_ERROR_IO";
    case IG_ERROR_PARSE: return "IG_ERROR_PARSE";
    case IG_ERROR_INVALID_MODEL: return "IG_ERROR_INVALID_MODEL";
    case IG_ERROR_NOT_FOUND: return "IG_ERROR_NOT_FOUND";
    case IG_ERROR_OUT_OF_RANGE: return "IG_ERROR_OUT_OF_RANGE";
    case IG_ERROR_STATE: return "IG_ERROR_STATE";
    case IG_ERROR_BUFFER_TOO_SMALL: return "IG_ERROR_BUFFER_TOO_SMALL";
    case IG_ERROR_OUT_OF_MEMORY: return "IG_ERROR_OUT_OF_MEMORY";
    case IG_ERROR_INTERNAL: return "IG_ERROR_INTERNAL";
    default: return "IG_ERROR_UNKNOWN";
  }
}

const char* ig_error_last_message(void) {
  const ig_capi::LastError& e = ig_capi::last();
  return e.fallback ? e.fallback : e.message.c_str();
}

ig_status ig_error_last_code(void) { return ig_capi::last().code; }

void ig_error_clear(void) {
  ig_capi::LastError& e = ig_capi::last();
  e.code = IG_OK;
  // Released, not only emptied: a caller that clears after its work holds no memory for it.
  std::string().swap(e.message);
  std::vector<impactgraph::Diagnostic>().swap(e.diagnostics);
  e.fallback = nullptr;
}

ig_status ig_error_last_diagnostics(ig_diagnostics** out) {
  // Not through guard(): a failure here must not replace the error being inspected.
  if (out == nullptr) return IG_ERROR_INVALID_ARGUMENT;
  try {
    auto d = std::make_unique<ig_diagnostics>();
    d->items = ig_capi::last().diagnostics;
    *out = d.release();
    return IG_OK;
  } catch (...) {
    return IG_ERROR_OUT_OF_MEMORY;
  }
}

}  // extern "C"
