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
/* ==================================================================== contributions */

/* Contribution scoring, funding flow and influence (docs/contributions.md has every
 * formula). Each analysis returns a result handle that owns its records; the ids it
 * lends stay valid while the handle lives (it keeps the model's data alive, so the
 * ig_model may be destroyed first). */

typedef enum ig_contribution_mode {
  IG_CONTRIBUTION_PATH = 0,        /* sum over paths of the product of edge weights */
  IG_CONTRIBUTION_FLOW = 1,        /* out-weights normalised per node: the share of a unit put in at the source */
  IG_CONTRIBUTION_ATTRIBUTION = 2, /* in-weights normalised per node: the share of the target */
  IG_CONTRIBUTION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_CONTRIBUTION_MAX_ENUM_ = 0x7fffffff
} ig_contribution_mode;

/* How flow and attribution (and funding) normalise a node's weights. */
typedef enum ig_normalization {
  IG_NORMALIZATION_POSITIVE = 0, /* trade-off (negative) edges carry nothing: w+ / sum(w+) (default) */
  IG_NORMALIZATION_SIGNED = 1,   /* w / sum(w); the sum must be > 0 */
  IG_NORMALIZATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NORMALIZATION_MAX_ENUM_ = 0x7fffffff
} ig_normalization;

/* How synergy and trade-off parts judge a path with negative edges. */
typedef enum ig_sign_rule {
  IG_SIGN_RULE_MULTIPLY = 0,     /* the sign of the product: two trade-offs make a synergy (default) */
  IG_SIGN_RULE_ANY_NEGATIVE = 1, /* any negative edge makes the path a trade-off, counted -|product| */
  IG_SIGN_RULE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_SIGN_RULE_MAX_ENUM_ = 0x7fffffff
} ig_sign_rule;

/* The distribution of an uncertain edge weight on its range. */
typedef enum ig_weight_distribution {
  IG_DISTRIBUTION_UNIFORM = 0,    /* default */
  IG_DISTRIBUTION_TRIANGULAR = 1, /* peaked at the edge's weight */
  IG_DISTRIBUTION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_DISTRIBUTION_MAX_ENUM_ = 0x7fffffff
} ig_weight_distribution;

/* MICMAC class of a node from its influence and dependence against their means. */
typedef enum ig_micmac_class {
  IG_MICMAC_DRIVER = 0,     /* high influence, low dependence */
  IG_MICMAC_LINKAGE = 1,    /* both high */
  IG_MICMAC_DEPENDENT = 2,  /* low influence, high dependence */
  IG_MICMAC_AUTONOMOUS = 3, /* both low */
  IG_MICMAC_MIN_ENUM_ = -0x7fffffff - 1,
  IG_MICMAC_MAX_ENUM_ = 0x7fffffff
} ig_micmac_class;

/* "path", "flow", "attribution"; "positive", "signed"; "multiply", "any-negative";
 * "uniform", "triangular"; "driver", "linkage", "dependent", "autonomous". "" for a
 * value not listed; never NULL. */
IG_API const char *ig_contribution_mode_name(ig_contribution_mode mode);
IG_API const char *ig_normalization_name(ig_normalization normalization);
IG_API const char *ig_sign_rule_name(ig_sign_rule rule);
IG_API const char *ig_weight_distribution_name(ig_weight_distribution distribution);
IG_API const char *ig_micmac_class_name(ig_micmac_class micmac);

/* A set of nodes: every node on one of `levels`, in node order, then every node of
 * `ids`, in the given order, each once. NULL arrays with a zero count mean none; an
 * empty selection is an empty set. */
typedef struct ig_node_selection {
  size_t struct_size;        /* sizeof(ig_node_selection) */
  const char *const *levels; /* level names */
  size_t level_count;
  const char *const *ids;    /* node ids */
  size_t id_count;
} ig_node_selection;

#define IG_NODE_SELECTION_INIT {sizeof(ig_node_selection), NULL, 0, NULL, 0}

/* Options of ig_contributions_compute. NULL means the defaults. */
typedef struct ig_contribution_options {
  size_t struct_size; /* sizeof(ig_contribution_options) */
  ig_contribution_mode mode;       /* IG_CONTRIBUTION_PATH (default) */
  ig_normalization normalization;  /* flow and attribution; IG_NORMALIZATION_POSITIVE (default) */
  ig_sign_rule sign_rule;          /* IG_SIGN_RULE_MULTIPLY (default) */
  size_t samples;                  /* Monte-Carlo samples; 0 (default): none */
  uint64_t seed;                   /* the same seed gives the same result, whatever `threads` */
  size_t threads;                  /* 0 (default): every core */
  ig_weight_distribution distribution; /* IG_DISTRIBUTION_UNIFORM (default) */
  /* Relative range w +- r|w| of an edge without weight_range, by evidence level
   * (defaults 0.10, 0.25, 0.50, 1.00); each >= 0. */
  double range_strong, range_moderate, range_weak, range_none;
  int use_confidence; /* an edge with only a confidence c varies by +-(1 - c)|w| (default 1) */
} ig_contribution_options;

