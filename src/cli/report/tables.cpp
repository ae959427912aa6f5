// The analyze command's human output: the summary as plain-text tables.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/run.hpp"

namespace ig_cli::report {

namespace {

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;  // code points
  return n;
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

/// A table with a header row; columns whose `right` flag is set are right-aligned.
class Table {
 public:
  Table(std::vector<std::string> head, std::vector<bool> right) : head_(std::move(head)), right_(std::move(right)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const {
    std::vector<std::size_t> w(head_.size(), 0);
    for (std::size_t c = 0; c < head_.size(); ++c) w[c] = width(head_[c]);
    for (const auto& r : rows_)
      for (std::size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], width(r[c]));
    const auto line = [&](const std::vector<std::string>& r) {
      std::string s = " ";
      for (std::size_t c = 0; c < r.size(); ++c) {
        const std::string pad(w[c] - width(r[c]), ' ');
        s += " " + (right_[c] ? pad + r[c] : r[c] + (c + 1 < r.size() ? pad : ""));
        if (c + 1 < r.size()) s += " ";
      }
      out << s << '\n';
    };
    line(head_);
    std::vector<std::string> rule;
    for (const std::size_t x : w) rule.emplace_back(x, '-');
    line(rule);
    for (const auto& r : rows_) line(r);
  }

 private:
  std::vector<std::string> head_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

void print_tables(std::ostream& out, const ModelData& d, const Analyses& a, const Summary& s) {
  out << (s.name.empty() ? "(unnamed model)" : s.name) << '\n';
  out << "  " << s.nodes << " nodes, " << s.edges << " edges, " << s.indicators << " indicators, " << s.observations
      << " observations, " << s.geographies << " geographies";
  if (!s.first_period.empty()) out << ", periods " << s.first_period << "-" << s.last_period;
  if (!s.focus_geo.empty()) out << ", focus geography " << s.focus_geo;
  out << '\n';

  out << "\nNodes per level\n";
  Table levels({"level", "nodes"}, {false, true});
  for (auto it = s.levels.rbegin(); it != s.levels.rend(); ++it) levels.add({it->first, std::to_string(it->second)});
  levels.print(out);

  for (const CurrencyTotal& c : s.funding) {
    out << "\nFunding by source (" << c.currency << ")\n";
    Table t({"source", "amount", "share"}, {false, true, true});
    for (const SourceAmount& x : c.by_source)
      t.add({x.source, fixed(x.amount, 0), fixed(c.total > 0 ? 100.0 * x.amount / c.total : 0.0, 1) + " %"});
    t.add({"total", fixed(c.total, 0), "100.0 %"});
    t.print(out);
  }
  for (const CurrencyFlow& f : a.funding) {
    out << "\nFunding reaching each goal (" << f.currency << ")\n";
    Table t({"goal", "label", "amount", "share"}, {false, false, true, true});
    for (const Node& n : d.nodes) {
      double amount = 0.0;
      for (const FlowLink& l : f.area_goal) amount += l.to == n.id ? l.amount : 0.0;
      if (amount > 0.0)
        t.add({n.id, n.name(), fixed(amount, 0), fixed(f.total > 0 ? 100.0 * amount / f.total : 0.0, 1) + " %"});
    }
    double lost = 0.0;
    for (const FlowLink& l : f.area_lost) lost += l.amount;
    if (lost > 0.0) t.add({"-", "reaches no goal", fixed(lost, 0), fixed(100.0 * lost / f.total, 1) + " %"});
    t.print(out);
  }

  if (!s.has_gaps) {
    out << "\nIndicator status, largest gaps, priority mismatches\n  not available (the gap analysis did not run)\n";
  } else {
    out << "\nTargets by progress class (" << (s.focus_geo.empty() ? "any geography" : s.focus_geo) << ", as of "
        << (s.as_of.empty() ? "-" : s.as_of) << ")\n";
    Table t({"class", "targets"}, {false, true});
    for (const Status st : {Status::achieved, Status::on_track, Status::moderate, Status::limited,
                            Status::deteriorating, Status::none})
      t.add({st == Status::none ? "not-available" : status_key(st),
             std::to_string(s.status_counts[static_cast<std::size_t>(st)])});
    t.print(out);
    if (s.on_track_share) out << "  on track or achieved: " << fixed(100.0 * *s.on_track_share, 1) << " % of the assessed targets\n";
    if (s.top_share) out << "  rolled up to the top: " << fixed(100.0 * *s.top_share, 1) << " % of indicators on track\n";

    out << "\nLargest gaps (largest shortfall first)\n";
    if (s.largest_gaps.empty()) {
      out << "  none\n";
    } else {
      Table g({"indicator", "target", "current", "required now", "target value", "class", "shortfall"},
              {false, false, true, true, true, false, true});
      const auto v = [](const std::optional<double>& x) { return x ? fixed(*x, 2) : std::string("-"); };
      for (const Evaluation& e : s.largest_gaps)
        g.add({d.indicators[e.indicator].id, ig_target_kind_name(e.kind),
               v(e.current_value) + (e.current_period.empty() ? "" : " (" + e.current_period + ")"), v(e.line_value),
               v(e.target_value) + (e.target_period.empty() ? "" : " (" + e.target_period + ")"), status_key(e.status),
               fixed(100.0 * e.shortfall.value_or(0.0), 0) + " %"});
      g.print(out);
    }
    out << "\nPriority mismatches (gap x (1 - effort), largest first; * = flagged)\n";
    if (s.mismatches.empty()) {
      out << "  none\n";
    } else {
      Table m({"rank", "node", "level", "gap", "effort", "funding", "mismatch"},
              {true, false, false, true, true, true, true});
      for (const Priority& x : s.mismatches)
        m.add({std::to_string(x.rank) + (x.flagged ? "*" : ""), d.nodes[x.node].id, d.nodes[x.node].level,
               fixed(100.0 * x.gap, 0) + " %", fixed(100.0 * x.effort, 0) + " %", fixed(x.funding, 0),
               fixed(x.mismatch, 2)});
      m.print(out);
    }
    out << "\nGap findings by code\n";
    Table c({"code", "findings"}, {false, true});
    for (const auto& [code, n] : s.gap_codes) c.add({code, std::to_string(n)});
    c.print(out);
  }
  if (a.has_contributions) {
    // The priority areas' shares when the model has them, else each goal's five largest activities.
    const bool areas = !a.area_shares.empty();
    out << "\nContributions per goal (attribution share of each " << (areas ? "priority area" : "activity, top 5")
        << ")\n";
    Table t({"goal", areas ? "area" : "activity", "share"}, {false, false, true});
    for (const Node& goal : d.nodes) {
      std::vector<Share> rows;
      for (const Share& x : areas ? a.area_shares : a.activity_shares)
        if (d.nodes[x.target].id == goal.id) rows.push_back(x);
      if (!areas) {
        std::stable_sort(rows.begin(), rows.end(), [](const Share& x, const Share& y) { return x.value > y.value; });
        if (rows.size() > 5) rows.resize(5);
      }
      for (const Share& x : rows)
        t.add({goal.id, d.nodes[x.source].id + " " + d.nodes[x.source].name(), fixed(100.0 * x.value, 1) + " %"});
    }
    t.print(out);
  }
  out << "\nValidation: " << s.errors << " errors, " << s.warnings << " warnings, " << s.infos << " infos\n";
  for (const Missing& m : s.missing)
    out << "Not computed: " << m.what << " (" << (m.why.empty() ? "not in this version of the library" : m.why)
        << ")\n";
}

}  // namespace ig_cli::report
