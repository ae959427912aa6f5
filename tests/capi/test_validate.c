/* Diagnostics through the C header: a cyclic model, input errors of a file and of
 * text, an unreadable path, and the diagnostics of a failed load. */
#include "check.h"

static ig_diagnostic blank(void) {
  ig_diagnostic d;
  memset(&d, 0, sizeof d);
  d.struct_size = sizeof d;
  return d;
}

/* The index of the first finding with `code`, or the count when there is none. */
static size_t find_code(const ig_diagnostics *d, const char *code) {
  size_t n = 0, i = 0;
  ig_diagnostic x = blank();
  CHECK_OK(ig_diagnostics_count(&n, d));
  for (i = 0; i < n; ++i) {
    CHECK_OK(ig_diagnostics_get(&x, d, i));
    if (strcmp(x.code, code) == 0) return i;
  }
  return n;
}

static void check_cycle(const ig_diagnostics *d) {
  size_t n = 0, at = 0, ids = 0;
  const char *id = NULL;
  ig_diagnostic x = blank();
  CHECK_OK(ig_diagnostics_count(&n, d));
  at = find_code(d, "cycle");
  CHECK(at < n);
  if (at >= n) return;
  CHECK_OK(ig_diagnostics_get(&x, d, at));
  CHECK(x.severity == IG_SEVERITY_ERROR);
  CHECK_STR(ig_severity_name(x.severity), "error");
  CHECK(x.message[0] != '\0');
  /* The cycle X -> Y -> Z -> X, named from its first node in input order. */
  CHECK_OK(ig_diagnostics_id_count(&ids, d, at));
  CHECK(ids == 3);
  CHECK(x.id_count == ids);
  CHECK_OK(ig_diagnostics_id(&id, d, at, 0));
  CHECK_STR(id, "X");
  CHECK_OK(ig_diagnostics_id(&id, d, at, 1));
  CHECK_STR(id, "Y");
  CHECK_OK(ig_diagnostics_id(&id, d, at, 2));
  CHECK_STR(id, "Z");
  CHECK_STATUS(ig_diagnostics_id(&id, d, at, 3), IG_ERROR_OUT_OF_RANGE);
}

