// Many threads read one frozen model and run every analysis on it at once, through the
// C++ API and through the C ABI; each must get what a lone thread gets. Run under
// ThreadSanitizer by scripts/test.sh (stage tsan), where any data race fails it.
// A new analysis adds one entry to analyses() returning a digest of its result
// (analysis_digests.cpp for the C ABI's).
#include <atomic>
#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "analysis_digests.hpp"
#include "impactgraph.h"
#include "impactgraph/io.hpp"

namespace {

using impactgraph::Model;

struct Analysis {
  const char* name;
  std::function<std::string()> run;
};

const Model* model = nullptr;     // the shared frozen model (C++)
const ig_model* cmodel = nullptr;  // the same model through the C ABI

std::string diagnostics_digest(const std::vector<impactgraph::Diagnostic>& found) {
  std::string out;
  for (const auto& d : found) out += impactgraph::format(d) + "\n";
  return out;
}

std::string c_text(ig_format format) {
  ig_string* s = nullptr;
  if (ig_model_write_string(&s, cmodel, format, nullptr) != IG_OK) return std::string("failed: ") + ig_error_last_message();
  std::string text(ig_string_data(s), ig_string_size(s));
  ig_string_destroy(&s);
  return text;
}

// Everything the C ABI lets a reader enumerate, as text.
std::string c_enumeration() {
  std::string out;
  std::size_t n = 0;
  ig_model_node_count(&n, cmodel);
  for (std::size_t i = 0; i < n; ++i) {
    ig_node node{};
    node.struct_size = sizeof node;
    ig_model_node(&node, cmodel, i);
    std::size_t found = 0, first = 0, last = 0;
    ig_model_find_node(&found, cmodel, node.id);
    ig_model_out_edges(&first, &last, cmodel, i);
    out += std::string(node.id) + "/" + node.level + "/" + std::to_string(found) + "/" + std::to_string(last - first) +
           "/" + std::to_string(node.in_edge_count) + ";";
  }
  std::vector<std::size_t> order(n);
  ig_model_topological_order(order.data(), n, cmodel);
  for (std::size_t v : order) out += std::to_string(v) + ",";
  ig_model_edge_count(&n, cmodel);
  for (std::size_t i = 0; i < n; ++i) {
    ig_edge edge{};
    edge.struct_size = sizeof edge;
    ig_model_edge(&edge, cmodel, i);
    out += std::string(edge.from_id) + ">" + edge.to_id + "=" + std::to_string(edge.weight) + ";";
  }
  ig_model_indicator_count(&n, cmodel);
  for (std::size_t i = 0; i < n; ++i) {
    ig_indicator ind{};
    ind.struct_size = sizeof ind;
    ig_model_indicator(&ind, cmodel, i);
    out += std::string(ind.id) + ":" + ind.label;
    for (std::size_t t = 0; t < ind.target_count; ++t) {
      ig_target target{};
      target.struct_size = sizeof target;
      ig_model_indicator_target(&target, cmodel, i, t);
      out += "/" + std::string(ig_target_kind_name(target.kind)) + std::to_string(target.geo_count);
    }
  }
  ig_model_observation_count(&n, cmodel);
  for (std::size_t i = 0; i < n; ++i) {
    ig_observation o{};
    o.struct_size = sizeof o;
    ig_model_observation(&o, cmodel, i);
    out += std::string(o.indicator_id) + "@" + o.geo_id + ":" + o.period + o.breakdown + ";";
  }
  return out;
}

std::string c_validate() {
  ig_diagnostics* d = nullptr;
  if (ig_model_validate(&d, cmodel) != IG_OK) return "failed";
  std::size_t n = 0;
  ig_diagnostics_count(&n, d);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    ig_string* line = nullptr;
    ig_diagnostics_format(&line, d, i);
    out += std::string(ig_string_data(line)) + "\n";
    ig_string_destroy(&line);
  }
  ig_diagnostics_destroy(&d);
  return out;
}

// A builder started from the shared model, frozen again: equal to it.
std::string c_rebuild() {
  ig_builder* b = nullptr;
  ig_model* copy = nullptr;
  int equal = -1;
  if (ig_builder_create_from_model(&b, cmodel) != IG_OK || ig_builder_freeze(&copy, b) != IG_OK ||
      ig_model_equal(&equal, copy, cmodel) != IG_OK)
    equal = -2;
  ig_model_destroy(&copy);
  ig_builder_destroy(&b);
  return std::to_string(equal);
}

