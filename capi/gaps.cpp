// Gap detection through the C ABI: options, the ig_gaps result and its accessors, and the
// table of gap codes.
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#include "impactgraph/gaps.hpp"
#include "internal.hpp"

// The report, the model it is about (its strings are lent out) and the period texts.
struct ig_gaps {
  explicit ig_gaps(impactgraph::Model m) : model(std::move(m)) {}
  impactgraph::Model model;
  impactgraph::GapReport report;
  std::string as_of;
  std::vector<std::array<std::string, 3>> periods;  // per evaluation: base, current, target
};

namespace {

static_assert(IG_PROGRESS_NOT_AVAILABLE == static_cast<int>(impactgraph::ProgressClass::not_available));
static_assert(IG_LANGUAGE_SV == static_cast<int>(impactgraph::Language::sv));

const char* const progress_names[] = {"target_achieved", "on_track", "moderate", "limited", "deteriorating",
                                      "not_available"};
const char* const language_names[] = {"en", "sv"};
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<std::string> strings(const char* const* items, std::size_t count, const char* function, const char* name) {
  std::vector<std::string> out;
  if (count > 0) ig_capi::require(items, function, name);
  for (std::size_t i = 0; i < count; ++i) {
    if (items[i] == nullptr)
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function,
                    std::string("argument '") + name + "' has entry " + std::to_string(i) + " NULL");
    out.emplace_back(items[i]);
  }
  return out;
}

impactgraph::GapOptions to_options(const ig_gap_options* in, const char* function) {
  impactgraph::GapOptions o;
  if (in == nullptr) return o;
  ig_capi::require_struct(in, IG_V0_SIZE(ig_gap_options, growth_limited), function, "options");
  const ig_gap_options defaults = IG_GAP_OPTIONS_INIT;
  const ig_gap_options x = ig_capi::read_struct(in, defaults);
  if (x.language != IG_LANGUAGE_EN && x.language != IG_LANGUAGE_SV)
    ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, function, "options->language is " + std::to_string(x.language) + ", not a language");
  o.language = static_cast<impactgraph::Language>(x.language);
  o.as_of = ig_capi::text(x.as_of);
  o.region = ig_capi::text(x.region);
  o.stale_after = x.stale_after;
  o.coverage_threshold = x.coverage_threshold;
  o.cv_threshold = x.cv_threshold;
  o.max_min_threshold = x.max_min_threshold;
  o.gender_gap_threshold = x.gender_gap_threshold;
  o.mismatch_threshold = x.mismatch_threshold;
  o.silo_share = x.silo_share;
  o.activity_level = ig_capi::text(x.activity_level);
  o.goal_level = ig_capi::text(x.goal_level);
  o.effect_levels = strings(x.effect_levels, x.effect_level_count, function, "options->effect_levels");
  o.measured_levels = strings(x.measured_levels, x.measured_level_count, function, "options->measured_levels");
  o.priority_levels = strings(x.priority_levels, x.priority_level_count, function, "options->priority_levels");
  if (x.silo_tags != nullptr) o.silo_tags = strings(x.silo_tags, x.silo_tag_count, function, "options->silo_tags");
  if (x.single_source_tag != nullptr) o.single_source_tag = x.single_source_tag;
  if (x.women != nullptr) o.women = x.women;
  if (x.men != nullptr) o.men = x.men;
  o.thresholds = {x.ratio_on_track, x.ratio_moderate, x.ratio_limited,
                  x.growth_on_track, x.growth_moderate, x.growth_limited};
  return o;
}

const ig_gaps& need(const ig_gaps* g, const char* function) {
  ig_capi::require(g, function, "g");
  return *g;
}

const impactgraph::Gap& gap_at(const ig_gaps& g, std::size_t index, const char* function) {
  ig_capi::require_index(index, g.report.gaps.size(), function, "index");
  return g.report.gaps[index];
}

ig_figure figure_of(const impactgraph::Figure& f) {
  ig_figure r{};
  r.name = f.name.c_str();
  r.is_text = f.is_text ? 1 : 0;
  r.number = f.is_text ? kNaN : f.number;
  r.text = f.is_text ? f.text.c_str() : "";
  return r;
}

void opt(int& has, double& value, const std::optional<double>& v) {
  has = v ? 1 : 0;
  value = v ? *v : kNaN;
}

}  // namespace