int main(void) {
  ig_diagnostics *d = NULL;
  ig_model *m = NULL;
  ig_string *s = NULL;
  ig_diagnostic x = blank();
  size_t n = 0, errors = 0, at = 0;
  const char *bad_text = "{\"impactgraph\": 1,\n \"nodes\": [\n  {\"id\": \"A\", \"level\": \"activity\"}\n ],\n \"edges\": [}";
  ig_load_options options;

  /* validate_path on a cyclic model: the cycle with its ids in order. */
  CHECK_OK(ig_validate_path(&d, IG_CAPI_DATA "/cyclic.json", NULL));
  CHECK(d != NULL);
  if (d) {
    check_cycle(d);
    CHECK_OK(ig_diagnostics_error_count(&errors, d));
    CHECK(errors >= 1);
    at = find_code(d, "cycle");
    CHECK_OK(ig_diagnostics_format(&s, d, at));
    CHECK(strstr(ig_string_data(s), "[cycle]") != NULL);
    CHECK(ig_string_size(s) == strlen(ig_string_data(s)));
    ig_string_destroy(&s);
    CHECK(s == NULL);
  }
  ig_diagnostics_destroy(&d);
  CHECK(d == NULL);

  /* Loading it fails as an invalid model; the last error keeps every finding. */
  CHECK_FAILS(ig_model_load(&m, IG_CAPI_DATA "/cyclic.json", NULL), IG_ERROR_INVALID_MODEL, "cycle");
  CHECK(m == NULL);
  CHECK_OK(ig_error_last_diagnostics(&d));
  if (d) check_cycle(d);
  ig_diagnostics_destroy(&d);

  /* A wrong JSON type: a parse error naming file, line and field, as a diagnostic. */
  CHECK_OK(ig_validate_path(&d, IG_CAPI_DATA "/wrong_type.json", NULL));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n >= 1);
  if (n >= 1) {
    CHECK_OK(ig_diagnostics_get(&x, d, 0));
    CHECK_STR(x.code, "wrong-type");
    CHECK(strstr(x.file, "wrong_type.json") != NULL);
    CHECK(x.line == 4);
    CHECK_STR(x.field, "nodes[0].level");
  }
  ig_diagnostics_destroy(&d);
  /* ... and loading it is a parse error whose message names the same. */
  CHECK_FAILS(ig_model_load_json(&m, IG_CAPI_DATA "/wrong_type.json", NULL), IG_ERROR_PARSE, "wrong_type.json:4");
  CHECK(strstr(ig_error_last_message(), "nodes[0].level") != NULL);

  /* Broken JSON text, named by the source name of the options. */
  CHECK_OK(ig_load_options_init(&options, sizeof options));
  CHECK(options.format == IG_FORMAT_AUTO && options.source_name == NULL);
  options.source_name = "inline.json";
  CHECK_OK(ig_validate_json_string(&d, bad_text, strlen(bad_text), &options));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n == 1);
  if (n == 1) {
    CHECK_OK(ig_diagnostics_get(&x, d, 0));
    CHECK_STR(x.code, "parse-error");
    CHECK_STR(x.file, "inline.json");
    CHECK(x.line == 5);
  }
  ig_diagnostics_destroy(&d);
  CHECK_FAILS(ig_model_load_json_string(&m, bad_text, strlen(bad_text), &options), IG_ERROR_PARSE, "inline.json:5");
  CHECK_FAILS(ig_model_load_json_string(&m, bad_text, strlen(bad_text), NULL), IG_ERROR_PARSE, "<string>");

  /* An unreadable path: one io-error finding, not a failure of validate_path. */
  CHECK_OK(ig_validate_path(&d, IG_CAPI_DATA "/no-such-model.json", NULL));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n == 1);
  if (n == 1) {
    CHECK_OK(ig_diagnostics_get(&x, d, 0));
    CHECK_STR(x.code, "io-error");
    CHECK(strstr(x.file, "no-such-model.json") != NULL);
  }
  ig_diagnostics_destroy(&d);

  /* A valid model validates with no error. */
  CHECK_OK(ig_validate_path(&d, IG_CAPI_DATA "/small.json", NULL));
  CHECK_OK(ig_diagnostics_error_count(&errors, d));
  CHECK(errors == 0);
  ig_diagnostics_destroy(&d);

  /* A builder with the same cycle. */
  {
    ig_builder *b = NULL;
    CHECK_OK(ig_builder_create(&b));
    CHECK_OK(ig_builder_add_level(b, "output"));
    CHECK_OK(ig_builder_add_level(b, "outcome"));
    CHECK_OK(ig_builder_add_level(b, "goal"));
    CHECK_OK(ig_builder_add_node(b, "X", "output", NULL));
    CHECK_OK(ig_builder_add_node(b, "Y", "outcome", NULL));
    CHECK_OK(ig_builder_add_node(b, "Z", "goal", NULL));
    CHECK_OK(ig_builder_add_edge(b, "X", "Y", 1.0));
    CHECK_OK(ig_builder_add_edge(b, "Y", "Z", 1.0));
    CHECK_OK(ig_builder_add_edge(b, "Z", "X", 1.0));
    CHECK_OK(ig_builder_validate(&d, b));
    if (d) check_cycle(d);
    ig_diagnostics_destroy(&d);
    CHECK_FAILS(ig_builder_freeze(&m, b), IG_ERROR_INVALID_MODEL, "[cycle]");
    ig_builder_destroy(&b);
  }
  CHECK(m == NULL);

  /* With no last error, the last diagnostics are an empty list. */
  ig_error_clear();
  CHECK(ig_error_last_code() == IG_OK);
  CHECK_STR(ig_error_last_message(), "");
  CHECK_OK(ig_error_last_diagnostics(&d));
  CHECK_OK(ig_diagnostics_count(&n, d));
  CHECK(n == 0);
  ig_diagnostics_destroy(&d);
  CHECK_DONE();
}
