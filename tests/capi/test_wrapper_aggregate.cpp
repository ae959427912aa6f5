// Aggregation and sensitivity through the C++17 wrapper, on data/hand.json (the hand
// model of docs/aggregation.md).
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
bool near(double a, double b) { return std::abs(a - b) < 1e-9; }
}  // namespace

#define CHECK(x) check((x), #x, __LINE__)

int main() {
  try {
    const ig::model m = ig::model::load(IG_CAPI_DATA "/hand.json");
    const ig::aggregate_result r = ig::aggregate(m);
    CHECK(r.score_count() == 11);
    const auto g = r.find_score("G", "M2", "2020");
    CHECK(g && near(g->value, 43.75) && near(g->coverage, 1.0));
    CHECK(!r.find_score("E2", "M3", "2020"));
    CHECK(r.periods() == std::vector<std::string_view>{"2020"});
    CHECK(r.assessment_count() == 1 && std::string(r.assessment(0).text) == "Good progress.");
    CHECK(r.diagnostics().empty());

    ig::aggregate_options o;
    o.node_methods = {{"G", IG_COMPOSITE_MINIMUM}};
    o.geos = {"M3"};
    const ig::aggregate_result minimum = ig::aggregate(m, o);
    CHECK(near(minimum.find_score("G", "M3", "2020")->value, 75.0));
    CHECK(minimum.score_count() == 2);

    ig::aggregate_options z;
    z.normalisation.method = IG_NORMALISATION_ZSCORE;
    z.normalisation.mean = 50;
    z.normalisation.sd = 10;
    const auto i1 = ig::aggregate(m, z).find_value("I1", "M3", "2020");
    // I1 at R, M1, M2, M3: 20, 10, 20, 30; mean 20, sample sd sqrt(200 / 3).
    CHECK(i1 && near(i1->normalised, 50 + 10 * 10 / std::sqrt(200.0 / 3)));

    ig::sensitivity_options so;
    so.samples = 10;
    so.weights = IG_WEIGHT_SAMPLING_NONE;
    so.methods = {IG_COMPOSITE_ARITHMETIC};
    const ig::sensitivity_result s = ig::sensitivity(m, {}, so);
    CHECK(std::string(s.summary().target_id) == "G");
    CHECK(s.units().size() == 4 && near(s.units()[3].median_rank, 1.0));
    CHECK(s.inputs().size() == 1);

    ig::aggregate_options bad;
    bad.geos = {"nowhere"};
    try {
      ig::aggregate(m, bad);
      CHECK(false);
    } catch (const ig::error& e) {
      CHECK(e.code() == IG_ERROR_INVALID_ARGUMENT);
    }
  } catch (const ig::error& e) {
    std::fprintf(stderr, "unexpected: %s\n", e.what());
    return 1;
  }
  if (failures) std::fprintf(stderr, "%d check(s) failed\n", failures);
  return failures ? 1 : 0;
}