#define IG_CONTRIBUTION_OPTIONS_INIT                                                                  \
  {sizeof(ig_contribution_options), IG_CONTRIBUTION_PATH, IG_NORMALIZATION_POSITIVE, IG_SIGN_RULE_MULTIPLY, 0, 0, 0, \
   IG_DISTRIBUTION_UNIFORM, 0.10, 0.25, 0.50, 1.00, 1}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_contribution_options_init(ig_contribution_options *options, size_t struct_size);

typedef struct ig_contributions ig_contributions;

/* One (source, target) pair with a path from source to target. Strings borrowed from
 * the ig_contributions. */
typedef struct ig_contribution {
  size_t struct_size; /* sizeof(ig_contribution) */
  size_t source;      /* node indices */
  size_t target;
  const char *source_id;
  const char *target_id;
  double value;     /* sum over paths of the product of (normalised) weights */
  double synergy;   /* the paths judged positive (ig_sign_rule) */
  double trade_off; /* the paths judged negative; value = synergy + trade_off under MULTIPLY */
  int has_samples;  /* 1 with Monte Carlo: the fields below are set */
  double mean;
  double p05;       /* 5th and 95th percentiles of the sampled values (linear interpolation) */
  double p95;
  size_t rank;      /* among the sources of the same target: 1 = largest; ties share the smallest */
  size_t rank_low;  /* 5th and 95th percentiles of the sampled ranks (nearest rank) */
  size_t rank_high;
} ig_contribution;

/* Contributions of the `sources` to the `targets` (both required), ordered by target
 * (in selection order), then source. Pairs without a path are not listed; pairs whose
 * paths sum to 0 are. Time O((V + E) * min(|sources|, |targets|)) per sample.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, a bad struct_size, an enum value or
 * range outside its set), IG_ERROR_NOT_FOUND (an unknown level or node id),
 * IG_ERROR_INVALID_MODEL (flow or attribution cannot normalise at a node, in the point
 * estimate or a Monte-Carlo sample: the message and ig_error_last_diagnostics name it,
 * code "cannot-normalise"), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_contributions_compute(ig_contributions **out, const ig_model *m, const ig_node_selection *sources,
                                          const ig_node_selection *targets, const ig_contribution_options *options);
IG_API ig_status ig_contributions_count(size_t *out, const ig_contributions *c);
/* The number of Monte-Carlo samples behind the records (0 without). */
IG_API ig_status ig_contributions_samples(size_t *out, const ig_contributions *c);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_contributions_get(ig_contribution *out, const ig_contributions *c, size_t index);
IG_API void ig_contributions_destroy(ig_contributions **c);

/* ---- funding flow: money reaching nodes along the flow, per group and currency */

typedef struct ig_funding_options {
  size_t struct_size;             /* sizeof(ig_funding_options) */
  ig_normalization normalization; /* IG_NORMALIZATION_POSITIVE (default) */
  const char *group_by;           /* NULL or "" (default): the funding source; else a tag key, e.g. "area" */
  const char *const *periods;     /* only funding rows of these periods; none (default): all */
  size_t period_count;
} ig_funding_options;

#define IG_FUNDING_OPTIONS_INIT {sizeof(ig_funding_options), IG_NORMALIZATION_POSITIVE, NULL, NULL, 0}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_funding_options_init(ig_funding_options *options, size_t struct_size);

/* Money of one group and currency reaching one node (or, from ig_funding_flows_total,
 * put in: node IG_NO_INDEX, node_id ""). Strings borrowed from the ig_funding_flows. */
typedef struct ig_funding_flow {
  size_t struct_size; /* sizeof(ig_funding_flow) */
  size_t node;
  const char *node_id;
  const char *group;    /* the funding source, or the funded node's tag value ("" without the tag) */
  const char *currency;
  double amount;        /* reaching the node, its own funding included */
  double direct;        /* the node's own funding */
} ig_funding_flow;

typedef struct ig_funding_flows ig_funding_flows;

/* Money reaching the `nodes` (NULL or an empty selection: every node), by node, then
 * group and currency.
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_NOT_FOUND, IG_ERROR_INVALID_MODEL
 * (a node money reaches cannot split it: "cannot-normalise"), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_funding_flows_compute(ig_funding_flows **out, const ig_model *m, const ig_node_selection *nodes,
                                          const ig_funding_options *options);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (get). */
IG_API ig_status ig_funding_flows_count(size_t *out, const ig_funding_flows *f);
IG_API ig_status ig_funding_flows_get(ig_funding_flow *out, const ig_funding_flows *f, size_t index);
/* The money put in per group and currency. */
IG_API ig_status ig_funding_flows_total_count(size_t *out, const ig_funding_flows *f);
IG_API ig_status ig_funding_flows_total(ig_funding_flow *out, const ig_funding_flows *f, size_t index);
IG_API void ig_funding_flows_destroy(ig_funding_flows **f);

/* ---- influence among a node set (cross-impact style) */

typedef struct ig_influence_options {
  size_t struct_size;     /* sizeof(ig_influence_options) */
  ig_sign_rule sign_rule; /* how W^2 treats a trade-off of a trade-off; IG_SIGN_RULE_MULTIPLY (default) */
} ig_influence_options;

#define IG_INFLUENCE_OPTIONS_INIT {sizeof(ig_influence_options), IG_SIGN_RULE_MULTIPLY}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_influence_options_init(ig_influence_options *options, size_t struct_size);

