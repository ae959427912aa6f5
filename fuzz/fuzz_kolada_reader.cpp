// Fuzz target: the Kolada reader (read_kolada) on arbitrary bytes, then the merge into a
// small valid model whose indicators take two KPIs. A read either refuses with located
// diagnostics or returns values that each have a valid period and, when present, a
// finite value; merging them keeps the count (observations added = new keys), is
// idempotent (merging again adds and changes nothing), and the merged model passes
// check_spec.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "impactgraph/io.hpp"
#include "impactgraph/kolada.hpp"
#include "impactgraph/period.hpp"
#include "spec_invariants.hpp"

namespace {

impactgraph::ModelSpec base_model() {
  impactgraph::ModelBuilder b;
  b.add_node("G1", "goal");
  b.add_indicator("I_syss", "G1").source = "kolada:N00914";
  b.add_indicator("I_syss_copy", "G1").source = "kolada:N00914";
  b.add_indicator("I_pop", "G1").source = "kolada:N01951";
  b.add_geography("0018", "County");
  b.add_geography("1880", "Town", "0018");
  b.add_observation("I_pop", "1880", "2019", 156381.0);
  return b.spec();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace impactgraph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ReadOptions options;
  options.limits.max_file_bytes = 1 << 20;
  std::vector<KoladaValue> values;
  try {
    values = read_kolada(text, "kolada.json", options);
  } catch (const Error& e) {
    fuzz::check_refusal(e);
    for (const Diagnostic& d : e.diagnostics()) FUZZ_CHECK(d.location.file == "kolada.json");
    return 0;
  }
  for (const KoladaValue& v : values) {
    FUZZ_CHECK(Period::parse(v.period).has_value());
    FUZZ_CHECK(!v.value || std::isfinite(*v.value));
    FUZZ_CHECK(v.where.file == "kolada.json" && v.where.line > 0);
  }
  ModelSpec spec = base_model();
  const std::size_t before = spec.observations.size();
  const ImportSummary first = merge_kolada(spec, values);
  FUZZ_CHECK(first.read <= values.size());
  FUZZ_CHECK(spec.observations.size() == before + first.added);
  FUZZ_CHECK(first.skipped_kpi + first.skipped_geo <= first.read);
  const ImportSummary again = merge_kolada(spec, values);
  FUZZ_CHECK(again.added == 0 && again.changed == 0);
  FUZZ_CHECK(spec.observations.size() == before + first.added);
  fuzz::check_spec(spec);
  return 0;
}
