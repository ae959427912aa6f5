// The JSON and table output of `impactgraph aggregate`. Missing numbers are JSON null
// and "-" in tables.
#include "aggregate_output.hpp"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace ig_cli {

namespace {

json json_number(double v) { return std::isnan(v) ? json(nullptr) : json(v); }

std::string fixed(double v, int digits) {
  if (std::isnan(v)) return "-";
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

json flag_words(unsigned flags) {
  static const char* const names[] = {"observed", "ratio", "time_aggregated", "geo_aggregated",
                                      "imputed", "winsorised", "log_transformed"};
  json out = json::array();
  for (unsigned bit = 0; bit < 7; ++bit)
    if (flags & (1u << bit)) out.push_back(names[bit]);
  return out;
}

}  // namespace

json aggregate_json(const ig::aggregate_result& r, bool indicators) {
  json scores = json::array();
  for (std::size_t i = 0, n = r.score_count(); i < n; ++i) {
    const ig_score s = r.score(i);
    scores.push_back(json{{"node", s.node_id}, {"geo", s.geo_id}, {"period", s.period}, {"value", json_number(s.value)},
                          {"coverage", s.coverage}, {"imputed", s.imputed != 0}});
  }
  json doc{{"scores", std::move(scores)}};
  if (indicators) {
    json values = json::array();
    for (std::size_t i = 0, n = r.value_count(); i < n; ++i) {
      const ig_indicator_value v = r.value(i);
      values.push_back(json{{"indicator", v.indicator_id}, {"geo", v.geo_id}, {"period", v.period},
                            {"value", json_number(v.value)}, {"normalised", json_number(v.normalised)},
                            {"flags", flag_words(v.flags)}});
    }
    doc["indicators"] = std::move(values);
  }
  json assessments = json::array();
  for (std::size_t i = 0, n = r.assessment_count(); i < n; ++i) {
    const ig_assessment a = r.assessment(i);
    assessments.push_back(json{{"indicator", a.indicator_id}, {"node", a.node_id}, {"geo", a.geo_id},
                               {"period", a.period}, {"breakdown", a.breakdown}, {"text", a.text},
                               {"status", a.status}});
  }
  doc["assessments"] = std::move(assessments);
  doc["diagnostics"] = to_json(r.diagnostics());
  return doc;
}

json sensitivity_json(const ig::sensitivity_result& r) {
  const ig_sensitivity_summary s = r.summary();
  json units = json::array();
  for (const ig_unit_ranks& u : r.units())
    units.push_back(json{{"geo", u.geo_id}, {"nominal_score", json_number(u.nominal_score)},
                         {"nominal_rank", json_number(u.nominal_rank)}, {"mean_rank", json_number(u.mean_rank)},
                         {"median_rank", json_number(u.median_rank)}, {"p05", json_number(u.p05)}, {"p95", json_number(u.p95)}});
  json inputs = json::array(), sobol = json::array();
  for (const ig_sobol_index& x : r.inputs()) {
    inputs.push_back(x.input);
    if (s.has_sobol)
      sobol.push_back(json{{"input", x.input}, {"first_order", json_number(x.first_order)}, {"total", json_number(x.total)}});
  }
  return json{{"target", s.target_id}, {"period", s.period}, {"runs", s.runs}, {"inputs", std::move(inputs)},
              {"output_variance", json_number(s.output_variance)}, {"units", std::move(units)},
              {"sobol", std::move(sobol)}};
}

void print_aggregate(const ig::aggregate_result& r, bool indicators, std::ostream& out, std::ostream& notes) {
  print_human(r.diagnostics(), notes);
  out << std::left << std::setw(12) << "node" << std::setw(8) << "geo" << std::setw(10) << "period" << std::right
      << std::setw(10) << "value" << std::setw(10) << "coverage" << "\n";
  for (std::size_t i = 0, n = r.score_count(); i < n; ++i) {
    const ig_score s = r.score(i);
    out << std::left << std::setw(12) << s.node_id << std::setw(8) << s.geo_id << std::setw(10) << s.period
        << std::right << std::setw(10) << fixed(s.value, 2) << std::setw(10) << fixed(s.coverage, 2)
        << (s.imputed ? "  imputed" : "") << "\n";
  }
  if (indicators) {
    out << "\n" << std::left << std::setw(24) << "indicator" << std::setw(8) << "geo" << std::setw(10) << "period"
        << std::right << std::setw(14) << "value" << std::setw(12) << "normalised" << "\n";
    for (std::size_t i = 0, n = r.value_count(); i < n; ++i) {
      const ig_indicator_value v = r.value(i);
      out << std::left << std::setw(24) << v.indicator_id << std::setw(8) << v.geo_id << std::setw(10) << v.period
          << std::right << std::setw(14) << fixed(v.value, 3) << std::setw(12) << fixed(v.normalised, 2) << "\n";
    }
  }
  if (const std::size_t n = r.assessment_count(); n > 0) {
    out << "\nassessments (as written, never averaged):\n";
    for (std::size_t i = 0; i < n; ++i) {
      const ig_assessment a = r.assessment(i);
      out << a.indicator_id << " " << a.geo_id << " " << a.period << ": " << a.text
          << (*a.status ? std::string(" [") + a.status + "]" : std::string()) << "\n";
    }
  }
}

void print_sensitivity(const ig::sensitivity_result& r, std::ostream& out) {
  const ig_sensitivity_summary s = r.summary();
  out << "\nsensitivity of " << s.target_id << " in " << s.period << " (" << s.runs << " runs)\n";
  out << std::left << std::setw(8) << "geo" << std::right << std::setw(10) << "score" << std::setw(9) << "rank"
      << std::setw(9) << "median" << std::setw(9) << "p05" << std::setw(9) << "p95" << "\n";
  for (const ig_unit_ranks& u : r.units())
    out << std::left << std::setw(8) << u.geo_id << std::right << std::setw(10) << fixed(u.nominal_score, 2)
        << std::setw(9) << fixed(u.nominal_rank, 0) << std::setw(9) << fixed(u.median_rank, 1) << std::setw(9)
        << fixed(u.p05, 1) << std::setw(9) << fixed(u.p95, 1) << "\n";
  if (s.has_sobol) {
    out << "\n" << std::left << std::setw(16) << "input" << std::right << std::setw(12) << "first order"
        << std::setw(10) << "total" << "\n";
    for (const ig_sobol_index& x : r.inputs())
      out << std::left << std::setw(16) << x.input << std::right << std::setw(12) << fixed(x.first_order, 3)
          << std::setw(10) << fixed(x.total, 3) << "\n";
  }
}

}  // namespace ig_cli
