// Fuzz target: sequences of C ABI calls (capi/impactgraph.h), decoded from the bytes:
// builder calls with ids from a small pool (so that references meet) or raw bytes,
// numbers from a table of awkward values (NaN, ±inf, 1e308, ...) or raw bits, enum
// values outside their enumerations, validate and freeze at any point, then reading,
// exporting and reloading the frozen model. Invariants (docs/c-api.md):
//  - every call returns IG_OK or a listed error code; a failure sets the thread's last
//    error (same code, a message) and leaves the out-parameter untouched;
//  - a sealed builder refuses everything with IG_ERROR_STATE;
//  - ig_builder_validate finds no error exactly when ig_builder_freeze succeeds, and a
//    failed freeze reports as many errors;
//  - a frozen model validates without errors, is self-consistent through every reader,
//    and its JSON text loads back to an equal model;
//  - every analysis runs on it, its scores finite and within their laws (capi_analyses.cpp).
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <limits>
#include <string>
#include <vector>

#include "capi_checks.hpp"
#include "fuzz_check.hpp"
#include "impactgraph.h"

namespace {

constexpr const char* pool[] = {"",      "A",        "B",      "C",       "G",      "V",         "I1",    "I2",
                                "0018",  "1880",     "2019",   "2020Q3",  "2021-05", "activity", "output", "outcome",
                                "goal",  "vision",   "T",      "K",       "M",      ">=",        "level", "growth",
                                "x\"y\\", "\xc3\xa9", "\xff\xfe", "kolada:N00914"};
constexpr double numbers[] = {0.0, 1.0, -1.0, 0.5, 2.0, -3.0, 3.0, 100.0, 1e308, -1e308, 5e-324, 2019.0, 82.5,
                              std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                              -std::numeric_limits<double>::infinity()};

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}
  bool done() const { return i_ >= n_; }
  std::size_t position() const { return i_ < n_ ? i_ : n_; }
  std::uint8_t byte() { return i_ < n_ ? p_[i_++] : 0; }
  int integer() { return static_cast<int>(static_cast<std::int8_t>(byte())); }  // -128..127: enums in and out of range
  double number() {
    const std::uint8_t b = byte();
    if (b < std::size(numbers) * 15) return numbers[b % std::size(numbers)];
    double d = 0.0;  // raw bits
    for (std::size_t k = 0; k < sizeof d; ++k) reinterpret_cast<std::uint8_t*>(&d)[k] = byte();
    return d;
  }
  // A string from the pool, raw bytes (length-prefixed, up to the first NUL), or NULL.
  const char* text() {
    const std::uint8_t b = byte();
    if (b == 255) return nullptr;
    if (b < 224) return pool[b % std::size(pool)];
    const std::size_t length = byte() % 64;
    std::string s;
    for (std::size_t k = 0; k < length && !done(); ++k) s += static_cast<char>(byte());
    return strings_.emplace_back(std::move(s)).c_str();
  }

 private:
  const std::uint8_t* p_;
  std::size_t n_, i_ = 0;
  std::deque<std::string> strings_;  // keeps raw strings alive for the whole sequence
};

using fuzz::checked;

// A struct_size as a caller might set it: right, the v0 size, too small, or larger.
template <class T>
std::size_t struct_size(Input& in, std::size_t v0) {
  switch (in.byte() % 8) {
    case 0: return v0;
    case 1: return v0 - 1;
    case 2: return sizeof(T) + 16;  // a newer caller: the extra bytes are not read
    default: return sizeof(T);
  }
}

struct Target {
  ig_target t{};
  std::vector<const char*> geos, between;
};

Target target(Input& in) {
  Target x;
  x.t.struct_size = struct_size<ig_target>(in, sizeof(ig_target));
  x.t.kind = static_cast<ig_target_kind>(in.integer());
  x.t.period = in.text();
  x.t.base_period = in.text();
  x.t.has_value = in.byte() & 1;
  x.t.value = in.number();
  x.t.op = in.text();
  for (std::size_t k = in.byte() % 4; k > 0; --k) x.geos.push_back(in.text());
  for (std::size_t k = in.byte() % 4; k > 0; --k) x.between.push_back(in.text());
  x.t.geos = x.geos.empty() ? nullptr : x.geos.data();
  x.t.geo_count = x.geos.size();
  x.t.compare = in.text();
  x.t.between = x.between.empty() ? nullptr : x.between.data();
  x.t.between_count = x.between.size();
  // Now and then a NULL array with a count (IG_ERROR_INVALID_ARGUMENT).
  if (x.geos.empty() && in.byte() == 7) x.t.geo_count = 2;
  if (x.between.empty() && in.byte() == 7) x.t.between_count = 1;
  return x;
}