/* One member of the set. */
typedef struct ig_influence_node {
  size_t struct_size; /* sizeof(ig_influence_node) */
  size_t node;        /* node index */
  const char *node_id;
  double influence;      /* row sum of |W + W^2| */
  double dependence;     /* column sum of |W + W^2| */
  double net_influence;  /* row sum of W + W^2 (signed) */
  double net_dependence; /* column sum of W + W^2 (signed) */
  ig_micmac_class micmac;
} ig_influence_node;

/* The influence of member `from` on member `to`. */
typedef struct ig_influence_pair {
  size_t struct_size; /* sizeof(ig_influence_pair) */
  size_t from;        /* node indices */
  size_t to;
  const char *from_id;
  const char *to_id;
  double first;     /* W: paths through no other member */
  double second;    /* W^2: through exactly one other member (per the sign rule) */
  double total;     /* first + second */
  double synergy;   /* its positive part */
  double trade_off; /* its negative part */
} ig_influence_pair;

typedef struct ig_influence ig_influence;

/* Influence among `nodes` (required; at most 2048 nodes: the matrices are dense).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, too many nodes, a bad option),
 * IG_ERROR_NOT_FOUND, IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_influence_compute(ig_influence **out, const ig_model *m, const ig_node_selection *nodes,
                                      const ig_influence_options *options);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (an index past the set). */
IG_API ig_status ig_influence_node_count(size_t *out, const ig_influence *r);
IG_API ig_status ig_influence_node_get(ig_influence_node *out, const ig_influence *r, size_t index);
/* `from_index` and `to_index` are positions in the set (0 .. ig_influence_node_count - 1). */
IG_API ig_status ig_influence_pair_get(ig_influence_pair *out, const ig_influence *r, size_t from_index,
                                       size_t to_index);
/* The means MICMAC compares with (any out-parameter may be NULL). */
IG_API ig_status ig_influence_means(double *mean_influence, double *mean_dependence, const ig_influence *r);
IG_API void ig_influence_destroy(ig_influence **r);

/* ====================================================================== aggregation */

/* Indicator aggregation (docs/aggregation.md): each indicator is combined over time and
 * up the geography hierarchy, imputed, treated for outliers and normalised; node scores
 * are composed bottom-up through the graph per geography and period. The defaults are
 * COINr's: min-max to [0, 100] per period across geographies, direction-aware; weighted
 * arithmetic mean with the weights renormalised over the values present; no imputation,
 * no outlier treatment, no coverage threshold. */

typedef enum ig_normalisation {
  IG_NORMALISATION_MINMAX = 0,          /* COINr n_minmax: [lower, upper] */
  IG_NORMALISATION_GOALPOSTS = 1,       /* n_goalposts: fixed [low, high], clipped */
  IG_NORMALISATION_ZSCORE = 2,          /* n_zscore: mean + sd * z */
  IG_NORMALISATION_DIST_TO_TARGET = 3,  /* n_dist2targ */
  IG_NORMALISATION_DIST_TO_MAX = 4,     /* n_dist2max */
  IG_NORMALISATION_DIST_TO_REF = 5,     /* n_dist2ref: to a reference geography's value */
  IG_NORMALISATION_FRAC_MAX = 6,        /* n_fracmax */
  IG_NORMALISATION_RANK = 7,            /* n_rank (ties: min) */
  IG_NORMALISATION_PERCENTILE_RANK = 8, /* n_prank */
  IG_NORMALISATION_INDEX = 9,           /* base period = 100 */
  IG_NORMALISATION_NONE = 10,           /* the values as they are */
  IG_NORMALISATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NORMALISATION_MAX_ENUM_ = 0x7fffffff
} ig_normalisation;

typedef enum ig_composite {
  IG_COMPOSITE_ARITHMETIC = 0,
  IG_COMPOSITE_GEOMETRIC = 1,
  IG_COMPOSITE_HARMONIC = 2,
  IG_COMPOSITE_GENERALISED = 3, /* power mean with exponent p */
  IG_COMPOSITE_MINIMUM = 4,
  IG_COMPOSITE_MEDIAN = 5,      /* weighted median */
  IG_COMPOSITE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_COMPOSITE_MAX_ENUM_ = 0x7fffffff
} ig_composite;

typedef enum ig_outliers {
  IG_OUTLIERS_NONE = 0,
  IG_OUTLIERS_WINSORISE = 1, /* COINr Treat(): winsorise while |skew| >= 2 and kurtosis >= 3.5, then log */
  IG_OUTLIERS_LOG = 2,       /* COINr log_CT on pools that fail the skew/kurtosis test */
  IG_OUTLIERS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_OUTLIERS_MAX_ENUM_ = 0x7fffffff
} ig_outliers;

typedef enum ig_imputation {
  IG_IMPUTATION_NONE = 0,
  IG_IMPUTATION_CARRY_FORWARD = 1, /* the geography's last earlier value */
  IG_IMPUTATION_INTERPOLATE = 2,   /* linear between the nearest earlier and later values */
  IG_IMPUTATION_GROUP_MEAN = 3,    /* mean of the geography's siblings in that period */
  IG_IMPUTATION_MIN_ENUM_ = -0x7fffffff - 1,
  IG_IMPUTATION_MAX_ENUM_ = 0x7fffffff
} ig_imputation;

