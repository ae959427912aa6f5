/* impactgraph C ABI, part "validation": validating a model file or text without loading it.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_VALIDATION_H
#define IMPACTGRAPH_CAPI_VALIDATION_H

#include "diagnostics.h"
#include "options.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================= validation */

/* Reads the model at `path` (JSON file or CSV folder, per options->format) and
 * validates it, returning every finding in `*out`: input errors (io-error,
 * parse-error, wrong-type, ...) and validation errors and warnings alike. A model
 * that cannot be read or is invalid is NOT a failure of this call: check
 * ig_diagnostics_error_count (an unreadable file gives one "io-error").
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_validate_path(ig_diagnostics **out, const char *path, const ig_load_options *options);
/* The same for JSON model text of `length` bytes (need not be NUL-terminated). */
IG_API ig_status ig_validate_json_string(ig_diagnostics **out, const char *text, size_t length,
                                         const ig_load_options *options);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_VALIDATION_H */