const std::vector<Analysis>& analyses() {
  static const std::vector<Analysis> all = {
      {"C++ validate", [] { return diagnostics_digest(impactgraph::validate(model->spec())); }},
      {"C++ spec", [] { return impactgraph::to_json(model->spec()); }},
      {"C++ dot", [] {
         std::ostringstream out;
         impactgraph::write_dot(model->spec(), out);
         return out.str();
       }},
      {"C++ graphml", [] {
         std::ostringstream out;
         impactgraph::write_graphml(model->spec(), out);
         return out.str();
       }},
      {"C++ enumeration", [] {
         std::string out;
         for (impactgraph::NodeIndex v : model->topological_order()) {
           out += std::string(model->node(v).id()) + ":";
           for (impactgraph::EdgeIndex e : model->in_edges(v)) out += std::to_string(model->edge(e).source()) + ",";
           out += std::to_string(model->node(v).tag_count()) + ";";
         }
         const auto obs = model->observations();
         for (std::size_t i = 0; i < obs.size(); ++i) out += obs.period(i).str() + std::string(obs.breakdown(i));
         return out;
       }},
      {"C++ freeze again", [] { return std::to_string(Model::freeze(model->spec()).spec() == model->spec()); }},
      {"C validate", c_validate},
      {"C json", [] { return c_text(IG_FORMAT_JSON); }},
      {"C dot", [] { return c_text(IG_FORMAT_DOT); }},
      {"C graphml", [] { return c_text(IG_FORMAT_GRAPHML); }},
      {"C enumeration", c_enumeration},
      {"C rebuild", c_rebuild},
      {"C contributions path", [] { return digests::contributions(cmodel, IG_CONTRIBUTION_PATH, 0); }},
      {"C contributions flow", [] { return digests::contributions(cmodel, IG_CONTRIBUTION_FLOW, 0); }},
      {"C contributions attribution", [] { return digests::contributions(cmodel, IG_CONTRIBUTION_ATTRIBUTION, 0); }},
      {"C contributions Monte Carlo", [] { return digests::contributions(cmodel, IG_CONTRIBUTION_PATH, 20); }},
      {"C funding flows", [] { return digests::funding_flows(cmodel); }},
      {"C influence", [] { return digests::influence(cmodel); }},
      {"C aggregate", [] { return digests::aggregate(cmodel); }},
      {"C sensitivity", [] { return digests::sensitivity(cmodel); }},
      {"C gaps", [] { return digests::gaps(cmodel); }},
  };
  return all;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s MODEL\n", argv[0]);
    return 2;
  }
  const Model shared = impactgraph::load(argv[1]);
  model = &shared;
  ig_model* c = nullptr;
  if (ig_model_load(&c, argv[1], nullptr) != IG_OK) {
    std::fprintf(stderr, "load failed: %s\n", ig_error_last_message());
    return 1;
  }
  cmodel = c;

  const auto& all = analyses();
  std::vector<std::string> expected;
  for (const Analysis& a : all) expected.push_back(a.run());
  int broken = 0;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (expected[i].rfind("failed", 0) == 0) {  // a digest may be empty (validate: no findings)
      std::fprintf(stderr, "%s alone: %s\n", all[i].name, expected[i].c_str());
      ++broken;
    }
  if (broken) return 1;

  constexpr int threads = 8, rounds = 2;
  std::atomic<int> failures{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      // Each thread starts at another analysis, so that different ones overlap.
      for (int r = 0; r < rounds; ++r)
        for (std::size_t k = 0; k < all.size(); ++k) {
          const std::size_t i = (k + static_cast<std::size_t>(t)) % all.size();
          if (all[i].run() != expected[i]) {
            std::fprintf(stderr, "thread %d: %s differs\n", t, all[i].name);
            ++failures;
          }
        }
    });
  }
  for (auto& thread : pool) thread.join();
  ig_model_destroy(&c);
  std::printf("%d threads x %d rounds x %zu analyses: %d difference(s)\n", threads, rounds, all.size(),
              failures.load());
  return failures == 0 ? 0 : 1;
}
