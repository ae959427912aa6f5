// Imputation of missing cells, every filled value flagged value_imputed. Only values that
// were not themselves imputed serve as donors. Reference: COINr's impute_panel (carry the
// latest value forward) and i_mean_grp (group mean); OECD/JRC Handbook (2008) section 4.
#include <cmath>
#include <vector>

#include "aggregate/pipeline.hpp"

namespace impactgraph::aggregate_detail {

namespace {

void carry_forward(const Axes& a, int max_gap, Series& s) {
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    double last = nan;
    std::size_t at = 0;
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const std::size_t cell = a.cell(g, p);
      if (!std::isnan(s.value[cell])) {
        last = s.value[cell];
        at = p;
        continue;
      }
      if (std::isnan(last) || (max_gap > 0 && p - at > static_cast<std::size_t>(max_gap))) continue;
      s.value[cell] = last;
      s.flags[cell] = value_imputed;
    }
  }
}

void interpolate(const Axes& a, int max_gap, Series& s) {
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    std::size_t before = a.period_count;  // last observed position, none yet
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const std::size_t cell = a.cell(g, p);
      if (std::isnan(s.value[cell])) continue;
      if (before < a.period_count && p > before + 1 &&
          (max_gap <= 0 || p - before - 1 <= static_cast<std::size_t>(max_gap))) {
        const double x0 = s.value[a.cell(g, before)], x1 = s.value[cell];
        const double t0 = a.periods[before].as_year(), t1 = a.periods[p].as_year();
        for (std::size_t q = before + 1; q < p; ++q) {
          const double t = a.periods[q].as_year();
          s.value[a.cell(g, q)] = t1 == t0 ? x0 : x0 + (x1 - x0) * (t - t0) / (t1 - t0);
          s.flags[a.cell(g, q)] = value_imputed;
        }
      }
      before = p;
    }
  }
}

void group_mean(const Axes& a, Series& s) {
  const std::vector<double> donors = s.value;  // values before any imputation
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    if (a.parent[g] < 0) continue;
    const auto parent = static_cast<std::size_t>(a.parent[g]);
    for (std::size_t p = 0; p < a.period_count; ++p) {
      const std::size_t cell = a.cell(g, p);
      if (!std::isnan(donors[cell])) continue;
      double sum = 0.0;
      std::size_t n = 0;
      for (std::uint32_t k = a.child_begin[parent]; k < a.child_begin[parent + 1]; ++k) {
        const double x = donors[a.cell(a.children[k], p)];
        if (std::isnan(x)) continue;
        sum += x;
        ++n;
      }
      if (n == 0) continue;
      s.value[cell] = sum / static_cast<double>(n);
      s.flags[cell] = value_imputed;
    }
  }
}

}  // namespace

void impute(const Axes& axes, const ImputationSpec& spec, Series& s) {
  switch (spec.method) {
    case Imputation::none: return;
    case Imputation::carry_forward: carry_forward(axes, spec.max_gap, s); return;
    case Imputation::interpolate: interpolate(axes, spec.max_gap, s); return;
    case Imputation::group_mean: group_mean(axes, s); return;
  }
}

}  // namespace impactgraph::aggregate_detail