typedef enum ig_negative_weights {
  IG_NEGATIVE_WEIGHTS_EXCLUDE = 0, /* left out of composites */
  IG_NEGATIVE_WEIGHTS_INVERT = 1,  /* counted with |w| on 100 - score */
  IG_NEGATIVE_WEIGHTS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_NEGATIVE_WEIGHTS_MAX_ENUM_ = 0x7fffffff
} ig_negative_weights;

typedef enum ig_period_grain {
  IG_PERIOD_GRAIN_AS_OBSERVED = 0,
  IG_PERIOD_GRAIN_YEAR = 1,    /* quarters and months combined into their year */
  IG_PERIOD_GRAIN_QUARTER = 2, /* months combined into their quarter; years left out */
  IG_PERIOD_GRAIN_MIN_ENUM_ = -0x7fffffff - 1,
  IG_PERIOD_GRAIN_MAX_ENUM_ = 0x7fffffff
} ig_period_grain;

typedef enum ig_weight_sampling {
  IG_WEIGHT_SAMPLING_NONE = 0,
  IG_WEIGHT_SAMPLING_UNIFORM = 1,   /* w * (1 + noise * (2u - 1)) */
  IG_WEIGHT_SAMPLING_DIRICHLET = 2, /* per node: Dirichlet(concentration * w / sum w) * sum w */
  IG_WEIGHT_SAMPLING_MIN_ENUM_ = -0x7fffffff - 1,
  IG_WEIGHT_SAMPLING_MAX_ENUM_ = 0x7fffffff
} ig_weight_sampling;

/* ig_indicator_value.flags: where a value came from and what was done to it. */
#define IG_VALUE_OBSERVED 1u
#define IG_VALUE_RATIO 2u
#define IG_VALUE_TIME_AGGREGATED 4u
#define IG_VALUE_GEO_AGGREGATED 8u
#define IG_VALUE_IMPUTED 16u
#define IG_VALUE_WINSORISED 32u
#define IG_VALUE_LOG_TRANSFORMED 64u

/* The words the CLI takes ("minmax", "geometric", "winsorise", "carry_forward",
 * "invert", "year", "dirichlet"); "" for a value not listed. Never NULL. */
IG_API const char *ig_normalisation_name(ig_normalisation value);
IG_API const char *ig_composite_name(ig_composite value);
IG_API const char *ig_outliers_name(ig_outliers value);
IG_API const char *ig_imputation_name(ig_imputation value);
IG_API const char *ig_negative_weights_name(ig_negative_weights value);
IG_API const char *ig_period_grain_name(ig_period_grain value);
IG_API const char *ig_weight_sampling_name(ig_weight_sampling value);
/* Parse those words. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL or an unknown word). */
IG_API ig_status ig_normalisation_parse(ig_normalisation *out, const char *name);
IG_API ig_status ig_composite_parse(ig_composite *out, const char *name);
IG_API ig_status ig_outliers_parse(ig_outliers *out, const char *name);
IG_API ig_status ig_imputation_parse(ig_imputation *out, const char *name);
IG_API ig_status ig_negative_weights_parse(ig_negative_weights *out, const char *name);
IG_API ig_status ig_period_grain_parse(ig_period_grain *out, const char *name);
IG_API ig_status ig_weight_sampling_parse(ig_weight_sampling *out, const char *name);

/* A normalisation method and its parameters (parameters a method does not use are
 * ignored). Strings are borrowed for the duration of the call that reads the struct. */
typedef struct ig_normalisation_spec {
  size_t struct_size;       /* sizeof(ig_normalisation_spec) */
  ig_normalisation method;  /* default IG_NORMALISATION_MINMAX */
  int across_periods;       /* 1: one pool of all periods (scores comparable over time); 0: per period (default) */
  int by_level;             /* 1: pools per level of the geography hierarchy; 0: all geographies (default) */
  double lower;             /* minmax interval, default [0, 100] */
  double upper;
  int has_goalposts;        /* goalposts [goal_low, goal_high]; without: an ordinal's scale, else baseline..target */
  double goal_low;
  double goal_high;
  int truncate;             /* goalposts: clip to [0, 1] before scaling (default 1) */
  double mean;              /* zscore: default 0 and 1 */
  double sd;
  int has_target;           /* dist_to_target: without, the indicator's own target */
  double target;
  int cap;                  /* dist_to_target, dist_to_ref: cap at 1 (default 0) */
  const char *reference_geo; /* dist_to_ref: a geography id; NULL = none */
  const char *base_period;  /* index: NULL = the indicator's baseline period */
  double scale;             /* the [0, 1] methods times this (default 100; 1 gives COINr's figures) */
} ig_normalisation_spec;

#define IG_NORMALISATION_SPEC_INIT \
  {sizeof(ig_normalisation_spec), IG_NORMALISATION_MINMAX, 0, 0, 0.0, 100.0, 0, 0.0, 0.0, 1, 0.0, 1.0, 0, 0.0, 0, NULL, NULL, \
   100.0}

/* Aggregation options; NULL means the defaults (IG_AGGREGATE_OPTIONS_INIT). Arrays and
 * strings are borrowed for the duration of the call. */
