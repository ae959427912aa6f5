// impactgraph.hpp, part "gaps": ig::detect_gaps, ig::gap_report and ig::gap_codes.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_GAPS_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_GAPS_WRAPPER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model_wrapper.hpp"
#include "gaps.h"

namespace ig {

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

#endif  // IMPACTGRAPH_CAPI_GAPS_WRAPPER_HPP
