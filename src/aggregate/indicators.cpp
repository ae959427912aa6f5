// Every numeric indicator through the stages: data on the grid (time, ratio, geography),
// imputation, outlier treatment and normalisation per pool (one period across
// geographies, or all periods at once). Ordinal ratings are normalised on their declared
// scale; text indicators are not numbers and are left to the assessments.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include <fmt/format.h>

#include "aggregate/parallel.hpp"
#include "aggregate/pipeline.hpp"
#include "aggregate/rules.hpp"
#include "impactgraph/normalise.hpp"

namespace impactgraph::aggregate_detail {

namespace {

std::string in_quotes(std::string_view s) { return fmt::format("\"{}\"", s); }

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

/// Geography groups a pool is drawn from: every geography, or one group per level of
/// the hierarchy (by_level).
using GeoGroups = std::vector<std::vector<std::size_t>>;

GeoGroups geo_groups(const Axes& a, bool by_level) {
  GeoGroups groups(1);
  for (std::size_t g = 0; g < a.geo_count; ++g) {
    const std::size_t k = by_level ? a.depth[g] : 0;
    if (groups.size() <= k) groups.resize(k + 1);
    groups[k].push_back(g);
  }
  return groups;
}

class IndicatorRun {
 public:
  IndicatorRun(Context& c, std::uint32_t i, const NormalisationSpec& spec)
      : c_(c), a_(c.axes), x_(c.model.indicators()[i]), spec_(spec) {}

  /// Normalises `s` (data after imputation) into `norm`, pool by pool; `s.flags` gets the
  /// treatment flags. `cells` is scratch.
  PoolCounts run(Series& s, std::vector<double>& norm, const GeoGroups& groups, std::vector<std::size_t>& cells) {
    resolve_context(s);
    norm.assign(a_.cells(), nan);
    PoolCounts counts;
    std::vector<double> base_pool;
    const auto pool = [&](std::optional<std::size_t> period) {
      std::optional<std::size_t> reference;  // position of the reference geography's value
      for (std::size_t k = 0; reference_geo_ && k < cells.size(); ++k) {
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
                   fmt::format("indicator {} {}; its {} normalised values are missing", in_quotes(x.id), what, method),
                   {x.id});
  } else if (counts.zero_range > 0 || counts.no_reference > 0) {
    c.findings.add(codes::zero_range, Severity::warning,
                   fmt::format("indicator {}: {} of {} pool(s) cannot be normalised by {} (all values equal, "
                               "or too few); those normalised values are missing",
                               in_quotes(x.id), counts.zero_range + counts.no_reference, counts.pools, method),
                   {x.id});
  }
  if (x.direction == Direction::unspecified && spec.method != Normalisation::none && x.weight != 0.0)
    c.findings.add(codes::assumed_direction, Severity::warning,
                   fmt::format("indicator {} has no direction; it is normalised as higher is better", in_quotes(x.id)),
                   {x.id});
}

/// Whether computing `i`'s raw series reads another indicator's as geography weights.
bool reads_weights(const Model& model, std::uint32_t i) {
  const IndicatorSpec& x = model.indicators()[i];
  return x.measure != Measure::text && x.measure != Measure::ratio && geo_rule(x) == Aggregation::weighted_mean &&
         model.find_indicator(x.geo_weight).has_value();
}

/// Where a worker writes its rows: at `start` in its target columns, indicator after
/// indicator, growing them when they are too short.
struct Block {
  IndicatorData* target;
  std::size_t start = 0, rows = 0;
  std::vector<std::uint32_t> ends;  // per indicator of the range: rows written up to its end
};

/// One worker's indicators [first, end).
struct IndicatorWorker {
  Context& c;
  const AggregateOptions& options;
  const std::unordered_map<std::string_view, const NormalisationSpec*>& exceptions;
  const GeoGroups* groups;  // [0]: across all geographies, [1]: by level

