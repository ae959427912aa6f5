/* Gap detection through the C ABI: options, the result's gaps, ids and figures, the
 * evaluation, roll-up, priority and silo tables, the code table, and every error code.
 * Expected values are worked out by hand (docs/gaps.md, "A worked example"). */
#include <stdlib.h>

#include "check.h"

static void observe(ig_builder *b, const char *indicator, const char *geo, const char *period, double value) {
  ig_observation o;
  memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  o.indicator_id = indicator;
  o.geo_id = geo;
  o.period = period;
  o.has_value = 1;
  o.value = value;
  CHECK_OK(ig_builder_add_observation(b, &o));
}

/* Two areas' activities -> output -> outcome -> goal -> vision; P9 -> O9 runs beside it.
 * I on G1: baseline 50 (2015), target 60 by 2030, observed 51 in 2020 (limited). */
static ig_model *small_model(void) {
  ig_builder *b = NULL;
  ig_model *m = NULL;
  ig_target t;
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "A1", "activity", "Företagslyft"));
  CHECK_OK(ig_builder_set_node_tag(b, "A1", "area", "X"));
  CHECK_OK(ig_builder_add_node(b, "A2", "activity", "Kompetenslyft"));
  CHECK_OK(ig_builder_set_node_tag(b, "A2", "area", "Y"));
  CHECK_OK(ig_builder_add_node(b, "O1", "output", NULL));
  CHECK_OK(ig_builder_add_node(b, "E1", "outcome", NULL));
  CHECK_OK(ig_builder_add_node(b, "G1", "goal", "Stark konkurrenskraft"));
  CHECK_OK(ig_builder_add_node(b, "V", "vision", NULL));
  CHECK_OK(ig_builder_add_node(b, "P9", "activity", "Verksamhetsplan"));
  CHECK_OK(ig_builder_add_node(b, "O9", "output", NULL));
  CHECK_OK(ig_builder_add_edge(b, "A1", "O1", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "A2", "O1", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "O1", "E1", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "E1", "G1", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "G1", "V", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "P9", "O9", 1.0));
  CHECK_OK(ig_builder_add_indicator(b, "I", "G1", "Förvärvsfrekvens"));
  CHECK_OK(ig_builder_set_indicator_direction(b, "I", IG_DIRECTION_INCREASE));
  CHECK_OK(ig_builder_set_indicator_baseline(b, "I", "2015", 50.0));
  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_LEVEL;
  t.period = "2030";
  t.has_value = 1;
  t.value = 60.0;
  CHECK_OK(ig_builder_add_indicator_target(b, "I", &t));
  CHECK_OK(ig_builder_add_indicator(b, "J", "E1", "Effektindikator"));
  CHECK_OK(ig_builder_set_indicator_direction(b, "J", IG_DIRECTION_INCREASE));
  CHECK_OK(ig_builder_set_indicator_baseline(b, "J", "2015", 1.0));
  t.value = 2.0;
  CHECK_OK(ig_builder_add_indicator_target(b, "J", &t));
  CHECK_OK(ig_builder_add_geography(b, "R", "Regionen", NULL));
  observe(b, "I", "R", "2015", 50.0);
  observe(b, "I", "R", "2020", 51.0);
  observe(b, "J", "R", "2015", 1.0);
  observe(b, "J", "R", "2020", 3.0);
  CHECK_OK(ig_builder_freeze(&m, b));
  ig_builder_destroy(&b);
  return m;
}

/* The index of the first gap with `code`, or IG_NO_INDEX. */
static size_t find(const ig_gaps *g, const char *code) {
  size_t n = 0, i;
  ig_gap x;
  memset(&x, 0, sizeof x);
  x.struct_size = sizeof x;
  CHECK_OK(ig_gaps_count(&n, g));
  for (i = 0; i < n; ++i) {
    CHECK_OK(ig_gaps_get(&x, g, i));
    if (strcmp(x.code, code) == 0) return i;
  }
  return IG_NO_INDEX;
}

