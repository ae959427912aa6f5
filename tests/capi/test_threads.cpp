// The threading promises of docs/c-api.md through the C header: one frozen model read
// by many threads at once gives every thread the same answers, and each thread sees
// only its own last error.
#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "impactgraph.h"

namespace {

// Everything a reader can see of the model, as one string.
std::string describe(const ig_model* m) {
  std::string out;
  std::size_t n = 0;
  ig_node node{};
  node.struct_size = sizeof node;
  ig_edge edge{};
  edge.struct_size = sizeof edge;
  ig_observation obs{};
  obs.struct_size = sizeof obs;
  if (ig_model_node_count(&n, m) != IG_OK) return "node count failed";
  for (std::size_t i = 0; i < n; ++i) {
    if (ig_model_node(&node, m, i) != IG_OK) return "node failed";
    out += std::string(node.id) + "/" + node.level + "/" + node.label + ";";
    std::size_t found = 0;
    if (ig_model_find_node(&found, m, node.id) != IG_OK || found != i) return "find failed";
  }
  if (ig_model_edge_count(&n, m) != IG_OK) return "edge count failed";
  for (std::size_t i = 0; i < n; ++i) {
    if (ig_model_edge(&edge, m, i) != IG_OK) return "edge failed";
    out += std::string(edge.from_id) + ">" + edge.to_id + "=" + std::to_string(edge.weight) + ";";
  }
  if (ig_model_observation_count(&n, m) != IG_OK) return "observation count failed";
  for (std::size_t i = 0; i < n; ++i) {
    if (ig_model_observation(&obs, m, i) != IG_OK) return "observation failed";
    out += std::string(obs.indicator_id) + "@" + obs.geo_id + ":" + obs.period + ";";
  }
  return out;
}

}  // namespace

int main() {
  ig_model* m = nullptr;
  if (ig_model_load(&m, IG_CAPI_DATA "/small.json", nullptr) != IG_OK) {
    std::fprintf(stderr, "load failed: %s\n", ig_error_last_message());
    return 1;
  }
  const std::string expected = describe(m);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      const std::string own = "thread-" + std::to_string(t);
      for (int round = 0; round < 200; ++round) {
        if (describe(m) != expected) ++failures;
        // A failure of this thread's own, interleaved with the other threads' failures.
        std::size_t i = 0;
        if (ig_model_find_node(&i, m, own.c_str()) != IG_ERROR_NOT_FOUND) ++failures;
        if (ig_error_last_code() != IG_ERROR_NOT_FOUND || std::strstr(ig_error_last_message(), own.c_str()) == nullptr)
          ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  // The main thread's last error is still none of theirs.
  if (std::strstr(ig_error_last_message(), "thread-") != nullptr) ++failures;
  ig_model_destroy(&m);
  if (failures) std::fprintf(stderr, "%d failure(s)\n", failures.load());
  return failures ? 1 : 0;
}