ig_observation observation(Input& in) {
  ig_observation o{};
  o.struct_size = struct_size<ig_observation>(in, sizeof(ig_observation));
  o.indicator_id = in.text();
  o.geo_id = in.text();
  o.period = in.text();
  o.breakdown = in.text();
  o.has_value = in.byte() & 1;
  o.value = in.number();
  o.text = in.text();
  o.status = in.text();
  return o;
}

// One builder call, chosen and filled from the input.
ig_status build(Input& in, ig_builder* b) {
  switch (in.byte() % 27) {
    case 0: return ig_builder_add_level(b, in.text());
    case 1: {
      const char *id = in.text(), *level = in.text();
      return ig_builder_add_node(b, id, level, in.text());
    }
    case 2: {
      const char* id = in.text();
      return ig_builder_set_node_description(b, id, in.text());
    }
    case 3: {
      const char *id = in.text(), *start = in.text();
      return ig_builder_set_node_span(b, id, start, in.text());
    }
    case 4: {
      const char *id = in.text(), *key = in.text();
      return ig_builder_set_node_tag(b, id, key, in.text());
    }
    case 5: {
      const char* id = in.text();
      const double amount = in.number();
      const char *currency = in.text(), *source = in.text();
      return ig_builder_add_node_funding(b, id, amount, currency, source, in.text());
    }
    case 6: case 7: {
      const char *from = in.text(), *to = in.text();
      return ig_builder_add_edge(b, from, to, in.number());
    }
    case 8: {
      const char *from = in.text(), *to = in.text();
      const double lo = in.number();
      return ig_builder_set_edge_range(b, from, to, lo, in.number());
    }
    case 9: {
      const char *from = in.text(), *to = in.text();
      return ig_builder_set_edge_confidence(b, from, to, in.number());
    }
    case 10: {
      const char *from = in.text(), *to = in.text();
      return ig_builder_set_edge_assumption(b, from, to, in.text());
    }
    case 11: {
      const char *from = in.text(), *to = in.text();
      return ig_builder_set_edge_evidence(b, from, to, static_cast<ig_evidence>(in.integer()));
    }
    case 12: {
      const char *id = in.text(), *node = in.text();
      return ig_builder_add_indicator(b, id, node, in.text());
    }
    case 13: {
      const char* id = in.text();
      switch (in.byte() % 4) {
        case 0: return ig_builder_set_indicator_unit(b, id, in.text());
        case 1: return ig_builder_set_indicator_description(b, id, in.text());
        case 2: return ig_builder_set_indicator_source(b, id, in.text());
        default: return ig_builder_set_indicator_weight(b, id, in.number());
      }
    }
    case 14: {
      const char* id = in.text();
      return ig_builder_set_indicator_direction(b, id, static_cast<ig_direction>(in.integer()));
    }
    case 15: {
      const char *id = in.text(), *period = in.text();
      return ig_builder_set_indicator_baseline(b, id, period, in.number());
    }
    case 16: {
      const char* id = in.text();
      return ig_builder_set_indicator_measure(b, id, static_cast<ig_measure>(in.integer()));
    }
    case 17: {
      const char *id = in.text(), *numerator = in.text(), *denominator = in.text();
      return ig_builder_set_indicator_ratio(b, id, numerator, denominator, in.number());
    }
    case 18: {
      const char* id = in.text();
      const double lo = in.number();
      return ig_builder_set_indicator_scale(b, id, lo, in.number());
    }
    case 19: {
      const char* id = in.text();
      const auto aggregation = static_cast<ig_aggregation>(in.integer());
      return ig_builder_set_indicator_geo_aggregation(b, id, aggregation, in.text());
    }
    case 20: {
      const char* id = in.text();
      return ig_builder_set_indicator_time_aggregation(b, id, static_cast<ig_aggregation>(in.integer()));
    }
    case 21: case 22: {
      const char* id = in.text();
      const Target t = target(in);
      return ig_builder_add_indicator_target(b, id, &t.t);
    }
    case 23: {
      const char *id = in.text(), *name = in.text();
      return ig_builder_add_geography(b, id, name, in.text());
    }
    case 24: case 25: {
      const ig_observation o = observation(in);
      return ig_builder_add_observation(b, &o);
    }
    default: {
      if (in.byte() & 1) return ig_builder_set_name(b, in.text());
      const std::size_t n = in.byte() % 64;
      return ig_builder_reserve(b, n, n, n, n);
    }
  }
}