  void run(std::uint32_t first, std::uint32_t end, Block& block) {
    const auto indicators = c.model.indicators();
    IndicatorData& out = *block.target;
    Series s;
    std::vector<double> norm;
    std::vector<std::size_t> cells;
    for (std::uint32_t i = first; i < end; ++i) {
      const IndicatorSpec& x = indicators[i];
      if (x.measure == Measure::text) {
        block.ends.push_back(static_cast<std::uint32_t>(block.rows));
        continue;
      }
      if (c.weight_cache[i] && !c.weight_cache[i]->value.empty())
        s = *c.weight_cache[i];
      else
        raw_series(c, i, s);
      impute(c.axes, c.options.imputation, s);
      const NormalisationSpec spec = spec_for(x, options, exceptions);
      IndicatorRun run(c, i, spec);
      const PoolCounts counts = run.run(s, norm, groups[spec.by_level ? 1 : 0], cells);
      report(c, x, spec, counts, run.lacks_reference());
      std::size_t rows = 0;
      for (const double v : s.value) rows += std::isnan(v) ? 0 : 1;
      std::size_t r = block.start + block.rows;
      if (out.cell.size() < r + rows) {
        out.cell.resize(r + rows);
        out.value.resize(r + rows);
        out.normalised.resize(r + rows);
        out.flags.resize(r + rows);
      }
      for (std::size_t cell = 0; cell < s.value.size(); ++cell) {
        if (std::isnan(s.value[cell])) continue;
        out.cell[r] = static_cast<std::uint32_t>(cell);
        out.value[r] = s.value[cell];
        out.normalised[r] = norm[cell];
        out.flags[r] = s.flags[cell];
        ++r;
      }
      block.rows += rows;
      block.ends.push_back(static_cast<std::uint32_t>(block.rows));
    }
  }
};

template <class T>
void move_rows(Column<T>& to, std::size_t at, const Column<T>& from, std::size_t start, std::size_t rows) {
  if (rows) std::memmove(to.data() + at, from.data() + start, rows * sizeof(T));
}

}  // namespace

IndicatorData compute_indicators(Context& c, const AggregateOptions& options, unsigned threads) {
  const auto indicators = c.model.indicators();
  const auto count = static_cast<std::uint32_t>(indicators.size());
  std::unordered_map<std::string_view, const NormalisationSpec*> exceptions;
  for (const auto& [id, spec] : options.indicator_normalisation) exceptions[id] = &spec;
  const GeoGroups groups[2] = {geo_groups(c.axes, false), geo_groups(c.axes, true)};

  // Geography weights first, in indicator order, so that workers only read them.
  for (std::uint32_t i = 0; i < count; ++i)
    if (reads_weights(c.model, i))
      weight_series(c, static_cast<std::uint32_t>(*c.model.find_indicator(indicators[i].geo_weight)));

  // Contiguous indicator ranges of about equal work (observations plus grid cells).
  const unsigned workers = worker_count(threads, count);
  const std::vector<std::size_t> bounds = balanced_split(count, workers, [&](std::size_t i) {
    return c.groups.indicator(static_cast<std::uint32_t>(i)).size() + c.axes.cells();
  });

  // An indicator has at most one row per cell. When that bound is near the observation
  // count, every worker writes straight into the result at its bound (memory never
  // written is never paged in) and the blocks close up afterwards; otherwise workers after
  // the first write into columns of their own, copied over at the end.
  std::vector<std::size_t> bound_at(count + 1, 0), expected_at(count + 1, 0);
  for (std::uint32_t i = 0; i < count; ++i) {
    bound_at[i + 1] = bound_at[i] + (indicators[i].measure == Measure::text ? 0 : c.axes.cells());
    expected_at[i + 1] = expected_at[i] + c.groups.indicator(i).size();
  }
  const bool in_place = bound_at[count] <= 2 * expected_at[count] + (std::size_t{1} << 20);
  IndicatorData out;
  std::vector<IndicatorData> own(workers);
  std::vector<Block> blocks(workers);
  const auto reserve = [](IndicatorData& d, std::size_t rows) {
    d.cell.reserve(rows);
    d.value.reserve(rows);
    d.normalised.reserve(rows);
    d.flags.reserve(rows);
  };
  if (in_place) reserve(out, bound_at[count]);
  else reserve(out, expected_at[bounds[1]]);
  for (unsigned t = 0; t < workers; ++t) {
    const bool mine = in_place || t == 0;
    blocks[t].target = mine ? &out : &own[t];
    blocks[t].start = in_place ? bound_at[bounds[t]] : 0;
    if (!mine) reserve(own[t], expected_at[bounds[t + 1]] - expected_at[bounds[t]]);
  }
  if (in_place) {  // sized up front: workers must not reallocate what the others write into
    out.cell.resize(bound_at[count]);
    out.value.resize(bound_at[count]);
    out.normalised.resize(bound_at[count]);
    out.flags.resize(bound_at[count]);
  }
  std::vector<Findings> findings(workers);
  run_workers(workers, [&](unsigned t) {
    const auto first = static_cast<std::uint32_t>(bounds[t]), end = static_cast<std::uint32_t>(bounds[t + 1]);
    if (t == 0) {
      IndicatorWorker{c, options, exceptions, groups}.run(first, end, blocks[0]);
      return;
    }
    Context local(c, findings[t]);
    IndicatorWorker{local, options, exceptions, groups}.run(first, end, blocks[t]);
  });

  // Close up: block t follows block t-1 (moved down in place, or copied in).
  out.begin.assign(1, 0);
  std::size_t at = 0;
  for (unsigned t = 0; t < workers; ++t) {
    const Block& b = blocks[t];
    if (t > 0) {
      if (!in_place) {
        out.cell.resize(std::max(out.cell.size(), at + b.rows));
        out.value.resize(out.cell.size());
        out.normalised.resize(out.cell.size());
        out.flags.resize(out.cell.size());
      }
      move_rows(out.cell, at, b.target->cell, b.start, b.rows);
      move_rows(out.value, at, b.target->value, b.start, b.rows);
      move_rows(out.normalised, at, b.target->normalised, b.start, b.rows);
      move_rows(out.flags, at, b.target->flags, b.start, b.rows);
      if (!in_place) own[t] = IndicatorData{};
      c.findings.merge(std::move(findings[t]));
    }
    for (const std::uint32_t e : b.ends) out.begin.push_back(static_cast<std::uint32_t>(at + e));
    at += b.rows;
  }
  out.cell.resize(at);
  out.value.resize(at);
  out.normalised.resize(at);
  out.flags.resize(at);
  if (out.cell.capacity() > at + at / 8) {  // give back what the bound over-reserved
    out.cell.shrink_to_fit();
    out.value.shrink_to_fit();
    out.normalised.shrink_to_fit();
    out.flags.shrink_to_fit();
  }
  return out;
}

}  // namespace impactgraph::aggregate_detail
