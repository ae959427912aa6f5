// Allocation failure through the C ABI, as SQLite's malloc tests do it: a full
// load-and-analyse run is repeated with its n-th allocation failing, for n = 1, 2, ...
// until a run completes without reaching n. Every call hit by a failure must return
// IG_ERROR_OUT_OF_MEMORY (and say so in the last error), leave its out-parameter as it
// was, and leak nothing: after each run, with every handle destroyed, the live blocks
// are what they were before. Then the same with every allocation from the n-th on
// failing. The run covers loading, editing, Kolada import and every analysis; a new
// analysis adds its calls to `steps` (one entry each).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "failing_new.hpp"
#include "impactgraph.h"

namespace {

struct Handles {
  ig_model *model = nullptr, *edited = nullptr, *csv = nullptr, *from_text = nullptr;
  ig_diagnostics *found = nullptr, *found_text = nullptr, *last = nullptr;
  ig_builder* builder = nullptr;
  ig_string *json = nullptr, *dot = nullptr, *graphml = nullptr, *line = nullptr;
  ig_contributions *paths = nullptr, *shares = nullptr;
  ig_funding_flows* flows = nullptr;
  ig_influence* influence = nullptr;
  ig_aggregate_result* scores = nullptr;
  ig_gaps* gaps = nullptr;
  ig_sensitivity_result* sensitivity = nullptr;
  ig_import_result *merged = nullptr, *imported = nullptr;

