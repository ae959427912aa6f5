/* impactgraph C ABI, part "options": options for loading and saving models.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_OPTIONS_H
#define IMPACTGRAPH_CAPI_OPTIONS_H

#include "base.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ========================================================================== options */

/* Options for loading and validating. NULL means the defaults. */
typedef struct ig_load_options {
  size_t struct_size;      /* sizeof(ig_load_options) */
  ig_format format;        /* IG_FORMAT_AUTO (default), IG_FORMAT_JSON or IG_FORMAT_CSV */
  const char *source_name; /* text inputs: the file name used in diagnostics; NULL = "<string>" */
  /* Limits on hostile input (docs/reliability.md). 0 means the default, shown in
   * brackets; SIZE_MAX means none (max_depth is then still bounded by the stack). Input
   * beyond a limit is refused with IG_ERROR_PARSE and one diagnostic of code
   * "limit-exceeded" whose message names the limit. */
  size_t max_file_bytes;   /* a JSON file or text, each CSV table, model.json [16 MiB] */
  size_t max_depth;        /* JSON arrays and objects nested [64] */
  size_t max_string_bytes; /* one JSON string, key or number, or one CSV cell [1 MiB] */
  size_t max_id_bytes;     /* one id or reference to an id [256] */
  size_t max_columns;      /* fields of one CSV record [1024] */
  size_t max_nodes;        /* [1000000] */
  size_t max_edges;        /* [10000000] */
  size_t max_observations; /* [10000000] */
} ig_load_options;

#define IG_LOAD_OPTIONS_INIT {sizeof(ig_load_options), IG_FORMAT_AUTO, NULL, 0, 0, 0, 0, 0, 0, 0, 0}

/* Fills the first `struct_size` bytes of `options` with the defaults and sets
 * options->struct_size. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, or a size
 * smaller than the v0 struct). */
IG_API ig_status ig_load_options_init(ig_load_options *options, size_t struct_size);

/* Options for saving and writing. NULL means the defaults. */
typedef struct ig_save_options {
  size_t struct_size; /* sizeof(ig_save_options) */
  char csv_separator; /* ',' (default) or ';' */
  char csv_decimal;   /* '.' (default) or ',' */
  int csv_bom;        /* non-zero: start each CSV file with a UTF-8 BOM (default 0) */
} ig_save_options;

#define IG_SAVE_OPTIONS_INIT {sizeof(ig_save_options), ',', '.', 0}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_save_options_init(ig_save_options *options, size_t struct_size);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_OPTIONS_H */
