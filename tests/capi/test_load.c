/* Loading a JSON file, JSON text and a CSV bundle through the C header alone, and
 * reading every part back. The expected values are worked out by hand from the
 * fixtures in data/ (edges grouped by source node in node order; docs/model.md). */
#include <stdlib.h>

#include "check.h"

static void check_small(const ig_model *m) {
  size_t n = 0, i = 0, first = 0, last = 0;
  const char *s = NULL, *key = NULL, *value = NULL;
  ig_node node;
  ig_edge edge;
  ig_funding funding;
  ig_indicator ind;
  ig_target target;
  ig_geography geo;
  ig_observation obs;
  size_t order[4];
  memset(&node, 0, sizeof node);
  node.struct_size = sizeof node;
  memset(&edge, 0, sizeof edge);
  edge.struct_size = sizeof edge;
  memset(&funding, 0, sizeof funding);
  funding.struct_size = sizeof funding;
  memset(&ind, 0, sizeof ind);
  ind.struct_size = sizeof ind;
  memset(&target, 0, sizeof target);
  target.struct_size = sizeof target;
  memset(&geo, 0, sizeof geo);
  geo.struct_size = sizeof geo;
  memset(&obs, 0, sizeof obs);
  obs.struct_size = sizeof obs;

  CHECK_OK(ig_model_name(&s, m));
  CHECK_STR(s, "Small strategy");
  /* No levels declared: the default five. */
  CHECK_OK(ig_model_level_count(&n, m));
  CHECK(n == 5);
  CHECK_OK(ig_model_level(&s, m, 0));
  CHECK_STR(s, "activity");
  CHECK_OK(ig_model_level(&s, m, 4));
  CHECK_STR(s, "vision");
  CHECK_OK(ig_model_find_level(&i, m, "goal"));
  CHECK(i == 3);

  /* Nodes keep input order: A1, O1, G1, A2. */
  CHECK_OK(ig_model_node_count(&n, m));
  CHECK(n == 4);
  CHECK_OK(ig_model_node(&node, m, 0));
  CHECK(node.index == 0);
  CHECK_STR(node.id, "A1");
  CHECK_STR(node.level, "activity");
  CHECK(node.level_index == 0);
  CHECK_STR(node.label, "Business coaching");
  CHECK_STR(node.description, "");
  CHECK_STR(node.start, "");
  CHECK(node.tag_count == 2);
  CHECK(node.funding_count == 1);
  CHECK(node.out_edge_count == 1);
  CHECK(node.in_edge_count == 0);
  CHECK_OK(ig_model_node_tag(&key, &value, m, 0, 1));
  CHECK_STR(key, "owner");
  CHECK_STR(value, "RU");
  CHECK_OK(ig_model_node_tag_value(&value, m, 0, "area"));
  CHECK_STR(value, "A1");
  CHECK_OK(ig_model_node_funding(&funding, m, 0, 0));
  CHECK_NEAR(funding.amount, 1200000.0);
  CHECK_STR(funding.currency, "SEK");
  CHECK_STR(funding.source, "ERUF");
  CHECK_STR(funding.period, "2021");

  CHECK_OK(ig_model_find_node(&i, m, "G1"));
  CHECK(i == 2);
  CHECK_OK(ig_model_node(&node, m, 2));
  CHECK_STR(node.description, "More jobs in the region");
  CHECK(node.level_index == 3);
  CHECK(node.in_edge_count == 2);
  CHECK(node.out_edge_count == 0);
  CHECK(node.tag_count == 0);
  CHECK_OK(ig_model_node(&node, m, 3));
  CHECK_STR(node.id, "A2");
  CHECK_STR(node.start, "2021");
  CHECK_STR(node.end, "2024");

  /* Edges by source node: A1->O1 (input 2nd), O1->G1 (1st), A2->G1 (3rd). */
  CHECK_OK(ig_model_edge_count(&n, m));
  CHECK(n == 3);
  CHECK_OK(ig_model_edge(&edge, m, 0));
  CHECK_STR(edge.from_id, "A1");
  CHECK_STR(edge.to_id, "O1");
  CHECK(edge.from == 0 && edge.to == 1);
  CHECK_NEAR(edge.weight, 0.8);
  CHECK(edge.has_weight_range == 1);
  CHECK_NEAR(edge.weight_min, 0.5);
  CHECK_NEAR(edge.weight_max, 1.0);
  CHECK(edge.has_confidence == 0);
  CHECK_STR(edge.assumption, "Coaching helps firms grow");
  CHECK(edge.evidence == IG_EVIDENCE_MODERATE);
  CHECK_OK(ig_model_edge(&edge, m, 1));
  CHECK_STR(edge.from_id, "O1");
  CHECK_STR(edge.to_id, "G1");
  CHECK_NEAR(edge.weight, 0.5);
  CHECK(edge.has_weight_range == 0);
  CHECK(edge.evidence == IG_EVIDENCE_UNSPECIFIED);
  CHECK_OK(ig_model_edge(&edge, m, 2));
  CHECK_STR(edge.from_id, "A2");
  CHECK(edge.from == 3 && edge.to == 2);
  CHECK_NEAR(edge.weight, -0.25);
  CHECK(edge.has_confidence == 1);
  CHECK_NEAR(edge.confidence, 0.7);

  CHECK_OK(ig_model_out_edges(&first, &last, m, 1));
  CHECK(first == 1 && last == 2);
  CHECK_OK(ig_model_out_edges(&first, &last, m, 2));
  CHECK(first == last);
  CHECK_OK(ig_model_in_edge_count(&n, m, 2));
  CHECK(n == 2);
  CHECK_OK(ig_model_in_edge(&i, m, 2, 0));
  CHECK(i == 1);
  CHECK_OK(ig_model_in_edge(&i, m, 2, 1));
  CHECK(i == 2);

  /* Kahn, first-in first-out, seeded in index order: A1, A2, then O1, then G1. */
  CHECK_OK(ig_model_topological_order(order, 4, m));
  CHECK(order[0] == 0 && order[1] == 3 && order[2] == 1 && order[3] == 2);

  /* Indicators. */
  CHECK_OK(ig_model_indicator_count(&n, m));
  CHECK(n == 2);
  CHECK_OK(ig_model_indicator(&ind, m, 0));
  CHECK_STR(ind.id, "I1");
  CHECK_STR(ind.node_id, "G1");
  CHECK(ind.node == 2);
  CHECK_STR(ind.label, "Employment rate 20-64");
  CHECK_STR(ind.unit, "%");
  CHECK(ind.direction == IG_DIRECTION_INCREASE);
  CHECK(ind.has_baseline == 1);
  CHECK_STR(ind.baseline_period, "2016");
  CHECK_NEAR(ind.baseline_value, 78.1);
  CHECK(ind.target_count == 3);
  CHECK_STR(ind.source, "kolada:N00914");
  CHECK(ind.measure == IG_MEASURE_NUMBER);
  CHECK_NEAR(ind.factor, 1.0);
  CHECK(ind.has_scale == 0);
  CHECK(ind.geo_aggregation == IG_AGGREGATION_WEIGHTED_MEAN);
  CHECK_STR(ind.geo_weight, "I_pop");
  CHECK(ind.time_aggregation == IG_AGGREGATION_LAST);
  CHECK_NEAR(ind.weight, 1.0);
  CHECK_STR(ind.description, "Share of residents aged 20-64 in work");
  CHECK_OK(ig_model_indicator_target(&target, m, 0, 0));
  CHECK(target.kind == IG_TARGET_LEVEL);
  CHECK_STR(target.period, "2030");
  CHECK(target.has_value == 1);
  CHECK_NEAR(target.value, 82.0);
  CHECK(target.geo_count == 0 && target.between_count == 0);
  CHECK_OK(ig_model_indicator_target(&target, m, 0, 1));
  CHECK(target.kind == IG_TARGET_PEERS);
  CHECK(target.has_value == 0);
  CHECK(target.geo_count == 2);
  CHECK_STR(target.geos[0], "0019");
  CHECK_STR(target.geos[1], "0018");
  CHECK_STR(target.compare, "level");
  CHECK_OK(ig_model_indicator_target(&target, m, 0, 2));
  CHECK(target.kind == IG_TARGET_DISPARITY);
  CHECK(target.between_count == 2);
  CHECK_STR(target.between[0], "K");
  CHECK_STR(target.between[1], "M");
  CHECK_STR(target.period, "2030");
  CHECK_OK(ig_model_find_indicator(&i, m, "I_pop"));
  CHECK(i == 1);
  CHECK_OK(ig_model_indicator(&ind, m, 1));
  CHECK(ind.has_baseline == 0);
  CHECK_STR(ind.baseline_period, "");
  CHECK(ind.geo_aggregation == IG_AGGREGATION_SUM);
  CHECK(ind.direction == IG_DIRECTION_UNSPECIFIED);
  CHECK(ind.target_count == 0);
  CHECK_STR(ind.description, "");

  /* Geographies. */
  CHECK_OK(ig_model_geography_count(&n, m));
  CHECK(n == 3);
  CHECK_OK(ig_model_geography(&geo, m, 1));
  CHECK_STR(geo.id, "1880");
  CHECK_STR(geo.name, "\xc3\x96rebro");
  CHECK_STR(geo.parent_id, "0018");
  CHECK(geo.parent == 0);
  CHECK_OK(ig_model_geography(&geo, m, 0));
  CHECK(geo.parent == IG_NO_INDEX);
  CHECK_STR(geo.parent_id, "");
  CHECK_OK(ig_model_find_geography(&i, m, "0019"));
  CHECK(i == 2);

  /* Observations. */
  CHECK_OK(ig_model_observation_count(&n, m));
  CHECK(n == 3);
  CHECK_OK(ig_model_observation(&obs, m, 0));
  CHECK_STR(obs.indicator_id, "I1");
  CHECK(obs.indicator == 0);
  CHECK_STR(obs.geo_id, "1880");
  CHECK(obs.geo == 1);
  CHECK_STR(obs.period, "2019");
  CHECK_STR(obs.breakdown, "T");
  CHECK(obs.has_value == 1);
  CHECK_NEAR(obs.value, 79.3);
  CHECK_OK(ig_model_observation(&obs, m, 1));
  CHECK_STR(obs.breakdown, "K");
  CHECK_NEAR(obs.value, 77.0);
  CHECK_OK(ig_model_observation(&obs, m, 2));
  CHECK_STR(obs.indicator_id, "I_pop");
  CHECK(obs.indicator == 1);
  CHECK_STR(obs.period, "2020Q3");
  CHECK(obs.has_value == 0);
  CHECK(obs.value != obs.value); /* NaN */
  CHECK_STR(obs.status, "missing");
  CHECK_STR(obs.text, "");
}

