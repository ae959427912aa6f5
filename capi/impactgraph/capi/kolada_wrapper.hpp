// impactgraph.hpp, part "kolada": ig::import_kolada.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_KOLADA_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_KOLADA_WRAPPER_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "base_wrapper.hpp"
#include "kolada.h"

namespace ig {

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

#endif  // IMPACTGRAPH_CAPI_KOLADA_WRAPPER_HPP
