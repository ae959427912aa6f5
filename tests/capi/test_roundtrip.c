/* Saving and exporting through the C header: JSON and CSV save and reload to an equal
 * model, JSON text loads back, DOT and GraphML text name the nodes, a failed save. */
#include "check.h"

static void reload_equal(const ig_model *m, const char *path, ig_format format, const ig_save_options *options) {
  ig_model *back = NULL;
  int equal = 0;
  CHECK_OK(ig_model_save(m, path, format, options));
  CHECK_OK(ig_model_load(&back, path, NULL)); /* dispatch: a folder is CSV */
  CHECK_OK(ig_model_equal(&equal, m, back));
  CHECK(equal == 1);
  ig_model_destroy(&back);
}

int main(void) {
  ig_model *m = NULL;
  ig_model *back = NULL;
  ig_string *s = NULL;
  ig_save_options swedish = IG_SAVE_OPTIONS_INIT;
  ig_save_options defaults;
  int equal = 0;
  ig_format f = IG_FORMAT_AUTO;

  CHECK_OK(ig_model_load(&m, IG_CAPI_DATA "/small.json", NULL));
  if (!m) CHECK_DONE();

  reload_equal(m, IG_CAPI_TMP "/small.json", IG_FORMAT_JSON, NULL);
  reload_equal(m, IG_CAPI_TMP "/small_csv", IG_FORMAT_CSV, NULL);
  swedish.csv_separator = ';';
  swedish.csv_decimal = ',';
  swedish.csv_bom = 1;
  reload_equal(m, IG_CAPI_TMP "/small_csv_sv", IG_FORMAT_CSV, &swedish);
  CHECK_OK(ig_save_options_init(&defaults, sizeof defaults));
  CHECK(defaults.csv_separator == ',' && defaults.csv_decimal == '.' && defaults.csv_bom == 0);
  reload_equal(m, IG_CAPI_TMP "/small_csv_default", IG_FORMAT_CSV, &defaults);

  /* JSON text and back. */
  CHECK_OK(ig_model_write_string(&s, m, IG_FORMAT_JSON, NULL));
  CHECK(s != NULL);
  if (s) {
    CHECK(strstr(ig_string_data(s), "\"impactgraph\"") != NULL);
    CHECK_OK(ig_model_load_json_string(&back, ig_string_data(s), ig_string_size(s), NULL));
    CHECK_OK(ig_model_equal(&equal, m, back));
    CHECK(equal == 1);
    ig_model_destroy(&back);
  }
  ig_string_destroy(&s);

  /* DOT and GraphML name every node. */
  CHECK_OK(ig_format_parse(&f, "dot"));
  CHECK(f == IG_FORMAT_DOT);
  CHECK_OK(ig_model_write_string(&s, m, f, NULL));
  if (s) {
    CHECK(strstr(ig_string_data(s), "digraph") != NULL);
    CHECK(strstr(ig_string_data(s), "A1") != NULL);
    CHECK(strstr(ig_string_data(s), "G1") != NULL);
  }
  ig_string_destroy(&s);
  CHECK_OK(ig_format_parse(&f, "graphml"));
  CHECK_OK(ig_model_write_string(&s, m, f, NULL));
  if (s) {
    CHECK(strstr(ig_string_data(s), "<graphml") != NULL);
    CHECK(strstr(ig_string_data(s), "O1") != NULL);
  }
  ig_string_destroy(&s);
  CHECK_OK(ig_model_save(m, IG_CAPI_TMP "/small.dot", IG_FORMAT_DOT, NULL));
  CHECK_OK(ig_model_save(m, IG_CAPI_TMP "/small.graphml", IG_FORMAT_GRAPHML, NULL));

  /* CSV is a folder format: no text; AUTO is no format to save in. */
  CHECK_FAILS(ig_model_write_string(&s, m, IG_FORMAT_CSV, NULL), IG_ERROR_INVALID_ARGUMENT, "'format'");
  CHECK(s == NULL);
  CHECK_FAILS(ig_model_save(m, IG_CAPI_TMP "/x.json", IG_FORMAT_AUTO, NULL), IG_ERROR_INVALID_ARGUMENT, "'format'");
  CHECK_FAILS(ig_format_parse(&f, "xml"), IG_ERROR_INVALID_ARGUMENT, "'name'");
  CHECK(f == IG_FORMAT_GRAPHML); /* untouched by the failed parse */
  swedish.csv_decimal = ';';
  CHECK_FAILS(ig_model_save(m, IG_CAPI_TMP "/bad_csv", IG_FORMAT_CSV, &swedish), IG_ERROR_INVALID_ARGUMENT,
              "'options'");

  /* A folder that does not exist: an I/O error naming the path. */
  CHECK_FAILS(ig_model_save(m, IG_CAPI_TMP "/no/such/folder/m.json", IG_FORMAT_JSON, NULL), IG_ERROR_IO,
              "m.json");

  CHECK_STR(ig_format_name(IG_FORMAT_GRAPHML), "graphml");
  CHECK_STR(ig_evidence_name(IG_EVIDENCE_MODERATE), "moderate");
  CHECK_STR(ig_evidence_name(IG_EVIDENCE_UNSPECIFIED), "");
  CHECK_STR(ig_direction_name(IG_DIRECTION_DECREASE), "decrease");
  CHECK_STR(ig_target_kind_name(IG_TARGET_PEERS), "peers");
  CHECK_STR(ig_measure_name(IG_MEASURE_ORDINAL), "ordinal");
  CHECK_STR(ig_aggregation_name(IG_AGGREGATION_WEIGHTED_MEAN), "weighted_mean");
  CHECK_STR(ig_severity_name(IG_SEVERITY_WARNING), "warning");
  CHECK_STR(ig_aggregation_name((ig_aggregation)99), "");

  ig_model_destroy(&m);
  CHECK_DONE();
}
