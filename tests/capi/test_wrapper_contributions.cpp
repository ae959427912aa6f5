// The C++17 wrapper's analysis classes (ig::contributions, ig::funding_flows,
// ig::influence, ig::node_selection) on the worked example of docs/contributions.md.
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
bool near(double a, double b) { return std::fabs(a - b) < 1e-12; }

ig::model tiny() {
  ig::builder b;
  b.add_node("A1", "activity").node_tag("A1", "area", "X").node_funding("A1", 1000, "SEK", "ERUF", "2022");
  b.add_node("A2", "activity").node_funding("A2", 500, "SEK", "own", "2023");
  b.add_node("E1", "outcome").add_node("E2", "outcome").add_node("G", "goal");
  b.add_edge("A1", "E1", 0.8).add_edge("A1", "E2", 0.2).add_edge("A2", "E2", 0.6).add_edge("A2", "G", -0.3);
  b.add_edge("E1", "G", 1.0).add_edge("E2", "G", 0.5);
  return b.freeze();
}
}  // namespace

#define CHECK(x) check((x), #x, __LINE__)

int main() {
  try {
    const ig::model m = tiny();
    const auto from = ig::node_selection::levels({"activity"});
    const auto to = ig::node_selection::ids({"G"});
    const ig::contributions path = ig::contributions::compute(m, from, to);
    CHECK(path.size() == 2);
    CHECK(path.samples() == 0);
    CHECK(near(path[0].value, 0.9));
    CHECK(std::string(path[1].source_id) == "A2");
    CHECK(near(path[1].trade_off, -0.3));

    ig_contribution_options o = ig::contribution_options(IG_CONTRIBUTION_ATTRIBUTION);
    o.samples = 20;
    o.seed = 3;
    const auto shares = ig::contributions::compute(m, from, to, &o).all();
    CHECK(shares.size() == 2);
    CHECK(near(shares[0].value + shares[1].value, 1.0));
    CHECK(shares[0].has_samples == 1);

    const ig::funding_flows money = ig::funding_flows::compute(m, &to);
    CHECK(money.size() == 2);
    CHECK(near(money[0].amount, 1000.0));
    CHECK(money.total_count() == 2);
    const ig_funding_options by_area = ig::funding_options("area");
    const ig::funding_flows areas = ig::funding_flows::compute(m, nullptr, &by_area);
    CHECK(std::string(areas.total(1).group).empty());  // A2 has no area tag

    const ig::influence inf = ig::influence::compute(m, ig::node_selection().add_id("A2").add_id("E2").add_id("G"));
    CHECK(inf.size() == 3);
    CHECK(near(inf.pair(0, 2).first, -0.3));
    CHECK(near(inf.pair(0, 2).second, 0.3));
    CHECK(inf.node(0).micmac == IG_MICMAC_DRIVER);

    try {
      ig::contributions::compute(m, ig::node_selection::levels({"goals"}), to);
      CHECK(false);
    } catch (const ig::error& e) {
      CHECK(e.code() == IG_ERROR_NOT_FOUND);
    }
  } catch (const ig::error& e) {
    std::fprintf(stderr, "unexpected ig::error %s: %s\n", e.code_name(), e.what());
    return 1;
  }
  if (failures) std::fprintf(stderr, "%d check(s) failed\n", failures);
  return failures ? 1 : 0;
}
