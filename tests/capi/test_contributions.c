/* Contribution scores, funding flow and influence through the C header alone: values of
 * the worked example of docs/contributions.md (worked out by hand there), Monte Carlo
 * determinism across thread counts, every NULL argument and error code, result handles
 * outliving their model. */
#include "check.h"

/* docs/contributions.md, "The worked example". */
static ig_model *tiny(void) {
  ig_builder *b = NULL;
  ig_model *m = NULL;
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "A1", "activity", NULL));
  CHECK_OK(ig_builder_set_node_tag(b, "A1", "area", "X"));
  CHECK_OK(ig_builder_add_node_funding(b, "A1", 600, "SEK", "ERUF", "2022"));
  CHECK_OK(ig_builder_add_node_funding(b, "A1", 400, "SEK", "ERUF", "2023"));
  CHECK_OK(ig_builder_add_node(b, "A2", "activity", NULL));
  CHECK_OK(ig_builder_set_node_tag(b, "A2", "area", "Y"));
  CHECK_OK(ig_builder_add_node_funding(b, "A2", 500, "SEK", "own", "2023"));
  CHECK_OK(ig_builder_add_node(b, "E1", "outcome", NULL));
  CHECK_OK(ig_builder_add_node(b, "E2", "outcome", NULL));
  CHECK_OK(ig_builder_add_node(b, "G", "goal", NULL));
  CHECK_OK(ig_builder_add_edge(b, "A1", "E1", 0.8));
  CHECK_OK(ig_builder_set_edge_range(b, "A1", "E1", 0.6, 1.0));
  CHECK_OK(ig_builder_add_edge(b, "A1", "E2", 0.2));
  CHECK_OK(ig_builder_set_edge_evidence(b, "A1", "E2", IG_EVIDENCE_WEAK));
  CHECK_OK(ig_builder_add_edge(b, "A2", "E2", 0.6));
  CHECK_OK(ig_builder_add_edge(b, "A2", "G", -0.3));
  CHECK_OK(ig_builder_add_edge(b, "E1", "G", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "E2", "G", 0.5));
  CHECK_OK(ig_builder_freeze(&m, b));
  ig_builder_destroy(&b);
  return m;
}

static const char *activity[] = {"activity"};
static const char *goal[] = {"goal"};

static ig_node_selection level(const char **name) {
  ig_node_selection s = IG_NODE_SELECTION_INIT;
  s.levels = name;
  s.level_count = 1;
  return s;
}

static ig_contribution record(const ig_contributions *c, size_t i) {
  ig_contribution r;
  memset(&r, 0, sizeof r);
  r.struct_size = sizeof r;
  CHECK_OK(ig_contributions_get(&r, c, i));
  return r;
}

static void test_modes(const ig_model *m) {
  ig_node_selection from = level(activity), to = level(goal);
  ig_contribution_options o = IG_CONTRIBUTION_OPTIONS_INIT;
  ig_contributions *c = NULL;
  ig_contribution r;
  size_t n = 0;

  /* path (NULL options: the defaults) */
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, NULL));
  CHECK_OK(ig_contributions_count(&n, c));
  CHECK(n == 2);
  CHECK_OK(ig_contributions_samples(&n, c));
  CHECK(n == 0);
  r = record(c, 0);
  CHECK_STR(r.source_id, "A1");
  CHECK_STR(r.target_id, "G");
  CHECK_NEAR(r.value, 0.8 * 1.0 + 0.2 * 0.5);
  CHECK(r.has_samples == 0);
  r = record(c, 1);
  CHECK_STR(r.source_id, "A2");
  CHECK_NEAR(r.value, 0.0); /* 0.6 * 0.5 - 0.3: listed, there is a path */
  CHECK_NEAR(r.synergy, 0.3);
  CHECK_NEAR(r.trade_off, -0.3);
  ig_contributions_destroy(&c);
  CHECK(c == NULL);
  ig_contributions_destroy(&c);

  /* flow, positive and signed */
  o.mode = IG_CONTRIBUTION_FLOW;
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, &o));
  CHECK_NEAR(record(c, 0).value, 1.0);
  CHECK_NEAR(record(c, 1).value, 1.0);
  ig_contributions_destroy(&c);
  o.normalization = IG_NORMALIZATION_SIGNED;
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, &o));
  r = record(c, 1);
  CHECK_NEAR(r.value, 1.0);
  CHECK_NEAR(r.synergy, 2.0); /* 0.6 / 0.3 */
  CHECK_NEAR(r.trade_off, -1.0);
  ig_contributions_destroy(&c);

  /* attribution: 3/4 and 1/4 (positive); 45/48 and 3/48 (signed) */
  o.mode = IG_CONTRIBUTION_ATTRIBUTION;
  o.normalization = IG_NORMALIZATION_POSITIVE;
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, &o));
  CHECK_NEAR(record(c, 0).value, 0.75);
  CHECK_NEAR(record(c, 1).value, 0.25);
  ig_contributions_destroy(&c);
  o.normalization = IG_NORMALIZATION_SIGNED;
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, &o));
  CHECK_NEAR(record(c, 0).value, 45.0 / 48);
  CHECK_NEAR(record(c, 1).value, 3.0 / 48);
  ig_contributions_destroy(&c);
}

