/* impactgraph C ABI, part "base": version calls, status codes, the last error, the
 * enumerations the parts share, owned strings; and IG_API, which every part declares its
 * functions with.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_BASE_H
#define IMPACTGRAPH_CAPI_BASE_H

#include <stddef.h>
#include <stdint.h>

#if defined(IG_BUILDING_LIBRARY)
#define IG_API __attribute__((visibility("default")))
#else
#define IG_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================= versions */

/* The library's version at run time (any out-parameter may be NULL). Bindings compare
 * ig_abi_version() with IG_ABI_VERSION to detect a mismatched library. */
IG_API void ig_version(int *major, int *minor, int *patch);
IG_API const char *ig_version_string(void);
IG_API int ig_abi_version(void);

/* ========================================================================= status */

/* The result of every fallible call: IG_OK or one of the negative codes below. */
typedef int ig_status;

enum {
  IG_OK = 0,
  IG_ERROR_INVALID_ARGUMENT = -1, /* a NULL or otherwise bad argument; the message names it */
  IG_ERROR_IO = -2,               /* a file or folder could not be read or written */
  IG_ERROR_PARSE = -3,            /* input syntax or types: bad JSON/CSV, wrong type, missing field */
  IG_ERROR_INVALID_MODEL = -4,    /* the model has validation errors (freeze, load) */
  IG_ERROR_NOT_FOUND = -5,        /* no item with that id or key */
  IG_ERROR_OUT_OF_RANGE = -6,     /* an index past the end */
  IG_ERROR_STATE = -7,            /* the call is not allowed now (e.g. the builder is frozen) */
  IG_ERROR_BUFFER_TOO_SMALL = -8, /* a caller buffer cannot hold the result */
  IG_ERROR_OUT_OF_MEMORY = -9,    /* an allocation failed */
  IG_ERROR_INTERNAL = -10         /* a bug in the library; please report it */
};

/* The code's name, e.g. "IG_ERROR_IO"; "IG_ERROR_UNKNOWN" for a code not listed. */
IG_API const char *ig_status_name(ig_status code);

/* ===================================================================== last error */

/* The message of the last failing call on this thread: never NULL, "" when there is
 * none. Valid until the next failing call on this thread or ig_error_clear(). Input
 * errors read "file:line:column: field: message [code]" (and "(and N more)" when
 * there are several; ig_error_last_diagnostics gives them all).
 * Successful calls do not reset the last error. */
IG_API const char *ig_error_last_message(void);
/* The status of the last failing call on this thread, IG_OK when there is none. */
IG_API ig_status ig_error_last_code(void);
/* Forgets this thread's last error and frees the memory it held. */
IG_API void ig_error_clear(void);

/* ==================================================================== enumerations */

#define IG_NO_INDEX ((size_t)-1)

/* Each enumeration ends with *_MIN_ENUM_ and *_MAX_ENUM_ placeholders, which are not
 * values: they make the type a signed int, so that any int a caller passes (negative
 * ones too) is a valid object of the type in C and in C++ (the library rejects values
 * outside the listed ones with IG_ERROR_INVALID_ARGUMENT). */

typedef enum ig_format {
  IG_FORMAT_AUTO = 0, /* loading only: a folder is a CSV bundle, anything else JSON */
  IG_FORMAT_JSON = 1, /* JSON model v1 (docs/format.md) */
  IG_FORMAT_CSV = 2,  /* CSV bundle: a folder of tables */
  IG_FORMAT_DOT = 3,  /* Graphviz DOT (export only) */
  IG_FORMAT_GRAPHML = 4, /* GraphML (export only) */
  IG_FORMAT_MIN_ENUM_ = -0x7fffffff - 1,
  IG_FORMAT_MAX_ENUM_ = 0x7fffffff
} ig_format;

typedef enum ig_severity {
  IG_SEVERITY_ERROR = 0,
  IG_SEVERITY_WARNING = 1,
  IG_SEVERITY_INFO = 2,
  IG_SEVERITY_MIN_ENUM_ = -0x7fffffff - 1,
  IG_SEVERITY_MAX_ENUM_ = 0x7fffffff
} ig_severity;