typedef struct ig_aggregate_options {
  size_t struct_size;                          /* sizeof(ig_aggregate_options) */
  const ig_normalisation_spec *normalisation;  /* NULL: minmax to [0, 100] */
  size_t indicator_normalisation_count;        /* per-indicator exceptions: */
  const char *const *indicator_normalisation_ids;
  const ig_normalisation_spec *const *indicator_normalisations;
  ig_outliers outliers;       /* default IG_OUTLIERS_NONE */
  int winmax;                 /* at most this many points winsorised per pool (default 5) */
  double skew_threshold;      /* a pool passes when |skewness| < 2 ... */
  double kurtosis_threshold;  /* ... or kurtosis < 3.5 */
  int log_fallback;           /* winsorise: log-transform when winsorising fails (default 1) */
  ig_imputation imputation;   /* default IG_IMPUTATION_NONE */
  int max_gap;                /* imputation reach in periods; 0 = no limit */
  ig_composite method;        /* default for every node: IG_COMPOSITE_ARITHMETIC */
  double p;                   /* generalised mean exponent (default 2) */
  size_t node_method_count;   /* per-node methods: */
  const char *const *node_method_ids;
  const ig_composite *node_methods;
  const double *node_p;       /* per-node p, or NULL for `p` */
  double min_coverage;        /* scores with coverage below this are missing (default 0) */
  ig_negative_weights negative_weights; /* default IG_NEGATIVE_WEIGHTS_EXCLUDE */
  const char *breakdown;      /* NULL = "T" */
  ig_period_grain grain;      /* default IG_PERIOD_GRAIN_AS_OBSERVED */
  int window;                 /* periods combined into each (default 1) */
  double geo_min_coverage;    /* share of children a parent's aggregate needs (default 0.5) */
  size_t geo_count;           /* rows listed: these geography ids (0 = all) */
  const char *const *geos;
  size_t period_count;        /* rows listed: these periods (0 = all) */
  const char *const *periods;
} ig_aggregate_options;

#define IG_AGGREGATE_OPTIONS_INIT                                                                            \
  {sizeof(ig_aggregate_options), NULL, 0, NULL, NULL, IG_OUTLIERS_NONE, 5, 2.0, 3.5, 1, IG_IMPUTATION_NONE, 0, \
   IG_COMPOSITE_ARITHMETIC, 2.0, 0, NULL, NULL, NULL, 0.0, IG_NEGATIVE_WEIGHTS_EXCLUDE, NULL,                  \
   IG_PERIOD_GRAIN_AS_OBSERVED, 1, 0.5, 0, NULL, 0, NULL}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_normalisation_spec_init(ig_normalisation_spec *spec, size_t struct_size);
IG_API ig_status ig_aggregate_options_init(ig_aggregate_options *options, size_t struct_size);

/* The result of an aggregation: scores, indicator values, text assessments, notes. Owns
 * a reference to its model, so its borrowed strings stay valid until it is destroyed,
 * even after ig_model_destroy. Safe to read from many threads. */
typedef struct ig_aggregate_result ig_aggregate_result;

/* One node's score in one geography and period. */
typedef struct ig_score {
  size_t struct_size; /* sizeof(ig_score) */
  size_t node;        /* node index */
  const char *node_id;
  size_t geo;         /* geography index */
  const char *geo_id;
  const char *period;
  int has_value;      /* 0: missing (coverage below the minimum, or an undefined mean) */
  double value;       /* NaN when missing */
  double coverage;    /* share of the node's input weight that had a value, 0..1 */
  int imputed;        /* 1 when an imputed value fed the score */
} ig_score;

/* One indicator value the aggregation used. */
typedef struct ig_indicator_value {
  size_t struct_size; /* sizeof(ig_indicator_value) */
  size_t indicator;
  const char *indicator_id;
  size_t geo;
  const char *geo_id;
  const char *period;
  double value;       /* the data value before outlier treatment */
  int has_normalised;
  double normalised;  /* NaN when it could not be normalised */
  unsigned flags;     /* IG_VALUE_* bits */
} ig_indicator_value;

/* A qualitative assessment (a text measure), as written: never averaged. */
typedef struct ig_assessment {
  size_t struct_size; /* sizeof(ig_assessment) */
  size_t indicator;
  const char *indicator_id;
  const char *node_id;
  size_t geo;
  const char *geo_id;
  const char *period;
  const char *breakdown;
  const char *text;
  const char *status;
} ig_assessment;

/* Aggregates `m`; `*out` is the caller's (ig_aggregate_result_destroy).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, a bad enum, or options naming unknown
 * ids or periods; the message says which), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_aggregate(ig_aggregate_result **out, const ig_model *m, const ig_aggregate_options *options);
IG_API void ig_aggregate_result_destroy(ig_aggregate_result **r);

/* Scores sorted by node (model order), geography, period; a row is listed when one of
 * the node's inputs had a value there. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_OUT_OF_RANGE, and IG_ERROR_NOT_FOUND (find: no such row; unknown ids). */
IG_API ig_status ig_aggregate_result_score_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_score(ig_score *out, const ig_aggregate_result *r, size_t index);
IG_API ig_status ig_aggregate_result_find_score(size_t *out, const ig_aggregate_result *r, const char *node_id,
                                                const char *geo_id, const char *period);
