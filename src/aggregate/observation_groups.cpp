// ObservationGroups: a parallel, stable counting sort by indicator over the observation
// columns (each thread counts, then scatters, its own contiguous share), the distinct
// periods through a table over PeriodCode, and each indicator's scored breakdown.
#include "aggregate/observation_groups.hpp"

#include <algorithm>
#include <limits>

#include "aggregate/parallel.hpp"
#include "aggregate/period_code.hpp"

namespace impactgraph::aggregate_detail {

namespace {

constexpr std::uint16_t mixed = std::numeric_limits<std::uint16_t>::max();
constexpr std::uint16_t unseen = mixed - 1;

// A breakdown's number, if the model has it.
std::optional<std::uint16_t> breakdown_number(const ObservationTable& obs, std::string_view name) {
  for (std::size_t b = 0; b < obs.breakdown_count(); ++b)
    if (obs.breakdown_name(static_cast<std::uint16_t>(b)) == name) return static_cast<std::uint16_t>(b);
  return std::nullopt;
}

}  // namespace

ObservationGroups::ObservationGroups(const Model& model, std::string_view breakdown, unsigned threads) {
  const ObservationTable obs = model.observations();
  const auto ind = obs.indicator_column();
  const auto per = obs.period_column();
  const auto bd = obs.breakdown_column();
  const std::size_t n = obs.size(), indicators = model.indicators().size();
  const unsigned workers = worker_count(threads, n / 65536 + 1);

  // Per thread share: counts per indicator, the year span, each indicator's breakdown
  // (one number, or mixed).
  struct Share {
    std::vector<std::uint32_t> count;
    std::vector<std::uint16_t> uniform;
    int min_year = std::numeric_limits<int>::max(), max_year = std::numeric_limits<int>::min();
  };
  std::vector<Share> shares(workers);
  const auto first = [&](unsigned t) { return n * t / workers; };
  run_workers(workers, [&](unsigned t) {
    Share& s = shares[t];
    s.count.assign(indicators, 0);
    s.uniform.assign(indicators, unseen);
    for (std::size_t i = first(t); i < first(t + 1); ++i) {
      const std::uint32_t k = ind[i];
      ++s.count[k];
      if (s.uniform[k] != bd[i]) s.uniform[k] = s.uniform[k] == unseen ? bd[i] : mixed;
      s.min_year = std::min<int>(s.min_year, per[i].year);
      s.max_year = std::max<int>(s.max_year, per[i].year);
    }
  });

  // Offsets: indicator-major, then thread, so the sort is stable.
  begin_.assign(indicators + 1, 0);
  std::vector<std::vector<std::uint32_t>> next(workers, std::vector<std::uint32_t>(indicators));
  std::vector<std::uint16_t> uniform(indicators, unseen);
  std::uint32_t at = 0;
  for (std::size_t k = 0; k < indicators; ++k) {
    begin_[k] = at;
    for (unsigned t = 0; t < workers; ++t) {
      next[t][k] = at;
      at += shares[t].count[k];
      const std::uint16_t u = shares[t].uniform[k];
      if (u != unseen && uniform[k] != u) uniform[k] = uniform[k] == unseen ? u : mixed;
    }
  }
  begin_[indicators] = at;
  int min_year = std::numeric_limits<int>::max(), max_year = std::numeric_limits<int>::min();
  for (const Share& s : shares) {
    min_year = std::min(min_year, s.min_year);
    max_year = std::max(max_year, s.max_year);
  }
  shares.clear();

  order_.resize(n);
  const PeriodCode code = n ? PeriodCode(min_year, max_year) : PeriodCode();
  std::vector<std::vector<std::uint8_t>> seen(workers);
  run_workers(workers, [&](unsigned t) {
    std::vector<std::uint32_t>& to = next[t];
    seen[t].assign(code.size, 0);
    for (std::size_t i = first(t); i < first(t + 1); ++i) {
      order_[to[ind[i]]++] = static_cast<std::uint32_t>(i);
      seen[t][code(per[i])] = 1;
    }
  });
  for (std::size_t c = 0; c < code.size; ++c) {
    bool any = false;
    for (const auto& s : seen) any = any || s[c];
    if (any) periods_.push_back(code.period(c));
  }

  // The scored breakdown: the wanted one where the indicator has it, else "T".
  const auto wanted = breakdown_number(obs, breakdown);
  const auto total = breakdown_number(obs, "T");
  series_.resize(indicators);
  for (std::uint32_t k = 0; k < indicators; ++k) {
    Series& s = series_[k];
    s.observations = indicator(k);
    const auto has = [&](std::optional<std::uint16_t> b) {
      if (!b || uniform[k] == unseen) return false;
      if (uniform[k] != mixed) return uniform[k] == *b;
      for (const std::uint32_t i : s.observations)
        if (bd[i] == *b) return true;
      return false;
    };
    const std::optional<std::uint16_t> use = has(wanted) ? wanted : has(total) ? total : std::nullopt;
    if (!use) {
      s.empty = true;
      s.observations = {};
      continue;
    }
    s.breakdown = *use;
    s.filter = uniform[k] == mixed;
  }
}

std::vector<std::uint32_t> sorted_series(const Model& model, const ObservationGroups& groups, std::uint32_t indicator) {
  const ObservationTable obs = model.observations();
  const auto geo = obs.geo_column();
  const auto per = obs.period_column();
  const auto bd = obs.breakdown_column();
  const ObservationGroups::Series s = groups.series(indicator);
  std::vector<std::uint32_t> out;
  out.reserve(s.observations.size());
  for (const std::uint32_t i : s.observations)
    if (!s.filter || bd[i] == s.breakdown) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) {
    return geo[a] != geo[b] ? geo[a] < geo[b] : per[a] < per[b];
  });
  return out;
}

}  // namespace impactgraph::aggregate_detail