typedef enum ig_evidence {
  IG_EVIDENCE_UNSPECIFIED = 0,
  IG_EVIDENCE_STRONG = 1,
  IG_EVIDENCE_MODERATE = 2,
  IG_EVIDENCE_WEAK = 3,
  IG_EVIDENCE_NONE = 4,
  IG_EVIDENCE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_EVIDENCE_MAX_ENUM_ = 0x7fffffff
} ig_evidence;

typedef enum ig_direction {
  IG_DIRECTION_UNSPECIFIED = 0,
  IG_DIRECTION_INCREASE = 1,
  IG_DIRECTION_DECREASE = 2,
  IG_DIRECTION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_DIRECTION_MAX_ENUM_ = 0x7fffffff
} ig_direction;

typedef enum ig_target_kind {
  IG_TARGET_LEVEL = 0,     /* value by period ("82 % by 2030") */
  IG_TARGET_CHANGE = 1,    /* value (a fraction) by period against base_period */
  IG_TARGET_THRESHOLD = 2, /* op value ("above 80 %"); op is ">=", ">", "<=" or "<" */
  IG_TARGET_DIRECTION = 3, /* the indicator's direction only ("shall increase") */
  IG_TARGET_PEERS = 4,     /* better than geos, comparing "level" or "growth" */
  IG_TARGET_DISPARITY = 5, /* the gap between the breakdowns `between` shrinks (or reaches value by period) */
  IG_TARGET_MIN_ENUM_ = -0x7fffffff - 1,
  IG_TARGET_MAX_ENUM_ = 0x7fffffff
} ig_target_kind;

typedef enum ig_measure {
  IG_MEASURE_NUMBER = 0,
  IG_MEASURE_PERCENT = 1,
  IG_MEASURE_RATIO = 2,   /* numerator / denominator * factor */
  IG_MEASURE_ORDINAL = 3, /* a rating on scale [min, max] */
  IG_MEASURE_TEXT = 4,    /* a qualitative assessment, never averaged */
  IG_MEASURE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_MEASURE_MAX_ENUM_ = 0x7fffffff
} ig_measure;

typedef enum ig_aggregation {
  IG_AGGREGATION_UNSPECIFIED = 0,
  IG_AGGREGATION_SUM = 1,
  IG_AGGREGATION_MEAN = 2,
  IG_AGGREGATION_WEIGHTED_MEAN = 3,
  IG_AGGREGATION_MIN = 4,
  IG_AGGREGATION_MAX = 5,
  IG_AGGREGATION_FIRST = 6,
  IG_AGGREGATION_LAST = 7,
  IG_AGGREGATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_AGGREGATION_MAX_ENUM_ = 0x7fffffff
} ig_aggregation;

/* The words the formats use ("json", "warning", "moderate", "increase", "peers",
 * "ordinal", "weighted_mean"); "" for a value not listed. Never NULL. */
IG_API const char *ig_format_name(ig_format format);
IG_API const char *ig_severity_name(ig_severity severity);
IG_API const char *ig_evidence_name(ig_evidence evidence);
IG_API const char *ig_direction_name(ig_direction direction);
IG_API const char *ig_target_kind_name(ig_target_kind kind);
IG_API const char *ig_measure_name(ig_measure measure);
IG_API const char *ig_aggregation_name(ig_aggregation aggregation);

/* Parses "json", "csv", "dot" or "graphml" (exactly, lower case).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL or an unknown name). */
IG_API ig_status ig_format_parse(ig_format *out, const char *name);

/* ========================================================================== strings */

/* Owned text returned by the library (exports, formatted diagnostics). */
typedef struct ig_string ig_string;

/* The text, NUL-terminated (it may also contain NULs: use ig_string_size). Borrowed
 * from `s`. For a NULL `s`: "" and the last error is set to IG_ERROR_INVALID_ARGUMENT. */
IG_API const char *ig_string_data(const ig_string *s);
/* The length in bytes without the final NUL; 0 (and the last error set) for NULL. */
IG_API size_t ig_string_size(const ig_string *s);
IG_API void ig_string_destroy(ig_string **s);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_BASE_H */
