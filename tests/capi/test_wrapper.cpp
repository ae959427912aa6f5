// The header-only C++17 wrapper (capi/impactgraph.hpp) over the shared library.
#include <cmath>
#include <cstdio>
#include <string>

#include "impactgraph.hpp"

namespace {
int failures = 0;
void check(bool ok, const char* what, int line) {
  if (!ok) {
    std::fprintf(stderr, "line %d: %s failed\n", line, what);
    ++failures;
  }
}
}  // namespace

#define CHECK(x) check((x), #x, __LINE__)

int main() {
  try {
    const ig::model m = ig::model::load(IG_CAPI_DATA "/small.json");
    CHECK(m.name() == "Small strategy");
    CHECK(m.node_count() == 4);
    CHECK(std::string(m.node(2).id) == "G1");
    CHECK(m.find_node("A2") == 3u);
    CHECK(!m.find_node("nope"));
    CHECK(m.node_tag(0, "owner") == "RU");
    CHECK(!m.node_tag(1, "owner"));
    CHECK(m.node_tags(0).size() == 2);
    CHECK(m.node_funding(0).at(0).amount == 1200000.0);
    CHECK((m.out_edges(1) == std::pair<std::size_t, std::size_t>(1, 2)));
    CHECK((m.in_edges(2) == std::vector<std::size_t>{1, 2}));
    CHECK((m.topological_order() == std::vector<std::size_t>{0, 3, 1, 2}));
    CHECK(m.indicator_target(0, 1).geo_count == 2);
    CHECK(std::isnan(m.observation(2).value));
    CHECK(m.validate().error_count() == 0);

    ig::builder b = ig::builder::from_model(m);
    b.add_node("A3", "activity", "Third").add_edge("A3", "G1", 0.5).add_observation("I1", "0018", "2020", 80.0);
    const ig::model m2 = b.freeze();
    CHECK(m2.node_count() == 5);
    CHECK(m2.observation_count() == 4);
    CHECK(m2 != m);

    const std::string json = m.write_string(IG_FORMAT_JSON);
    CHECK(ig::model::load_json_string(json) == m);

    try {
      b.add_node("late", "goal");
      CHECK(false);  // a sealed builder accepted a node
    } catch (const ig::error& e) {
      CHECK(e.code() == IG_ERROR_STATE);
    }

    try {
      (void)ig::model::load(IG_CAPI_DATA "/cyclic.json");
      CHECK(false);  // a cyclic model loaded
    } catch (const ig::error& e) {
      CHECK(e.code() == IG_ERROR_INVALID_MODEL);
      CHECK(std::string(e.code_name()) == "IG_ERROR_INVALID_MODEL");
      bool cycle = false;
      for (const auto& d : e.diagnostics())
        if (d.code == "cycle") cycle = d.ids == std::vector<std::string>{"X", "Y", "Z"};
      CHECK(cycle);
    }

    const ig::diagnostics found = ig::validate_path(IG_CAPI_DATA "/wrong_type.json");
    CHECK(found.size() >= 1);
    CHECK(found[0].code == "wrong-type");
    CHECK(found[0].line == 4);
    CHECK(found[0].formatted.find("[wrong-type]") != std::string::npos);
    CHECK(ig::parse_format("csv") == IG_FORMAT_CSV);
  } catch (const ig::error& e) {
    std::fprintf(stderr, "unexpected ig::error %s: %s\n", e.code_name(), e.what());
    ++failures;
  }
  return failures ? 1 : 0;
}