  void destroy() {
    for (ig_model** m : {&model, &edited, &csv, &from_text}) ig_model_destroy(m);
    for (ig_diagnostics** d : {&found, &found_text, &last}) ig_diagnostics_destroy(d);
    ig_builder_destroy(&builder);
    for (ig_string** s : {&json, &dot, &graphml, &line}) ig_string_destroy(s);
    ig_contributions_destroy(&paths);
    ig_contributions_destroy(&shares);
    ig_funding_flows_destroy(&flows);
    ig_influence_destroy(&influence);
    ig_aggregate_result_destroy(&scores);
    ig_gaps_destroy(&gaps);
    ig_sensitivity_result_destroy(&sensitivity);
    ig_import_result_destroy(&merged);
    ig_import_result_destroy(&imported);
  }
};

// Every node of the model, by level (a selection for the analyses).
const char* const all_levels[] = {"activity", "output", "outcome", "goal", "vision"};
const ig_node_selection all_nodes = {sizeof(ig_node_selection), all_levels, 5, nullptr, 0};
const ig_contribution_options attribution = {sizeof(ig_contribution_options), IG_CONTRIBUTION_ATTRIBUTION,
                                             IG_NORMALIZATION_POSITIVE, IG_SIGN_RULE_MULTIPLY, 8, 1, 1,
                                             IG_DISTRIBUTION_UNIFORM, 0.10, 0.25, 0.50, 1.00, 1};
// A second unit for the sensitivity analysis (it needs two scored geographies).
const ig_observation second_unit = {sizeof(ig_observation), 0, "I1", 0, "0019", 0, "2019", "T", 1, 75.0, nullptr,
                                    nullptr};
// Few runs: weights varied, Sobol indices on (N * (d + 2) = 4 * 3 runs).
const ig_sensitivity_options few_runs = {sizeof(ig_sensitivity_options), 4, 1, IG_WEIGHT_SAMPLING_UNIFORM, 0.25, 20.0, 0,
                                         nullptr, 0, nullptr, 1, nullptr, nullptr};

// Made before any failure is injected: the harness itself must not allocate in a run.
std::string small_json, small_csv, saved_json, saved_csv, cyclic_text, kolada_file;
const char* kolada_files[1] = {nullptr};
int failures = 0;

#define EXPECT(condition, ...)                                   \
  do {                                                           \
    if (!(condition)) {                                          \
      ++failures;                                                \
      std::fprintf(stderr, "FAILED %s: ", #condition);           \
      std::fprintf(stderr, __VA_ARGS__);                         \
      std::fprintf(stderr, "\n");                                \
    }                                                            \
  } while (0)

// A call with a handle out-parameter: on failure the handle must still hold the sentinel.
template <class T, class Call>
ig_status with_out(T*& out, Call call) {
  T* const sentinel = reinterpret_cast<T*>(&out);
  T* value = sentinel;
  const ig_status s = call(&value);
  if (s != IG_OK) {
    EXPECT(value == sentinel, "an out-parameter was written by a failing call");
    return s;
  }
  EXPECT(value != sentinel && value != nullptr, "a successful call gave no handle");
  out = value;
  return s;
}

struct Step {
  const char* name;
  ig_status expected;  // without allocation failures
  std::function<ig_status(Handles&)> run;
  bool sets_last_error = true;
};

std::uint64_t absorbed = 0;  // calls that met a failed allocation and still gave their normal result

const std::vector<Step>& steps() {
  static const std::vector<Step> all = {
      {"ig_model_load", IG_OK,
       [](Handles& h) {
         return with_out(h.model, [&](ig_model** o) { return ig_model_load(o, small_json.c_str(), nullptr); });
       }},
      {"ig_model_validate", IG_OK,
       [](Handles& h) { return with_out(h.found, [&](ig_diagnostics** o) { return ig_model_validate(o, h.model); }); }},
      {"ig_diagnostics_format", IG_OK,
       [](Handles& h) -> ig_status {
         std::size_t n = 0;
         ig_diagnostics_count(&n, h.found);
         if (n == 0) return IG_OK;
         return with_out(h.line, [&](ig_string** o) { return ig_diagnostics_format(o, h.found, 0); });
       }},
      {"ig_model_write_string json", IG_OK,
       [](Handles& h) {
         return with_out(h.json, [&](ig_string** o) { return ig_model_write_string(o, h.model, IG_FORMAT_JSON, nullptr); });
       }},
      {"ig_model_write_string dot", IG_OK,
       [](Handles& h) {
         return with_out(h.dot, [&](ig_string** o) { return ig_model_write_string(o, h.model, IG_FORMAT_DOT, nullptr); });
       }},
      {"ig_model_write_string graphml", IG_OK,
       [](Handles& h) {
         return with_out(h.graphml,
                         [&](ig_string** o) { return ig_model_write_string(o, h.model, IG_FORMAT_GRAPHML, nullptr); });
       }},
      {"ig_model_load_json_string", IG_OK,
       [](Handles& h) {
         return with_out(h.from_text, [&](ig_model** o) {
           return ig_model_load_json_string(o, ig_string_data(h.json), ig_string_size(h.json), nullptr);
         });
       }},
      {"ig_builder_create_from_model", IG_OK,
       [](Handles& h) {
         return with_out(h.builder, [&](ig_builder** o) { return ig_builder_create_from_model(o, h.model); });
       }},
      {"ig_builder_add_node", IG_OK, [](Handles& h) { return ig_builder_add_node(h.builder, "P9", "activity", "New"); }},
      {"ig_builder_add_edge", IG_OK, [](Handles& h) { return ig_builder_add_edge(h.builder, "P9", "G1", 0.5); }},
      {"ig_builder_set_node_tag", IG_OK,
       [](Handles& h) { return ig_builder_set_node_tag(h.builder, "P9", "owner", "Region"); }},
      {"ig_builder_add_observation", IG_OK, [](Handles& h) { return ig_builder_add_observation(h.builder, &second_unit); }},
      {"ig_builder_import_kolada", IG_OK,
       [](Handles& h) {
         return with_out(h.merged, [&](ig_import_result** o) { return ig_builder_import_kolada(o, h.builder, kolada_files, 1); });
       }},
      {"ig_builder_freeze", IG_OK,
       [](Handles& h) { return with_out(h.edited, [&](ig_model** o) { return ig_builder_freeze(o, h.builder); }); }},
      {"ig_model_load_csv", IG_OK,
       [](Handles& h) {
         return with_out(h.csv, [&](ig_model** o) { return ig_model_load_csv(o, small_csv.c_str(), nullptr); });
       }},
      {"ig_validate_json_string", IG_OK,
       [](Handles& h) {
         return with_out(h.found_text, [&](ig_diagnostics** o) {
           return ig_validate_json_string(o, cyclic_text.data(), cyclic_text.size(), nullptr);
         });
       }},
      {"ig_model_load_json_string cyclic", IG_ERROR_INVALID_MODEL,
       [](Handles&) {
         ig_model* never = nullptr;
         const ig_status s = with_out(never, [&](ig_model** o) {
           return ig_model_load_json_string(o, cyclic_text.data(), cyclic_text.size(), nullptr);
         });
         ig_model_destroy(&never);
         return s;
       }},
      // Documented to leave the last error (the failed load's) as it is, even when it fails.
      {"ig_error_last_diagnostics", IG_OK,
       [](Handles& h) {
         const ig_status s = with_out(h.last, [](ig_diagnostics** o) { return ig_error_last_diagnostics(o); });
         EXPECT(ig_error_last_code() == IG_ERROR_INVALID_MODEL, "ig_error_last_diagnostics changed the last error");
         return s;
       },
       false},
      {"ig_contributions_compute path", IG_OK,
       [](Handles& h) {
         return with_out(h.paths, [&](ig_contributions** o) {
           return ig_contributions_compute(o, h.model, &all_nodes, &all_nodes, nullptr);
         });
       }},
      {"ig_contributions_compute attribution, Monte Carlo", IG_OK,
       [](Handles& h) {
         return with_out(h.shares, [&](ig_contributions** o) {
           return ig_contributions_compute(o, h.model, &all_nodes, &all_nodes, &attribution);
         });
       }},
      {"ig_funding_flows_compute", IG_OK,
       [](Handles& h) {
         return with_out(h.flows,
                         [&](ig_funding_flows** o) { return ig_funding_flows_compute(o, h.model, &all_nodes, nullptr); });
       }},
      {"ig_influence_compute", IG_OK,
       [](Handles& h) {
         return with_out(h.influence,
                         [&](ig_influence** o) { return ig_influence_compute(o, h.model, &all_nodes, nullptr); });
       }},
      {"ig_aggregate", IG_OK,
       [](Handles& h) {
         return with_out(h.scores, [&](ig_aggregate_result** o) { return ig_aggregate(o, h.model, nullptr); });
       }},
      {"ig_gaps_detect", IG_OK,
       [](Handles& h) { return with_out(h.gaps, [&](ig_gaps** o) { return ig_gaps_detect(o, h.model, nullptr); }); }},
      {"ig_sensitivity", IG_OK,
       [](Handles& h) {
         return with_out(h.sensitivity,
                         [&](ig_sensitivity_result** o) { return ig_sensitivity(o, h.edited, nullptr, &few_runs); });
       }},
      {"ig_model_save json", IG_OK,
       [](Handles& h) { return ig_model_save(h.model, saved_json.c_str(), IG_FORMAT_JSON, nullptr); }},
      // Into the file just saved, so every run starts from the same model.
      {"ig_import_kolada", IG_OK,
       [](Handles& h) {
         return with_out(h.imported,
                         [&](ig_import_result** o) { return ig_import_kolada(o, saved_json.c_str(), kolada_files, 1); });
       }},
      {"ig_model_save csv", IG_OK,
       [](Handles& h) { return ig_model_save(h.model, saved_csv.c_str(), IG_FORMAT_CSV, nullptr); }},
  };
  return all;
}

// One run with allocation n failing (0: none). Returns whether the failure was reached.
bool run(std::uint64_t n, bool persistent, bool check_leaks = true) {
  Handles h;
  const std::int64_t before = failing_new::live_blocks();
  failing_new::fail_at(n, persistent);
  for (const Step& step : steps()) {
    const std::uint64_t at = failing_new::allocations();
    const bool fired_before = failing_new::fired();
    const ig_status s = step.run(h);
    // With every allocation from n on failing, any step after the n-th allocation is hit.
    const bool hit = failing_new::fired() && (persistent || !fired_before);
    if (s == step.expected) {
      if (hit && !(persistent && fired_before)) {
        ++absorbed;
        if (std::getenv("IG_ALLOC_VERBOSE")) std::fprintf(stderr, "absorbed: %s at %llu\n", step.name, (unsigned long long)n);
      }
      continue;
    }
    EXPECT(hit && s == IG_ERROR_OUT_OF_MEMORY, "%s (allocation %llu%s, from %llu) returned %s, not %s", step.name,
           static_cast<unsigned long long>(n), persistent ? " on" : "", static_cast<unsigned long long>(at),
           ig_status_name(s), hit ? "IG_ERROR_OUT_OF_MEMORY" : ig_status_name(step.expected));
    if (step.sets_last_error) {
      EXPECT(ig_error_last_code() == s, "%s: the last error is %s", step.name, ig_status_name(ig_error_last_code()));
      EXPECT(ig_error_last_message()[0] != '\0', "%s: no message", step.name);
    }
    break;  // later steps need what this one made
  }
  const bool reached = failing_new::fired();
  failing_new::fail_at(0);
  h.destroy();
  ig_error_clear();
  const std::int64_t leaked = failing_new::live_blocks() - before;
  EXPECT(!check_leaks || leaked == 0, "%lld blocks leaked with allocation %llu%s failing", static_cast<long long>(leaked),
         static_cast<unsigned long long>(n), persistent ? " on" : "");
  return reached;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s DATA_DIR KOLADA_FILE TMP_DIR\n", argv[0]);
    return 2;
  }
  const std::string data_dir = argv[1], tmp_dir = argv[3];
  kolada_file = argv[2];
  kolada_files[0] = kolada_file.c_str();
  std::filesystem::remove_all(tmp_dir);
  std::filesystem::create_directories(tmp_dir);
  small_json = data_dir + "/small.json";
  small_csv = data_dir + "/small_csv";
  saved_json = tmp_dir + "/saved.json";
  saved_csv = tmp_dir + "/saved_csv";
  std::ifstream in(data_dir + "/cyclic.json", std::ios::binary);
  cyclic_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());

  // Warm-up: lazily made statics (locales, the thread's last-error buffers) exist
  // before the first counted run, and the fault-free run must pass.
  run(0, false, false);
  run(0, false);
  const std::uint64_t total = [] {
    failing_new::fail_at(0);
    Handles h;
    for (const Step& step : steps()) step.run(h);
    const std::uint64_t n = failing_new::allocations();
    h.destroy();
    ig_error_clear();
    return n;
  }();
  std::uint64_t runs = 0;
  for (bool persistent : {false, true}) {
    std::uint64_t n = 1;
    while (run(n, persistent) && failures < 20) ++n, ++runs;
  }
  // A failed save removes its temporary file or folder, out of memory too.
  for (const auto& entry : std::filesystem::directory_iterator(tmp_dir)) {
    const std::string name = entry.path().filename().string();
    EXPECT(name == "saved.json" || name == "saved_csv", "a failed save left %s behind", name.c_str());
  }
  std::printf("%llu allocations in a run; %llu runs with failures injected; %llu calls absorbed a failure; "
              "%d failure(s)\n",
              static_cast<unsigned long long>(total), static_cast<unsigned long long>(runs),
              static_cast<unsigned long long>(absorbed), failures);
  return failures == 0 && total > 100 ? 0 : 1;
}
