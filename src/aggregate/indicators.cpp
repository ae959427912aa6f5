// Every numeric indicator through the stages: data on the grid (time, ratio, geography),
// imputation, outlier treatment and normalisation per pool (one period across
// geographies, or all periods at once). Ordinal ratings are normalised on their declared
// scale; text indicators are not numbers and are left to the assessments.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "aggregate/pipeline.hpp"
#include "impactgraph/normalise.hpp"

namespace impactgraph::aggregate_detail {

namespace {

std::string quoted(std::string_view s) { return fmt::format("\"{}\"", s); }

/// The value an indicator aims at: its latest level target, else a change target on its
/// baseline (baseline * (1 + change)), else a threshold.
std::optional<double> indicator_target(const IndicatorSpec& x) {
  const Target* best = nullptr;
  std::optional<Period> best_period;
  for (const Target& t : x.targets) {
    if (t.kind != TargetKind::level || !t.value) continue;
    const auto p = Period::parse(t.period);
    if (!best || (p && (!best_period || *best_period < *p))) {
      best = &t;
      best_period = p;
    }
  }
  if (best) return *best->value;
  for (const Target& t : x.targets)
    if (t.kind == TargetKind::change && t.value && x.baseline &&
        (t.base_period.empty() || t.base_period == x.baseline->period))
      return x.baseline->value * (1.0 + *t.value);
  for (const Target& t : x.targets)
    if (t.kind == TargetKind::threshold && t.value) return *t.value;
  return std::nullopt;
}

/// The spec an indicator is normalised with: its exception, else for an ordinal the
/// goalposts of its scale, else the model-wide spec.
NormalisationSpec spec_for(const IndicatorSpec& x, const AggregateOptions& o,
                           const std::unordered_map<std::string_view, const NormalisationSpec*>& exceptions) {
  if (const auto it = exceptions.find(x.id); it != exceptions.end()) return *it->second;
  NormalisationSpec s = o.normalisation;
  if (x.measure == Measure::ordinal && x.scale) {
    s.method = Normalisation::goalposts;
    s.goalposts = x.scale;
    s.truncate = true;
  }
  return s;
}

struct PoolCounts {
  std::size_t pools = 0, zero_range = 0, no_reference = 0, treated = 0;
};

class IndicatorRun {
 public:
  IndicatorRun(Context& c, std::uint32_t i, const NormalisationSpec& spec)
      : c_(c), a_(c.axes), x_(c.model.indicators()[i]), spec_(spec) {}

  /// Normalises `s` (data after imputation) into `norm`, pool by pool; `s.flags` gets the
  /// treatment flags.
  PoolCounts run(Series& s, std::vector<double>& norm) {
    resolve_context(s);
    norm.assign(a_.cells(), nan);
    PoolCounts counts;
    // Geography groups: every geography, or one group per level of the hierarchy.
    std::vector<std::vector<std::size_t>> groups(1);
    for (std::size_t g = 0; g < a_.geo_count; ++g) {
      const std::size_t k = spec_.by_level ? a_.depth[g] : 0;
      if (groups.size() <= k) groups.resize(k + 1);
      groups[k].push_back(g);
    }
    std::vector<std::size_t> cells;
    std::vector<double> base_pool;
    const auto pool = [&](std::optional<std::size_t> period) {
      std::optional<std::size_t> reference;  // position of the reference geography's value
      for (std::size_t k = 0; k < cells.size(); ++k) {
        if (reference_geo_ && cells[k] / a_.period_count == *reference_geo_ &&
            (period || !std::isnan(s.value[cells[k]])))
          reference = k;  // across periods: its latest value (cells ascend by period)
      }
      pool_.resize(cells.size());
      flags_.resize(cells.size());
      for (std::size_t k = 0; k < cells.size(); ++k) {
        pool_[k] = s.value[cells[k]];
        flags_[k] = s.flags[cells[k]];
      }
      if (!base_.empty()) {
        base_pool.resize(cells.size());
        for (std::size_t k = 0; k < cells.size(); ++k) base_pool[k] = base_[cells[k]];
        context_.base = base_pool;
      }
      one_pool(counts, reference);
      for (std::size_t k = 0; k < cells.size(); ++k) {
        norm[cells[k]] = pool_[k];
        s.flags[cells[k]] = flags_[k];
      }
    };
    for (const auto& group : groups) {
      if (spec_.across_periods) {
        cells.clear();
        for (const std::size_t g : group)
          for (std::size_t p = 0; p < a_.period_count; ++p) cells.push_back(a_.cell(g, p));
        pool(std::nullopt);
        continue;
      }
      for (std::size_t p = 0; p < a_.period_count; ++p) {
        cells.clear();
        for (const std::size_t g : group) cells.push_back(a_.cell(g, p));
        pool(p);
      }
    }
    return counts;
  }

  bool lacks_reference() const noexcept { return missing_reference_; }

