// Data gaps: indicators without data, missing periods, stale series and low coverage of the
// region's municipalities. docs/gaps.md, "Data".
#include <algorithm>
#include <cmath>
#include <set>

#include "gaps/context.hpp"

namespace impactgraph::gaps {

namespace {

constexpr std::size_t kListed = 10;  // the message lists at most this many periods or cells

// The period of `kind` that holds the end of the as-of period.
std::int64_t as_of_ordinal(const Period& as_of, Period::Kind kind) {
  if (as_of.kind == kind) return ordinal(as_of);
  const double end = as_of.as_year() + 1.0 / per_year(as_of.kind);
  return static_cast<std::int64_t>(std::floor(end * per_year(kind) - 1e-6));
}

std::string geo_label(const Context& c, std::uint32_t g) {
  const GeographySpec& geo = c.model.geographies()[g];
  return geo.name.empty() ? geo.id : geo.name;
}

std::string listed(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size() && k < kListed; ++k) out += (k ? ", " : "") + items[k];
  if (items.size() > kListed) out += ", …";
  return out;
}

struct Presence {
  std::vector<std::uint32_t> geos;              // with any value or text (breakdown T)
  Period::Kind kind = Period::Kind::year;
  std::optional<std::int64_t> first, last;      // ordinals of that kind
};

Presence presence(const Context& c, std::uint32_t i) {
  Presence p;
  bool kind_set = false;
  for (std::uint32_t g = 0; g < c.geo_ids.size(); ++g) {
    const std::vector<Period>* periods = c.series.present(i, g);
    if (!periods || periods->empty()) continue;
    p.geos.push_back(g);
    if (!kind_set) p.kind = periods->front().kind, kind_set = true;
    for (const Period& x : *periods) {
      if (x.kind != p.kind) continue;
      const std::int64_t n = ordinal(x);
      if (!p.first || n < *p.first) p.first = n;
      if (!p.last || n > *p.last) p.last = n;
    }
  }
  return p;
}

// Stale: the latest value is `stale_after` or more periods before the as-of period.
bool is_stale(const Context& c, const Presence& p) {
  if (!c.as_of || !p.last || c.options.stale_after == 0) return false;
  return as_of_ordinal(*c.as_of, p.kind) - *p.last >= static_cast<std::int64_t>(c.options.stale_after);
}

void stale_series(Context& c, std::uint32_t i, const Presence& p) {
  const std::int64_t behind = as_of_ordinal(*c.as_of, p.kind) - *p.last;
  const std::string latest = from_ordinal(*p.last, p.kind).str();
  const auto b = static_cast<double>(behind);
  c.add(gap_codes::stale_series, {c.model.indicators()[i].id},
        {text_figure("latest", latest), text_figure("as_of", c.as_of->str()), number_figure("behind", b)},
        {c.indicator_arg("indicator", i), text_arg("latest", latest), number_arg("behind", b),
         text_arg("as_of", c.as_of->str())});
}

// Missing periods from the indicator's start (its baseline or first value, whichever is
// earlier) to the as-of period, or to its latest value when the series is stale.
void missing_periods(Context& c, std::uint32_t i, const Presence& p, bool stale) {
  const IndicatorSpec& ind = c.model.indicators()[i];
  std::int64_t from = *p.first;
  if (ind.baseline)
    if (const auto b = Period::parse(ind.baseline->period); b && b->kind == p.kind) from = std::min(from, ordinal(*b));
  std::int64_t to = *p.last;
  if (!stale && c.as_of) to = std::max(to, as_of_ordinal(*c.as_of, p.kind));
  if (to < from) return;

  std::vector<std::string> ids{ind.id}, everywhere, others;
  std::size_t missing = 0;
  std::vector<std::set<std::int64_t>> have(p.geos.size());
  for (std::size_t k = 0; k < p.geos.size(); ++k)
    for (const Period& x : *c.series.present(i, p.geos[k]))
      if (x.kind == p.kind) have[k].insert(ordinal(x));
  for (std::int64_t n = from; n <= to; ++n) {
    std::size_t lacking = 0;
    for (const auto& h : have) lacking += h.count(n) == 0;
    missing += lacking;
    if (lacking == p.geos.size()) everywhere.push_back(from_ordinal(n, p.kind).str());
  }
  if (missing == 0) return;
  for (std::size_t k = 0; k < p.geos.size(); ++k) {
    bool listed_geo = false;
    for (std::int64_t n = from; n <= to; ++n) {
      if (have[k].count(n)) continue;
      if (!listed_geo) ids.push_back(c.geo_ids[p.geos[k]]), listed_geo = true;
      bool all = true;
      for (const auto& h : have) all = all && h.count(n) == 0;
      if (!all) others.push_back(geo_label(c, p.geos[k]) + " " + from_ordinal(n, p.kind).str());
    }
  }
  const auto expected = static_cast<double>(to - from + 1);
  const auto cells = expected * static_cast<double>(p.geos.size());
  std::vector<Figure> f{number_figure("missing", static_cast<double>(missing)), number_figure("expected", expected),
                        number_figure("geographies", static_cast<double>(p.geos.size())),
                        text_figure("from", from_ordinal(from, p.kind).str()),
                        text_figure("to", from_ordinal(to, p.kind).str())};
  Args args{c.indicator_arg("indicator", i), number_arg("missing", static_cast<double>(missing)),
            number_arg("cells", cells), text_arg("from", from_ordinal(from, p.kind).str()),
            text_arg("to", from_ordinal(to, p.kind).str()),
            number_arg("geographies", static_cast<double>(p.geos.size()))};
  if (!everywhere.empty()) {
    f.push_back(text_figure("periods", listed(everywhere)));
    args.push_back(text_arg("periods", listed(everywhere)));
  }
  if (!others.empty()) {
    f.push_back(text_figure("cells", listed(others)));
    args.push_back(text_arg("others", listed(others)));
  }
  c.add(gap_codes::missing_periods, std::move(ids), std::move(f), args);
}

// Coverage: the share of the region's municipalities with a value in the latest period any has one.
void low_coverage(Context& c, std::uint32_t i, std::uint32_t region) {
  const auto& kids = c.children[region];
  std::optional<Period> latest;
  for (std::uint32_t g : kids)
    if (const Series* s = c.series.find(i, g, "T"); s && !s->empty())
      if (!latest || *latest < s->back().period) latest = s->back().period;
  if (!latest) return;
  std::size_t covered = 0;
  for (std::uint32_t g : kids)
    if (const Series* s = c.series.find(i, g, "T"))
      covered += std::any_of(s->begin(), s->end(), [&](const Point& x) { return x.period == *latest; });
  const double coverage = static_cast<double>(covered) / static_cast<double>(kids.size());
  if (coverage >= c.options.coverage_threshold) return;
  c.add(gap_codes::low_coverage, {c.model.indicators()[i].id, c.geo_ids[region]},
        {number_figure("covered", static_cast<double>(covered)),
         number_figure("municipalities", static_cast<double>(kids.size())), number_figure("coverage", coverage),
         text_figure("period", latest->str())},
        {c.indicator_arg("indicator", i), number_arg("covered", static_cast<double>(covered)),
         number_arg("municipalities", static_cast<double>(kids.size())), c.geo_arg("region", region),
         percent_arg("coverage", coverage, 0), text_arg("period", latest->str())});
}

}  // namespace

