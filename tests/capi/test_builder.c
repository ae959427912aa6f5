/* Building a model in memory through the C header and reading it back; the sealing
 * rule after a freeze; a failed freeze leaves the builder usable. */
#include "check.h"

static void add_targets(ig_builder *b) {
  const char *peers[] = {"0019", "0018"};
  const char *between[] = {"K", "M"};
  ig_target t;
  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;

  t.kind = IG_TARGET_LEVEL;
  t.period = "2030";
  t.has_value = 1;
  t.value = 82.0;
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));

  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_CHANGE;
  t.base_period = "2005";
  t.period = "2030";
  t.has_value = 1;
  t.value = -0.6;
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));

  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_THRESHOLD;
  t.op = ">=";
  t.has_value = 1;
  t.value = 80.0;
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));

  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_DIRECTION;
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));

  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_PEERS;
  t.geos = peers;
  t.geo_count = 2;
  t.compare = "growth";
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));

  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  t.kind = IG_TARGET_DISPARITY;
  t.between = between;
  t.between_count = 2;
  t.period = "2030";
  CHECK_OK(ig_builder_add_indicator_target(b, "I1", &t));
}

static void build(ig_builder *b) {
  ig_observation o;
  CHECK_OK(ig_builder_set_name(b, "Built in C"));
  CHECK_OK(ig_builder_add_level(b, "activity"));
  CHECK_OK(ig_builder_add_level(b, "effect"));
  CHECK_OK(ig_builder_add_level(b, "goal"));

  CHECK_OK(ig_builder_add_node(b, "P7", "activity", "Företagslyft"));
  CHECK_OK(ig_builder_set_node_description(b, "P7", "Coaching for small firms"));
  CHECK_OK(ig_builder_set_node_span(b, "P7", "2021", "2023Q2"));
  CHECK_OK(ig_builder_set_node_tag(b, "P7", "owner", "RU"));
  CHECK_OK(ig_builder_set_node_tag(b, "P7", "area", "A1"));
  CHECK_OK(ig_builder_set_node_tag(b, "P7", "owner", "Region")); /* replaces, keeps the place */
  CHECK_OK(ig_builder_add_node_funding(b, "P7", 1200000.0, "SEK", "ERUF", "2021"));
  CHECK_OK(ig_builder_add_node_funding(b, "P7", 300000.0, "SEK", NULL, NULL));
  CHECK_OK(ig_builder_add_node(b, "E1", "effect", NULL));
  CHECK_OK(ig_builder_add_node(b, "G1", "goal", "Stark konkurrenskraft"));

  CHECK_OK(ig_builder_add_edge(b, "E1", "G1", 1.0));
  CHECK_OK(ig_builder_add_edge(b, "P7", "E1", 0.8));
  CHECK_OK(ig_builder_set_edge_range(b, "P7", "E1", 0.5, 1.0));
  CHECK_OK(ig_builder_set_edge_confidence(b, "P7", "E1", 0.9));
  CHECK_OK(ig_builder_set_edge_assumption(b, "P7", "E1", "Firms that get coaching grow"));
  CHECK_OK(ig_builder_set_edge_evidence(b, "P7", "E1", IG_EVIDENCE_WEAK));

  CHECK_OK(ig_builder_add_indicator(b, "I1", "G1", "Förvärvsfrekvens"));
  CHECK_OK(ig_builder_set_indicator_unit(b, "I1", "%"));
  CHECK_OK(ig_builder_set_indicator_description(b, "I1", "Employed share, 20-64"));
  CHECK_OK(ig_builder_set_indicator_direction(b, "I1", IG_DIRECTION_INCREASE));
  CHECK_OK(ig_builder_set_indicator_baseline(b, "I1", "2016", 78.1));
  CHECK_OK(ig_builder_set_indicator_source(b, "I1", "kolada:N00914"));
  CHECK_OK(ig_builder_set_indicator_geo_aggregation(b, "I1", IG_AGGREGATION_WEIGHTED_MEAN, "I_pop"));
  CHECK_OK(ig_builder_set_indicator_time_aggregation(b, "I1", IG_AGGREGATION_LAST));
  CHECK_OK(ig_builder_set_indicator_weight(b, "I1", 2.0));
  add_targets(b);
  CHECK_OK(ig_builder_add_indicator(b, "I_pop", "G1", "Population"));
  CHECK_OK(ig_builder_add_indicator(b, "I_rate", "G1", NULL));
  CHECK_OK(ig_builder_set_indicator_ratio(b, "I_rate", "I1", "I_pop", 100.0));
  CHECK_OK(ig_builder_add_indicator(b, "I_rating", "E1", "Forum rating"));
  CHECK_OK(ig_builder_set_indicator_measure(b, "I_rating", IG_MEASURE_ORDINAL));
  CHECK_OK(ig_builder_set_indicator_scale(b, "I_rating", 1.0, 5.0));
  CHECK_OK(ig_builder_add_indicator(b, "I_note", "E1", "Forum assessment"));
  CHECK_OK(ig_builder_set_indicator_measure(b, "I_note", IG_MEASURE_TEXT));

  CHECK_OK(ig_builder_add_geography(b, "0018", "Örebro län", NULL));
  CHECK_OK(ig_builder_add_geography(b, "1880", "Örebro", "0018"));
  CHECK_OK(ig_builder_add_geography(b, "0019", "Västmanlands län", NULL));

  memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  o.indicator_id = "I1";
  o.geo_id = "1880";
  o.period = "2019";
  o.has_value = 1;
  o.value = 79.3;
  CHECK_OK(ig_builder_add_observation(b, &o));
  o.breakdown = "K";
  o.value = 77.5;
  CHECK_OK(ig_builder_add_observation(b, &o));
  o.indicator_id = "I_rating";
  o.breakdown = NULL;
  o.period = "2022";
  o.value = 4.0;
  CHECK_OK(ig_builder_add_observation(b, &o));
  o.indicator_id = "I_note";
  o.period = "2022-05";
  o.has_value = 0;
  o.value = 3.0; /* ignored: has_value is 0 */
  o.text = "Good progress";
  o.status = "preliminary";
  CHECK_OK(ig_builder_add_observation(b, &o));
}