/* Indicator values sorted by indicator, geography, period (same codes). */
IG_API ig_status ig_aggregate_result_value_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_value(ig_indicator_value *out, const ig_aggregate_result *r, size_t index);
IG_API ig_status ig_aggregate_result_find_value(size_t *out, const ig_aggregate_result *r, const char *indicator_id,
                                                const char *geo_id, const char *period);
/* Text assessments by indicator, geography, period (same codes). */
IG_API ig_status ig_aggregate_result_assessment_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_assessment(ig_assessment *out, const ig_aggregate_result *r, size_t index);
/* The period axis, ascending. */
IG_API ig_status ig_aggregate_result_period_count(size_t *out, const ig_aggregate_result *r);
IG_API ig_status ig_aggregate_result_period(const char **out, const ig_aggregate_result *r, size_t index);
/* The notes of the run (zero-range, no-reference, negative-weight, assumed-direction,
 * undefined-mean, coarse-period: warnings). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT,
 * IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_aggregate_result_diagnostics(ig_diagnostics **out, const ig_aggregate_result *r);

/* ====================================================================== sensitivity */

/* Uncertainty and sensitivity analysis of one node's composite (COINr's get_sensitivity):
 * weights, the normalisation method and the composite method are varied over Monte Carlo
 * runs; per unit (geography) the median rank and its 5-95 % interval, per varied input
 * the first-order and total Sobol index of the mean absolute rank change. */
typedef struct ig_sensitivity_options {
  size_t struct_size;               /* sizeof(ig_sensitivity_options) */
  size_t samples;                   /* N (default 100); with Sobol indices N * (d + 2) runs */
  uint64_t seed;                    /* default 1; the same seed gives the same result */
  ig_weight_sampling weights;       /* default IG_WEIGHT_SAMPLING_UNIFORM */
  double weight_noise;              /* uniform: +- this fraction (default 0.25) */
  double dirichlet_concentration;   /* dirichlet: default 20 */
  size_t normalisation_count;       /* alternatives drawn uniformly; 0 = not varied */
  const ig_normalisation *normalisations;
  size_t method_count;              /* alternatives drawn uniformly; 0 = not varied */
  const ig_composite *methods;
  int sobol;                        /* 1 (default): Saltelli design and Sobol indices; 0: N plain runs */
  const char *target_node;          /* NULL: the first scored node of the highest level */
  const char *period;               /* NULL: the latest period with two or more scores of the target */
} ig_sensitivity_options;

#define IG_SENSITIVITY_OPTIONS_INIT \
  {sizeof(ig_sensitivity_options), 100, 1, IG_WEIGHT_SAMPLING_UNIFORM, 0.25, 20.0, 0, NULL, 0, NULL, 1, NULL, NULL}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_sensitivity_options_init(ig_sensitivity_options *options, size_t struct_size);

typedef struct ig_sensitivity_result ig_sensitivity_result;

typedef struct ig_sensitivity_summary {
  size_t struct_size; /* sizeof(ig_sensitivity_summary) */
  size_t target;      /* node index */
  const char *target_id;
  const char *period;
  size_t runs;
  size_t unit_count;  /* ig_sensitivity_result_unit */
  size_t input_count; /* ig_sensitivity_result_input */
  int has_sobol;
  double output_variance; /* Var(mean |rank - nominal rank|) over the runs */
} ig_sensitivity_summary;

/* One unit's ranks over the runs: 1 = highest score, ties share the lowest rank. */
typedef struct ig_unit_ranks {
  size_t struct_size; /* sizeof(ig_unit_ranks) */
  size_t geo;
  const char *geo_id;
  double nominal_score;
  double nominal_rank;
  double mean_rank;
  double median_rank;
  double p05;         /* 5th and 95th percentiles (R's quantile type 7) */
  double p95;
} ig_unit_ranks;

/* One varied input ("weights", "normalisation", "aggregation") and its Sobol indices
 * (NaN without has_sobol). */
typedef struct ig_sobol_index {
  size_t struct_size; /* sizeof(ig_sobol_index) */
  const char *input;
  double first_order;
  double total;
} ig_sobol_index;

/* Runs the analysis around the nominal `options` (NULL: defaults); `*out` is the
 * caller's. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, bad values, unknown ids,
 * nothing to vary, fewer than two scored units), IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_sensitivity(ig_sensitivity_result **out, const ig_model *m, const ig_aggregate_options *options,
                                const ig_sensitivity_options *sensitivity_options);
IG_API void ig_sensitivity_result_destroy(ig_sensitivity_result **r);
/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE (index). */
IG_API ig_status ig_sensitivity_result_summary(ig_sensitivity_summary *out, const ig_sensitivity_result *r);
IG_API ig_status ig_sensitivity_result_unit(ig_unit_ranks *out, const ig_sensitivity_result *r, size_t index);
IG_API ig_status ig_sensitivity_result_input(ig_sobol_index *out, const ig_sensitivity_result *r, size_t index);
IG_API ig_status ig_sensitivity_result_diagnostics(ig_diagnostics **out, const ig_sensitivity_result *r);
/* ==================================================================== gap detection */

