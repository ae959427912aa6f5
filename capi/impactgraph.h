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
 */
#ifndef IMPACTGRAPH_H
#define IMPACTGRAPH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(IG_BUILDING_LIBRARY)
#define IG_API __attribute__((visibility("default")))
#else
#define IG_API
#endif

/* ======================================================================= versions */

#define IG_VERSION_MAJOR 0
#define IG_VERSION_MINOR 1
#define IG_VERSION_PATCH 0
#define IG_VERSION_STRING "0.1.0"
/* The ABI major: bumped on every incompatible change; it is the SONAME's number. */
#define IG_ABI_VERSION 0

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
/* Forgets this thread's last error. */
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

/* ============================================================================ model */

/* A validated, immutable model. Safe to read from many threads at once. */
typedef struct ig_model ig_model;

/* Reads and freezes a model; `*out` is the caller's (ig_model_destroy).
 * ig_model_load dispatches on options->format, by default on the path: a folder is a
 * CSV bundle, anything else a JSON file (the other loaders ignore options->format). On IG_ERROR_PARSE and
 * IG_ERROR_INVALID_MODEL, ig_error_last_diagnostics gives every finding.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_IO, IG_ERROR_PARSE,
 * IG_ERROR_INVALID_MODEL, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_model_load(ig_model **out, const char *path, const ig_load_options *options);
IG_API ig_status ig_model_load_json(ig_model **out, const char *path, const ig_load_options *options);
/* `text` of `length` bytes, need not be NUL-terminated; diagnostics name
 * options->source_name. Never IG_ERROR_IO. */
IG_API ig_status ig_model_load_json_string(ig_model **out, const char *text, size_t length,
                                           const ig_load_options *options);
IG_API ig_status ig_model_load_csv(ig_model **out, const char *folder, const ig_load_options *options);
IG_API void ig_model_destroy(ig_model **model);

/* The warnings and infos of a frozen model (it has no errors).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_model_validate(ig_diagnostics **out, const ig_model *m);

/* *out = 1 when the two models have equal content (what a save and reload keeps),
 * else 0. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_model_equal(int *out, const ig_model *a, const ig_model *b);

/* The model's name ("" when it has none). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_model_name(const char **out, const ig_model *m);

/* Levels, lowest first (the declared ones or activity, output, outcome, goal, vision).
 * ig_model_find_level: IG_ERROR_NOT_FOUND for an unknown name. */
IG_API ig_status ig_model_level_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_level(const char **out, const ig_model *m, size_t index);
IG_API ig_status ig_model_find_level(size_t *out, const ig_model *m, const char *name);

/* ---- nodes (input order) */

typedef struct ig_node {
  size_t struct_size; /* sizeof(ig_node) */
  size_t index;
  const char *id;
  const char *level;
  size_t level_index; /* into ig_model_level */
  const char *label;
  const char *description;
  const char *start;  /* time span, periods; "" when open */
  const char *end;
  size_t tag_count;     /* ig_model_node_tag */
  size_t funding_count; /* ig_model_node_funding */
  size_t out_edge_count;
  size_t in_edge_count;
} ig_node;

typedef struct ig_funding {
  size_t struct_size; /* sizeof(ig_funding) */
  double amount;
  const char *currency;
  const char *source; /* e.g. "ERUF", "ESF+", "own" */
  const char *period;
} ig_funding;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (index), and
 * IG_ERROR_NOT_FOUND (find, tag_value). */
IG_API ig_status ig_model_node_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_node(ig_node *out, const ig_model *m, size_t index);
IG_API ig_status ig_model_find_node(size_t *out, const ig_model *m, const char *id);
/* Tag `tag_index` of node `node` (input order). */
IG_API ig_status ig_model_node_tag(const char **key_out, const char **value_out, const ig_model *m, size_t node,
                                   size_t tag_index);
/* The value of tag `key` of node `node`. */
IG_API ig_status ig_model_node_tag_value(const char **out, const ig_model *m, size_t node, const char *key);
IG_API ig_status ig_model_node_funding(ig_funding *out, const ig_model *m, size_t node, size_t funding_index);

