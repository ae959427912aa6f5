/* Aggregation and sensitivity through the C header alone, on data/hand.json (the hand
 * model of docs/aggregation.md, whose scores are worked out there): defaults, options,
 * the result handle (scores, values, assessments, periods, notes), errors and
 * ownership (a result outlives its model). */
#include <math.h>

#include "check.h"

static ig_model *load_hand(void) {
  ig_model *m = NULL;
  CHECK_OK(ig_model_load(&m, IG_CAPI_DATA "/hand.json", NULL));
  return m;
}

static double score_of(const ig_aggregate_result *r, const char *node, const char *geo, double *coverage) {
  size_t i = 0;
  ig_score s;
  memset(&s, 0, sizeof s);
  s.struct_size = sizeof s;
  CHECK_OK(ig_aggregate_result_find_score(&i, r, node, geo, "2020"));
  CHECK_OK(ig_aggregate_result_score(&s, r, i));
  if (coverage) *coverage = s.coverage;
  return s.has_value ? s.value : NAN;
}

static void defaults(void) {
  ig_model *m = load_hand();
  ig_aggregate_result *r = NULL;
  size_t n = 0, i = 0;
  double coverage = 0.0;
  const char *s = NULL;
  ig_score sc;
  ig_indicator_value v;
  ig_assessment a;
  ig_diagnostics *d = NULL;
  memset(&sc, 0, sizeof sc);
  sc.struct_size = sizeof sc;
  memset(&v, 0, sizeof v);
  v.struct_size = sizeof v;
  memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;

  CHECK_OK(ig_aggregate(&r, m, NULL));
  ig_model_destroy(&m); /* the result keeps what it lends alive */

  CHECK_OK(ig_aggregate_result_score_count(&n, r));
  CHECK(n == 11); /* E1 at 4 geographies, E2 at 3 (M3 has no input), G at 4 */
  CHECK_OK(ig_aggregate_result_score(&sc, r, 0));
  CHECK_STR(sc.node_id, "E1");
  CHECK_STR(sc.geo_id, "R");
  CHECK_STR(sc.period, "2020");
  CHECK_NEAR(sc.value, 50.0);
  CHECK_NEAR(score_of(r, "G", "M2", &coverage), 43.75);
  CHECK_NEAR(coverage, 1.0);
  CHECK_NEAR(score_of(r, "G", "M3", &coverage), 250.0 / 3.0);
  CHECK_NEAR(coverage, 0.75);
  CHECK_NEAR(score_of(r, "G", "R", NULL), 175.0 / 3.0);
  CHECK_STATUS(ig_aggregate_result_find_score(&i, r, "E2", "M3", "2020"), IG_ERROR_NOT_FOUND);
  CHECK_STATUS(ig_aggregate_result_find_score(&i, r, "nope", "M3", "2020"), IG_ERROR_NOT_FOUND);
  CHECK_STATUS(ig_aggregate_result_score(&sc, r, 11), IG_ERROR_OUT_OF_RANGE);

  /* I1 at R: the mean of its municipalities, normalised to 50. */
  CHECK_OK(ig_aggregate_result_find_value(&i, r, "I1", "R", "2020"));
  CHECK_OK(ig_aggregate_result_value(&v, r, i));
  CHECK_STR(v.indicator_id, "I1");
  CHECK_NEAR(v.value, 20.0);
  CHECK(v.has_normalised == 1);
  CHECK_NEAR(v.normalised, 50.0);
  CHECK(v.flags == IG_VALUE_GEO_AGGREGATED);
  CHECK_OK(ig_aggregate_result_find_value(&i, r, "I3", "R", "2020"));
  CHECK_OK(ig_aggregate_result_value(&v, r, i));
  CHECK(v.flags == IG_VALUE_OBSERVED);

  CHECK_OK(ig_aggregate_result_assessment_count(&n, r));
  CHECK(n == 1);
  CHECK_OK(ig_aggregate_result_assessment(&a, r, 0));
  CHECK_STR(a.indicator_id, "T1");
  CHECK_STR(a.node_id, "G");
  CHECK_STR(a.geo_id, "R");
  CHECK_STR(a.period, "2020");
  CHECK_STR(a.breakdown, "T");
  CHECK_STR(a.text, "Good progress.");

  CHECK_OK(ig_aggregate_result_period_count(&n, r));
  CHECK(n == 1);
  CHECK_OK(ig_aggregate_result_period(&s, r, 0));
  CHECK_STR(s, "2020");
  CHECK_OK(ig_aggregate_result_diagnostics(&d, r));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n == 0);
  ig_diagnostics_destroy(&d);

  ig_aggregate_result_destroy(&r);
  CHECK(r == NULL);
  ig_aggregate_result_destroy(&r);
  ig_aggregate_result_destroy(NULL);
}