static void test_gaps(void) {
  ig_model *m = small_model();
  ig_gaps *g = NULL;
  ig_gap x;
  ig_figure f;
  const char *s = NULL;
  size_t i, n = 0, region = 0;
  memset(&x, 0, sizeof x);
  x.struct_size = sizeof x;
  memset(&f, 0, sizeof f);
  f.struct_size = sizeof f;

  CHECK_OK(ig_gaps_detect(&g, m, NULL));
  ig_model_destroy(&m); /* the result keeps what it lends */

  i = find(g, "orphan-activity");
  CHECK(i != IG_NO_INDEX);
  CHECK_OK(ig_gaps_get(&x, g, i));
  CHECK(x.severity == IG_SEVERITY_WARNING);
  CHECK_STR(x.message, "Activity P9 “Verksamhetsplan” reaches no goal: it runs as a parallel track beside the strategy.");
  CHECK(x.id_count == 1);
  CHECK(x.figure_count == 1);
  CHECK_OK(ig_gaps_id(&s, g, i, 0));
  CHECK_STR(s, "P9");
  CHECK_OK(ig_gaps_figure(&f, g, i, 0));
  CHECK_STR(f.name, "reached");
  CHECK(f.is_text == 0);
  CHECK(f.number == 1.0);
  CHECK_STR(f.text, "");

  /* I: (51/50)^(1/5) - 1 = 0.39684 % against (60/50)^(1/15) - 1 = 1.22289 %: ratio 0.32451, limited. */
  i = find(g, "off-track");
  CHECK(i != IG_NO_INDEX);
  CHECK_OK(ig_gaps_find_figure(&f, g, i, "class"));
  CHECK(f.is_text == 1);
  CHECK_STR(f.text, "limited");
  CHECK(isnan(f.number));
  CHECK_OK(ig_gaps_find_figure(&f, g, i, "value"));
  CHECK(fabs(f.number - 0.3245072) < 1e-6);
  CHECK_STATUS(ig_gaps_find_figure(&f, g, i, "no such figure"), IG_ERROR_NOT_FOUND);

  CHECK_OK(ig_gaps_as_of(&s, g));
  CHECK_STR(s, "2020");
  CHECK_OK(ig_gaps_region(&region, g));
  CHECK(region == IG_NO_INDEX); /* one geography, no children */
  CHECK_OK(ig_gaps_main_currency(&s, g));
  CHECK_STR(s, "");

  /* The evaluations: I and J in R. J: (3/1)^(1/5) - 1 = 24.57 % against (2/1)^(1/15) - 1 = 4.729 %: achieved. */
  CHECK_OK(ig_gaps_evaluation_count(&n, g));
  CHECK(n == 2);
  {
    ig_evaluation e;
    memset(&e, 0, sizeof e);
    e.struct_size = sizeof e;
    CHECK_OK(ig_gaps_evaluation(&e, g, 0));
    CHECK_STR(e.indicator_id, "I");
    CHECK_STR(e.geo_id, "R");
    CHECK(e.kind == IG_TARGET_LEVEL);
    CHECK(e.progress == IG_PROGRESS_LIMITED);
    CHECK(e.headline == 1);
    CHECK(e.has_value == 1);
    CHECK(fabs(e.value - 0.3245072) < 1e-6);
    CHECK_STR(e.base_period, "2015");
    CHECK_STR(e.current_period, "2020");
    CHECK_STR(e.target_period, "2030");
    CHECK(e.has_line_value == 1);
    CHECK(fabs(e.line_value - 160.0 / 3.0) < 1e-9);
    CHECK(e.has_projected_year == 1);
    CHECK(fabs(e.projected_year - 2065.0) < 1e-6);
    CHECK_STR(e.reason, "");
    CHECK_OK(ig_gaps_evaluation(&e, g, 1));
    CHECK_STR(e.indicator_id, "J");
    CHECK(e.progress == IG_PROGRESS_TARGET_ACHIEVED);
    CHECK(e.has_projected_year == 0);
    CHECK(isnan(e.projected_year));
    CHECK_STATUS(ig_gaps_evaluation(&e, g, 2), IG_ERROR_OUT_OF_RANGE);
  }

  /* The roll-up: G1 has I (not on track): share 0; E1 has J (achieved): share 1; G1 rolls up
   * (1 * 0 + 1 * 1) / 2 = 0.5. */
  CHECK_OK(ig_gaps_rollup_count(&n, g));
  CHECK(n == 8);
  {
    ig_node_rollup r;
    memset(&r, 0, sizeof r);
    r.struct_size = sizeof r;
    CHECK_OK(ig_gaps_rollup(&r, g, 4));
    CHECK_STR(r.node_id, "G1");
    CHECK(r.evaluated == 1);
    CHECK(r.on_track == 0);
    CHECK(r.has_own_share == 1);
    CHECK(r.own_share == 0.0);
    CHECK(r.has_share == 1);
    CHECK(fabs(r.share - 0.5) < 1e-12);
  }
  CHECK_OK(ig_gaps_priority_count(&n, g));
  CHECK(n == 1); /* the goal level */
  {
    ig_priority p;
    memset(&p, 0, sizeof p);
    p.struct_size = sizeof p;
    CHECK_OK(ig_gaps_priority(&p, g, 0));
    CHECK_STR(p.node_id, "G1");
    CHECK(p.rank == 1);
    CHECK(p.contribution == 2.0); /* two activities, each along one path of weight 1 */
  }
  CHECK_OK(ig_gaps_group_count(&n, g));
  CHECK(n == 2); /* areas X and Y; no owner tags */
  {
    ig_group_linkage l;
    memset(&l, 0, sizeof l);
    l.struct_size = sizeof l;
    CHECK_OK(ig_gaps_group(&l, g, 1));
    CHECK_STR(l.tag, "area");
    CHECK_STR(l.group, "Y");
    CHECK(l.downstream == 2); /* O1, E1 */
    CHECK(l.shared == 2);
    CHECK(l.share == 1.0);
  }
  ig_gaps_destroy(&g);
  CHECK(g == NULL);
  ig_gaps_destroy(&g);
  ig_gaps_destroy(NULL);
}