/* ---- edges, grouped by source node (node order), input order within a source */

typedef struct ig_edge {
  size_t struct_size; /* sizeof(ig_edge) */
  size_t index;
  size_t from;        /* node indices */
  size_t to;
  const char *from_id;
  const char *to_id;
  double weight;      /* negative = trade-off */
  int has_weight_range;
  double weight_min;  /* meaningful when has_weight_range */
  double weight_max;
  int has_confidence;
  double confidence;  /* 0..1, meaningful when has_confidence */
  const char *assumption;
  ig_evidence evidence;
} ig_edge;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_model_edge_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_edge(ig_edge *out, const ig_model *m, size_t index);
/* The outgoing edges of `node` are the edge indices [*first_out, *last_out). */
IG_API ig_status ig_model_out_edges(size_t *first_out, size_t *last_out, const ig_model *m, size_t node);
/* The incoming edges of `node`, by edge index, ascending. */
IG_API ig_status ig_model_in_edge_count(size_t *out, const ig_model *m, size_t node);
IG_API ig_status ig_model_in_edge(size_t *out, const ig_model *m, size_t node, size_t in_index);
/* Writes every node index, each before all nodes it has an edge to (deterministic),
 * into `nodes`, which holds `capacity` entries. Returns IG_OK,
 * IG_ERROR_INVALID_ARGUMENT, IG_ERROR_BUFFER_TOO_SMALL (capacity < node count; use
 * ig_model_node_count). */
IG_API ig_status ig_model_topological_order(size_t *nodes, size_t capacity, const ig_model *m);

/* ---- indicators (input order) */

typedef struct ig_indicator {
  size_t struct_size; /* sizeof(ig_indicator) */
  size_t index;
  const char *id;
  const char *node_id;
  size_t node;        /* node index */
  const char *label;
  const char *unit;
  ig_direction direction;
  int has_baseline;
  const char *baseline_period; /* "" without a baseline */
  double baseline_value;
  size_t target_count; /* ig_model_indicator_target */
  const char *source;  /* e.g. "kolada:N00914" */
  ig_measure measure;
  const char *numerator;   /* ratio: indicator ids */
  const char *denominator;
  double factor;           /* ratio = numerator / denominator * factor; 1 by default */
  int has_scale;
  double scale_min;        /* ordinal scale, meaningful when has_scale */
  double scale_max;
  ig_aggregation geo_aggregation;
  const char *geo_weight;  /* indicator id, for weighted_mean */
  ig_aggregation time_aggregation;
  double weight;           /* counts when its node's score is aggregated; 1 by default */
  const char *description; /* definition, intended source, caveats */
} ig_indicator;

/* A target. Read back by ig_model_indicator_target (everything borrowed from the
 * model) and passed in to ig_builder_add_indicator_target (everything borrowed from
 * the caller for the duration of the call; NULL strings mean ""). */
typedef struct ig_target {
  size_t struct_size; /* sizeof(ig_target) */
  ig_target_kind kind;
  const char *period;
  const char *base_period; /* change */
  int has_value;
  double value;
  const char *op;          /* threshold: ">=", ">", "<=" or "<" */
  const char *const *geos; /* peers: geography ids */
  size_t geo_count;
  const char *compare;     /* peers: "level" or "growth" */
  const char *const *between; /* disparity: breakdowns, e.g. "K", "M" */
  size_t between_count;
} ig_target;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE, IG_ERROR_NOT_FOUND (find). */
IG_API ig_status ig_model_indicator_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_indicator(ig_indicator *out, const ig_model *m, size_t index);
IG_API ig_status ig_model_find_indicator(size_t *out, const ig_model *m, const char *id);
IG_API ig_status ig_model_indicator_target(ig_target *out, const ig_model *m, size_t indicator, size_t target_index);

/* ---- geographies and observations (input order) */

typedef struct ig_geography {
  size_t struct_size; /* sizeof(ig_geography) */
  size_t index;
  const char *id;     /* e.g. Kolada's "1880" (Örebro municipality) */
  const char *name;
  const char *parent_id; /* "" for a root */
  size_t parent;         /* geography index, IG_NO_INDEX for a root */
} ig_geography;

