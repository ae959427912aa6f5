/* impactgraph C ABI, part "builder": building a model in memory.
 * One part of impactgraph.h, which is what programs include (see docs/c-api.md). */
#ifndef IMPACTGRAPH_CAPI_BUILDER_H
#define IMPACTGRAPH_CAPI_BUILDER_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

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

#endif /* IMPACTGRAPH_CAPI_BUILDER_H */
