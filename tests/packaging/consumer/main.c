/* A program that only knows the installed package: it loads a model from text through
 * the C ABI and checks what it reads back. */
#include <stdio.h>
#include <string.h>

#include "impactgraph.h"

int main(void) {
  const char *text =
      "{\"impactgraph\": 1, \"nodes\": [{\"id\": \"A\", \"level\": \"activity\"}, {\"id\": \"G\", \"level\": \"goal\"}],"
      " \"edges\": [{\"from\": \"A\", \"to\": \"G\", \"weight\": 0.5}]}";
  ig_model *m = NULL;
  size_t nodes = 0, edges = 0;
  if (ig_abi_version() != IG_ABI_VERSION) {
    fprintf(stderr, "ABI %d, built for %d\n", ig_abi_version(), IG_ABI_VERSION);
    return 1;
  }
  if (ig_model_load_json_string(&m, text, strlen(text), NULL) != IG_OK || ig_model_node_count(&nodes, m) != IG_OK ||
      ig_model_edge_count(&edges, m) != IG_OK) {
    fprintf(stderr, "error: %s\n", ig_error_last_message());
    ig_model_destroy(&m);
    return 1;
  }
  ig_model_destroy(&m);
  printf("impactgraph %s: %u nodes, %u edges\n", ig_version_string(), (unsigned)nodes, (unsigned)edges);
  return nodes == 2 && edges == 1 ? 0 : 1;
}