extern "C" {

const char* ig_language_name(ig_language v) {
  return v >= 0 && v < 2 ? language_names[v] : "";
}

const char* ig_progress_name(ig_progress v) {
  return v >= 0 && v < 6 ? progress_names[v] : "";
}

ig_status ig_gap_options_init(ig_gap_options* options, size_t struct_size) {
  IG_GUARDED([&] {
    IG_REQUIRE(options);
    if (struct_size < IG_V0_SIZE(ig_gap_options, growth_limited))
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function,
                    "argument 'struct_size' is " + std::to_string(struct_size) + ", less than the v0 struct");
    const ig_gap_options defaults = IG_GAP_OPTIONS_INIT;
    std::memset(static_cast<void*>(options), 0, struct_size);
    std::memcpy(static_cast<void*>(options), &defaults, struct_size < sizeof defaults ? struct_size : sizeof defaults);
    options->struct_size = struct_size;
  });
}

ig_status ig_gaps_detect(ig_gaps** out, const ig_model* m, const ig_gap_options* options) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    IG_REQUIRE(m);
    const impactgraph::GapOptions o = to_options(options, ig_function);
    auto g = std::make_unique<ig_gaps>(m->model);
    try {
      g->report = impactgraph::detect_gaps(g->model, o);
    } catch (const impactgraph::Error& e) {  // an option the model cannot satisfy
      ig_capi::fail(IG_ERROR_INVALID_ARGUMENT, ig_function, e.what());
    }
    g->as_of = g->report.as_of ? g->report.as_of->str() : "";
    for (const impactgraph::Evaluation& e : g->report.evaluations)
      g->periods.push_back({e.base_period ? e.base_period->str() : "", e.current_period ? e.current_period->str() : "",
                            e.target_period ? e.target_period->str() : ""});
    *out = g.release();
  });
}

void ig_gaps_destroy(ig_gaps** g) {
  if (g == nullptr) return;
  delete *g;
  *g = nullptr;
}

ig_status ig_gaps_count(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.gaps.size();
  });
}

ig_status ig_gaps_get(ig_gap* out, const ig_gaps* g, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_gap, figure_count);
    const impactgraph::Gap& x = gap_at(need(g, ig_function), index, ig_function);
    ig_gap r{};
    r.code = x.code.c_str();
    r.severity = static_cast<ig_severity>(x.severity);
    r.message = x.message.c_str();
    r.id_count = x.ids.size();
    r.figure_count = x.figures.size();
    ig_capi::fill(out, r);
  });
}

ig_status ig_gaps_id(const char** out, const ig_gaps* g, size_t index, size_t id_index) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    const impactgraph::Gap& x = gap_at(need(g, ig_function), index, ig_function);
    IG_REQUIRE_INDEX(id_index, x.ids.size());
    *out = x.ids[id_index].c_str();
  });
}

ig_status ig_gaps_figure(ig_figure* out, const ig_gaps* g, size_t index, size_t figure_index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_figure, text);
    const impactgraph::Gap& x = gap_at(need(g, ig_function), index, ig_function);
    IG_REQUIRE_INDEX(figure_index, x.figures.size());
    ig_capi::fill(out, figure_of(x.figures[figure_index]));
  });
}

ig_status ig_gaps_find_figure(ig_figure* out, const ig_gaps* g, size_t index, const char* name) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_figure, text);
    IG_REQUIRE(name);
    const impactgraph::Gap& x = gap_at(need(g, ig_function), index, ig_function);
    const impactgraph::Figure* f = x.figure(name);
    if (f == nullptr)
      ig_capi::fail(IG_ERROR_NOT_FOUND, ig_function,
                    "gap " + std::to_string(index) + " (" + x.code + ") has no figure \"" + name + "\"");
    ig_capi::fill(out, figure_of(*f));
  });
}

ig_status ig_gaps_as_of(const char** out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).as_of.c_str();
  });
}

ig_status ig_gaps_region(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    const auto& r = need(g, ig_function).report.region;
    *out = r ? static_cast<size_t>(*r) : IG_NO_INDEX;
  });
}

ig_status ig_gaps_main_currency(const char** out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.main_currency.c_str();
  });
}

ig_status ig_gaps_evaluation_count(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.evaluations.size();
  });
}