static void check_built(const ig_model *m) {
  size_t n = 0;
  const char *s = NULL, *key = NULL, *value = NULL;
  ig_node node;
  ig_edge edge;
  ig_funding funding;
  ig_indicator ind;
  ig_target t;
  ig_observation obs;
  memset(&node, 0, sizeof node);
  node.struct_size = sizeof node;
  memset(&edge, 0, sizeof edge);
  edge.struct_size = sizeof edge;
  memset(&funding, 0, sizeof funding);
  funding.struct_size = sizeof funding;
  memset(&ind, 0, sizeof ind);
  ind.struct_size = sizeof ind;
  memset(&t, 0, sizeof t);
  t.struct_size = sizeof t;
  memset(&obs, 0, sizeof obs);
  obs.struct_size = sizeof obs;

  CHECK_OK(ig_model_name(&s, m));
  CHECK_STR(s, "Built in C");
  CHECK_OK(ig_model_level_count(&n, m));
  CHECK(n == 3);
  CHECK_OK(ig_model_level(&s, m, 1));
  CHECK_STR(s, "effect");

  CHECK_OK(ig_model_node(&node, m, 0));
  CHECK_STR(node.id, "P7");
  CHECK_STR(node.label, "F\xc3\xb6retagslyft");
  CHECK_STR(node.description, "Coaching for small firms");
  CHECK_STR(node.start, "2021");
  CHECK_STR(node.end, "2023Q2");
  CHECK(node.tag_count == 2);
  CHECK(node.funding_count == 2);
  CHECK_OK(ig_model_node_tag(&key, &value, m, 0, 0));
  CHECK_STR(key, "owner");
  CHECK_STR(value, "Region");
  CHECK_OK(ig_model_node_tag(&key, &value, m, 0, 1));
  CHECK_STR(key, "area");
  CHECK_STR(value, "A1");
  CHECK_OK(ig_model_node_funding(&funding, m, 0, 1));
  CHECK_NEAR(funding.amount, 300000.0);
  CHECK_STR(funding.source, "");
  CHECK_OK(ig_model_node(&node, m, 1));
  CHECK_STR(node.label, "");
  CHECK(node.level_index == 1);

  /* Edges by source node: P7->E1 first, then E1->G1. */
  CHECK_OK(ig_model_edge(&edge, m, 0));
  CHECK_STR(edge.from_id, "P7");
  CHECK_STR(edge.to_id, "E1");
  CHECK_NEAR(edge.weight, 0.8);
  CHECK(edge.has_weight_range && edge.has_confidence);
  CHECK_NEAR(edge.weight_min, 0.5);
  CHECK_NEAR(edge.weight_max, 1.0);
  CHECK_NEAR(edge.confidence, 0.9);
  CHECK_STR(edge.assumption, "Firms that get coaching grow");
  CHECK(edge.evidence == IG_EVIDENCE_WEAK);
  CHECK_OK(ig_model_edge(&edge, m, 1));
  CHECK_STR(edge.from_id, "E1");
  CHECK(edge.from == 1 && edge.to == 2);

  CHECK_OK(ig_model_indicator_count(&n, m));
  CHECK(n == 5);
  CHECK_OK(ig_model_indicator(&ind, m, 0));
  CHECK_STR(ind.unit, "%");
  CHECK(ind.direction == IG_DIRECTION_INCREASE);
  CHECK(ind.has_baseline);
  CHECK_NEAR(ind.baseline_value, 78.1);
  CHECK_STR(ind.source, "kolada:N00914");
  CHECK(ind.geo_aggregation == IG_AGGREGATION_WEIGHTED_MEAN);
  CHECK_STR(ind.geo_weight, "I_pop");
  CHECK(ind.time_aggregation == IG_AGGREGATION_LAST);
  CHECK_NEAR(ind.weight, 2.0);
  CHECK_STR(ind.description, "Employed share, 20-64");
  CHECK(ind.target_count == 6);
  CHECK_OK(ig_model_indicator_target(&t, m, 0, 1));
  CHECK(t.kind == IG_TARGET_CHANGE);
  CHECK_STR(t.base_period, "2005");
  CHECK_NEAR(t.value, -0.6);
  CHECK_OK(ig_model_indicator_target(&t, m, 0, 2));
  CHECK(t.kind == IG_TARGET_THRESHOLD);
  CHECK_STR(t.op, ">=");
  CHECK_OK(ig_model_indicator_target(&t, m, 0, 3));
  CHECK(t.kind == IG_TARGET_DIRECTION);
  CHECK(t.has_value == 0);
  CHECK_OK(ig_model_indicator_target(&t, m, 0, 4));
  CHECK(t.kind == IG_TARGET_PEERS);
  CHECK(t.geo_count == 2);
  CHECK_STR(t.geos[1], "0018");
  CHECK_STR(t.compare, "growth");
  CHECK_OK(ig_model_indicator_target(&t, m, 0, 5));
  CHECK(t.kind == IG_TARGET_DISPARITY);
  CHECK(t.between_count == 2);
  CHECK_STR(t.between[0], "K");
  CHECK_OK(ig_model_indicator(&ind, m, 2));
  CHECK(ind.measure == IG_MEASURE_RATIO);
  CHECK_STR(ind.numerator, "I1");
  CHECK_STR(ind.denominator, "I_pop");
  CHECK_NEAR(ind.factor, 100.0);
  CHECK_OK(ig_model_indicator(&ind, m, 3));
  CHECK(ind.measure == IG_MEASURE_ORDINAL);
  CHECK(ind.has_scale);
  CHECK_NEAR(ind.scale_min, 1.0);
  CHECK_NEAR(ind.scale_max, 5.0);
  CHECK(ind.node == 1);

  CHECK_OK(ig_model_observation_count(&n, m));
  CHECK(n == 4);
  CHECK_OK(ig_model_observation(&obs, m, 1));
  CHECK_STR(obs.breakdown, "K");
  CHECK_NEAR(obs.value, 77.5);
  CHECK_OK(ig_model_observation(&obs, m, 2));
  CHECK_STR(obs.indicator_id, "I_rating");
  CHECK(obs.indicator == 3);
  CHECK_STR(obs.breakdown, "T");
  CHECK_STR(obs.period, "2022");
  CHECK(obs.has_value == 1);
  CHECK_NEAR(obs.value, 4.0);
  CHECK_OK(ig_model_observation(&obs, m, 3));
  CHECK_STR(obs.indicator_id, "I_note");
  CHECK(obs.indicator == 4);
  CHECK_STR(obs.breakdown, "T");
  CHECK_STR(obs.period, "2022-05");
  CHECK(obs.has_value == 0);
  CHECK_STR(obs.text, "Good progress");
  CHECK_STR(obs.status, "preliminary");
}

