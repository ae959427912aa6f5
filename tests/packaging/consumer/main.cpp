// The C++ wrapper from the installed package: impactgraph.hpp and its parts
// (impactgraph/capi/*.hpp over the C parts), as main.c does through the C header.
#include <cstdio>
#include <exception>

#include "impactgraph.hpp"

int main() {
  try {
    const ig::model m = ig::model::load_json_string(
        R"({"impactgraph": 1, "nodes": [{"id": "A", "level": "activity"}, {"id": "G", "level": "goal"}],)"
        R"( "edges": [{"from": "A", "to": "G", "weight": 0.5}]})");
    const ig::contributions c =
        ig::contributions::compute(m, ig::node_selection::ids({"A"}), ig::node_selection::ids({"G"}));
    std::printf("impactgraph %s (C++): %u nodes, %u edges, contribution %.2f\n", ig::version().c_str(),
                static_cast<unsigned>(m.node_count()), static_cast<unsigned>(m.edge_count()), c[0].value);
    return m.node_count() == 2 && m.edge_count() == 1 && c.size() == 1 && c[0].value == 0.5 ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
    return 1;
  }
}