static void options(void) {
  ig_model *m = load_hand();
  ig_aggregate_result *r = NULL;
  ig_aggregate_options o;
  ig_normalisation_spec spec = IG_NORMALISATION_SPEC_INIT;
  const char *node_ids[] = {"G"};
  const ig_composite node_methods[] = {IG_COMPOSITE_MINIMUM};
  const char *geos[] = {"M3"};
  double coverage = 0.0;
  size_t n = 0;

  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  CHECK(o.window == 1 && o.method == IG_COMPOSITE_ARITHMETIC && o.geo_min_coverage == 0.5);
  o.node_method_count = 1;
  o.node_method_ids = node_ids;
  o.node_methods = node_methods;
  CHECK_OK(ig_aggregate(&r, m, &o));
  CHECK_NEAR(score_of(r, "G", "M3", NULL), 75.0); /* min(100, 75) */
  ig_aggregate_result_destroy(&r);

  o.node_method_count = 0;
  o.min_coverage = 0.8;
  o.geo_count = 1;
  o.geos = geos;
  CHECK_OK(ig_aggregate(&r, m, &o));
  CHECK(isnan(score_of(r, "G", "M3", &coverage)));
  CHECK_NEAR(coverage, 0.75);
  CHECK_OK(ig_aggregate_result_score_count(&n, r));
  CHECK(n == 2); /* E1 and G at M3 */
  ig_aggregate_result_destroy(&r);

  /* Goalposts [0, 40] for every indicator: I1 at M2 = 20 / 40. */
  spec.method = IG_NORMALISATION_GOALPOSTS;
  spec.has_goalposts = 1;
  spec.goal_low = 0.0;
  spec.goal_high = 40.0;
  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  o.normalisation = &spec;
  CHECK_OK(ig_aggregate(&r, m, &o));
  {
    size_t i = 0;
    ig_indicator_value v;
    memset(&v, 0, sizeof v);
    v.struct_size = sizeof v;
    CHECK_OK(ig_aggregate_result_find_value(&i, r, "I1", "M2", "2020"));
    CHECK_OK(ig_aggregate_result_value(&v, r, i));
    CHECK_NEAR(v.normalised, 50.0);
  }
  ig_aggregate_result_destroy(&r);
  ig_model_destroy(&m);
}

static void sensitivity(void) {
  ig_model *m = load_hand();
  ig_sensitivity_result *r = NULL;
  ig_sensitivity_options so;
  const ig_composite methods[] = {IG_COMPOSITE_ARITHMETIC};
  ig_sensitivity_summary sum;
  ig_unit_ranks u;
  ig_sobol_index x;
  memset(&sum, 0, sizeof sum);
  sum.struct_size = sizeof sum;
  memset(&u, 0, sizeof u);
  u.struct_size = sizeof u;
  memset(&x, 0, sizeof x);
  x.struct_size = sizeof x;

  CHECK_OK(ig_sensitivity_options_init(&so, sizeof so));
  CHECK(so.samples == 100 && so.seed == 1 && so.sobol == 1 && so.weights == IG_WEIGHT_SAMPLING_UNIFORM);
  so.samples = 10;
  so.weights = IG_WEIGHT_SAMPLING_NONE;
  so.method_count = 1;
  so.methods = methods;
  CHECK_OK(ig_sensitivity(&r, m, NULL, &so));
  CHECK_OK(ig_sensitivity_result_summary(&sum, r));
  CHECK_STR(sum.target_id, "G");
  CHECK_STR(sum.period, "2020");
  CHECK(sum.runs == 30);
  CHECK(sum.unit_count == 4);
  CHECK(sum.input_count == 1);
  CHECK(sum.has_sobol == 1);
  CHECK_OK(ig_sensitivity_result_unit(&u, r, 3));
  CHECK_STR(u.geo_id, "M3");
  CHECK_NEAR(u.nominal_rank, 1.0);
  CHECK_NEAR(u.median_rank, 1.0);
  CHECK_NEAR(u.p05, 1.0);
  CHECK_NEAR(u.p95, 1.0);
  CHECK_OK(ig_sensitivity_result_input(&x, r, 0));
  CHECK_STR(x.input, "aggregation");
  CHECK_STATUS(ig_sensitivity_result_unit(&u, r, 4), IG_ERROR_OUT_OF_RANGE);
  ig_sensitivity_result_destroy(&r);
  ig_sensitivity_result_destroy(&r);

  /* Nothing to vary. */
  so.method_count = 0;
  CHECK_FAILS(ig_sensitivity(&r, m, NULL, &so), IG_ERROR_INVALID_ARGUMENT, "nothing to vary");
  CHECK(r == NULL);
  ig_model_destroy(&m);
}