int main(void) {
  ig_builder *b = NULL;
  ig_builder *copy = NULL;
  ig_model *m = NULL;
  ig_model *m2 = NULL;
  ig_diagnostics *d = NULL;
  size_t n = 0;
  int equal = 0;

  CHECK_OK(ig_builder_create(&b));
  CHECK(b != NULL);
  CHECK_OK(ig_builder_reserve(b, 3, 2, 5, 4));
  build(b);
  CHECK_OK(ig_builder_validate(&d, b));
  CHECK_OK(ig_diagnostics_error_count(&n, d));
  CHECK(n == 0);
  ig_diagnostics_destroy(&d);
  CHECK_OK(ig_builder_freeze(&m, b));
  CHECK(m != NULL);
  if (m) check_built(m);

  /* Sealed: every further use of the builder is a state error, the model is unaffected. */
  CHECK_FAILS(ig_builder_add_node(b, "X", "goal", NULL), IG_ERROR_STATE, "frozen");
  CHECK_FAILS(ig_builder_freeze(&m2, b), IG_ERROR_STATE, "frozen");
  CHECK(m2 == NULL);
  CHECK_FAILS(ig_builder_validate(&d, b), IG_ERROR_STATE, "frozen");
  CHECK(d == NULL);
  ig_builder_destroy(&b);
  CHECK(b == NULL);

  /* A builder from a model holds all of it, and its setters find the model's items. */
  CHECK_OK(ig_builder_create_from_model(&copy, m));
  CHECK_OK(ig_builder_freeze(&m2, copy));
  CHECK_OK(ig_model_equal(&equal, m, m2));
  CHECK(equal == 1);
  ig_model_destroy(&m2);
  ig_builder_destroy(&copy);
  CHECK_OK(ig_builder_create_from_model(&copy, m));
  CHECK_OK(ig_builder_set_node_tag(copy, "G1", "owner", "RF"));
  CHECK_OK(ig_builder_freeze(&m2, copy));
  CHECK_OK(ig_model_equal(&equal, m, m2));
  CHECK(equal == 0);
  ig_model_destroy(&m2);
  ig_builder_destroy(&copy);

  /* A failed freeze (an edge to an unknown node) leaves the builder as it was: add the
   * node and the retry succeeds. */
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "A", "activity", NULL));
  CHECK_OK(ig_builder_add_edge(b, "A", "B", 1.0));
  CHECK_FAILS(ig_builder_freeze(&m2, b), IG_ERROR_INVALID_MODEL, "unknown-node");
  CHECK(m2 == NULL);
  CHECK_OK(ig_error_last_diagnostics(&d));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n >= 1);
  ig_diagnostics_destroy(&d);
  CHECK_OK(ig_builder_add_node(b, "B", "goal", NULL));
  CHECK_OK(ig_builder_freeze(&m2, b));
  CHECK_OK(ig_model_node_count(&n, m2));
  CHECK(n == 2);
  ig_model_destroy(&m2);
  ig_builder_destroy(&b);

  /* Setters name items that exist. */
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "A", "activity", NULL));
  CHECK_FAILS(ig_builder_set_node_description(b, "Q", "x"), IG_ERROR_NOT_FOUND, "\"Q\"");
  CHECK_FAILS(ig_builder_set_edge_confidence(b, "A", "Q", 0.5), IG_ERROR_NOT_FOUND, "\"Q\"");
  CHECK_FAILS(ig_builder_set_indicator_unit(b, "Q", "%"), IG_ERROR_NOT_FOUND, "\"Q\"");
  CHECK_FAILS(ig_builder_set_edge_evidence(b, "A", "A", (ig_evidence)9), IG_ERROR_NOT_FOUND, "edge");
  CHECK_OK(ig_builder_add_edge(b, "A", "A", 1.0));
  CHECK_FAILS(ig_builder_set_edge_evidence(b, "A", "A", (ig_evidence)9), IG_ERROR_INVALID_ARGUMENT, "'evidence'");
  ig_builder_destroy(&b);

  ig_model_destroy(&m);
  CHECK_DONE();
}
