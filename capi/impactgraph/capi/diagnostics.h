/* impactgraph C ABI, part "diagnostics": lists of findings (errors, warnings, infos) and the last error's diagnostics.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_DIAGNOSTICS_H
#define IMPACTGRAPH_CAPI_DIAGNOSTICS_H

#include "base.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ====================================================================== diagnostics */

/* A list of findings (errors, warnings, infos), in a stable order. Read-only once
 * returned; safe to read from many threads. */
typedef struct ig_diagnostics ig_diagnostics;

/* One finding; every string is borrowed from its ig_diagnostics. */
typedef struct ig_diagnostic {
  size_t struct_size;   /* set by the caller: sizeof(ig_diagnostic) */
  const char *code;     /* stable code, e.g. "cycle", "parse-error" (docs/diagnostics.md) */
  ig_severity severity;
  const char *message;
  const char *file;     /* "" when unknown */
  uint32_t line;        /* 1-based JSON line or CSV physical line; 0 when unknown */
  uint32_t column;      /* 1-based; 0 when unknown */
  const char *field;    /* JSON path ("nodes[3].level") or CSV column; "" when unknown */
  size_t id_count;      /* the ids involved: ig_diagnostics_id */
} ig_diagnostic;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_diagnostics_count(size_t *out, const ig_diagnostics *d);
/* The number of error-severity findings (a model with none can be frozen).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_diagnostics_error_count(size_t *out, const ig_diagnostics *d);
/* Fills `out` (out->struct_size set by the caller) with finding `index`.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_diagnostics_get(ig_diagnostic *out, const ig_diagnostics *d, size_t index);
/* The ids of finding `index` (e.g. the nodes of a cycle, in cycle order).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_diagnostics_id_count(size_t *out, const ig_diagnostics *d, size_t index);
IG_API ig_status ig_diagnostics_id(const char **out, const ig_diagnostics *d, size_t index, size_t id_index);
/* Finding `index` as one line, "file:line:column: field: message [code]" with the
 * parts that are known. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_diagnostics_format(ig_string **out, const ig_diagnostics *d, size_t index);
IG_API void ig_diagnostics_destroy(ig_diagnostics **d);

/* The diagnostics that made this thread's last failing call fail (every one of them,
 * e.g. all validation errors of a failed load or freeze); an empty list when that
 * error carried none or there is no last error. Returns IG_OK,
 * IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_MEMORY. (This call leaves the last
 * error as it is even when it fails.) */
IG_API ig_status ig_error_last_diagnostics(ig_diagnostics **out);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_DIAGNOSTICS_H */