static void test_monte_carlo(const ig_model *m) {
  ig_node_selection from = level(activity), to = level(goal);
  ig_contribution_options o;
  ig_contributions *one = NULL, *two = NULL;
  ig_contribution a, b;
  size_t n = 0, i;
  CHECK_OK(ig_contribution_options_init(&o, sizeof o));
  CHECK(o.range_weak == 0.5 && o.use_confidence == 1 && o.samples == 0);
  o.samples = 300;
  o.seed = 99;
  o.threads = 1;
  CHECK_OK(ig_contributions_compute(&one, m, &from, &to, &o));
  o.threads = 2;
  CHECK_OK(ig_contributions_compute(&two, m, &from, &to, &o));
  CHECK_OK(ig_contributions_samples(&n, one));
  CHECK(n == 300);
  CHECK_OK(ig_contributions_count(&n, one));
  for (i = 0; i < n; ++i) {
    a = record(one, i);
    b = record(two, i);
    CHECK(a.has_samples == 1);
    CHECK(a.mean == b.mean && a.p05 == b.p05 && a.p95 == b.p95);
    CHECK(a.rank_low == b.rank_low && a.rank_high == b.rank_high);
    CHECK(a.p05 <= a.mean && a.mean <= a.p95);
  }
  /* A1 -> G = w1 + 0.5 w2 with w1 in [0.6, 1] and w2 in [0.1, 0.3] (weak: +-50 %). */
  a = record(one, 0);
  CHECK(a.p05 > 0.65 && a.p95 < 1.15 && a.p95 - a.p05 > 0.2);
  CHECK(a.rank == 1 && a.rank_low == 1 && a.rank_high == 1); /* A2 -> G is fixed at 0 */
  ig_contributions_destroy(&one);
  ig_contributions_destroy(&two);
}

