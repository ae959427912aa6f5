/* Kolada import through the C ABI: into a builder and into a model file, the result's
 * accessors, and the error codes. Counts are worked out by hand from the fixtures in
 * tests/data/kolada/. */
#include <stdlib.h>

#include "check.h"

static const char *v2 = IG_TEST_DATA "/kolada/v2_page1.json";
static const char *v3 = IG_TEST_DATA "/kolada/v3_revised.json";
static const char *bad = IG_TEST_DATA "/kolada/bad_period.json";

static ig_builder *small_builder(void) {
  ig_builder *b = NULL;
  CHECK_OK(ig_builder_create(&b));
  CHECK_OK(ig_builder_add_node(b, "G1", "goal", "Mål"));
  CHECK_OK(ig_builder_add_indicator(b, "I1", "G1", "Förvärvsfrekvens"));
  CHECK_OK(ig_builder_set_indicator_source(b, "I1", "kolada:N00914"));
  CHECK_OK(ig_builder_add_geography(b, "0018", "Örebro län", NULL));
  CHECK_OK(ig_builder_add_geography(b, "1880", "Örebro", "0018"));
  CHECK_OK(ig_builder_add_geography(b, "1881", "Kumla", "0018"));
  return b;
}

static void test_builder_import(void) {
  ig_builder *b = small_builder();
  ig_import_result *r = NULL;
  ig_import_summary s;
  const char *files[1];
  const char *text = NULL;
  size_t n = 0;
  ig_model *m = NULL;
  files[0] = v2;
  CHECK_OK(ig_builder_import_kolada(&r, b, files, 1));
  memset(&s, 0, sizeof s);
  s.struct_size = sizeof s;
  CHECK_OK(ig_import_result_summary(&s, r));
  /* v2_page1: N00914 1880 T/K/M and 1881 T (null) reach I1; N99999 maps to nothing. */
  CHECK(s.read == 5);
  CHECK(s.added == 4);
  CHECK(s.changed == 0);
  CHECK(s.skipped_kpi == 1);
  CHECK(s.skipped_geo == 0);
  CHECK_OK(ig_import_result_unmapped_kpi_count(&n, r));
  CHECK(n == 1);
  CHECK_OK(ig_import_result_unmapped_kpi(&text, r, 0));
  CHECK_STR(text, "N99999");
  CHECK_STATUS(ig_import_result_unmapped_kpi(&text, r, 1), IG_ERROR_OUT_OF_RANGE);
  CHECK_OK(ig_import_result_unknown_geography_count(&n, r));
  CHECK(n == 0);
  ig_import_result_destroy(&r);
  CHECK(r == NULL);
  ig_import_result_destroy(&r);
  ig_import_result_destroy(NULL);

  /* A bad file leaves the builder as it was. */
  files[0] = bad;
  CHECK_STATUS(ig_builder_import_kolada(&r, b, files, 1), IG_ERROR_PARSE);
  CHECK(r == NULL);

  CHECK_OK(ig_builder_freeze(&m, b));
  CHECK_OK(ig_model_observation_count(&n, m));
  CHECK(n == 4);
  files[0] = v2;
  CHECK_STATUS(ig_builder_import_kolada(&r, b, files, 1), IG_ERROR_STATE);
  ig_model_destroy(&m);
  ig_builder_destroy(&b);
}

static void test_file_import(void) {
  ig_builder *b = small_builder();
  ig_model *m = NULL, *back = NULL;
  ig_import_result *r = NULL;
  ig_import_summary s;
  const char *files[2];
  const char *path = IG_CAPI_TMP "/kolada_model.json";
  ig_observation o;
  size_t n = 0, i;
  int found = 0;
  CHECK_OK(ig_builder_freeze(&m, b));
  CHECK_OK(ig_model_save(m, path, IG_FORMAT_JSON, NULL));

  files[0] = v2;
  files[1] = v3;
  CHECK_OK(ig_import_kolada(&r, path, files, 2));
  memset(&s, 0, sizeof s);
  s.struct_size = sizeof s;
  CHECK_OK(ig_import_result_summary(&s, r));
  /* v3 revises 1880 2019 T to 79.5 before the merge: still 4 added; U07801 unmapped. */
  CHECK(s.read == 6);
  CHECK(s.added == 4);
  CHECK(s.skipped_kpi == 2);
  ig_import_result_destroy(&r);

  CHECK_OK(ig_model_load(&back, path, NULL));
  CHECK_OK(ig_model_observation_count(&n, back));
  CHECK(n == 4);
  for (i = 0; i < n; ++i) {
    memset(&o, 0, sizeof o);
    o.struct_size = sizeof o;
    CHECK_OK(ig_model_observation(&o, back, i));
    if (strcmp(o.geo_id, "1880") == 0 && strcmp(o.breakdown, "T") == 0) {
      CHECK_NEAR(o.value, 79.5);
      found = 1;
    }
  }
  CHECK(found);

  /* Importing the revision again: nothing added, nothing changed. */
  files[0] = v3;
  CHECK_OK(ig_import_kolada(&r, path, files, 1));
  s.struct_size = sizeof s;
  CHECK_OK(ig_import_result_summary(&s, r));
  CHECK(s.added == 0 && s.changed == 0 && s.unchanged == 1);
  ig_import_result_destroy(&r);

  /* Errors. */
  CHECK_STATUS(ig_import_kolada(NULL, path, files, 1), IG_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(ig_import_kolada(&r, NULL, files, 1), IG_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(ig_import_kolada(&r, path, NULL, 1), IG_ERROR_INVALID_ARGUMENT);
  files[0] = NULL;
  CHECK_STATUS(ig_import_kolada(&r, path, files, 1), IG_ERROR_INVALID_ARGUMENT);
  files[0] = bad;
  CHECK_STATUS(ig_import_kolada(&r, path, files, 1), IG_ERROR_PARSE);
  CHECK_STATUS(ig_import_kolada(&r, IG_CAPI_TMP "/no_such_model.json", files, 1), IG_ERROR_IO);
  CHECK(r == NULL);
  CHECK_STATUS(ig_import_result_summary(NULL, r), IG_ERROR_INVALID_ARGUMENT);
  CHECK_STATUS(ig_import_result_unmapped_kpi_count(&n, NULL), IG_ERROR_INVALID_ARGUMENT);

  ig_model_destroy(&back);
  ig_model_destroy(&m);
  ig_builder_destroy(&b);
}

int main(void) {
  test_builder_import();
  test_file_import();
  return check_failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
