#include "analysis_digests.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace digests {

namespace {

std::string failed() { return std::string("failed: ") + ig_error_last_message(); }

// %.17g: every bit of a double shows.
std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", v);
  return buffer;
}

// Every node of the model, by level.
struct AllNodes {
  std::vector<const char*> levels;
  ig_node_selection selection = IG_NODE_SELECTION_INIT;
  explicit AllNodes(const ig_model* m) {
    std::size_t n = 0;
    ig_model_level_count(&n, m);
    for (std::size_t i = 0; i < n; ++i) {
      const char* level = nullptr;
      ig_model_level(&level, m, i);
      levels.push_back(level);
    }
    selection.levels = levels.data();
    selection.level_count = levels.size();
  }
};

}  // namespace

std::string contributions(const ig_model* m, ig_contribution_mode mode, std::size_t samples) {
  const AllNodes all(m);
  ig_contribution_options options = IG_CONTRIBUTION_OPTIONS_INIT;
  options.mode = mode;
  options.samples = samples;
  options.seed = 2020;
  options.threads = 2;  // inner threads too: the result does not depend on them
  ig_contributions* c = nullptr;
  if (ig_contributions_compute(&c, m, &all.selection, &all.selection, &options) != IG_OK) return failed();
  std::size_t n = 0;
  ig_contributions_count(&n, c);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_contribution r{};
    r.struct_size = sizeof r;
    ig_contributions_get(&r, c, i);
    out += std::string(r.source_id) + ">" + r.target_id + "=" + num(r.value) + "/" + num(r.synergy) + "/" +
           num(r.trade_off) + "/" + num(r.mean) + "/" + num(r.p05) + "/" + num(r.p95) + "#" + std::to_string(r.rank) +
           ";";
  }
  ig_contributions_destroy(&c);
  return out;
}

std::string funding_flows(const ig_model* m) {
  const AllNodes all(m);
  ig_funding_flows* f = nullptr;
  if (ig_funding_flows_compute(&f, m, &all.selection, nullptr) != IG_OK) return failed();
  std::size_t n = 0;
  ig_funding_flows_count(&n, f);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_funding_flow r{};
    r.struct_size = sizeof r;
    ig_funding_flows_get(&r, f, i);
    out += std::string(r.node_id) + "/" + r.group + "/" + r.currency + "=" + num(r.amount) + "/" + num(r.direct) + ";";
  }
  ig_funding_flows_destroy(&f);
  return out;
}

std::string influence(const ig_model* m) {
  const AllNodes all(m);
  ig_influence* r = nullptr;
  if (ig_influence_compute(&r, m, &all.selection, nullptr) != IG_OK) return failed();
  std::size_t n = 0;
  ig_influence_node_count(&n, r);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_influence_node node{};
    node.struct_size = sizeof node;
    ig_influence_node_get(&node, r, i);
    out += std::string(node.node_id) + "=" + num(node.influence) + "/" + num(node.dependence) + "/" +
           ig_micmac_class_name(node.micmac) + ";";
  }
  ig_influence_destroy(&r);
  return out;
}

std::string aggregate(const ig_model* m) {
  ig_aggregate_result* r = nullptr;
  if (ig_aggregate(&r, m, nullptr) != IG_OK) return failed();
  std::size_t n = 0;
  ig_aggregate_result_score_count(&n, r);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_score s{};
    s.struct_size = sizeof s;
    ig_aggregate_result_score(&s, r, i);
    out += std::string(s.node_id) + "@" + s.geo_id + ":" + s.period + "=" + num(s.value) + "/" + num(s.coverage) + ";";
  }
  ig_aggregate_result_destroy(&r);
  return out;
}

std::string sensitivity(const ig_model* m) {
  ig_sensitivity_options options = IG_SENSITIVITY_OPTIONS_INIT;
  options.samples = 8;  // with Sobol indices 8 * (d + 2) runs
  options.seed = 2020;
  const ig_normalisation normalisations[] = {IG_NORMALISATION_MINMAX, IG_NORMALISATION_ZSCORE};
  options.normalisations = normalisations;
  options.normalisation_count = 2;
  ig_sensitivity_result* r = nullptr;
  if (ig_sensitivity(&r, m, nullptr, &options) != IG_OK) return failed();
  ig_sensitivity_summary summary{};
  summary.struct_size = sizeof summary;
  ig_sensitivity_result_summary(&summary, r);
  std::string out = std::string(summary.target_id) + ":" + summary.period + " runs " + std::to_string(summary.runs) +
                    " var " + num(summary.output_variance) + ";";
  for (std::size_t i = 0; i < summary.unit_count; ++i) {
    ig_unit_ranks u{};
    u.struct_size = sizeof u;
    ig_sensitivity_result_unit(&u, r, i);
    out += std::string(u.geo_id) + "=" + num(u.nominal_score) + "/" + num(u.mean_rank) + "/" + num(u.median_rank) + "/" +
           num(u.p05) + "/" + num(u.p95) + ";";
  }
  for (std::size_t i = 0; i < summary.input_count; ++i) {
    ig_sobol_index s{};
    s.struct_size = sizeof s;
    ig_sensitivity_result_input(&s, r, i);
    out += std::string(s.input) + "=" + num(s.first_order) + "/" + num(s.total) + ";";
  }
  ig_sensitivity_result_destroy(&r);
  return out;
}

std::string gaps(const ig_model* m) {
  ig_gaps* g = nullptr;
  if (ig_gaps_detect(&g, m, nullptr) != IG_OK) return failed();
  std::size_t n = 0;
  ig_gaps_count(&n, g);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_gap gap{};
    gap.struct_size = sizeof gap;
    ig_gaps_get(&gap, g, i);
    out += std::string(gap.code) + ": " + gap.message + "\n";
  }
  ig_gaps_destroy(&g);
  return out;
}

}  // namespace digests
