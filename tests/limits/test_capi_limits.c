/* The limits of hostile input through the C ABI (docs/reliability.md): the fields
 * appended to ig_load_options, 0 meaning the default, read only up to the caller's
 * struct_size; a refusal is IG_ERROR_PARSE with one "limit-exceeded" diagnostic. */
#include <stddef.h>
#include <stdint.h>

#include "check.h"

static const char *text = "{\"impactgraph\": 1, \"nodes\": [{\"id\": \"A\", \"level\": \"goal\"},\n"
                          "{\"id\": \"B\", \"level\": \"goal\"}], \"edges\": [], \"x\": [[1]]}";

/* The first diagnostic of the last error: its code, or "" */
static const char *last_code(char *buffer, size_t size) {
  ig_diagnostics *d = NULL;
  ig_diagnostic item;
  buffer[0] = '\0';
  memset(&item, 0, sizeof item);
  item.struct_size = sizeof item;
  if (ig_error_last_diagnostics(&d) == IG_OK && ig_diagnostics_get(&item, d, 0) == IG_OK)
    snprintf(buffer, size, "%s@%u", item.code, (unsigned)item.line);
  ig_diagnostics_destroy(&d);
  return buffer;
}

int main(void) {
  char code[64];
  ig_model *m = NULL;
  ig_model *const sentinel = (ig_model *)&code;
  ig_diagnostics *found = NULL;
  ig_load_options options = IG_LOAD_OPTIONS_INIT;
  size_t n = 0;
  const size_t v0 = offsetof(ig_load_options, max_file_bytes);

  /* The defaults read it. */
  CHECK_OK(ig_model_load_json_string(&m, text, strlen(text), &options));
  ig_model_destroy(&m);

  /* Each limit refuses, naming itself; the out-parameter is left as it was. */
  options.max_nodes = 1;
  m = sentinel;
  CHECK_STATUS(ig_model_load_json_string(&m, text, strlen(text), &options), IG_ERROR_PARSE);
  CHECK(m == sentinel);
  CHECK(strstr(ig_error_last_message(), "limit max_nodes = 1") != NULL);
  CHECK_STR(last_code(code, sizeof code), "limit-exceeded@2");
  options.max_nodes = 0; /* the default again */
  options.max_depth = 2;
  CHECK_STATUS(ig_model_load_json_string(&m, text, strlen(text), &options), IG_ERROR_PARSE);
  CHECK(strstr(ig_error_last_message(), "max_depth = 2") != NULL);
  options.max_depth = 0;
  options.max_file_bytes = strlen(text) - 1;
  CHECK_STATUS(ig_model_load_json_string(&m, text, strlen(text), &options), IG_ERROR_PARSE);
  CHECK(strstr(ig_error_last_message(), "max_file_bytes") != NULL);
  options.max_file_bytes = strlen(text);
  CHECK_OK(ig_model_load_json_string(&m, text, strlen(text), &options));
  ig_model_destroy(&m);
  options.max_file_bytes = 0;
  options.max_id_bytes = 4; /* "goal" */
  options.max_string_bytes = SIZE_MAX; /* no limit */
  CHECK_OK(ig_model_load_json_string(&m, text, strlen(text), &options));
  ig_model_destroy(&m);

  /* Files and folders, and validation, take the same limits. */
  options = (ig_load_options)IG_LOAD_OPTIONS_INIT;
  options.max_edges = 2;
  CHECK_STATUS(ig_model_load(&m, IG_CAPI_DATA "/small.json", &options), IG_ERROR_PARSE);
  CHECK(strstr(ig_error_last_message(), "max_edges = 2") != NULL);
  CHECK_STATUS(ig_model_load_json(&m, IG_CAPI_DATA "/small.json", &options), IG_ERROR_PARSE);
  options.max_edges = 0;
  options.max_columns = 2;
  CHECK_STATUS(ig_model_load_csv(&m, IG_CAPI_DATA "/small_csv", &options), IG_ERROR_PARSE);
  CHECK(strstr(ig_error_last_message(), "max_columns = 2") != NULL);
  CHECK_STATUS(ig_model_load(&m, IG_CAPI_DATA "/small_csv", &options), IG_ERROR_PARSE);
  CHECK_OK(ig_validate_path(&found, IG_CAPI_DATA "/small_csv", &options));
  CHECK_OK(ig_diagnostics_error_count(&n, found));
  CHECK(n >= 1);
  ig_diagnostics_destroy(&found);
  options.max_columns = 0;
  options.max_observations = 1;
  CHECK_OK(ig_validate_json_string(&found, text, strlen(text), &options)); /* no observations: fine */
  CHECK_OK(ig_diagnostics_error_count(&n, found));
  CHECK(n == 0);
  ig_diagnostics_destroy(&found);

  /* A caller built against the v0 header passes the v0 size; whatever follows in its
   * memory is not read (here: limits of 1 byte that would refuse everything). */
  options = (ig_load_options)IG_LOAD_OPTIONS_INIT;
  options.max_file_bytes = options.max_depth = options.max_string_bytes = options.max_id_bytes = 1;
  options.max_columns = options.max_nodes = options.max_edges = options.max_observations = 1;
  options.struct_size = v0;
  m = NULL;
  CHECK_OK(ig_model_load_json_string(&m, text, strlen(text), &options));
  ig_model_destroy(&m);
  options.struct_size = sizeof options; /* a caller that knows the limits: they are read */
  m = sentinel;
  CHECK_STATUS(ig_model_load_json_string(&m, text, strlen(text), &options), IG_ERROR_PARSE);
  CHECK(m == sentinel);
  options.struct_size = v0 - 1; /* smaller than any version: refused */
  CHECK_STATUS(ig_model_load_json_string(&m, text, strlen(text), &options), IG_ERROR_INVALID_ARGUMENT);

  /* ig_load_options_init leaves every limit at 0, the default. */
  memset(&options, 0xff, sizeof options);
  CHECK_OK(ig_load_options_init(&options, sizeof options));
  CHECK(options.max_file_bytes == 0 && options.max_depth == 0 && options.max_string_bytes == 0);
  CHECK(options.max_id_bytes == 0 && options.max_columns == 0 && options.max_nodes == 0);
  CHECK(options.max_edges == 0 && options.max_observations == 0);
  return check_failures == 0 ? 0 : 1;
}