// Validates and freezes; on success checks the model, and the sealed builder refuses
// everything. Returns the model (the caller's), or NULL.
ig_model* freeze(Input& in, ig_builder* b) {
  ig_diagnostics* found = nullptr;
  FUZZ_CHECK(checked(ig_builder_validate(&found, b)) == IG_OK);
  fuzz::read_diagnostics(found);
  const std::size_t errors = fuzz::error_count(found);
  ig_diagnostics_destroy(&found);

  ig_model* const sentinel = reinterpret_cast<ig_model*>(&found);
  ig_model* m = sentinel;
  const ig_status s = checked(ig_builder_freeze(&m, b));
  if (s != IG_OK) {
    FUZZ_CHECK(s == IG_ERROR_INVALID_MODEL && errors > 0 && m == sentinel);
    FUZZ_CHECK(checked(ig_error_last_diagnostics(&found)) == IG_OK && fuzz::error_count(found) == errors);
    ig_diagnostics_destroy(&found);
    return nullptr;
  }
  FUZZ_CHECK(errors == 0 && m != nullptr && m != sentinel);
  const ig_status sealed = checked(build(in, b));  // a NULL argument may be named first
  FUZZ_CHECK(sealed == IG_ERROR_STATE || sealed == IG_ERROR_INVALID_ARGUMENT);
  FUZZ_CHECK(checked(ig_builder_freeze(&m, b)) == IG_ERROR_STATE);
  fuzz::check_model(m);
  fuzz::check_round_trip(m);
  fuzz::check_analyses(m);
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  ig_builder* b = nullptr;
  FUZZ_CHECK(checked(ig_builder_create(&b)) == IG_OK);
  std::vector<ig_model*> models;
  int freezes = 0;
  while (!in.done()) {
    const std::uint8_t op = in.byte();
    if (op < 240) {
      const ig_status s = checked(build(in, b));
      FUZZ_CHECK(s == IG_OK || s == IG_ERROR_INVALID_ARGUMENT || s == IG_ERROR_NOT_FOUND || s == IG_ERROR_STATE);
      continue;
    }
    if (op < 250) {
      if (++freezes > 4) continue;  // each one validates everything: keep inputs cheap
      if (ig_model* m = freeze(in, b)) {
        models.push_back(m);
        // Go on editing a copy of the frozen model.
        ig_builder_destroy(&b);
        FUZZ_CHECK(checked(ig_builder_create_from_model(&b, m)) == IG_OK);
      }
      continue;
    }
    // The rest of the input as JSON model text: loaded or refused, never crashing.
    const std::size_t rest = size - (in.position());
    ig_model* m = nullptr;
    const ig_status s = checked(ig_model_load_json_string(&m, reinterpret_cast<const char*>(data) + in.position(), rest, nullptr));
    FUZZ_CHECK(s == IG_OK || s == IG_ERROR_PARSE || s == IG_ERROR_INVALID_MODEL);
    FUZZ_CHECK((s == IG_OK) == (m != nullptr));
    if (m) {
      fuzz::check_model(m);
      fuzz::check_round_trip(m);
      fuzz::check_analyses(m);
      models.push_back(m);
    }
    break;
  }
  // Models outlive the builders they came from, and compare equal to their copies.
  for (std::size_t i = 1; i < models.size(); ++i) {
    int equal = -1;
    FUZZ_CHECK(checked(ig_model_equal(&equal, models[i - 1], models[i])) == IG_OK && (equal == 0 || equal == 1));
  }
  for (ig_model*& m : models) ig_model_destroy(&m);
  ig_builder_destroy(&b);
  ig_builder_destroy(&b);  // destroy twice: the pointer is NULL now
  // The thread's last error is the only state a sequence leaves behind. Freed here, every
  // sequence frees what it allocated, and libFuzzer's leak check (which re-runs an input
  // that ends with more allocations than frees, then scans the heap) has nothing to chase.
  ig_error_clear();
  FUZZ_CHECK(ig_error_last_code() == IG_OK && ig_error_last_message()[0] == '\0');
  return 0;
}
