/* impactgraph C ABI v0 — the library's one stable binary interface. See docs/c-api.md.
 *
 * Conventions (docs/c-api.md has the full text):
 *  - Functions are ig_<module>_<verb>. Outputs come first, inputs after them, and
 *    inputs are const. Every fallible function returns an ig_status: IG_OK (0) or a
 *    negative IG_ERROR_* code; each function lists the codes it expects to return.
 *  - On failure every out-parameter is left untouched, the thread's last error is set
 *    (ig_error_last_message names the bad argument, or the file, line and field of
 *    bad input) and nothing leaks. The library never prints, exits or aborts, and no
 *    C++ exception crosses this interface.
 *  - Handles are opaque, each of its own type. What comes back through `T **out`
 *    belongs to the caller and is released with ig_<type>_destroy(&handle), which
 *    accepts NULL and a pointer to NULL and sets the caller's pointer to NULL.
 *  - `const char *` results are borrowed: UTF-8, NUL-terminated, never NULL (absent
 *    text is ""), valid while the handle they came from lives.
 *  - Structs that are filled or read by the library begin with `size_t struct_size`,
 *    which the caller sets to sizeof(the struct). Fields are only ever appended, so a
 *    program built against an older header keeps working with a newer library.
 *  - Indices are size_t, 0-based. IG_NO_INDEX marks "none".
 *  - A frozen ig_model may be read from many threads at once; an ig_builder must be
 *    used by one thread at a time; the last error is per thread.
 *
 * This header defines the version and includes the declarations, which live by area in
 * impactgraph/capi/ beside it (base.h, diagnostics.h, ..., gaps.h; docs/c-api.md has the
 * list). Programs include this header: the parts are its pieces, not separate interfaces.
 */
#ifndef IMPACTGRAPH_H
#define IMPACTGRAPH_H

/* The library version this header declares (ig_version() gives the one at run time). */
#define IG_VERSION_MAJOR 0
#define IG_VERSION_MINOR 1
#define IG_VERSION_PATCH 0
#define IG_VERSION_STRING "0.1.0"
/* The ABI major: bumped on every incompatible change; it is the SONAME's number. */
#define IG_ABI_VERSION 0

/* The declarations, by area, in this order; each part includes the parts it needs. */
#include "impactgraph/capi/base.h"
#include "impactgraph/capi/diagnostics.h"
#include "impactgraph/capi/options.h"
#include "impactgraph/capi/validation.h"
#include "impactgraph/capi/model.h"
#include "impactgraph/capi/builder.h"
#include "impactgraph/capi/kolada.h"
#include "impactgraph/capi/contributions.h"
#include "impactgraph/capi/aggregation.h"
#include "impactgraph/capi/sensitivity.h"
#include "impactgraph/capi/gaps.h"

#endif /* IMPACTGRAPH_H */