static void test_options(void) {
  ig_model *m = small_model();
  ig_gaps *g = NULL;
  ig_gap_options o = IG_GAP_OPTIONS_INIT;
  ig_gap_options init;
  ig_gap x;
  const char *levels[1];
  size_t i;
  memset(&x, 0, sizeof x);
  x.struct_size = sizeof x;

  CHECK_OK(ig_gap_options_init(&init, sizeof init));
  CHECK(init.stale_after == 2);
  CHECK(init.coverage_threshold == 0.5);
  CHECK(init.ratio_on_track == 0.95);
  CHECK(init.growth_on_track == 0.015);
  CHECK_STATUS(ig_gap_options_init(&init, 8), IG_ERROR_INVALID_ARGUMENT);

  o.language = IG_LANGUAGE_SV;
  CHECK_OK(ig_gaps_detect(&g, m, &o));
  i = find(g, "orphan-activity");
  CHECK_OK(ig_gaps_get(&x, g, i));
  CHECK_STR(x.message, "Aktiviteten P9 ”Verksamhetsplan” når inget mål: den löper som ett parallellt spår vid sidan av strategin.");
  ig_gaps_destroy(&g);

  /* As of 2015 there is one value per series: not evaluable. */
  o.as_of = "2015";
  CHECK_OK(ig_gaps_detect(&g, m, &o));
  CHECK(find(g, "off-track") == IG_NO_INDEX);
  CHECK(find(g, "not-evaluable") != IG_NO_INDEX);
  ig_gaps_destroy(&g);
  o.as_of = NULL;

  /* Only the vision must be measured. */
  levels[0] = "vision";
  o.measured_levels = levels;
  o.measured_level_count = 1;
  CHECK_OK(ig_gaps_detect(&g, m, &o));
  i = find(g, "unmeasured-node");
  CHECK(i != IG_NO_INDEX);
  {
    const char *id = NULL;
    CHECK_OK(ig_gaps_id(&id, g, i, 0));
    CHECK_STR(id, "V");
  }
  ig_gaps_destroy(&g);

  /* Errors: each expected code. */
  levels[0] = "nope";
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "nope");
  o.measured_levels = NULL;
  o.measured_level_count = 1;
  CHECK_NULL_ARG(ig_gaps_detect(&g, m, &o), "options->measured_levels");
  o.measured_level_count = 0;
  o.region = "0018";
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "0018");
  o.region = NULL;
  o.as_of = "sometime";
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "sometime");
  o.as_of = NULL;
  o.language = (ig_language)7;
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "language");
  o.language = IG_LANGUAGE_EN;
  o.cv_threshold = NAN;
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "finite");
  o.struct_size = 4;
  CHECK_FAILS(ig_gaps_detect(&g, m, &o), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  CHECK(g == NULL);
  CHECK_NULL_ARG(ig_gaps_detect(NULL, m, NULL), "out");
  CHECK_NULL_ARG(ig_gaps_detect(&g, NULL, NULL), "m");

  CHECK_OK(ig_gaps_detect(&g, m, NULL));
  {
    size_t n = 0;
    const char *s = NULL;
    ig_figure f;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    CHECK_OK(ig_gaps_count(&n, g));
    CHECK_FAILS(ig_gaps_get(&x, g, n), IG_ERROR_OUT_OF_RANGE, "index");
    CHECK_FAILS(ig_gaps_id(&s, g, 0, 99), IG_ERROR_OUT_OF_RANGE, "id_index");
    CHECK_FAILS(ig_gaps_figure(&f, g, 0, 99), IG_ERROR_OUT_OF_RANGE, "figure_index");
    CHECK_NULL_ARG(ig_gaps_count(NULL, g), "out");
    CHECK_NULL_ARG(ig_gaps_count(&n, NULL), "g");
    CHECK_NULL_ARG(ig_gaps_find_figure(&f, g, 0, NULL), "name");
    x.struct_size = 0;
    CHECK_FAILS(ig_gaps_get(&x, g, 0), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  }
  ig_gaps_destroy(&g);
  ig_model_destroy(&m);
}

static void test_names_and_codes(void) {
  ig_gap_code c;
  size_t n = 0;
  memset(&c, 0, sizeof c);
  c.struct_size = sizeof c;
  CHECK_STR(ig_progress_name(IG_PROGRESS_ON_TRACK), "on_track");
  CHECK_STR(ig_progress_name(IG_PROGRESS_NOT_AVAILABLE), "not_available");
  CHECK_STR(ig_progress_name((ig_progress)42), "");
  CHECK_STR(ig_language_name(IG_LANGUAGE_SV), "sv");
  CHECK_STR(ig_language_name((ig_language)-1), "");
  CHECK_OK(ig_gap_code_count(&n));
  CHECK(n == 21);
  CHECK_OK(ig_gap_code_get(&c, 0));
  CHECK_STR(c.code, "unreached-goal");
  CHECK_STR(c.family, "structural");
  CHECK(c.severity == IG_SEVERITY_ERROR);
  CHECK(strstr(c.message_sv, "nås inte") != NULL);
  CHECK_OK(ig_gap_code_get(&c, n - 1));
  CHECK_STR(c.code, "on-track-share");
  CHECK(c.severity == IG_SEVERITY_INFO);
  CHECK_STATUS(ig_gap_code_get(&c, n), IG_ERROR_OUT_OF_RANGE);
  CHECK_NULL_ARG(ig_gap_code_count(NULL), "out");
}

/* The example: the planted parallel track and silo, found through the C ABI. */
static void test_example(void) {
  ig_model *m = NULL;
  ig_gaps *g = NULL;
  size_t i, region = 0;
  const char *s = NULL;
  ig_geography geo;
  memset(&geo, 0, sizeof geo);
  geo.struct_size = sizeof geo;
  CHECK_OK(ig_model_load(&m, IG_TEST_DATA "/../../examples/orebro/orebro.json", NULL));
  CHECK_OK(ig_gaps_detect(&g, m, NULL));
  i = find(g, "orphan-activity");
  CHECK_OK(ig_gaps_id(&s, g, i, 0));
  CHECK_STR(s, "P39");
  i = find(g, "silo");
  CHECK_OK(ig_gaps_id(&s, g, i, 0));
  CHECK_STR(s, "A10");
  CHECK_OK(ig_gaps_region(&region, g));
  CHECK_OK(ig_model_geography(&geo, m, region));
  CHECK_STR(geo.id, "0018");
  CHECK_OK(ig_gaps_main_currency(&s, g));
  CHECK_STR(s, "SEK");
  ig_gaps_destroy(&g);
  ig_model_destroy(&m);
}

int main(void) {
  test_gaps();
  test_options();
  test_names_and_codes();
  test_example();
  CHECK_DONE();
}
