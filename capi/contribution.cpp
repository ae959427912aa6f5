// C ABI: node selections, contribution scores (ig_contributions) and the analysis enum names.
#include <memory>

#include "analysis.hpp"

namespace ig_capi {

std::vector<impactgraph::NodeIndex> select(const impactgraph::Model& model, const ig_node_selection* selection,
                                           const char* function, const char* name) {
  require_struct(selection, IG_V0_SIZE(ig_node_selection, id_count), function, name);
  const ig_node_selection s = read_struct(selection, ig_node_selection IG_NODE_SELECTION_INIT);
  const auto strings = [&](const char* const* items, std::size_t count, const char* what) {
    if (items == nullptr && count > 0)
      fail(IG_ERROR_INVALID_ARGUMENT, function,
           std::string("argument '") + name + "' has " + std::to_string(count) + " " + what + " but a NULL array");
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (items[i] == nullptr)
        fail(IG_ERROR_INVALID_ARGUMENT, function,
             std::string("argument '") + name + "': " + what + "[" + std::to_string(i) + "] is NULL");
      out.emplace_back(items[i]);
    }
    return out;
  };
  const std::vector<std::string> levels = strings(s.levels, s.level_count, "levels");
  const std::vector<std::string> ids = strings(s.ids, s.id_count, "ids");
  try {
    return impactgraph::select_nodes(model, levels, ids);
  } catch (const impactgraph::Error& e) {
    fail(IG_ERROR_NOT_FOUND, function, std::string("argument '") + name + "': " + e.diagnostics().front().message);
  }
}

}  // namespace ig_capi

namespace {

impactgraph::ContributionOptions contribution_options(const ig_contribution_options* options, const char* function) {
  const ig_contribution_options o = ig_capi::read_options(options, ig_contribution_options IG_CONTRIBUTION_OPTIONS_INIT,
                                                          IG_V0_SIZE(ig_contribution_options, use_confidence), function);
  ig_capi::require_enum(o.mode, 3, function, "options->mode");
  ig_capi::require_enum(o.normalization, 2, function, "options->normalization");
  ig_capi::require_enum(o.sign_rule, 2, function, "options->sign_rule");
  ig_capi::require_enum(o.distribution, 2, function, "options->distribution");
  impactgraph::ContributionOptions r;
  r.mode = static_cast<impactgraph::ContributionMode>(o.mode);
  r.normalization = static_cast<impactgraph::Normalization>(o.normalization);
  r.sign_rule = static_cast<impactgraph::SignRule>(o.sign_rule);
  r.uncertainty.samples = o.samples;
  r.uncertainty.seed = o.seed;
  r.uncertainty.threads = o.threads > 1024 ? 1024u : static_cast<unsigned>(o.threads);
  r.uncertainty.distribution = static_cast<impactgraph::WeightDistribution>(o.distribution);
  r.uncertainty.evidence_range = {o.range_strong, o.range_moderate, o.range_weak, o.range_none};
  r.uncertainty.use_confidence = o.use_confidence != 0;
  for (const double x : r.uncertainty.evidence_range)
    if (!(x >= 0.0) || x > 1e300)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                    "argument 'options' has an evidence range " + std::to_string(x) + "; each must be finite and >= 0");
  return r;
}

}  // namespace

extern "C" {

const char* ig_contribution_mode_name(ig_contribution_mode mode) {
  return mode >= 0 && mode < 3 ? impactgraph::to_string(static_cast<impactgraph::ContributionMode>(mode)).data() : "";
}
const char* ig_normalization_name(ig_normalization normalization) {
  return normalization >= 0 && normalization < 2
             ? impactgraph::to_string(static_cast<impactgraph::Normalization>(normalization)).data()
             : "";
}
const char* ig_sign_rule_name(ig_sign_rule rule) {
  return rule >= 0 && rule < 2 ? impactgraph::to_string(static_cast<impactgraph::SignRule>(rule)).data() : "";
}
const char* ig_weight_distribution_name(ig_weight_distribution distribution) {
  return distribution >= 0 && distribution < 2
             ? impactgraph::to_string(static_cast<impactgraph::WeightDistribution>(distribution)).data()
             : "";
}
const char* ig_micmac_class_name(ig_micmac_class micmac) {
  return micmac >= 0 && micmac < 4 ? impactgraph::to_string(static_cast<impactgraph::MicmacClass>(micmac)).data() : "";
}

ig_status ig_contribution_options_init(ig_contribution_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    ig_capi::init_options(options, struct_size, ig_contribution_options IG_CONTRIBUTION_OPTIONS_INIT,
                          IG_V0_SIZE(ig_contribution_options, use_confidence), ig_function);
  });
}

ig_status ig_contributions_compute(ig_contributions** out, const ig_model* m, const ig_node_selection* sources,
                                   const ig_node_selection* targets, const ig_contribution_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::ContributionOptions o = contribution_options(options, ig_function);
    const auto src = ig_capi::select(m->model, sources, ig_function, "sources");
    const auto tgt = ig_capi::select(m->model, targets, ig_function, "targets");
    auto result = std::unique_ptr<ig_contributions>(new ig_contributions{m->model, {}});
    result->result = ig_capi::analysis([&] { return impactgraph::contributions(m->model, src, tgt, o); });
    *out = result.release();
  });
}

ig_status ig_contributions_count(size_t* out, const ig_contributions* c) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(c);
    *out = c->result.records.size();
  });
}

ig_status ig_contributions_samples(size_t* out, const ig_contributions* c) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(c);
    *out = c->result.samples;
  });
}

ig_status ig_contributions_get(ig_contribution* out, const ig_contributions* c, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_contribution, rank_high);
    IG_REQUIRE(c);
    IG_REQUIRE_INDEX(index, c->result.records.size());
    const impactgraph::ContributionRecord& rec = c->result.records[index];
    ig_contribution r{};
    r.source = rec.source;
    r.target = rec.target;
    r.source_id = ig_capi::cstr(c->model.node(rec.source).id());
    r.target_id = ig_capi::cstr(c->model.node(rec.target).id());
    r.value = rec.value;
    r.synergy = rec.synergy;
    r.trade_off = rec.trade_off;
    r.has_samples = c->result.stats.empty() ? 0 : 1;
    if (!c->result.stats.empty()) {
      const impactgraph::ContributionStats& s = c->result.stats[index];
      r.mean = s.mean;
      r.p05 = s.p05;
      r.p95 = s.p95;
      r.rank = s.rank;
      r.rank_low = s.rank_low;
      r.rank_high = s.rank_high;
    }
    ig_capi::fill(out, r);
  });
}

void ig_contributions_destroy(ig_contributions** c) {
  if (c == nullptr) return;
  delete *c;
  *c = nullptr;
}

}  // extern "C"