/* What a strategy's follow-up should look at first (docs/gaps.md): structural gaps,
 * indicators off track against their targets (Open SDG's progress measure, all six target
 * kinds), inequality between municipalities and between women and men, data gaps,
 * priority mismatch (a large gap, little effort), and the share of indicators on track
 * carried up the graph. Every gap has a stable code, a severity, a message in English or
 * Swedish, the ids involved and named figures. Gaps are findings about the strategy, not
 * errors of the call. */

typedef enum ig_language {
  IG_LANGUAGE_EN = 0,
  IG_LANGUAGE_SV = 1,
  IG_LANGUAGE_MIN_ENUM_ = -0x7fffffff - 1,
  IG_LANGUAGE_MAX_ENUM_ = 0x7fffffff
} ig_language;

/* Open SDG's progress status of one target in one geography. */
typedef enum ig_progress {
  IG_PROGRESS_TARGET_ACHIEVED = 0,
  IG_PROGRESS_ON_TRACK = 1,     /* ratio of observed to required growth >= 0.95 */
  IG_PROGRESS_MODERATE = 2,     /* 0.6 <= ratio < 0.95 */
  IG_PROGRESS_LIMITED = 3,      /* 0 <= ratio < 0.6 */
  IG_PROGRESS_DETERIORATING = 4, /* ratio < 0: moving away from the target */
  IG_PROGRESS_NOT_AVAILABLE = 5, /* cannot be evaluated */
  IG_PROGRESS_MIN_ENUM_ = -0x7fffffff - 1,
  IG_PROGRESS_MAX_ENUM_ = 0x7fffffff
} ig_progress;

/* "en", "sv"; "target_achieved", "on_track", "moderate", "limited", "deteriorating",
 * "not_available"; "" for a value not listed. Never NULL. */
IG_API const char *ig_language_name(ig_language language);
IG_API const char *ig_progress_name(ig_progress progress);

/* Options of gap detection. NULL means the defaults; initialise with
 * IG_GAP_OPTIONS_INIT or ig_gap_options_init. Strings and arrays are borrowed for the
 * call. A level list that is NULL (count 0) means its default; `silo_tags` NULL means
 * "area" and "owner", non-NULL with count 0 means none. */
typedef struct ig_gap_options {
  size_t struct_size;           /* sizeof(ig_gap_options) */
  ig_language language;         /* of the messages (default English) */
  const char *as_of;            /* NULL or "": the latest period with a value */
  const char *region;           /* geography id; NULL or "": the geography with the most children */
  size_t stale_after;           /* periods without a value before a series is stale (2) */
  double coverage_threshold;    /* low coverage: share of the region's municipalities below this (0.5) */
  double cv_threshold;          /* unequal municipalities: coefficient of variation (0.15) */
  double max_min_threshold;     /* ... or the largest value over the smallest (1.5) */
  double gender_gap_threshold;  /* |women - men| / their mean (0.10) */
  double mismatch_threshold;    /* priority mismatch index (0.25) */
  double silo_share;            /* a group is a silo at or below this share of shared nodes (0) */
  const char *activity_level;   /* NULL: the lowest level */
  const char *goal_level;       /* NULL: "goal", else the level below the top */
  const char *const *effect_levels;
  size_t effect_level_count;
  const char *const *measured_levels; /* levels whose nodes need an indicator */
  size_t measured_level_count;
  const char *const *priority_levels; /* levels ranked for priority mismatch */
  size_t priority_level_count;
  const char *const *silo_tags;       /* activity tags grouped for silos */
  size_t silo_tag_count;
  const char *single_source_tag;      /* NULL: "area"; "": activities only */
  const char *women;                  /* NULL: "K" */
  const char *men;                    /* NULL: "M" */
  double ratio_on_track;              /* Open SDG thresholds on the growth ratio (0.95, 0.6, 0) */
  double ratio_moderate;
  double ratio_limited;
  double growth_on_track;             /* ... and on the growth itself (0.015, 0.005, 0) */
  double growth_moderate;
  double growth_limited;
} ig_gap_options;

#define IG_GAP_OPTIONS_INIT                                                                            \
  {sizeof(ig_gap_options), IG_LANGUAGE_EN, NULL, NULL, 2, 0.5, 0.15, 1.5, 0.10, 0.25, 0.0, NULL, NULL,   \
   NULL, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, 0.95, 0.6, 0.0, 0.015, 0.005, 0.0}

/* As ig_load_options_init. Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_gap_options_init(ig_gap_options *options, size_t struct_size);

/* The result of a gap detection; read-only, safe to read from many threads. Strings are
 * borrowed from it and stay valid while it lives (also after the model is destroyed). */
typedef struct ig_gaps ig_gaps;

/* Runs every gap analysis on `m`; `*out` is the caller's (ig_gaps_destroy).
 * Returns IG_OK, IG_ERROR_INVALID_ARGUMENT (NULL, an enum value not listed, a level,
 * region or as-of period the model lacks or cannot parse, a threshold not finite),
 * IG_ERROR_OUT_OF_MEMORY. */
IG_API ig_status ig_gaps_detect(ig_gaps **out, const ig_model *m, const ig_gap_options *options);
IG_API void ig_gaps_destroy(ig_gaps **g);