ig_status ig_gaps_evaluation(ig_evaluation* out, const ig_gaps* g, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_evaluation, reason);
    const ig_gaps& x = need(g, ig_function);
    IG_REQUIRE_INDEX(index, x.report.evaluations.size());
    const impactgraph::Evaluation& e = x.report.evaluations[index];
    ig_evaluation r{};
    r.indicator = e.indicator;
    r.indicator_id = x.model.indicators()[e.indicator].id.c_str();
    r.geo = e.geo;
    r.geo_id = x.model.geographies()[e.geo].id.c_str();
    r.target = e.target;
    r.kind = static_cast<ig_target_kind>(e.kind);
    r.progress = static_cast<ig_progress>(e.progress);
    r.headline = e.headline ? 1 : 0;
    opt(r.has_value, r.value, e.value);
    opt(r.has_shortfall, r.shortfall, e.shortfall);
    r.base_period = x.periods[index][0].c_str();
    opt(r.has_base_value, r.base_value, e.base_value);
    r.current_period = x.periods[index][1].c_str();
    opt(r.has_current_value, r.current_value, e.current_value);
    opt(r.has_target_value, r.target_value, e.target_value);
    r.target_period = x.periods[index][2].c_str();
    opt(r.has_line_value, r.line_value, e.line_value);
    opt(r.has_projected_year, r.projected_year, e.projected_year);
    r.reason = e.progress == impactgraph::ProgressClass::not_available ? e.reason.c_str() : "";
    ig_capi::fill(out, r);
  });
}

ig_status ig_gaps_rollup_count(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.rollup.size();
  });
}

ig_status ig_gaps_rollup(ig_node_rollup* out, const ig_gaps* g, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_node_rollup, shortfall);
    const ig_gaps& x = need(g, ig_function);
    IG_REQUIRE_INDEX(index, x.report.rollup.size());
    const impactgraph::NodeRollup& n = x.report.rollup[index];
    ig_node_rollup r{};
    r.node = n.node;
    r.node_id = ig_capi::cstr(x.model.node(n.node).id());
    r.evaluated = n.evaluated;
    r.on_track = n.on_track;
    opt(r.has_own_share, r.own_share, n.own_share);
    opt(r.has_share, r.share, n.share);
    opt(r.has_shortfall, r.shortfall, n.shortfall);
    ig_capi::fill(out, r);
  });
}

ig_status ig_gaps_priority_count(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.priorities.size();
  });
}

ig_status ig_gaps_priority(ig_priority* out, const ig_gaps* g, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_priority, mismatch);
    const ig_gaps& x = need(g, ig_function);
    IG_REQUIRE_INDEX(index, x.report.priorities.size());
    const impactgraph::Priority& p = x.report.priorities[index];
    ig_priority r{};
    r.node = p.node;
    r.node_id = ig_capi::cstr(x.model.node(p.node).id());
    r.rank = p.rank;
    r.gap = p.gap;
    r.contribution = p.contribution;
    r.funding = p.funding;
    r.contribution_score = p.contribution_score;
    r.funding_score = p.funding_score;
    r.effort = p.effort;
    r.mismatch = p.mismatch;
    ig_capi::fill(out, r);
  });
}

ig_status ig_gaps_group_count(size_t* out, const ig_gaps* g) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = need(g, ig_function).report.groups.size();
  });
}

ig_status ig_gaps_group(ig_group_linkage* out, const ig_gaps* g, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_group_linkage, share);
    const ig_gaps& x = need(g, ig_function);
    IG_REQUIRE_INDEX(index, x.report.groups.size());
    const impactgraph::GroupLinkage& l = x.report.groups[index];
    ig_group_linkage r{};
    r.tag = l.tag.c_str();
    r.group = l.group.c_str();
    r.activities = l.activities;
    r.downstream = l.downstream;
    r.shared = l.shared;
    r.share = l.share;
    ig_capi::fill(out, r);
  });
}

ig_status ig_gap_code_count(size_t* out) {
  IG_GUARDED([&] {
    IG_REQUIRE(out);
    *out = impactgraph::gap_code_table().size();
  });
}

ig_status ig_gap_code_get(ig_gap_code* out, size_t index) {
  IG_GUARDED([&] {
    IG_REQUIRE_STRUCT(out, ig_gap_code, message_sv);
    const auto table = impactgraph::gap_code_table();
    IG_REQUIRE_INDEX(index, table.size());
    // The table's string_views view string literals, so they are NUL-terminated.
    const impactgraph::GapCodeInfo& c = table[index];
    ig_gap_code r{};
    r.code = c.code.data();
    r.family = c.family.data();
    r.severity = static_cast<ig_severity>(c.severity);
    r.message_en = c.message_en.data();
    r.message_sv = c.message_sv.data();
    ig_capi::fill(out, r);
  });
}

}  // extern "C"
