// Fuzz target: the JSON model reader (read_json) on arbitrary bytes. A read either
// refuses with located diagnostics or returns a spec that passes check_spec (validates
// deterministically, freezes, round-trips). Limits are the defaults but for a small
// max_file_bytes, which is itself checked.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "impactgraph/io.hpp"
#include "spec_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  impactgraph::ReadOptions options;
  options.limits.max_file_bytes = 1 << 20;
  try {
    const impactgraph::ModelSpec spec = impactgraph::read_json(text, "fuzz.json", options);
    FUZZ_CHECK(size <= options.limits.max_file_bytes);
    fuzz::check_spec(spec);
  } catch (const impactgraph::Error& e) {
    fuzz::check_refusal(e);
    for (const impactgraph::Diagnostic& d : e.diagnostics()) FUZZ_CHECK(d.location.file == "fuzz.json");
  }
  return 0;
}
