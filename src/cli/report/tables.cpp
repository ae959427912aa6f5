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

void findings(std::ostream& out, const char* title, const std::vector<Finding>& list) {
  out << '\n' << title << '\n';
  if (list.empty()) {
    out << "  none\n";
    return;
  }
  Table t({"#", "code", "ids", "message"}, {true, false, false, false});
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string ids;
    for (const auto& id : list[i].ids) ids += (ids.empty() ? "" : ",") + id;
    t.add({std::to_string(i + 1), list[i].code, ids, list[i].message});
  }
  t.print(out);
}

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

  out << "\nIndicator status\n";
  if (!s.has_status) {
    out << "  not available (needs the gap analysis)\n";
  } else {
    Table t({"status", "indicators"}, {false, true});
    for (const Status st : {Status::on_track, Status::improving, Status::stagnating, Status::worsening, Status::none})
      t.add({status_key(st), std::to_string(s.status_counts[static_cast<std::size_t>(st)])});
    t.print(out);
    out << "  on track: " << fixed(100.0 * s.on_track_share, 1) << " % of the assessed indicators\n";
  }
  if (s.has_gaps) {
    findings(out, "Largest gaps", s.largest_gaps);
    findings(out, "Priority mismatches", s.mismatches);
  } else {
    out << "\nLargest gaps, priority mismatches\n  not available (needs the gap analysis)\n";
  }
  if (a.has_contributions) {
    out << "\nContributions per goal (attribution share of each priority area)\n";
    Table t({"goal", "area", "share"}, {false, false, true});
    for (const Share& x : a.area_shares)
      t.add({d.nodes[x.target].id, d.nodes[x.source].id + " " + d.nodes[x.source].name(), fixed(100.0 * x.value, 1) + " %"});
    t.print(out);
  }
  out << "\nValidation: " << s.errors << " errors, " << s.warnings << " warnings, " << s.infos << " infos\n";
  for (const Missing& m : s.missing)
    out << "Not computed: " << m.what << " (" << (m.why.empty() ? "not in this version of the library" : m.why)
        << ")\n";
}

}  // namespace ig_cli::report
