// One target of one indicator in one geography: Open SDG's progress measure for targets with
// a value (level, change, threshold with a period, dated disparity), its growth measure for
// targets without one (direction, threshold, disparity), and comparisons for peers.
// docs/gaps.md, "Performance".
#include "gaps/evaluate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gaps/progress.hpp"

namespace impactgraph::gaps {

namespace {

constexpr double kEps = 1e-9;

Assessed not_available(Assessed a, std::string reason) {
  a.e.progress = ProgressClass::not_available;
  a.e.value.reset();
  a.e.shortfall.reset();
  a.e.reason = reason;
  a.detail = std::move(reason);
  return a;
}

// The first point at or after `wanted` (the first point when nothing is wanted).
const Point* base_point(const Series& s, const std::optional<Period>& wanted) {
  for (const Point& p : s)
    if (!wanted || p.t >= wanted->as_year() - kEps) return &p;
  return nullptr;
}

std::optional<Period> parse_period(const std::string& text) {
  return text.empty() ? std::nullopt : Period::parse(text);
}

std::optional<Period> baseline_period(const Context& c, std::uint32_t indicator) {
  const IndicatorSpec& i = c.model.indicators()[indicator];
  return i.baseline ? parse_period(i.baseline->period) : std::nullopt;
}

// The least-squares trend of the points from t0 to the current point, and when it reaches `target`.
std::optional<double> projection(const Series& s, double t0, double target, int d, double now) {
  std::vector<double> ts, ys;
  for (const Point& p : s)
    if (p.t >= t0 - kEps && p.t <= now + kEps) {
      ts.push_back(p.t);
      ys.push_back(p.value);
    }
  const auto fit = fit_line(ts, ys);
  if (!fit) return std::nullopt;
  return projected_year(*fit, target, d, now);
}

struct ValueTarget {
  double value = 0.0;               // the level aimed at
  std::optional<Period> period;     // by when (methodology 2), or none (methodology 1)
  std::optional<Period> base;       // the base period wanted
  int direction = 0;                // 0: from the target's side of the base value
  std::string op;                   // threshold: ">=", ">", "<=", "<"; empty: by direction
};

bool meets(double x, const ValueTarget& t, int d) {
  if (t.op == ">") return x > t.value;
  if (t.op == "<") return x < t.value;
  if (t.op == ">=") return x >= t.value;
  if (t.op == "<=") return x <= t.value;
  return d > 0 ? x >= t.value : x <= t.value;
}

// Level, change and threshold targets, and disparity on its gap series.
Assessed evaluate_value(const Context& c, Assessed a, const Series& s, const ValueTarget& t) {
  const ProgressThresholds& th = c.options.thresholds;
  if (s.empty()) return not_available(std::move(a), "no-data");
  const Point& cur = s.back();
  const Point* base = base_point(s, t.base);
  int d = t.direction;
  if (d == 0 && base) d = t.value >= base->value ? 1 : -1;
  if (d == 0) return not_available(std::move(a), "no-direction");
  a.direction = d;
  a.e.current_period = cur.period;
  a.e.current_value = cur.value;
  a.e.target_value = t.value;
  a.e.target_period = t.period;
  if (base) {
    a.e.base_period = base->period;
    a.e.base_value = base->value;
  }
  if (meets(cur.value, t, d)) {
    a.e.progress = ProgressClass::target_achieved;
    a.e.shortfall = 0.0;
    return a;
  }
  if (!base || !(cur.t > base->t)) return not_available(std::move(a), "one-observation");
  const double t0 = base->t, x0 = base->value;
  if (t.period) {
    const double tt = t.period->as_year();
    if (!(tt > t0)) return not_available(std::move(a), "target-before-base");
    a.e.line_value = straight_line(x0, t0, t.value, tt, cur.t);
    const auto p = progress_ratio(x0, t0, cur.value, cur.t, t.value, tt, d);
    if (p) {
      a.e.value = p;
      a.e.progress = classify_ratio(*p, th);
      a.e.shortfall = shortfall_from_ratio(*p);
    } else {  // the target equals the base value and is not met: it moved the wrong way
      a.e.progress = ProgressClass::deteriorating;
      a.e.shortfall = 1.0;
    }
  } else {
    const auto p = progress_growth(x0, t0, cur.value, cur.t, d);
    if (!p) return not_available(std::move(a), "undefined-growth");
    a.e.value = p;
    a.e.progress = classify_growth(*p, th);
    a.e.shortfall = shortfall_from_growth(*p, th);
  }
  // A trend that contradicts the class (a least-squares line rising while the end points fall) is not told.
  if (a.e.progress != ProgressClass::deteriorating) a.e.projected_year = projection(s, t0, t.value, d, cur.t);
  return a;
}

// Direction targets: Open SDG's methodology 1 on the indicator itself.
Assessed evaluate_direction(const Context& c, Assessed a, const Series& s, std::uint32_t indicator) {
  const int d = c.direction(indicator);
  if (d == 0) return not_available(std::move(a), "no-direction");
  if (s.empty()) return not_available(std::move(a), "no-data");
  a.direction = d;
  const Point& cur = s.back();
  const Point* base = base_point(s, baseline_period(c, indicator));
  a.e.current_period = cur.period;
  a.e.current_value = cur.value;
  if (base) {
    a.e.base_period = base->period;
    a.e.base_value = base->value;
  }
  if (!base || !(cur.t > base->t)) return not_available(std::move(a), "one-observation");
  const auto p = progress_growth(base->value, base->t, cur.value, cur.t, d);
  if (!p) return not_available(std::move(a), "undefined-growth");
  a.e.value = p;
  a.e.progress = classify_growth(*p, c.options.thresholds);
  a.e.shortfall = shortfall_from_growth(*p, c.options.thresholds);
  return a;
}

// A peer series' value at a period, if it has one.
const Point* at(const Series* s, const Period& p) {
  if (!s) return nullptr;
  const auto it = std::lower_bound(s->begin(), s->end(), p, [](const Point& x, const Period& q) { return x.period < q; });
  return it != s->end() && it->period == p ? &*it : nullptr;
}

struct PeerData {
  std::vector<std::uint32_t> geos;
  std::vector<const Series*> series;
};

PeerData peer_data(const Context& c, std::uint32_t indicator, const Target& target) {
  PeerData out;
  for (const std::string& id : target.geos)
    if (const auto g = c.model.find_geography(id)) {
      out.geos.push_back(static_cast<std::uint32_t>(*g));
      out.series.push_back(c.series.find(indicator, static_cast<std::uint32_t>(*g), "T"));
    }
  return out;
}

// Peers by level: the gap to the best peer, d * (best - x), shrinking by methodology 1.
Assessed evaluate_peers_level(const Context& c, Assessed a, const Series& s, const PeerData& peers, int d,
                              std::uint32_t indicator) {
  Series gaps;                                    // d * (best peer - x) per common period
  std::vector<std::size_t> best_of, beaten_of, count_of;
  for (const Point& p : s) {
    std::size_t best = peers.geos.size(), beaten = 0, n = 0;
    for (std::size_t k = 0; k < peers.geos.size(); ++k) {
      const Point* q = at(peers.series[k], p.period);
      if (!q) continue;
      ++n;
      if (d * (p.value - q->value) > 0) ++beaten;
      if (best == peers.geos.size() || d * (q->value - at(peers.series[best], p.period)->value) > 0) best = k;
    }
    if (n == 0) continue;
    gaps.push_back({p.period, p.t, d * (at(peers.series[best], p.period)->value - p.value)});
    best_of.push_back(best);
    beaten_of.push_back(beaten);
    count_of.push_back(n);
  }
  if (gaps.empty()) return not_available(std::move(a), "no-peer-data");
  const Point& cur = gaps.back();
  const Point* own = at(&s, cur.period);
  const std::size_t best = best_of.back();
  a.direction = d;
  a.detail = "peers-level";
  a.args = {c.value_arg("current", indicator, own->value), text_arg("current_period", cur.period.str()),
            c.value_arg("peer_best", indicator, own->value + d * cur.value), c.geo_arg("peer", peers.geos[best]),
            number_arg("beaten", static_cast<double>(beaten_of.back())),
            number_arg("peers", static_cast<double>(count_of.back()))};
  a.figures = {number_figure("value", own->value), number_figure("peer_best", own->value + d * cur.value),
               text_figure("peer", c.geo_ids[peers.geos[best]]),
               number_figure("beaten", static_cast<double>(beaten_of.back())),
               number_figure("peers", static_cast<double>(count_of.back()))};
  a.e.current_period = cur.period;
  a.e.current_value = cur.value;
  a.e.target_value = 0.0;
  const Point* base = base_point(gaps, baseline_period(c, indicator));
  if (base) {
    a.e.base_period = base->period;
    a.e.base_value = base->value;
  }
  if (cur.value < 0.0) {
    a.e.progress = ProgressClass::target_achieved;
    a.e.shortfall = 0.0;
    return a;
  }
  if (!base || !(cur.t > base->t)) return not_available(std::move(a), "one-observation");
  if (base->value <= 0.0) {  // it was level or ahead and has fallen behind
    a.e.progress = ProgressClass::deteriorating;
    a.e.shortfall = 1.0;
    return a;
  }
  const auto p = progress_growth(base->value, base->t, cur.value, cur.t, -1);
  if (!p) return not_available(std::move(a), "undefined-growth");
  a.e.value = p;
  a.e.progress = classify_growth(*p, c.options.thresholds);
  a.e.shortfall = shortfall_from_growth(*p, c.options.thresholds);
  return a;
}

// Peers by growth: x(t) / x(t0) - 1 against each peer's over the same periods.
Assessed evaluate_peers_growth(const Context& c, Assessed a, const Series& s, const PeerData& peers, int d,
                               std::uint32_t indicator) {
  const auto has_peer = [&](const Point& p) {
    for (const Series* q : peers.series)
      if (at(q, p.period)) return true;
    return false;
  };
  const auto wanted = baseline_period(c, indicator);
  const Point* base = nullptr;
  const Point* cur = nullptr;
  for (const Point& p : s)
    if (has_peer(p)) {
      if (!base && (!wanted || p.t >= wanted->as_year() - kEps)) base = &p;
      cur = &p;
    }
  if (!cur) return not_available(std::move(a), "no-peer-data");
  a.direction = d;
  a.e.current_period = cur->period;
  a.e.current_value = cur->value;
  if (!base || !(cur->t > base->t)) return not_available(std::move(a), "one-observation");
  a.e.base_period = base->period;
  a.e.base_value = base->value;
  if (base->value == 0.0) return not_available(std::move(a), "undefined-growth");
  const double growth = cur->value / base->value - 1.0;
  std::size_t n = 0, beaten = 0, best = peers.geos.size();
  double best_growth = 0.0;
  for (std::size_t k = 0; k < peers.geos.size(); ++k) {
    const Point* q0 = at(peers.series[k], base->period);
    const Point* q1 = at(peers.series[k], cur->period);
    if (!q0 || !q1 || q0->value == 0.0) continue;
    const double g = q1->value / q0->value - 1.0;
    ++n;
    if (d * (growth - g) > 0) ++beaten;
    if (best == peers.geos.size() || d * (g - best_growth) > 0) {
      best = k;
      best_growth = g;
    }
  }
  if (n == 0) return not_available(std::move(a), "no-peer-data");
  const double share = static_cast<double>(beaten) / static_cast<double>(n);
  a.detail = "peers-growth";
  a.args = {percent_arg("growth", growth), text_arg("base_period", base->period.str()),
            text_arg("current_period", cur->period.str()), percent_arg("peer_growth", best_growth),
            c.geo_arg("peer", peers.geos[best]), number_arg("beaten", static_cast<double>(beaten)),
            number_arg("peers", static_cast<double>(n))};
  a.figures = {number_figure("growth", growth), number_figure("peer_growth", best_growth),
               text_figure("peer", c.geo_ids[peers.geos[best]]), number_figure("beaten", static_cast<double>(beaten)),
               number_figure("peers", static_cast<double>(n))};
  a.e.value = share;
  a.e.shortfall = 1.0 - share;
  if (beaten == n) {
    a.e.progress = ProgressClass::target_achieved;
    a.e.shortfall = 0.0;
  } else if (d * growth < 0.0) {
    a.e.progress = ProgressClass::deteriorating;
  } else {
    a.e.progress = share >= 0.5 ? ProgressClass::moderate : ProgressClass::limited;
  }
  return a;
}

// Disparity: the gap |x_a - x_b| between two breakdowns, which is to shrink (or reach a value by a period).
Assessed evaluate_disparity(const Context& c, Assessed a, std::uint32_t indicator, std::uint32_t geo, const Target& t) {
  const std::string first = t.between.size() == 2 ? t.between[0] : c.options.women;
  const std::string second = t.between.size() == 2 ? t.between[1] : c.options.men;
  const Series* sa = c.series.find(indicator, geo, first);
  const Series* sb = c.series.find(indicator, geo, second);
  Series gaps;
  if (sa && sb)
    for (const Point& p : *sa)
      if (const Point* q = at(sb, p.period)) gaps.push_back({p.period, p.t, std::abs(p.value - q->value)});
  a.figures = {text_figure("a", first), text_figure("b", second)};
  if (gaps.empty()) return not_available(std::move(a), "no-breakdown");
  ValueTarget vt;
  vt.base = parse_period(t.base_period);
  if (!vt.base) vt.base = baseline_period(c, indicator);
  vt.direction = -1;
  vt.op = "<=";
  vt.value = t.value.value_or(0.0);
  if (t.value) vt.period = parse_period(t.period);  // without a value, only a gap of zero meets it
  Assessed r = evaluate_value(c, std::move(a), gaps, vt);
  if (!t.value) r.e.target_value.reset();
  r.direction = -1;
  if (r.e.progress != ProgressClass::not_available) r.detail = "disparity";
  const Point& cur = gaps.back();
  const Point* qa = at(sa, cur.period);
  const Point* qb = at(sb, cur.period);
  r.figures.push_back(number_figure("value_a", qa->value));
  r.figures.push_back(number_figure("value_b", qb->value));
  r.args = {word_arg("a", first), word_arg("b", second)};
  return r;
}

}  // namespace

Assessed evaluate_target(const Context& c, std::uint32_t indicator, std::uint32_t target, std::uint32_t geo) {
  const IndicatorSpec& ind = c.model.indicators()[indicator];
  const Target& t = ind.targets[target];
  Assessed a;
  a.e.indicator = indicator;
  a.e.geo = geo;
  a.e.target = target;
  a.e.kind = t.kind;
  a.e.headline = c.headline(geo);
  static const Series empty;
  const Series* found = c.series.find(indicator, geo, "T");
  const Series& s = found ? *found : empty;
  switch (t.kind) {
    case TargetKind::level:
    case TargetKind::change:
    case TargetKind::threshold: {
      ValueTarget vt;
      vt.direction = c.direction(indicator);
      vt.base = baseline_period(c, indicator);
      vt.period = parse_period(t.period);
      if (t.kind == TargetKind::threshold) {
        vt.op = t.op;
        if (t.op == ">=" || t.op == ">") vt.direction = 1;
        if (t.op == "<=" || t.op == "<") vt.direction = -1;
        vt.value = t.value.value_or(0.0);
      } else if (t.kind == TargetKind::change) {
        vt.base = parse_period(t.base_period);
        const Point* b = s.empty() ? nullptr : base_point(s, vt.base);
        if (!b) return not_available(std::move(a), s.empty() ? "no-data" : "one-observation");
        if (vt.direction == 0) vt.direction = t.value.value_or(0.0) < 0.0 ? -1 : 1;
        vt.value = b->value * (1.0 + t.value.value_or(0.0));
      } else {
        vt.value = t.value.value_or(0.0);
      }
      Assessed r = evaluate_value(c, std::move(a), s, vt);
      if (r.e.progress != ProgressClass::not_available)
        r.detail = t.kind == TargetKind::level ? "level" : t.kind == TargetKind::change ? "change" : "threshold";
      return r;
    }
    case TargetKind::direction: {
      Assessed r = evaluate_direction(c, std::move(a), s, indicator);
      if (r.e.progress != ProgressClass::not_available) r.detail = "direction";
      return r;
    }
    case TargetKind::peers: {
      const int d = c.direction(indicator);
      if (d == 0) return not_available(std::move(a), "no-direction");
      if (s.empty()) return not_available(std::move(a), "no-data");
      const PeerData peers = peer_data(c, indicator, t);
      return t.compare == "growth" ? evaluate_peers_growth(c, std::move(a), s, peers, d, indicator)
                                   : evaluate_peers_level(c, std::move(a), s, peers, d, indicator);
    }
    case TargetKind::disparity: return evaluate_disparity(c, std::move(a), indicator, geo, t);
  }
  return not_available(std::move(a), "no-data");
}

std::vector<std::uint32_t> peer_subjects(const Context& c, std::uint32_t indicator, const Target& target) {
  std::vector<std::uint32_t> peers;
  std::vector<std::string_view> peer_parents;
  for (const std::string& id : target.geos)
    if (const auto g = c.model.find_geography(id)) {
      peers.push_back(static_cast<std::uint32_t>(*g));
      peer_parents.push_back(c.model.geographies()[*g].parent);
    }
  std::vector<std::uint32_t> candidates, siblings;
  for (std::uint32_t g : c.series.geos(indicator)) {
    if (std::find(peers.begin(), peers.end(), g) != peers.end()) continue;
    candidates.push_back(g);
    const std::string& parent = c.model.geographies()[g].parent;
    if (std::find(peer_parents.begin(), peer_parents.end(), parent) != peer_parents.end()) siblings.push_back(g);
  }
  return siblings.empty() ? candidates : siblings;
}

}  // namespace impactgraph::gaps