/* An observation. Read back by ig_model_observation and passed in to
 * ig_builder_add_observation (which ignores `index`, `indicator` and `geo`). */
typedef struct ig_observation {
  size_t struct_size; /* sizeof(ig_observation) */
  size_t index;
  const char *indicator_id;
  size_t indicator;   /* indicator index */
  const char *geo_id;
  size_t geo;         /* geography index */
  const char *period; /* "2019", "2019Q3" or "2019-05" */
  const char *breakdown; /* "T" total (the default; NULL on input), "K" women, "M" men */
  int has_value;      /* 0: a missing value, kept */
  double value;       /* NaN when missing */
  const char *text;   /* text measures: a qualitative assessment */
  const char *status;
} ig_observation;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE, IG_ERROR_NOT_FOUND (find). */
IG_API ig_status ig_model_geography_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_geography(ig_geography *out, const ig_model *m, size_t index);
IG_API ig_status ig_model_find_geography(size_t *out, const ig_model *m, const char *id);
IG_API ig_status ig_model_observation_count(size_t *out, const ig_model *m);
IG_API ig_status ig_model_observation(ig_observation *out, const ig_model *m, size_t index);

/* ---- saving and exporting */

/* Writes the model to `path` in `format` (JSON, CSV: `path` is a folder, created if
 * missing; DOT, GraphML). Atomic: a failed write leaves nothing half-written.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, IG_FORMAT_AUTO or unknown format),
 * IG_ERROR_IO, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_model_save(const ig_model *m, const char *path, ig_format format, const ig_save_options *options);
/* The model as text in `format` (JSON, DOT or GraphML); `*out` is the caller's.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, or IG_FORMAT_CSV/AUTO: CSV is a
 * folder of files), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_model_write_string(ig_string **out, const ig_model *m, ig_format format,
                                       const ig_save_options *options);

/* ========================================================================== builder */

/* Builds a model in memory. Not thread-safe: one thread at a time.
 *
 * Items are named by id: a setter acts on the most recently added item with that id
 * (an edge: with that from and to) and returns IG_ERROR_NOT_FOUND when there is none.
 * Nothing is checked while building beyond the arguments themselves; ig_builder_validate
 * and ig_builder_freeze check the whole model. Text arguments documented "may be
 * NULL" mean "" when NULL; ids and the builder may not be NULL.
 *
 * A successful ig_builder_freeze seals the builder and releases its data: afterwards
 * every call but ig_builder_destroy returns IG_ERROR_STATE. (To edit a frozen model,
 * start a new builder with ig_builder_create_from_model.) A failed freeze leaves the
 * builder as it was, so the errors can be fixed and the freeze retried.
 *
 * Unless stated otherwise the setters return IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_NOT_FOUND, IG_ERROR_STATE, IG_ERROR_OUT_OF_MEMORY. */
typedef struct ig_builder ig_builder;

IG_API ig_status ig_builder_create(ig_builder **out);
/* A builder holding everything `m` holds (edges in the model's order). */
IG_API ig_status ig_builder_create_from_model(ig_builder **out, const ig_model *m);
IG_API void ig_builder_destroy(ig_builder **b);

/* Reserves room for that many items in all (a hint; never needed).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_STATE, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_builder_reserve(ig_builder *b, size_t nodes, size_t edges, size_t indicators,
                                    size_t observations);

/* `name` may be NULL. */
IG_API ig_status ig_builder_set_name(ig_builder *b, const char *name);
/* Appends a level to the declared order (lowest first). A model that declares none
 * uses activity, output, outcome, goal, vision. */
IG_API ig_status ig_builder_add_level(ig_builder *b, const char *level);

/* ---- nodes; `label`, `description`, `start`, `end`, `currency`, `source`, `period` may be NULL */
IG_API ig_status ig_builder_add_node(ig_builder *b, const char *id, const char *level, const char *label);
IG_API ig_status ig_builder_set_node_description(ig_builder *b, const char *id, const char *description);
IG_API ig_status ig_builder_set_node_span(ig_builder *b, const char *id, const char *start, const char *end);
/* Sets tag `key` (replacing its value if the node has it already); `value` may be NULL. */
IG_API ig_status ig_builder_set_node_tag(ig_builder *b, const char *id, const char *key, const char *value);
IG_API ig_status ig_builder_add_node_funding(ig_builder *b, const char *id, double amount, const char *currency,
                                             const char *source, const char *period);