static char *read_all(const char *path, size_t *length) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  long size = 0;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = (char *)malloc((size_t)size + 1);
    if (text && fread(text, 1, (size_t)size, f) != (size_t)size) {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  if (text) {
    text[size] = '\0';
    *length = (size_t)size;
  }
  return text;
}

int main(void) {
  ig_model *m = NULL;
  ig_model *again = NULL;
  ig_diagnostics *d = NULL;
  ig_load_options options = IG_LOAD_OPTIONS_INIT;
  char *text = NULL;
  size_t length = 0, n = 0, i = 0;
  int equal = 0;
  const char *key = NULL, *value = NULL;
  ig_node node;
  ig_edge edge;
  ig_funding funding;
  ig_indicator ind;
  ig_target target;
  ig_geography geo;
  ig_observation obs;

  /* A JSON file, by the JSON loader and by the dispatching one. */
  CHECK_OK(ig_model_load_json(&m, IG_CAPI_DATA "/small.json", NULL));
  CHECK(m != NULL);
  if (m) check_small(m);
  CHECK_OK(ig_model_validate(&d, m));
  CHECK_OK(ig_diagnostics_error_count(&n, d));
  CHECK(n == 0);
  ig_diagnostics_destroy(&d);
  CHECK_OK(ig_model_load(&again, IG_CAPI_DATA "/small.json", NULL));
  CHECK_OK(ig_model_equal(&equal, m, again));
  CHECK(equal == 1);
  ig_model_destroy(&again);
  CHECK(again == NULL);

  /* The same text from memory, not NUL-terminated: a copy with trailing junk after `length`. */
  text = read_all(IG_CAPI_DATA "/small.json", &length);
  CHECK(text != NULL);
  if (text) {
    char *padded = (char *)malloc(length + 8);
    CHECK(padded != NULL);
    if (padded) {
      memcpy(padded, text, length);
      memcpy(padded + length, "garbage!", 8);
      CHECK_OK(ig_model_load_json_string(&again, padded, length, NULL));
      if (again) check_small(again);
      CHECK_OK(ig_model_equal(&equal, m, again));
      CHECK(equal == 1);
      ig_model_destroy(&again);
      free(padded);
    }
    free(text);
  }
  ig_model_destroy(&m);
  CHECK(m == NULL);

  /* A CSV bundle, by the CSV loader and by dispatch on a folder. */
  CHECK_OK(ig_model_load_csv(&m, IG_CAPI_DATA "/small_csv", NULL));
  options.format = IG_FORMAT_CSV;
  CHECK_OK(ig_model_load(&again, IG_CAPI_DATA "/small_csv", &options));
  CHECK_OK(ig_model_equal(&equal, m, again));
  CHECK(equal == 1);
  ig_model_destroy(&again);
  CHECK_OK(ig_model_load(&again, IG_CAPI_DATA "/small_csv", NULL));
  ig_model_destroy(&again);

  memset(&node, 0, sizeof node);
  node.struct_size = sizeof node;
  memset(&edge, 0, sizeof edge);
  edge.struct_size = sizeof edge;
  memset(&funding, 0, sizeof funding);
  funding.struct_size = sizeof funding;
  memset(&ind, 0, sizeof ind);
  ind.struct_size = sizeof ind;
  memset(&target, 0, sizeof target);
  target.struct_size = sizeof target;
  memset(&geo, 0, sizeof geo);
  geo.struct_size = sizeof geo;
  memset(&obs, 0, sizeof obs);
  obs.struct_size = sizeof obs;
  if (m) {
    const char *name = NULL;
    CHECK_OK(ig_model_name(&name, m));
    CHECK_STR(name, "CSV strategy");
    CHECK_OK(ig_model_node_count(&n, m));
    CHECK(n == 2);
    CHECK_OK(ig_model_node(&node, m, 0));
    CHECK_STR(node.id, "A");
    CHECK_STR(node.label, "Coaching, for firms");
    CHECK(node.tag_count == 1);
    CHECK(node.funding_count == 1);
    CHECK_OK(ig_model_node_tag(&key, &value, m, 0, 0));
    CHECK_STR(key, "owner");
    CHECK_STR(value, "RU");
    CHECK_OK(ig_model_node_funding(&funding, m, 0, 0));
    CHECK_NEAR(funding.amount, 250000.0);
    CHECK_STR(funding.source, "ESF+");
    CHECK_OK(ig_model_node(&node, m, 1));
    CHECK_STR(node.description, "Two\nlines");
    CHECK(node.tag_count == 0); /* an empty cell is no tag */
    CHECK_FAILS(ig_model_node_tag_value(&value, m, 1, "owner"), IG_ERROR_NOT_FOUND, "owner");
    CHECK_OK(ig_model_edge(&edge, m, 0));
    CHECK_NEAR(edge.weight, 0.5);
    CHECK(edge.evidence == IG_EVIDENCE_STRONG);
    CHECK_OK(ig_model_indicator(&ind, m, 0));
    CHECK_STR(ind.unit, "%");
    CHECK(ind.direction == IG_DIRECTION_INCREASE);
    CHECK(ind.target_count == 1);
    CHECK_OK(ig_model_indicator_target(&target, m, 0, 0));
    CHECK(target.kind == IG_TARGET_THRESHOLD);
    CHECK_STR(target.op, ">=");
    CHECK(target.has_value == 1);
    CHECK_NEAR(target.value, 80.0);
    CHECK_OK(ig_model_geography(&geo, m, 1));
    CHECK(geo.parent == 0);
    CHECK_OK(ig_model_observation(&obs, m, 0));
    CHECK_STR(obs.breakdown, "T"); /* empty cell: the default */
    CHECK_NEAR(obs.value, 3.5);
    CHECK_OK(ig_model_find_indicator(&i, m, "I"));
    CHECK(i == 0);
  }
  ig_model_destroy(&m);
  CHECK_DONE();
}
