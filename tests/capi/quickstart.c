#include <stdio.h>

#include "impactgraph.h"

/* Prints every finding of the last failed call. */
static void print_diagnostics(void) {
  ig_diagnostics *d = NULL;
  size_t n = 0, i;
  if (ig_error_last_diagnostics(&d) != IG_OK) return;
  ig_diagnostics_count(&n, d);
  for (i = 0; i < n; ++i) {
    ig_string *line = NULL;
    if (ig_diagnostics_format(&line, d, i) == IG_OK) fprintf(stderr, "  %s\n", ig_string_data(line));
    ig_string_destroy(&line);
  }
  ig_diagnostics_destroy(&d);
}

int main(int argc, char **argv) {
  ig_model *model = NULL;
  ig_node node = {0};
  ig_edge edge = {0};
  size_t count = 0, i;
  ig_status status;

  if (argc != 2) {
    fprintf(stderr, "usage: %s MODEL (a JSON file or a CSV folder)\n", argv[0]);
    return 2;
  }
  status = ig_model_load(&model, argv[1], NULL);
  if (status != IG_OK) {
    fprintf(stderr, "%s: %s\n", ig_status_name(status), ig_error_last_message());
    print_diagnostics();
    return status == IG_ERROR_INVALID_MODEL || status == IG_ERROR_PARSE ? 1 : 2;
  }

  node.struct_size = sizeof node; /* the library fills what this size allows */
  ig_model_node_count(&count, model);
  for (i = 0; i < count; ++i)
    if (ig_model_node(&node, model, i) == IG_OK) printf("node %s (%s): %s\n", node.id, node.level, node.label);

  edge.struct_size = sizeof edge;
  ig_model_edge_count(&count, model);
  for (i = 0; i < count; ++i)
    if (ig_model_edge(&edge, model, i) == IG_OK) printf("edge %s -> %s, weight %g\n", edge.from_id, edge.to_id, edge.weight);

  ig_model_destroy(&model); /* strings borrowed from the model die with it */
  return 0;
}
