// The analyses of a frozen model through the C ABI, for the capi_* fuzz targets: each
// returns a listed status and, on a "tame" model (weights, amounts and values of modest
// size, where no product or sum can overflow a double), results that obey their laws:
// scores finite, flow and attribution shares within [0, 1], path value = synergy +
// trade-off, aggregate scores within the normalised range [0, 100], coverage within [0, 1].
#include <cmath>
#include <string>
#include <vector>

#include "capi_checks.hpp"
#include "fuzz_check.hpp"

namespace fuzz {

namespace {

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * (1.0 + std::fabs(a) + std::fabs(b)); }
bool within(double v, double lo, double hi) { return v >= lo - 1e-9 * (1.0 + std::fabs(lo)) && v <= hi + 1e-9 * (1.0 + std::fabs(hi)); }

// All of the model's levels, as a node selection's storage.
struct AllNodes {
  std::vector<std::string> names;
  std::vector<const char*> levels;
  ig_node_selection selection = IG_NODE_SELECTION_INIT;

  explicit AllNodes(const ig_model* m) {
    std::size_t n = 0;
    FUZZ_CHECK(ig_model_level_count(&n, m) == IG_OK);
    for (std::size_t i = 0; i < n; ++i) {
      const char* level = nullptr;
      FUZZ_CHECK(ig_model_level(&level, m, i) == IG_OK);
      names.emplace_back(level);
    }
    for (const std::string& name : names) levels.push_back(name.c_str());
    selection.levels = levels.empty() ? nullptr : levels.data();
    selection.level_count = levels.size();
  }
};

void contributions(const ig_model* m, const AllNodes& all, ig_contribution_mode mode, std::size_t samples, bool tame) {
  ig_contribution_options options = IG_CONTRIBUTION_OPTIONS_INIT;
  options.mode = mode;
  options.samples = samples;
  options.seed = 7;
  options.threads = 1;
  ig_contributions* c = nullptr;
  const ig_status s = checked(ig_contributions_compute(&c, m, &all.selection, &all.selection, &options));
  FUZZ_CHECK(s == IG_OK || (s == IG_ERROR_INVALID_MODEL && mode != IG_CONTRIBUTION_PATH));
  if (s != IG_OK) return;
  std::size_t n = 0, nodes = 0;
  FUZZ_CHECK(ig_contributions_count(&n, c) == IG_OK && ig_model_node_count(&nodes, m) == IG_OK);
  for (std::size_t i = 0; i < n; ++i) {
    ig_contribution r{};
    r.struct_size = sizeof r;
    FUZZ_CHECK(ig_contributions_get(&r, c, i) == IG_OK);
    FUZZ_CHECK(r.source < nodes && r.target < nodes);
    if (r.has_samples) FUZZ_CHECK(r.rank >= 1 && r.rank_low >= 1 && r.rank_low <= r.rank_high);  // set with Monte Carlo only
    if (!tame) continue;
    FUZZ_CHECK(std::isfinite(r.value) && std::isfinite(r.synergy) && std::isfinite(r.trade_off));
    if (mode == IG_CONTRIBUTION_PATH) FUZZ_CHECK(near(r.value, r.synergy + r.trade_off));
    else FUZZ_CHECK(within(r.value, 0.0, 1.0));  // positive normalisation: a share
    if (r.has_samples) FUZZ_CHECK(std::isfinite(r.mean) && r.p05 <= r.p95);
  }
  ig_contributions_destroy(&c);
}

void funding(const ig_model* m, const AllNodes& all, bool tame) {
  ig_funding_flows* f = nullptr;
  const ig_status s = checked(ig_funding_flows_compute(&f, m, &all.selection, nullptr));
  FUZZ_CHECK(s == IG_OK || s == IG_ERROR_INVALID_MODEL);
  if (s != IG_OK) return;
  std::size_t n = 0;
  FUZZ_CHECK(ig_funding_flows_count(&n, f) == IG_OK);
  for (std::size_t i = 0; i < n; ++i) {
    ig_funding_flow r{};
    r.struct_size = sizeof r;
    FUZZ_CHECK(ig_funding_flows_get(&r, f, i) == IG_OK);
    if (tame) FUZZ_CHECK(std::isfinite(r.amount) && r.amount >= -1e-6 && std::isfinite(r.direct));
  }
  ig_funding_flows_destroy(&f);
}

void influence(const ig_model* m, const AllNodes& all, bool tame) {
  ig_influence* r = nullptr;
  FUZZ_CHECK(checked(ig_influence_compute(&r, m, &all.selection, nullptr)) == IG_OK);
  std::size_t n = 0;
  FUZZ_CHECK(ig_influence_node_count(&n, r) == IG_OK);
  for (std::size_t i = 0; i < n; ++i) {
    ig_influence_node node{};
    node.struct_size = sizeof node;
    FUZZ_CHECK(ig_influence_node_get(&node, r, i) == IG_OK);
    if (tame) FUZZ_CHECK(std::isfinite(node.influence) && node.influence >= 0 && node.dependence >= 0);
  }
  ig_influence_destroy(&r);
}

void aggregate(const ig_model* m, bool tame) {
  ig_aggregate_result* r = nullptr;
  const ig_status s = checked(ig_aggregate(&r, m, nullptr));
  FUZZ_CHECK(s == IG_OK || s == IG_ERROR_INVALID_MODEL);
  if (s != IG_OK) return;
  std::size_t n = 0;
  FUZZ_CHECK(ig_aggregate_result_score_count(&n, r) == IG_OK);
  for (std::size_t i = 0; i < n; ++i) {
    ig_score score{};
    score.struct_size = sizeof score;
    FUZZ_CHECK(ig_aggregate_result_score(&score, r, i) == IG_OK);
    FUZZ_CHECK(within(score.coverage, 0.0, 1.0));
    FUZZ_CHECK(score.has_value ? std::isfinite(score.value) : std::isnan(score.value));
    if (tame && score.has_value) FUZZ_CHECK(within(score.value, 0.0, 100.0));  // min-max to [0, 100], then means
  }
  ig_diagnostics* d = nullptr;
  FUZZ_CHECK(checked(ig_aggregate_result_diagnostics(&d, r)) == IG_OK);
  read_diagnostics(d);
  ig_diagnostics_destroy(&d);
  ig_aggregate_result_destroy(&r);
}

void gaps(const ig_model* m) {
  ig_gaps* g = nullptr;
  const ig_status s = checked(ig_gaps_detect(&g, m, nullptr));
  FUZZ_CHECK(s == IG_OK || s == IG_ERROR_INVALID_MODEL);
  if (s != IG_OK) return;
  std::size_t n = 0;
  FUZZ_CHECK(ig_gaps_count(&n, g) == IG_OK);
  for (std::size_t i = 0; i < n; ++i) {
    ig_gap gap{};
    gap.struct_size = sizeof gap;
    FUZZ_CHECK(ig_gaps_get(&gap, g, i) == IG_OK && gap.code[0] != '\0' && gap.message[0] != '\0');
    for (std::size_t k = 0; k < gap.id_count; ++k) {
      const char* id = nullptr;
      FUZZ_CHECK(ig_gaps_id(&id, g, i, k) == IG_OK && id != nullptr);
    }
    for (std::size_t k = 0; k < gap.figure_count; ++k) {
      ig_figure figure{};
      figure.struct_size = sizeof figure;
      FUZZ_CHECK(ig_gaps_figure(&figure, g, i, k) == IG_OK && figure.name[0] != '\0');
    }
  }
  ig_gaps_destroy(&g);
}

// Modest numbers everywhere: no product along a path, no sum of amounts can overflow.
bool is_tame(const ig_model* m) {
  std::size_t n = 0;
  ig_model_edge_count(&n, m);
  for (std::size_t i = 0; i < n; ++i) {
    ig_edge e{};
    e.struct_size = sizeof e;
    ig_model_edge(&e, m, i);
    if (std::fabs(e.weight) > 10 || (e.has_weight_range && (std::fabs(e.weight_min) > 10 || std::fabs(e.weight_max) > 10)))
      return false;
  }
  ig_model_node_count(&n, m);
  for (std::size_t v = 0; v < n; ++v) {
    ig_node node{};
    node.struct_size = sizeof node;
    ig_model_node(&node, m, v);
    for (std::size_t k = 0; k < node.funding_count; ++k) {
      ig_funding f{};
      f.struct_size = sizeof f;
      ig_model_node_funding(&f, m, v, k);
      if (f.amount > 1e12) return false;
    }
  }
  ig_model_observation_count(&n, m);
  for (std::size_t i = 0; i < n; ++i) {
    ig_observation o{};
    o.struct_size = sizeof o;
    ig_model_observation(&o, m, i);
    if (o.has_value && std::fabs(o.value) > 1e12) return false;
  }
  return true;
}

}  // namespace

void check_analyses(const ig_model* m) {
  const bool tame = is_tame(m);
  const AllNodes all(m);
  for (ig_contribution_mode mode : {IG_CONTRIBUTION_PATH, IG_CONTRIBUTION_FLOW, IG_CONTRIBUTION_ATTRIBUTION})
    contributions(m, all, mode, 0, tame);
  contributions(m, all, IG_CONTRIBUTION_PATH, 3, tame);  // Monte Carlo, few samples
  funding(m, all, tame);
  influence(m, all, tame);
  aggregate(m, tame);
  gaps(m);
}

}  // namespace fuzz