/* One gap; strings borrowed from the ig_gaps. */
typedef struct ig_gap {
  size_t struct_size;   /* sizeof(ig_gap) */
  const char *code;     /* stable, e.g. "off-track" (docs/gaps.md) */
  ig_severity severity;
  const char *message;  /* in the language of the options */
  size_t id_count;      /* ig_gaps_id */
  size_t figure_count;  /* ig_gaps_figure */
} ig_gap;

/* A named figure of a gap: a number or a text. */
typedef struct ig_figure {
  size_t struct_size; /* sizeof(ig_figure) */
  const char *name;   /* e.g. "class", "current_value" */
  int is_text;
  double number;      /* NaN for a text */
  const char *text;   /* "" for a number */
} ig_figure;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE; ig_gaps_find_figure
 * also IG_ERROR_NOT_FOUND. */
IG_API ig_status ig_gaps_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_get(ig_gap *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_id(const char **out, const ig_gaps *g, size_t index, size_t id_index);
IG_API ig_status ig_gaps_figure(ig_figure *out, const ig_gaps *g, size_t index, size_t figure_index);
IG_API ig_status ig_gaps_find_figure(ig_figure *out, const ig_gaps *g, size_t index, const char *name);

/* The as-of period ("" when the model has no observations), the region (geography
 * index, IG_NO_INDEX when none) and the currency funding was counted in ("" without
 * funding). Returns IG_OK, IG_ERROR_INVALID_ARGUMENT. */
IG_API ig_status ig_gaps_as_of(const char **out, const ig_gaps *g);
IG_API ig_status ig_gaps_region(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_main_currency(const char **out, const ig_gaps *g);

/* How one target of one indicator stands in one geography (every evaluation, on track
 * or not, in indicator, geography, target order). Periods are "" when absent. For
 * disparity and peers by level, base_value and current_value are the gap. */
typedef struct ig_evaluation {
  size_t struct_size; /* sizeof(ig_evaluation) */
  size_t indicator;
  const char *indicator_id;
  size_t geo;
  const char *geo_id;
  size_t target;      /* index among the indicator's targets */
  ig_target_kind kind;
  ig_progress progress;
  int headline;       /* the region (or any geography when there is none) */
  int has_value;
  double value;       /* progress ratio, direction-adjusted growth, or share of peers bettered */
  int has_shortfall;
  double shortfall;   /* in [0, 1] */
  const char *base_period;
  int has_base_value;
  double base_value;
  const char *current_period;
  int has_current_value;
  double current_value;
  int has_target_value;
  double target_value;
  const char *target_period;
  int has_line_value;
  double line_value;  /* the straight line base -> target at the current period */
  int has_projected_year;
  double projected_year; /* when the least-squares trend reaches the target */
  const char *reason; /* why not available, e.g. "no-data"; "" otherwise */
} ig_evaluation;

/* Share of indicators on track, rolled up the graph; one per node, in node order. */
typedef struct ig_node_rollup {
  size_t struct_size; /* sizeof(ig_node_rollup) */
  size_t node;
  const char *node_id;
  size_t evaluated;   /* own indicators evaluated */
  size_t on_track;    /* of those, on track or achieved */
  int has_own_share;
  double own_share;
  int has_share;
  double share;       /* rolled up over the node and what contributes to it */
  int has_shortfall;
  double shortfall;
} ig_node_rollup;

/* One node of the priority-mismatch ranking, by rank. */
typedef struct ig_priority {
  size_t struct_size; /* sizeof(ig_priority) */
  size_t node;
  const char *node_id;
  size_t rank;        /* 1 = the largest mismatch */
  double gap;         /* rolled-up shortfall in [0, 1] */
  double contribution;       /* path contribution from all activities */
  double funding;            /* money reaching the node, main currency */
  double contribution_score; /* over the largest of its level */
  double funding_score;
  double effort;
  double mismatch;    /* gap * (1 - effort) */
} ig_priority;

/* How a group of activities (an area, an owner) meets other groups below the goals. */
typedef struct ig_group_linkage {
  size_t struct_size; /* sizeof(ig_group_linkage) */
  const char *tag;
  const char *group;
  size_t activities;
  size_t downstream;  /* nodes below the goal level its activities reach */
  size_t shared;      /* of those, reached by another group too */
  double share;       /* shared / downstream */
} ig_group_linkage;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_gaps_evaluation_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_evaluation(ig_evaluation *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_rollup_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_rollup(ig_node_rollup *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_priority_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_priority(ig_priority *out, const ig_gaps *g, size_t index);
IG_API ig_status ig_gaps_group_count(size_t *out, const ig_gaps *g);
IG_API ig_status ig_gaps_group(ig_group_linkage *out, const ig_gaps *g, size_t index);

/* The table of gap codes (docs/gaps.md): code, family, severity and the message
 * templates; static strings. */
typedef struct ig_gap_code {
  size_t struct_size; /* sizeof(ig_gap_code) */
  const char *code;
  const char *family; /* structural, performance, equality, data, priority, rollup */
  ig_severity severity;
  const char *message_en;
  const char *message_sv;
} ig_gap_code;

/* Returns IG_OK, IG_ERROR_INVALID_ARGUMENT, IG_ERROR_OUT_OF_RANGE. */
IG_API ig_status ig_gap_code_count(size_t *out);
IG_API ig_status ig_gap_code_get(ig_gap_code *out, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_H */