static void test_errors(ig_model *m) {
  ig_node_selection from = level(activity), to = level(goal), bad = IG_NODE_SELECTION_INIT;
  const char *nope[] = {"nope"};
  ig_contribution_options o = IG_CONTRIBUTION_OPTIONS_INIT;
  ig_contributions *c = NULL;
  ig_contribution r;
  ig_diagnostics *d = NULL;
  ig_diagnostic x;
  const char *id = NULL;
  size_t n = 0;

  CHECK_NULL_ARG(ig_contributions_compute(NULL, m, &from, &to, NULL), "out");
  CHECK_NULL_ARG(ig_contributions_compute(&c, NULL, &from, &to, NULL), "m");
  CHECK_NULL_ARG(ig_contributions_compute(&c, m, NULL, &to, NULL), "sources");
  CHECK_NULL_ARG(ig_contributions_compute(&c, m, &from, NULL, NULL), "targets");
  CHECK(c == NULL);
  bad.struct_size = 0;
  CHECK_FAILS(ig_contributions_compute(&c, m, &bad, &to, NULL), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  bad = level(nope);
  CHECK_FAILS(ig_contributions_compute(&c, m, &bad, &to, NULL), IG_ERROR_NOT_FOUND, "no level \"nope\"");
  bad = level(activity);
  bad.ids = nope;
  bad.id_count = 1;
  CHECK_FAILS(ig_contributions_compute(&c, m, &from, &bad, NULL), IG_ERROR_NOT_FOUND, "no node \"nope\"");
  bad.ids = NULL;
  CHECK_FAILS(ig_contributions_compute(&c, m, &from, &bad, NULL), IG_ERROR_INVALID_ARGUMENT, "NULL array");
  o.mode = (ig_contribution_mode)7;
  CHECK_FAILS(ig_contributions_compute(&c, m, &from, &to, &o), IG_ERROR_INVALID_ARGUMENT, "options->mode");
  o.mode = IG_CONTRIBUTION_PATH;
  o.range_weak = -1.0;
  CHECK_FAILS(ig_contributions_compute(&c, m, &from, &to, &o), IG_ERROR_INVALID_ARGUMENT, "evidence range");
  o.range_weak = 0.5;
  o.struct_size = 4;
  CHECK_FAILS(ig_contributions_compute(&c, m, &from, &to, &o), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  CHECK(c == NULL);
  o.struct_size = sizeof o;

  /* A1 -> E2 weighs 0.2, A1 -> E1 0.8: signed flow from A2 is fine, but from a node whose
   * out-weights sum to 0 it is not: E1 gets a second edge of -1 to G. */
  {
    ig_builder *b = NULL;
    ig_model *bad_model = NULL;
    ig_node_selection e1 = IG_NODE_SELECTION_INIT;
    const char *e1_id[] = {"E1"};
    CHECK_OK(ig_builder_create_from_model(&b, m));
    CHECK_OK(ig_builder_add_edge(b, "E1", "E2", -1.0));
    CHECK_OK(ig_builder_freeze(&bad_model, b));
    ig_builder_destroy(&b);
    e1.ids = e1_id;
    e1.id_count = 1;
    o.mode = IG_CONTRIBUTION_FLOW;
    o.normalization = IG_NORMALIZATION_SIGNED;
    CHECK_FAILS(ig_contributions_compute(&c, bad_model, &e1, &to, &o), IG_ERROR_INVALID_MODEL, "node \"E1\"");
    CHECK_OK(ig_error_last_diagnostics(&d));
    CHECK_OK(ig_diagnostics_count(&n, d));
    CHECK(n == 1);
    memset(&x, 0, sizeof x);
    x.struct_size = sizeof x;
    CHECK_OK(ig_diagnostics_get(&x, d, 0));
    CHECK_STR(x.code, "cannot-normalise");
    CHECK_OK(ig_diagnostics_id(&id, d, 0, 0));
    CHECK_STR(id, "E1");
    ig_diagnostics_destroy(&d);
    ig_model_destroy(&bad_model);
  }

  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, NULL));
  memset(&r, 0, sizeof r);
  r.struct_size = sizeof r;
  CHECK_NULL_ARG(ig_contributions_get(NULL, c, 0), "out");
  CHECK_NULL_ARG(ig_contributions_get(&r, NULL, 0), "c");
  CHECK_FAILS(ig_contributions_get(&r, c, 2), IG_ERROR_OUT_OF_RANGE, "'index'");
  r.struct_size = 8;
  CHECK_FAILS(ig_contributions_get(&r, c, 0), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  CHECK_NULL_ARG(ig_contributions_count(NULL, c), "out");
  CHECK_NULL_ARG(ig_contributions_count(&n, NULL), "c");
  CHECK_NULL_ARG(ig_contributions_samples(&n, NULL), "c");
  CHECK_NULL_ARG(ig_contribution_options_init(NULL, sizeof o), "options");
  CHECK_FAILS(ig_contribution_options_init(&o, 4), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  ig_contributions_destroy(&c);
  ig_contributions_destroy(NULL);

  CHECK_STR(ig_contribution_mode_name(IG_CONTRIBUTION_ATTRIBUTION), "attribution");
  CHECK_STR(ig_normalization_name(IG_NORMALIZATION_SIGNED), "signed");
  CHECK_STR(ig_sign_rule_name(IG_SIGN_RULE_ANY_NEGATIVE), "any-negative");
  CHECK_STR(ig_weight_distribution_name(IG_DISTRIBUTION_TRIANGULAR), "triangular");
  CHECK_STR(ig_micmac_class_name(IG_MICMAC_LINKAGE), "linkage");
  CHECK_STR(ig_contribution_mode_name((ig_contribution_mode)9), "");
  CHECK_STR(ig_micmac_class_name((ig_micmac_class)-1), "");
}

static ig_funding_flow flow_at(const ig_funding_flows *f, size_t i) {
  ig_funding_flow r;
  memset(&r, 0, sizeof r);
  r.struct_size = sizeof r;
  CHECK_OK(ig_funding_flows_get(&r, f, i));
  return r;
}

static void test_funding(const ig_model *m) {
  ig_node_selection to = level(goal), nope = IG_NODE_SELECTION_INIT;
  const char *missing[] = {"nope"};
  const char *y2022[] = {"2022"};
  ig_funding_options o = IG_FUNDING_OPTIONS_INIT;
  ig_funding_flows *f = NULL;
  ig_funding_flow r;
  size_t n = 0;

  CHECK_OK(ig_funding_flows_compute(&f, m, NULL, NULL)); /* every node */
  CHECK_OK(ig_funding_flows_count(&n, f));
  CHECK(n == 7);
  r = flow_at(f, 4); /* A1, A2, E1, E2 ERUF, E2 own, G ERUF, G own */
  CHECK_STR(r.node_id, "E2");
  CHECK_STR(r.group, "own");
  CHECK_NEAR(r.amount, 500);
  CHECK_OK(ig_funding_flows_total_count(&n, f));
  CHECK(n == 2);
  memset(&r, 0, sizeof r);
  r.struct_size = sizeof r;
  CHECK_OK(ig_funding_flows_total(&r, f, 0));
  CHECK(r.node == IG_NO_INDEX);
  CHECK_STR(r.group, "ERUF");
  CHECK_STR(r.currency, "SEK");
  CHECK_NEAR(r.amount, 1000);
  CHECK_FAILS(ig_funding_flows_total(&r, f, 2), IG_ERROR_OUT_OF_RANGE, "'index'");
  ig_funding_flows_destroy(&f);

  o.group_by = "area";
  o.periods = y2022;
  o.period_count = 1;
  CHECK_OK(ig_funding_flows_compute(&f, m, &to, &o));
  CHECK_OK(ig_funding_flows_count(&n, f));
  CHECK(n == 1);
  r = flow_at(f, 0);
  CHECK_STR(r.node_id, "G");
  CHECK_STR(r.group, "X");
  CHECK_NEAR(r.amount, 600);
  CHECK_NEAR(r.direct, 0);
  ig_funding_flows_destroy(&f);

  CHECK_NULL_ARG(ig_funding_flows_compute(NULL, m, NULL, NULL), "out");
  CHECK_NULL_ARG(ig_funding_flows_compute(&f, NULL, NULL, NULL), "m");
  nope.ids = missing;
  nope.id_count = 1;
  CHECK_FAILS(ig_funding_flows_compute(&f, m, &nope, NULL), IG_ERROR_NOT_FOUND, "nope");
  o.normalization = (ig_normalization)5;
  CHECK_FAILS(ig_funding_flows_compute(&f, m, NULL, &o), IG_ERROR_INVALID_ARGUMENT, "normalization");
  o.normalization = IG_NORMALIZATION_POSITIVE;
  o.periods = NULL;
  CHECK_FAILS(ig_funding_flows_compute(&f, m, NULL, &o), IG_ERROR_INVALID_ARGUMENT, "NULL array");
  CHECK(f == NULL);
  CHECK_NULL_ARG(ig_funding_flows_count(&n, NULL), "f");
  CHECK_NULL_ARG(ig_funding_flows_get(&r, NULL, 0), "f");
  CHECK_NULL_ARG(ig_funding_flows_total_count(NULL, NULL), "out");
  CHECK_NULL_ARG(ig_funding_options_init(NULL, sizeof o), "options");
  CHECK_OK(ig_funding_options_init(&o, sizeof o));
  CHECK(o.group_by == NULL && o.normalization == IG_NORMALIZATION_POSITIVE);
  ig_funding_flows_destroy(&f);
}

static void test_influence(void) {
  ig_builder *b = NULL;
  ig_model *m = NULL;
  ig_influence *r = NULL;
  ig_influence_node node;
  ig_influence_pair pair;
  ig_influence_options o = IG_INFLUENCE_OPTIONS_INIT;
  ig_node_selection goals = level(goal), none = IG_NODE_SELECTION_INIT;
  double mi = 0, md = 0;
  size_t n = 0;
  /* G1 -> G2 -2, G2 -> G3 -1, G1 -> G3 1 (docs/contributions.md, "Influence"). */
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "G1", "goal", NULL));
  CHECK_OK(ig_builder_add_node(b, "G2", "goal", NULL));
  CHECK_OK(ig_builder_add_node(b, "G3", "goal", NULL));
  CHECK_OK(ig_builder_add_edge(b, "G1", "G2", -2.0));
  CHECK_OK(ig_builder_add_edge(b, "G2", "G3", -1.0));
  CHECK_OK(ig_builder_add_edge(b, "G1", "G3", 1.0));
  CHECK_OK(ig_builder_freeze(&m, b));
  ig_builder_destroy(&b);

  CHECK_OK(ig_influence_compute(&r, m, &goals, NULL));
  ig_model_destroy(&m); /* the result keeps what it lends */
  CHECK_OK(ig_influence_node_count(&n, r));
  CHECK(n == 3);
  memset(&pair, 0, sizeof pair);
  pair.struct_size = sizeof pair;
  CHECK_OK(ig_influence_pair_get(&pair, r, 0, 2));
  CHECK_STR(pair.from_id, "G1");
  CHECK_STR(pair.to_id, "G3");
  CHECK_NEAR(pair.first, 1.0);
  CHECK_NEAR(pair.second, 2.0); /* (-2)(-1): a trade-off of a trade-off reinforces */
  CHECK_NEAR(pair.total, 3.0);
  CHECK_NEAR(pair.synergy, 3.0);
  CHECK_NEAR(pair.trade_off, 0.0);
  memset(&node, 0, sizeof node);
  node.struct_size = sizeof node;
  CHECK_OK(ig_influence_node_get(&node, r, 0));
  CHECK_STR(node.node_id, "G1");
  CHECK_NEAR(node.influence, 5.0); /* |-2| + |3| */
  CHECK_NEAR(node.net_influence, 1.0);
  CHECK(node.micmac == IG_MICMAC_DRIVER);
  CHECK_OK(ig_influence_means(&mi, &md, r));
  CHECK_NEAR(mi, 6.0 / 3); /* row sums 5, 1, 0 */
  CHECK_NEAR(md, 6.0 / 3);
  CHECK_OK(ig_influence_means(NULL, NULL, r));
  CHECK_FAILS(ig_influence_pair_get(&pair, r, 0, 3), IG_ERROR_OUT_OF_RANGE, "'to_index'");
  CHECK_FAILS(ig_influence_node_get(&node, r, 3), IG_ERROR_OUT_OF_RANGE, "'index'");
  CHECK_NULL_ARG(ig_influence_node_count(NULL, r), "out");
  CHECK_NULL_ARG(ig_influence_means(&mi, &md, NULL), "r");
  ig_influence_destroy(&r);
  CHECK(r == NULL);

  /* any-negative: the same chain is a trade-off of -2 */
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "G1", "goal", NULL));
  CHECK_OK(ig_builder_add_node(b, "G2", "goal", NULL));
  CHECK_OK(ig_builder_add_node(b, "G3", "goal", NULL));
  CHECK_OK(ig_builder_add_edge(b, "G1", "G2", -2.0));
  CHECK_OK(ig_builder_add_edge(b, "G2", "G3", -1.0));
  CHECK_OK(ig_builder_add_edge(b, "G1", "G3", 1.0));
  CHECK_OK(ig_builder_freeze(&m, b));
  ig_builder_destroy(&b);
  o.sign_rule = IG_SIGN_RULE_ANY_NEGATIVE;
  CHECK_OK(ig_influence_compute(&r, m, &goals, &o));
  CHECK_OK(ig_influence_pair_get(&pair, r, 0, 2));
  CHECK_NEAR(pair.second, -2.0);
  CHECK_NEAR(pair.total, -1.0);
  ig_influence_destroy(&r);

  CHECK_NULL_ARG(ig_influence_compute(&r, m, NULL, NULL), "nodes");
  CHECK_NULL_ARG(ig_influence_compute(NULL, m, &goals, NULL), "out");
  o.sign_rule = (ig_sign_rule)3;
  CHECK_FAILS(ig_influence_compute(&r, m, &goals, &o), IG_ERROR_INVALID_ARGUMENT, "sign_rule");
  CHECK_OK(ig_influence_compute(&r, m, &none, NULL)); /* an empty set */
  CHECK_OK(ig_influence_node_count(&n, r));
  CHECK(n == 0);
  ig_influence_destroy(&r);
  CHECK_NULL_ARG(ig_influence_options_init(NULL, sizeof o), "options");
  ig_model_destroy(&m);
}

int main(void) {
  ig_model *m = tiny();
  ig_contributions *c = NULL;
  ig_node_selection from = level(activity), to = level(goal);
  ig_contribution r;
  test_modes(m);
  test_monte_carlo(m);
  test_errors(m);
  test_funding(m);
  test_influence();

  /* Results outlive the model they came from. */
  CHECK_OK(ig_contributions_compute(&c, m, &from, &to, NULL));
  ig_model_destroy(&m);
  r = record(c, 0);
  CHECK_STR(r.source_id, "A1");
  CHECK_STR(r.target_id, "G");
  ig_contributions_destroy(&c);
  CHECK_DONE();
}