static void names(void) {
  ig_normalisation n = IG_NORMALISATION_MINMAX;
  ig_composite c = IG_COMPOSITE_ARITHMETIC;
  ig_imputation im = IG_IMPUTATION_NONE;
  ig_outliers out = IG_OUTLIERS_NONE;
  ig_period_grain g = IG_PERIOD_GRAIN_AS_OBSERVED;
  ig_negative_weights nw = IG_NEGATIVE_WEIGHTS_EXCLUDE;
  ig_weight_sampling ws = IG_WEIGHT_SAMPLING_NONE;
  CHECK_STR(ig_normalisation_name(IG_NORMALISATION_PERCENTILE_RANK), "percentile_rank");
  CHECK_STR(ig_normalisation_name((ig_normalisation)99), "");
  CHECK_STR(ig_composite_name(IG_COMPOSITE_GEOMETRIC), "geometric");
  CHECK_STR(ig_outliers_name(IG_OUTLIERS_WINSORISE), "winsorise");
  CHECK_STR(ig_imputation_name(IG_IMPUTATION_CARRY_FORWARD), "carry_forward");
  CHECK_STR(ig_negative_weights_name(IG_NEGATIVE_WEIGHTS_INVERT), "invert");
  CHECK_STR(ig_period_grain_name(IG_PERIOD_GRAIN_YEAR), "year");
  CHECK_STR(ig_weight_sampling_name(IG_WEIGHT_SAMPLING_DIRICHLET), "dirichlet");
  CHECK_OK(ig_normalisation_parse(&n, "dist_to_target"));
  CHECK(n == IG_NORMALISATION_DIST_TO_TARGET);
  CHECK_OK(ig_composite_parse(&c, "median"));
  CHECK(c == IG_COMPOSITE_MEDIAN);
  CHECK_OK(ig_imputation_parse(&im, "group_mean"));
  CHECK(im == IG_IMPUTATION_GROUP_MEAN);
  CHECK_OK(ig_outliers_parse(&out, "log"));
  CHECK(out == IG_OUTLIERS_LOG);
  CHECK_OK(ig_period_grain_parse(&g, "quarter"));
  CHECK(g == IG_PERIOD_GRAIN_QUARTER);
  CHECK_OK(ig_negative_weights_parse(&nw, "invert"));
  CHECK(nw == IG_NEGATIVE_WEIGHTS_INVERT);
  CHECK_OK(ig_weight_sampling_parse(&ws, "uniform"));
  CHECK(ws == IG_WEIGHT_SAMPLING_UNIFORM);
  CHECK_FAILS(ig_composite_parse(&c, "mean"), IG_ERROR_INVALID_ARGUMENT, "mean");
  CHECK(c == IG_COMPOSITE_MEDIAN); /* untouched */
  CHECK_NULL_ARG(ig_normalisation_parse(NULL, "minmax"), "out");
  CHECK_NULL_ARG(ig_normalisation_parse(&n, NULL), "word");
}

static void errors(void) {
  ig_model *m = load_hand();
  ig_aggregate_result *r = NULL;
  ig_aggregate_options o;
  ig_normalisation_spec spec;
  const char *geos[] = {"nowhere"};
  size_t n = 0;
  ig_score sc;
  memset(&sc, 0, sizeof sc);

  CHECK_NULL_ARG(ig_aggregate(NULL, m, NULL), "out");
  CHECK_NULL_ARG(ig_aggregate(&r, NULL, NULL), "m");
  CHECK_NULL_ARG(ig_aggregate_result_score_count(&n, NULL), "r");
  CHECK_NULL_ARG(ig_aggregate_options_init(NULL, sizeof o), "options");
  CHECK_FAILS(ig_aggregate_options_init(&o, 4), IG_ERROR_INVALID_ARGUMENT, "struct_size");

  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  o.geo_count = 1;
  o.geos = geos;
  CHECK_FAILS(ig_aggregate(&r, m, &o), IG_ERROR_INVALID_ARGUMENT, "nowhere");
  CHECK(r == NULL);
  o.geo_count = 1;
  o.geos = NULL;
  CHECK_FAILS(ig_aggregate(&r, m, &o), IG_ERROR_INVALID_ARGUMENT, "geos");
  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  o.method = (ig_composite)42;
  CHECK_FAILS(ig_aggregate(&r, m, &o), IG_ERROR_INVALID_ARGUMENT, "method");
  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  o.struct_size = 8;
  CHECK_FAILS(ig_aggregate(&r, m, &o), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  CHECK_OK(ig_aggregate_options_init(&o, sizeof o));
  CHECK_OK(ig_normalisation_spec_init(&spec, sizeof spec));
  spec.method = IG_NORMALISATION_DIST_TO_REF; /* without a reference geography */
  o.normalisation = &spec;
  CHECK_FAILS(ig_aggregate(&r, m, &o), IG_ERROR_INVALID_ARGUMENT, "reference");

  CHECK_OK(ig_aggregate(&r, m, NULL));
  sc.struct_size = 4; /* smaller than any ig_score */
  CHECK_FAILS(ig_aggregate_result_score(&sc, r, 0), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  ig_aggregate_result_destroy(&r);
  ig_model_destroy(&m);
}

int main(void) {
  defaults();
  options();
  sensitivity();
  names();
  errors();
  CHECK_DONE();
}
