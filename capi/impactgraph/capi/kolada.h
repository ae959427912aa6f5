/* impactgraph C ABI, part "kolada": importing Kolada data as observations.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_KOLADA_H
#define IMPACTGRAPH_CAPI_KOLADA_H

#include "builder.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==================================================================== Kolada import */

/* Kolada (the Swedish municipal and regional KPI database) data responses as
 * observations: the v2 envelope ({"values", "count", "next_page"}), the v3 envelope
 * ({"values", "count", "next_url"}) or a bare array of data objects. Each value goes to
 * every indicator whose source is "kolada:<KPI id>"; values of geographies the model
 * lacks are skipped; a value for a key the model has (indicator, geo, period,
 * breakdown = Kolada's gender) replaces it; among the files, later ones win.
 * See docs/kolada.md. */
typedef struct ig_import_result ig_import_result;

typedef struct ig_import_summary {
  size_t struct_size; /* sizeof(ig_import_summary) */
  size_t read;        /* distinct (kpi, geo, period, gender) values in the files */
  size_t added;       /* observations new to the model */
  size_t changed;     /* observations whose value or status was revised */
  size_t unchanged;   /* observations already in the model as they are */
  size_t skipped_kpi; /* values of KPIs no indicator has as its source */
  size_t skipped_geo; /* values of geographies not in the model */
} ig_import_summary;

/* Reads the model at `model_path` (JSON file or CSV bundle folder), merges the
 * `file_count` Kolada files in order, validates the result and writes the model back
 * in its own format (a CSV bundle keeps its separator, decimal mark and BOM),
 * atomically: on any failure the model is left as it was. `*out` is the caller's.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_IO, IG_ERROR_PARSE (the model or a
 * Kolada file), IG_ERROR_INVALID_MODEL (the merged model fails validation),
 * IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_import_kolada(ig_import_result **out, const char *model_path, const char *const *files,
                                  size_t file_count);
/* The same into a builder's observations (nothing is written). The builder keeps what
 * was merged only when the call succeeds. Returns as above, and IG_ERROR_STATE for a
 * frozen builder. */
IG_API ig_status ig_builder_import_kolada(ig_import_result **out, ig_builder *b, const char *const *files,
                                          size_t file_count);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_import_result_summary(ig_import_summary *out, const ig_import_result *r);
/* The KPIs no indicator maps and the geographies the model lacks, sorted; strings
 * borrowed from the result. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_import_result_unmapped_kpi_count(size_t *out, const ig_import_result *r);
IG_API ig_status ig_import_result_unmapped_kpi(const char **out, const ig_import_result *r, size_t index);
IG_API ig_status ig_import_result_unknown_geography_count(size_t *out, const ig_import_result *r);
IG_API ig_status ig_import_result_unknown_geography(const char **out, const ig_import_result *r, size_t index);
IG_API void ig_import_result_destroy(ig_import_result **r);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_KOLADA_H */