 private:
  void resolve_context(const Series& s) {
    switch (spec_.method) {
      case Normalisation::goalposts: {
        std::optional<std::array<double, 2>> g = spec_.goalposts;
        if (!g && x_.baseline)
          if (const auto t = indicator_target(x_); t && *t != x_.baseline->value)
            g = std::array<double, 2>{std::min(*t, x_.baseline->value), std::max(*t, x_.baseline->value)};
        if (g) context_.goalposts = *g;
        missing_reference_ = !g;
        break;
      }
      case Normalisation::dist_to_target: {
        const auto t = spec_.target ? spec_.target : indicator_target(x_);
        if (t) context_.target = *t;
        missing_reference_ = !t;
        break;
      }
      case Normalisation::dist_to_ref:
        reference_geo_ = c_.model.find_geography(spec_.reference_geo);
        missing_reference_ = !reference_geo_;
        break;
      case Normalisation::index: {
        const std::string& text = !spec_.base_period.empty() ? spec_.base_period
                                  : x_.baseline             ? x_.baseline->period
                                                            : std::string();
        std::optional<std::uint32_t> p;
        if (const auto parsed = Period::parse(text))
          if (const auto mapped = to_grain(*parsed, a_.grain)) p = a_.period_index(*mapped);
        missing_reference_ = !p;
        if (p) {
          base_.resize(a_.cells());
          for (std::size_t g = 0; g < a_.geo_count; ++g)
            for (std::size_t q = 0; q < a_.period_count; ++q) base_[a_.cell(g, q)] = s.value[a_.cell(g, *p)];
        }
        break;
      }
      default: break;
    }
  }

  void one_pool(PoolCounts& counts, std::optional<std::size_t> reference) {
    if (std::all_of(pool_.begin(), pool_.end(), [](double v) { return std::isnan(v); })) return;
    ++counts.pools;
    if (c_.options.outliers.method != OutlierTreatment::none && x_.measure != Measure::ordinal)
      if (treat_outliers(pool_, c_.options.outliers, flags_).needed) ++counts.treated;
    if (reference_geo_) context_.reference = reference ? pool_[*reference] : nan;
    const Direction d = x_.direction == Direction::unspecified ? Direction::increase : x_.direction;
    switch (normalise(pool_, spec_, d, context_)) {
      case NormaliseStatus::zero_range: ++counts.zero_range; break;
      case NormaliseStatus::no_reference: ++counts.no_reference; break;
      default: break;
    }
  }

  Context& c_;
  const Axes& a_;
  const IndicatorSpec& x_;
  NormalisationSpec spec_;
  NormaliseContext context_;
  std::optional<std::size_t> reference_geo_;
  std::vector<double> base_;
  std::vector<double> pool_;
  std::vector<std::uint8_t> flags_;
  bool missing_reference_ = false;
};

void report(Context& c, const IndicatorSpec& x, const NormalisationSpec& spec, const PoolCounts& counts,
            bool lacks_reference) {
  const std::string method(to_string(spec.method));
  if (lacks_reference) {
    const char* what = spec.method == Normalisation::goalposts ? "has no goalposts, nor a baseline and a target to take them from"
                       : spec.method == Normalisation::dist_to_target ? "has no target"
                       : spec.method == Normalisation::dist_to_ref    ? "has no reference geography"
                                                                       : "has no base period with data (nor a baseline)";
    c.findings.add(codes::no_reference, Severity::warning,
                   fmt::format("indicator {} {}; its {} normalised values are missing", quoted(x.id), what, method),
                   {x.id});
  } else if (counts.zero_range > 0 || counts.no_reference > 0) {
    c.findings.add(codes::zero_range, Severity::warning,
                   fmt::format("indicator {}: {} of {} pool(s) cannot be normalised by {} (all values equal, "
                               "or too few); those normalised values are missing",
                               quoted(x.id), counts.zero_range + counts.no_reference, counts.pools, method),
                   {x.id});
  }
  if (x.direction == Direction::unspecified && spec.method != Normalisation::none && x.weight != 0.0)
    c.findings.add(codes::assumed_direction, Severity::warning,
                   fmt::format("indicator {} has no direction; it is normalised as higher is better", quoted(x.id)),
                   {x.id});
}

}  // namespace

IndicatorData compute_indicators(Context& c, const AggregateOptions& options) {
  const auto indicators = c.model.indicators();
  std::unordered_map<std::string_view, const NormalisationSpec*> exceptions;
  for (const auto& [id, spec] : options.indicator_normalisation) exceptions[id] = &spec;

  IndicatorData out;
  out.begin.assign(indicators.size() + 1, 0);
  // Most models have about one value per observation: reserve that, and trim at the end.
  const std::size_t expected = c.model.observations().size();
  out.cell.reserve(expected);
  out.value.reserve(expected);
  out.normalised.reserve(expected);
  out.flags.reserve(expected);
  Series s;
  std::vector<double> norm;
  for (std::uint32_t i = 0; i < indicators.size(); ++i) {
    out.begin[i + 1] = out.begin[i];
    const IndicatorSpec& x = indicators[i];
    if (x.measure == Measure::text) continue;
    if (c.weight_cache[i] && !c.weight_cache[i]->value.empty())
      s = *c.weight_cache[i];
    else
      raw_series(c, i, s);
    impute(c.axes, c.options.imputation, s);
    const NormalisationSpec spec = spec_for(x, options, exceptions);
    IndicatorRun run(c, i, spec);
    const PoolCounts counts = run.run(s, norm);
    report(c, x, spec, counts, run.lacks_reference());
    for (std::size_t cell = 0; cell < c.axes.cells(); ++cell) {
      if (std::isnan(s.value[cell])) continue;
      out.cell.push_back(static_cast<std::uint32_t>(cell));
      out.value.push_back(s.value[cell]);
      out.normalised.push_back(norm[cell]);
      out.flags.push_back(s.flags[cell]);
    }
    out.begin[i + 1] = static_cast<std::uint32_t>(out.cell.size());
  }
  out.cell.shrink_to_fit();
  out.value.shrink_to_fit();
  out.normalised.shrink_to_fit();
  out.flags.shrink_to_fit();
  return out;
}

}  // namespace impactgraph::aggregate_detail