/* ---- edges "from contributes to to" */
IG_API ig_status ig_builder_add_edge(ig_builder *b, const char *from, const char *to, double weight);
IG_API ig_status ig_builder_set_edge_range(ig_builder *b, const char *from, const char *to, double weight_min,
                                           double weight_max);
IG_API ig_status ig_builder_set_edge_confidence(ig_builder *b, const char *from, const char *to, double confidence);
/* `assumption` may be NULL. */
IG_API ig_status ig_builder_set_edge_assumption(ig_builder *b, const char *from, const char *to,
                                                const char *assumption);
/* IG_ERROR_INVALID_ARGUMENT for a value outside ig_evidence. */
IG_API ig_status ig_builder_set_edge_evidence(ig_builder *b, const char *from, const char *to, ig_evidence evidence);

/* ---- indicators; `label`, `unit`, `description`, `source`, `geo_weight` may be NULL. Enum values
 * outside their enumeration give IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_builder_add_indicator(ig_builder *b, const char *id, const char *node_id, const char *label);
IG_API ig_status ig_builder_set_indicator_unit(ig_builder *b, const char *id, const char *unit);
IG_API ig_status ig_builder_set_indicator_description(ig_builder *b, const char *id, const char *description);
IG_API ig_status ig_builder_set_indicator_direction(ig_builder *b, const char *id, ig_direction direction);
/* `period` may not be NULL. */
IG_API ig_status ig_builder_set_indicator_baseline(ig_builder *b, const char *id, const char *period, double value);
IG_API ig_status ig_builder_set_indicator_source(ig_builder *b, const char *id, const char *source);
IG_API ig_status ig_builder_set_indicator_measure(ig_builder *b, const char *id, ig_measure measure);
/* A ratio: sets the measure to IG_MEASURE_RATIO; numerator and denominator are indicator ids. */
IG_API ig_status ig_builder_set_indicator_ratio(ig_builder *b, const char *id, const char *numerator,
                                                const char *denominator, double factor);
IG_API ig_status ig_builder_set_indicator_scale(ig_builder *b, const char *id, double scale_min, double scale_max);
IG_API ig_status ig_builder_set_indicator_geo_aggregation(ig_builder *b, const char *id, ig_aggregation aggregation,
                                                          const char *geo_weight);
IG_API ig_status ig_builder_set_indicator_time_aggregation(ig_builder *b, const char *id, ig_aggregation aggregation);
IG_API ig_status ig_builder_set_indicator_weight(ig_builder *b, const char *id, double weight);
/* Appends a target (target->struct_size set; the strings and arrays are copied).
 * IG_ERROR_INVALID_ARGUMENT also for an unknown kind or a NULL array with a non-zero count. */
IG_API ig_status ig_builder_add_indicator_target(ig_builder *b, const char *id, const ig_target *target);

/* ---- geographies and observations; `name`, `parent` may be NULL */
IG_API ig_status ig_builder_add_geography(ig_builder *b, const char *id, const char *name, const char *parent);
/* Appends an observation (observation->struct_size set; indicator_id, geo_id and
 * period required; breakdown NULL = "T"; text and status may be NULL; `index`,
 * `indicator` and `geo` are ignored). Never IG_ERROR_NOT_FOUND. */
IG_API ig_status ig_builder_add_observation(ig_builder *b, const ig_observation *observation);

/* Every finding for the model built so far. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_STATE, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_builder_validate(ig_diagnostics **out, const ig_builder *b);
/* Validates and freezes; `*out` is the caller's. On success the builder is sealed (see
 * above). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_INVALID_MODEL (every
 * finding: ig_error_last_diagnostics), IG_ERROR_STATE, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_builder_freeze(ig_model **out, ig_builder *b);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_H */