void data_gaps(Context& c) {
  const auto indicators = c.model.indicators();
  std::vector<Presence> present;
  for (std::uint32_t i = 0; i < indicators.size(); ++i) present.push_back(presence(c, i));
  for (std::uint32_t i = 0; i < indicators.size(); ++i)
    if (present[i].geos.empty())
      c.add(gap_codes::no_data, {indicators[i].id, indicators[i].node}, {},
            c.as_of ? Args{c.indicator_arg("indicator", i), text_arg("as_of", c.as_of->str())}
                    : Args{c.indicator_arg("indicator", i)});
  std::vector<char> stale(indicators.size(), 0);
  for (std::uint32_t i = 0; i < indicators.size(); ++i)
    if (!present[i].geos.empty()) stale[i] = is_stale(c, present[i]);
  for (std::uint32_t i = 0; i < indicators.size(); ++i)
    // A ratio's gaps are its parts' gaps.
    if (!present[i].geos.empty() && indicators[i].measure != Measure::ratio) missing_periods(c, i, present[i], stale[i]);
  for (std::uint32_t i = 0; i < indicators.size(); ++i)
    if (stale[i]) stale_series(c, i, present[i]);
  if (c.region && !c.children[*c.region].empty())
    for (std::uint32_t i = 0; i < indicators.size(); ++i)
      if (indicators[i].measure != Measure::text) low_coverage(c, i, *c.region);
}

}  // namespace impactgraph::gaps
