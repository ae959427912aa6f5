// The exception-to-status mapping of the C layer's guard, for the exceptions no
// public call can be made to throw (IG_ERROR_INTERNAL above all). Built from the C
// layer's sources, since the guard is hidden inside the shared library.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <string>

#include "internal.hpp"

namespace {
int failures = 0;

void expect(ig_status got, ig_status want, const char* words, int line) {
  if (got != want || ig_error_last_code() != want || std::strstr(ig_error_last_message(), words) == nullptr) {
    std::fprintf(stderr, "line %d: got %s \"%s\", expected %s with \"%s\"\n", line, ig_status_name(got),
                 ig_error_last_message(), ig_status_name(want), words);
    ++failures;
  }
}

impactgraph::Diagnostic diagnostic(std::string_view code) {
  impactgraph::Diagnostic d;
  d.code = code;
  d.message = "from the test";
  d.location.file = "m.json";
  d.location.line = 3;
  d.location.field = "nodes[0].id";
  return d;
}
}  // namespace

#define EXPECT(body, code, words) expect(ig_capi::guard([&] { body; }), code, words, __LINE__)

int main() {
  EXPECT(throw 42, IG_ERROR_INTERNAL, "unknown exception");
  EXPECT(throw std::runtime_error("boom"), IG_ERROR_INTERNAL, "internal error: boom");
  EXPECT(throw std::logic_error("broken invariant"), IG_ERROR_INTERNAL, "broken invariant");
  EXPECT(throw std::bad_alloc(), IG_ERROR_OUT_OF_MEMORY, "out of memory");
  EXPECT(throw std::length_error("too long"), IG_ERROR_OUT_OF_MEMORY, "too long");
  EXPECT(throw std::invalid_argument("bad thing"), IG_ERROR_INVALID_ARGUMENT, "bad thing");
  EXPECT(throw std::out_of_range("past it"), IG_ERROR_OUT_OF_RANGE, "past it");
  EXPECT(throw std::filesystem::filesystem_error("cannot", std::make_error_code(std::errc::permission_denied)),
         IG_ERROR_IO, "cannot");
  EXPECT(throw impactgraph::Error(diagnostic(impactgraph::codes::io_error)), IG_ERROR_IO, "m.json:3");
  EXPECT(throw impactgraph::Error(diagnostic(impactgraph::codes::wrong_type)), IG_ERROR_PARSE,
         "m.json:3: nodes[0].id: from the test [wrong-type]");
  EXPECT(throw ig_capi::InvalidModel(impactgraph::Error(diagnostic(impactgraph::codes::duplicate_id))),
         IG_ERROR_INVALID_MODEL, "[duplicate-id]");
  EXPECT(ig_capi::fail(IG_ERROR_STATE, "ig_f", "not now"), IG_ERROR_STATE, "ig_f: not now");
  // A success returns IG_OK and leaves the last error (IG_ERROR_STATE) as it was.
  if (ig_capi::guard([] {}) != IG_OK || ig_error_last_code() != IG_ERROR_STATE) {
    std::fprintf(stderr, "a successful call changed the last error\n");
    ++failures;
  }

  // The diagnostics of the last error are kept in full.
  EXPECT(throw impactgraph::Error(std::vector<impactgraph::Diagnostic>{diagnostic("cycle"), diagnostic("self-loop")}),
         IG_ERROR_PARSE, "(and 1 more)");
  ig_diagnostics* d = nullptr;
  std::size_t n = 0;
  if (ig_error_last_diagnostics(&d) != IG_OK || ig_diagnostics_count(&n, d) != IG_OK || n != 2) {
    std::fprintf(stderr, "the last error's diagnostics were not kept\n");
    ++failures;
  }
  ig_diagnostics_destroy(&d);

  // The v0 size of a struct is the end of its last v0 field.
  static_assert(IG_V0_SIZE(ig_funding, period) == sizeof(ig_funding));
  if (failures) std::fprintf(stderr, "%d failure(s)\n", failures);
  return failures ? 1 : 0;
}
