/* impactgraph C ABI, part "model": the frozen model: loading, reading and saving.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_MODEL_H
#define IMPACTGRAPH_CAPI_MODEL_H

#include "diagnostics.h"
#include "options.h"

#ifdef __cplusplus
extern "C" {
#endif

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

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_CAPI_MODEL_H */
