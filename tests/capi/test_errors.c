/* The error model through the C header: every pointer argument of every function
 * rejected when NULL (naming it), destroy of NULL and of a pointer to NULL, each
 * status code triggered, out-parameters untouched by a failure, and no exception
 * crossing the boundary (the out-of-memory path of a huge reservation). */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"

static void null_arguments(const ig_model *m, ig_builder *b) {
  size_t n = 0, first = 0, last = 0, nodes[8];
  const char *s = NULL, *key = NULL;
  int eq = 0;
  ig_format f = IG_FORMAT_AUTO;
  ig_model *mo = NULL;
  ig_builder *bo = NULL;
  ig_diagnostics *d = NULL;
  ig_string *str = NULL;
  ig_node node;
  ig_edge edge;
  ig_funding funding;
  ig_indicator ind;
  ig_target target;
  ig_geography geo;
  ig_observation obs;
  ig_diagnostic diag;
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
  memset(&diag, 0, sizeof diag);
  diag.struct_size = sizeof diag;

  CHECK_OK(ig_validate_path(&d, IG_CAPI_DATA "/cyclic.json", NULL));

  /* names, options, strings */
  CHECK_NULL_ARG(ig_format_parse(NULL, "json"), "out");
  CHECK_NULL_ARG(ig_format_parse(&f, NULL), "name");
  CHECK_NULL_ARG(ig_load_options_init(NULL, sizeof(ig_load_options)), "options");
  CHECK_NULL_ARG(ig_save_options_init(NULL, sizeof(ig_save_options)), "options");
  ig_error_clear();
  CHECK_STR(ig_string_data(NULL), "");
  CHECK(ig_error_last_code() == IG_ERROR_INVALID_ARGUMENT && strstr(ig_error_last_message(), "'s'"));
  ig_error_clear();
  CHECK(ig_string_size(NULL) == 0);
  CHECK(ig_error_last_code() == IG_ERROR_INVALID_ARGUMENT && strstr(ig_error_last_message(), "'s'"));
  CHECK_STATUS(ig_error_last_diagnostics(NULL), IG_ERROR_INVALID_ARGUMENT);

  /* diagnostics */
  CHECK_NULL_ARG(ig_diagnostics_count(NULL, d), "out");
  CHECK_NULL_ARG(ig_diagnostics_count(&n, NULL), "d");
  CHECK_NULL_ARG(ig_diagnostics_error_count(NULL, d), "out");
  CHECK_NULL_ARG(ig_diagnostics_error_count(&n, NULL), "d");
  CHECK_NULL_ARG(ig_diagnostics_get(NULL, d, 0), "out");
  CHECK_NULL_ARG(ig_diagnostics_get(&diag, NULL, 0), "d");
  CHECK_NULL_ARG(ig_diagnostics_id_count(NULL, d, 0), "out");
  CHECK_NULL_ARG(ig_diagnostics_id_count(&n, NULL, 0), "d");
  CHECK_NULL_ARG(ig_diagnostics_id(NULL, d, 0, 0), "out");
  CHECK_NULL_ARG(ig_diagnostics_id(&s, NULL, 0, 0), "d");
  CHECK_NULL_ARG(ig_diagnostics_format(NULL, d, 0), "out");
  CHECK_NULL_ARG(ig_diagnostics_format(&str, NULL, 0), "d");

  /* validation and loading */
  CHECK_NULL_ARG(ig_validate_path(NULL, "x.json", NULL), "out");
  CHECK_NULL_ARG(ig_validate_path(&d, NULL, NULL), "path");
  CHECK_NULL_ARG(ig_validate_json_string(NULL, "{}", 2, NULL), "out");
  CHECK_NULL_ARG(ig_validate_json_string(&d, NULL, 2, NULL), "text");
  CHECK_NULL_ARG(ig_model_load(NULL, "x.json", NULL), "out");
  CHECK_NULL_ARG(ig_model_load(&mo, NULL, NULL), "path");
  CHECK_NULL_ARG(ig_model_load_json(NULL, "x.json", NULL), "out");
  CHECK_NULL_ARG(ig_model_load_json(&mo, NULL, NULL), "path");
  CHECK_NULL_ARG(ig_model_load_json_string(NULL, "{}", 2, NULL), "out");
  CHECK_NULL_ARG(ig_model_load_json_string(&mo, NULL, 2, NULL), "text");
  CHECK_NULL_ARG(ig_model_load_csv(NULL, "x", NULL), "out");
  CHECK_NULL_ARG(ig_model_load_csv(&mo, NULL, NULL), "folder");
  CHECK(mo == NULL);

  /* the model */
  CHECK_NULL_ARG(ig_model_validate(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_validate(&d, NULL), "m");
  CHECK_NULL_ARG(ig_model_equal(NULL, m, m), "out");
  CHECK_NULL_ARG(ig_model_equal(&eq, NULL, m), "a");
  CHECK_NULL_ARG(ig_model_equal(&eq, m, NULL), "b");
  CHECK_NULL_ARG(ig_model_name(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_name(&s, NULL), "m");
  CHECK_NULL_ARG(ig_model_level_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_level_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_level(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_level(&s, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_find_level(NULL, m, "goal"), "out");
  CHECK_NULL_ARG(ig_model_find_level(&n, NULL, "goal"), "m");
  CHECK_NULL_ARG(ig_model_find_level(&n, m, NULL), "name");
  CHECK_NULL_ARG(ig_model_node_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_node_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_node(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_node(&node, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_find_node(NULL, m, "A1"), "out");
  CHECK_NULL_ARG(ig_model_find_node(&n, NULL, "A1"), "m");
  CHECK_NULL_ARG(ig_model_find_node(&n, m, NULL), "id");
  CHECK_NULL_ARG(ig_model_node_tag(NULL, &s, m, 0, 0), "key_out");
  CHECK_NULL_ARG(ig_model_node_tag(&key, NULL, m, 0, 0), "value_out");
  CHECK_NULL_ARG(ig_model_node_tag(&key, &s, NULL, 0, 0), "m");
  CHECK_NULL_ARG(ig_model_node_tag_value(NULL, m, 0, "area"), "out");
  CHECK_NULL_ARG(ig_model_node_tag_value(&s, NULL, 0, "area"), "m");
  CHECK_NULL_ARG(ig_model_node_tag_value(&s, m, 0, NULL), "key");
  CHECK_NULL_ARG(ig_model_node_funding(NULL, m, 0, 0), "out");
  CHECK_NULL_ARG(ig_model_node_funding(&funding, NULL, 0, 0), "m");
  CHECK_NULL_ARG(ig_model_edge_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_edge_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_edge(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_edge(&edge, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_out_edges(NULL, &last, m, 0), "first_out");
  CHECK_NULL_ARG(ig_model_out_edges(&first, NULL, m, 0), "last_out");
  CHECK_NULL_ARG(ig_model_out_edges(&first, &last, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_in_edge_count(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_in_edge_count(&n, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_in_edge(NULL, m, 2, 0), "out");
  CHECK_NULL_ARG(ig_model_in_edge(&n, NULL, 2, 0), "m");
  CHECK_NULL_ARG(ig_model_topological_order(NULL, 8, m), "nodes");
  CHECK_NULL_ARG(ig_model_topological_order(nodes, 8, NULL), "m");
  CHECK_NULL_ARG(ig_model_indicator_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_indicator_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_indicator(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_indicator(&ind, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_find_indicator(NULL, m, "I1"), "out");
  CHECK_NULL_ARG(ig_model_find_indicator(&n, NULL, "I1"), "m");
  CHECK_NULL_ARG(ig_model_find_indicator(&n, m, NULL), "id");
  CHECK_NULL_ARG(ig_model_indicator_target(NULL, m, 0, 0), "out");
  CHECK_NULL_ARG(ig_model_indicator_target(&target, NULL, 0, 0), "m");
  CHECK_NULL_ARG(ig_model_geography_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_geography_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_geography(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_geography(&geo, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_find_geography(NULL, m, "1880"), "out");
  CHECK_NULL_ARG(ig_model_find_geography(&n, NULL, "1880"), "m");
  CHECK_NULL_ARG(ig_model_find_geography(&n, m, NULL), "id");
  CHECK_NULL_ARG(ig_model_observation_count(NULL, m), "out");
  CHECK_NULL_ARG(ig_model_observation_count(&n, NULL), "m");
  CHECK_NULL_ARG(ig_model_observation(NULL, m, 0), "out");
  CHECK_NULL_ARG(ig_model_observation(&obs, NULL, 0), "m");
  CHECK_NULL_ARG(ig_model_save(NULL, IG_CAPI_TMP "/null.json", IG_FORMAT_JSON, NULL), "m");
  CHECK_NULL_ARG(ig_model_save(m, NULL, IG_FORMAT_JSON, NULL), "path");
  CHECK_NULL_ARG(ig_model_write_string(NULL, m, IG_FORMAT_JSON, NULL), "out");
  CHECK_NULL_ARG(ig_model_write_string(&str, NULL, IG_FORMAT_JSON, NULL), "m");
  CHECK(str == NULL);

  /* the builder (`b` holds node A, edge A->A and indicator I) */
  CHECK_NULL_ARG(ig_builder_create(NULL), "out");
  CHECK_NULL_ARG(ig_builder_create_from_model(NULL, m), "out");
  CHECK_NULL_ARG(ig_builder_create_from_model(&bo, NULL), "m");
  CHECK(bo == NULL);
  CHECK_NULL_ARG(ig_builder_reserve(NULL, 1, 1, 1, 1), "b");
  CHECK_NULL_ARG(ig_builder_set_name(NULL, "x"), "b");
  CHECK_OK(ig_builder_set_name(b, NULL)); /* optional text */
  CHECK_NULL_ARG(ig_builder_add_level(NULL, "goal"), "b");
  CHECK_NULL_ARG(ig_builder_add_level(b, NULL), "level");
  CHECK_NULL_ARG(ig_builder_add_node(NULL, "N", "goal", NULL), "b");
  CHECK_NULL_ARG(ig_builder_add_node(b, NULL, "goal", NULL), "id");
  CHECK_NULL_ARG(ig_builder_add_node(b, "N", NULL, NULL), "level");
  CHECK_NULL_ARG(ig_builder_set_node_description(NULL, "A", "x"), "b");
  CHECK_NULL_ARG(ig_builder_set_node_description(b, NULL, "x"), "id");
  CHECK_OK(ig_builder_set_node_description(b, "A", NULL));
  CHECK_NULL_ARG(ig_builder_set_node_span(NULL, "A", "2020", "2021"), "b");
  CHECK_NULL_ARG(ig_builder_set_node_span(b, NULL, "2020", "2021"), "id");
  CHECK_OK(ig_builder_set_node_span(b, "A", NULL, NULL));
  CHECK_NULL_ARG(ig_builder_set_node_tag(NULL, "A", "k", "v"), "b");
  CHECK_NULL_ARG(ig_builder_set_node_tag(b, NULL, "k", "v"), "id");
  CHECK_NULL_ARG(ig_builder_set_node_tag(b, "A", NULL, "v"), "key");
  CHECK_OK(ig_builder_set_node_tag(b, "A", "k", NULL));
  CHECK_NULL_ARG(ig_builder_add_node_funding(NULL, "A", 1.0, "SEK", "own", "2021"), "b");
  CHECK_NULL_ARG(ig_builder_add_node_funding(b, NULL, 1.0, "SEK", "own", "2021"), "id");
  CHECK_OK(ig_builder_add_node_funding(b, "A", 1.0, NULL, NULL, NULL));
  CHECK_NULL_ARG(ig_builder_add_edge(NULL, "A", "A", 1.0), "b");
  CHECK_NULL_ARG(ig_builder_add_edge(b, NULL, "A", 1.0), "from");
  CHECK_NULL_ARG(ig_builder_add_edge(b, "A", NULL, 1.0), "to");
  CHECK_NULL_ARG(ig_builder_set_edge_range(NULL, "A", "A", 0.0, 1.0), "b");
  CHECK_NULL_ARG(ig_builder_set_edge_range(b, NULL, "A", 0.0, 1.0), "from");
  CHECK_NULL_ARG(ig_builder_set_edge_range(b, "A", NULL, 0.0, 1.0), "to");
  CHECK_NULL_ARG(ig_builder_set_edge_confidence(NULL, "A", "A", 0.5), "b");
  CHECK_NULL_ARG(ig_builder_set_edge_confidence(b, NULL, "A", 0.5), "from");
  CHECK_NULL_ARG(ig_builder_set_edge_confidence(b, "A", NULL, 0.5), "to");
  CHECK_NULL_ARG(ig_builder_set_edge_assumption(NULL, "A", "A", "x"), "b");
  CHECK_NULL_ARG(ig_builder_set_edge_assumption(b, NULL, "A", "x"), "from");
  CHECK_NULL_ARG(ig_builder_set_edge_assumption(b, "A", NULL, "x"), "to");
  CHECK_OK(ig_builder_set_edge_assumption(b, "A", "A", NULL));
  CHECK_NULL_ARG(ig_builder_set_edge_evidence(NULL, "A", "A", IG_EVIDENCE_WEAK), "b");
  CHECK_NULL_ARG(ig_builder_set_edge_evidence(b, NULL, "A", IG_EVIDENCE_WEAK), "from");
  CHECK_NULL_ARG(ig_builder_set_edge_evidence(b, "A", NULL, IG_EVIDENCE_WEAK), "to");
  CHECK_NULL_ARG(ig_builder_add_indicator(NULL, "J", "A", NULL), "b");
  CHECK_NULL_ARG(ig_builder_add_indicator(b, NULL, "A", NULL), "id");
  CHECK_NULL_ARG(ig_builder_add_indicator(b, "J", NULL, NULL), "node_id");
  CHECK_NULL_ARG(ig_builder_set_indicator_unit(NULL, "I", "%"), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_unit(b, NULL, "%"), "id");
  CHECK_OK(ig_builder_set_indicator_unit(b, "I", NULL));
  CHECK_NULL_ARG(ig_builder_set_indicator_description(NULL, "I", "x"), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_description(b, NULL, "x"), "id");
  CHECK_OK(ig_builder_set_indicator_description(b, "I", NULL));
  CHECK_NULL_ARG(ig_builder_set_indicator_direction(NULL, "I", IG_DIRECTION_INCREASE), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_direction(b, NULL, IG_DIRECTION_INCREASE), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_baseline(NULL, "I", "2016", 1.0), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_baseline(b, NULL, "2016", 1.0), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_baseline(b, "I", NULL, 1.0), "period");
  CHECK_NULL_ARG(ig_builder_set_indicator_source(NULL, "I", "x"), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_source(b, NULL, "x"), "id");
  CHECK_OK(ig_builder_set_indicator_source(b, "I", NULL));
  CHECK_NULL_ARG(ig_builder_set_indicator_measure(NULL, "I", IG_MEASURE_PERCENT), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_measure(b, NULL, IG_MEASURE_PERCENT), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_ratio(NULL, "I", "I", "I", 1.0), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_ratio(b, NULL, "I", "I", 1.0), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_ratio(b, "I", NULL, "I", 1.0), "numerator");
  CHECK_NULL_ARG(ig_builder_set_indicator_ratio(b, "I", "I", NULL, 1.0), "denominator");
  CHECK_NULL_ARG(ig_builder_set_indicator_scale(NULL, "I", 1.0, 5.0), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_scale(b, NULL, 1.0, 5.0), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_geo_aggregation(NULL, "I", IG_AGGREGATION_SUM, NULL), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_geo_aggregation(b, NULL, IG_AGGREGATION_SUM, NULL), "id");
  CHECK_OK(ig_builder_set_indicator_geo_aggregation(b, "I", IG_AGGREGATION_SUM, NULL));
  CHECK_NULL_ARG(ig_builder_set_indicator_time_aggregation(NULL, "I", IG_AGGREGATION_LAST), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_time_aggregation(b, NULL, IG_AGGREGATION_LAST), "id");
  CHECK_NULL_ARG(ig_builder_set_indicator_weight(NULL, "I", 1.0), "b");
  CHECK_NULL_ARG(ig_builder_set_indicator_weight(b, NULL, 1.0), "id");
  target.kind = IG_TARGET_PEERS;
  CHECK_NULL_ARG(ig_builder_add_indicator_target(NULL, "I", &target), "b");
  CHECK_NULL_ARG(ig_builder_add_indicator_target(b, NULL, &target), "id");
  CHECK_NULL_ARG(ig_builder_add_indicator_target(b, "I", NULL), "target");
  target.geo_count = 2; /* geos NULL */
  CHECK_FAILS(ig_builder_add_indicator_target(b, "I", &target), IG_ERROR_INVALID_ARGUMENT, "geos");
  target.geo_count = 0;
  target.between_count = 1;
  CHECK_FAILS(ig_builder_add_indicator_target(b, "I", &target), IG_ERROR_INVALID_ARGUMENT, "between");
  target.between_count = 0;
  CHECK_NULL_ARG(ig_builder_add_geography(NULL, "1880", NULL, NULL), "b");
  CHECK_NULL_ARG(ig_builder_add_geography(b, NULL, NULL, NULL), "id");
  obs.indicator_id = "I";
  obs.geo_id = "1880";
  obs.period = "2019";
  CHECK_NULL_ARG(ig_builder_add_observation(NULL, &obs), "b");
  CHECK_NULL_ARG(ig_builder_add_observation(b, NULL), "observation");
  obs.indicator_id = NULL;
  CHECK_FAILS(ig_builder_add_observation(b, &obs), IG_ERROR_INVALID_ARGUMENT, "indicator_id");
  obs.indicator_id = "I";
  obs.geo_id = NULL;
  CHECK_FAILS(ig_builder_add_observation(b, &obs), IG_ERROR_INVALID_ARGUMENT, "geo_id");
  obs.geo_id = "1880";
  obs.period = NULL;
  CHECK_FAILS(ig_builder_add_observation(b, &obs), IG_ERROR_INVALID_ARGUMENT, "period");
  CHECK_NULL_ARG(ig_builder_validate(NULL, b), "out");
  CHECK_NULL_ARG(ig_builder_validate(&d, NULL), "b");
  CHECK_NULL_ARG(ig_builder_freeze(NULL, b), "out");
  CHECK_NULL_ARG(ig_builder_freeze(&mo, NULL), "b");
  CHECK(mo == NULL);

  ig_diagnostics_destroy(&d);
}

static void destroy_null(void) {
  ig_model *m = NULL;
  ig_builder *b = NULL;
  ig_diagnostics *d = NULL;
  ig_string *s = NULL;
  ig_model_destroy(NULL);
  ig_model_destroy(&m);
  ig_builder_destroy(NULL);
  ig_builder_destroy(&b);
  ig_diagnostics_destroy(NULL);
  ig_diagnostics_destroy(&d);
  ig_string_destroy(NULL);
  ig_string_destroy(&s);
  CHECK(m == NULL && b == NULL && d == NULL && s == NULL);
  /* destroy twice: the first sets the pointer to NULL, the second does nothing */
  CHECK_OK(ig_builder_create(&b));
  ig_builder_destroy(&b);
  CHECK(b == NULL);
  ig_builder_destroy(&b);
}

/* Each code, with the out-parameter left as it was. */
static void each_code(const ig_model *m) {
  size_t n = 777, nodes[2] = {777, 777};
  ig_model *mo = NULL;
  ig_builder *b = NULL;
  ig_node node;
  ig_load_options small_options;
  const char *missing = IG_CAPI_DATA "/no-such-model.json";
  const char *text = "untouched";
  memset(&node, 0, sizeof node);
  node.struct_size = sizeof node;

  CHECK_STR(ig_status_name(IG_OK), "IG_OK");
  CHECK_STR(ig_status_name(IG_ERROR_OUT_OF_MEMORY), "IG_ERROR_OUT_OF_MEMORY");
  CHECK_STR(ig_status_name(-99), "IG_ERROR_UNKNOWN");

  CHECK_FAILS(ig_model_load(&mo, missing, NULL), IG_ERROR_IO, "no-such-model.json");
  CHECK_FAILS(ig_model_load_json_string(&mo, "{\"impactgraph\": 1,", 18, NULL), IG_ERROR_PARSE, "parse-error");
  CHECK_FAILS(ig_model_load_json(&mo, IG_CAPI_DATA "/cyclic.json", NULL), IG_ERROR_INVALID_MODEL, "cycle");
  CHECK(mo == NULL);
  CHECK_FAILS(ig_model_find_node(&n, m, "nope"), IG_ERROR_NOT_FOUND, "\"nope\"");
  CHECK_FAILS(ig_model_find_indicator(&n, m, "nope"), IG_ERROR_NOT_FOUND, "\"nope\"");
  CHECK_FAILS(ig_model_find_geography(&n, m, "nope"), IG_ERROR_NOT_FOUND, "\"nope\"");
  CHECK_FAILS(ig_model_find_level(&n, m, "nope"), IG_ERROR_NOT_FOUND, "\"nope\"");
  CHECK(n == 777);
  CHECK_FAILS(ig_model_node(&node, m, 4), IG_ERROR_OUT_OF_RANGE, "'index'");
  CHECK(node.id == NULL);
  CHECK_FAILS(ig_model_in_edge(&n, m, 2, 2), IG_ERROR_OUT_OF_RANGE, "'in_index'");
  CHECK_FAILS(ig_model_in_edge_count(&n, m, 99), IG_ERROR_OUT_OF_RANGE, "'node'");
  CHECK_FAILS(ig_model_level(&text, m, 5), IG_ERROR_OUT_OF_RANGE, "'index'");
  CHECK_STR(text, "untouched");
  CHECK(n == 777);
  CHECK_FAILS(ig_model_topological_order(nodes, 2, m), IG_ERROR_BUFFER_TOO_SMALL, "'capacity'");
  CHECK(nodes[0] == 777 && nodes[1] == 777);

  /* A struct_size too small is a bad argument. */
  node.struct_size = sizeof(size_t);
  CHECK_FAILS(ig_model_node(&node, m, 0), IG_ERROR_INVALID_ARGUMENT, "struct_size");
  CHECK(node.id == NULL);
  memset(&small_options, 0, sizeof small_options);
  small_options.struct_size = 1;
  CHECK_FAILS(ig_model_load(&mo, missing, &small_options), IG_ERROR_INVALID_ARGUMENT, "'options'");
  CHECK_FAILS(ig_load_options_init(&small_options, 2), IG_ERROR_INVALID_ARGUMENT, "'struct_size'");
  small_options.struct_size = sizeof small_options;
  small_options.format = IG_FORMAT_DOT;
  CHECK_FAILS(ig_model_load(&mo, missing, &small_options), IG_ERROR_INVALID_ARGUMENT, "'options'");

  /* Out of memory: a reservation no machine can give; the builder stays usable. Skipped
   * under ASan and valgrind (IMPACTGRAPH_TEST_NO_HUGE_ALLOC, set by scripts/test.sh),
   * whose allocators abort instead of failing; tests/alloc covers allocation failure. */
  CHECK_OK(ig_builder_create(&b));
  if (!getenv("IMPACTGRAPH_TEST_NO_HUGE_ALLOC")) {
    CHECK_FAILS(ig_builder_reserve(b, 1, 1, 1, SIZE_MAX / 1024), IG_ERROR_OUT_OF_MEMORY, "out of memory");
    CHECK_FAILS(ig_builder_reserve(b, SIZE_MAX, 1, 1, 1), IG_ERROR_OUT_OF_MEMORY, "out of memory");
  }
  CHECK_OK(ig_builder_add_node(b, "A", "activity", NULL));
  CHECK_OK(ig_builder_freeze(&mo, b));
  CHECK_FAILS(ig_builder_set_name(b, "x"), IG_ERROR_STATE, "frozen");
  ig_model_destroy(&mo);
  ig_builder_destroy(&b);

  /* Successful calls leave the last error alone; ig_error_clear forgets it. */
  CHECK_FAILS(ig_model_find_node(&n, m, "nope"), IG_ERROR_NOT_FOUND, "nope");
  CHECK_OK(ig_model_node_count(&n, m));
  CHECK(ig_error_last_code() == IG_ERROR_NOT_FOUND);
  ig_error_clear();
  CHECK(ig_error_last_code() == IG_OK);
  CHECK_STR(ig_error_last_message(), "");
}

int main(void) {
  ig_model *m = NULL;
  ig_builder *b = NULL;
  int major = -1, minor = -1, patch = -1;

  ig_version(&major, &minor, &patch);
  CHECK(major == IG_VERSION_MAJOR && minor == IG_VERSION_MINOR && patch == IG_VERSION_PATCH);
  ig_version(NULL, NULL, NULL);
  CHECK_STR(ig_version_string(), IG_VERSION_STRING);
  CHECK(ig_abi_version() == IG_ABI_VERSION);

  CHECK_OK(ig_model_load(&m, IG_CAPI_DATA "/small.json", NULL));
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "A", "activity", NULL));
  CHECK_OK(ig_builder_add_edge(b, "A", "A", 1.0));
  CHECK_OK(ig_builder_add_indicator(b, "I", "A", NULL));
  if (m && b) {
    null_arguments(m, b);
    each_code(m);
  }
  destroy_null();
  ig_builder_destroy(&b);
  ig_model_destroy(&m);
  CHECK_DONE();
}
