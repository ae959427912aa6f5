// The tiny worked example of docs/contributions.md, by hand, in every mode; the error that
// names a node flow or attribution cannot normalise; choosing nodes by level and id.
#include <catch2/catch.hpp>

#include "impactgraph/contribution.hpp"
#include "impactgraph/diagnostic.hpp"
#include "impactgraph/funding.hpp"

using namespace impactgraph;

namespace {

// docs/contributions.md, "The worked example":
//   A1 -0.8-> E1 -1.0-> G      A1 -0.2-> E2 -0.5-> G
//   A2 -0.6-> E2               A2 -(-0.3)-> G   (a trade-off)
Model tiny() {
  ModelBuilder b;
  NodeSpec& a1 = b.add_node("A1", "activity");
  a1.tags = {{"area", "X"}};
  a1.funding = {{600, "SEK", "ERUF", "2022"}, {400, "SEK", "ERUF", "2023"}};
  NodeSpec& a2 = b.add_node("A2", "activity");
  a2.tags = {{"area", "Y"}};
  a2.funding = {{500, "SEK", "own", "2023"}};
  b.add_node("E1", "outcome");
  b.add_node("E2", "outcome");
  b.add_node("G", "goal");
  b.add_edge("A1", "E1", 0.8);
  b.add_edge("A1", "E2", 0.2);
  b.add_edge("A2", "E2", 0.6);
  b.add_edge("A2", "G", -0.3);
  b.add_edge("E1", "G", 1.0);
  b.add_edge("E2", "G", 0.5);
  return b.freeze();
}

std::vector<NodeIndex> ids(const Model& m, std::initializer_list<const char*> list) {
  std::vector<NodeIndex> out;
  for (const char* s : list) out.push_back(*m.find_node(s));
  return out;
}

struct Row {
  const char* source;
  const char* target;
  double value, synergy, trade_off;
};

void check_rows(const Model& m, const ContributionResult& r, std::initializer_list<Row> rows) {
  REQUIRE(r.records.size() == rows.size());
  std::size_t i = 0;
  for (const Row& row : rows) {
    const ContributionRecord& rec = r.records[i++];
    INFO(row.source << " -> " << row.target);
    CHECK(m.node(rec.source).id() == row.source);
    CHECK(m.node(rec.target).id() == row.target);
    CHECK(rec.value == Approx(row.value).margin(1e-12));
    CHECK(rec.synergy == Approx(row.synergy).margin(1e-12));
    CHECK(rec.trade_off == Approx(row.trade_off).margin(1e-12));
  }
}

ContributionOptions options(ContributionMode mode, Normalization n = Normalization::positive) {
  ContributionOptions o;
  o.mode = mode;
  o.normalization = n;
  return o;
}

}  // namespace

TEST_CASE("path contributions of the worked example", "[contribution]") {
  const Model m = tiny();
  const auto src = ids(m, {"A1", "A2"});
  // Ordered by target, then source; A2 has no path to E1, so no record.
  check_rows(m, contributions(m, src, ids(m, {"E1", "E2", "G"}), options(ContributionMode::path)),
             {{"A1", "E1", 0.8, 0.8, 0.0},
              {"A1", "E2", 0.2, 0.2, 0.0},
              {"A2", "E2", 0.6, 0.6, 0.0},
              {"A1", "G", 0.8 * 1.0 + 0.2 * 0.5, 0.9, 0.0},
              // 0.6 * 0.5 - 0.3: a path exists, so the zero is listed
              {"A2", "G", 0.0, 0.3, -0.3}});
  // Targets before sources in the selection order decide the order.
  check_rows(m, contributions(m, ids(m, {"A2", "A1"}), ids(m, {"G"}), options(ContributionMode::path)),
             {{"A2", "G", 0.0, 0.3, -0.3}, {"A1", "G", 0.9, 0.9, 0.0}});
  // Any-negative rule: the same here (no path has two trade-offs).
  ContributionOptions any = options(ContributionMode::path);
  any.sign_rule = SignRule::any_negative;
  check_rows(m, contributions(m, src, ids(m, {"G"}), any), {{"A1", "G", 0.9, 0.9, 0.0}, {"A2", "G", 0.0, 0.3, -0.3}});
  // A source that is also a target is no pair with itself.
  check_rows(m, contributions(m, ids(m, {"A1", "E1"}), ids(m, {"E1"}), options(ContributionMode::path)),
             {{"A1", "E1", 0.8, 0.8, 0.0}});
}

TEST_CASE("flow contributions of the worked example", "[contribution]") {
  const Model m = tiny();
  const auto src = ids(m, {"A1", "A2"});
  // Positive: A2's trade-off carries nothing, so A2's whole unit goes to E2 and on to G.
  check_rows(m, contributions(m, src, ids(m, {"E2", "G"}), options(ContributionMode::flow)),
             {{"A1", "E2", 0.2, 0.2, 0.0}, {"A2", "E2", 1.0, 1.0, 0.0}, {"A1", "G", 1.0, 1.0, 0.0},
              {"A2", "G", 1.0, 1.0, 0.0}});
  // Signed: A2's out-weights sum to 0.3, so A2 -> E2 is 0.6 / 0.3 = 2 and A2 -> G is -1.
  check_rows(m, contributions(m, src, ids(m, {"E2", "G"}), options(ContributionMode::flow, Normalization::signed_sum)),
             {{"A1", "E2", 0.2, 0.2, 0.0}, {"A2", "E2", 2.0, 2.0, 0.0}, {"A1", "G", 1.0, 1.0, 0.0},
              {"A2", "G", 1.0, 2.0, -1.0}});
}

TEST_CASE("attribution shares of the worked example", "[contribution]") {
  const Model m = tiny();
  const auto src = ids(m, {"A1", "A2"});
  // Positive: G's positive in-weights sum to 1.5: E1 2/3, E2 1/3; E2's: A1 1/4, A2 3/4.
  check_rows(m, contributions(m, src, ids(m, {"G"}), options(ContributionMode::attribution)),
             {{"A1", "G", 2.0 / 3 + 0.25 / 3, 0.75, 0.0}, {"A2", "G", 0.75 / 3, 0.25, 0.0}});
  // Signed: G's in-weights sum to 1.2: E1 5/6, E2 5/12, A2 -1/4. Still sums to 1.
  check_rows(
      m, contributions(m, src, ids(m, {"G"}), options(ContributionMode::attribution, Normalization::signed_sum)),
      {{"A1", "G", 5.0 / 6 + 0.25 * 5 / 12, 45.0 / 48, 0.0}, {"A2", "G", 3.0 / 48, 15.0 / 48, -0.25}});
}

TEST_CASE("funding flow of the worked example", "[contribution][funding]") {
  const Model m = tiny();
  struct Flow {
    const char* node;
    const char* group;
    double amount, direct;
  };
  const auto check_flows = [&](const FundingResult& r, std::initializer_list<Flow> flows) {
    REQUIRE(r.flows.size() == flows.size());
    std::size_t i = 0;
    for (const Flow& f : flows) {
      const FundingFlow& x = r.flows[i++];
      INFO(f.node << " " << f.group);
      CHECK(m.node(x.node).id() == f.node);
      CHECK(x.group == f.group);
      CHECK(x.currency == "SEK");
      CHECK(x.amount == Approx(f.amount).margin(1e-9));
      CHECK(x.direct == Approx(f.direct).margin(1e-9));
    }
  };
  const FundingResult all = funding_flows(m);
  check_flows(all, {{"A1", "ERUF", 1000, 1000},
                    {"A2", "own", 500, 500},
                    {"E1", "ERUF", 800, 0},
                    {"E2", "ERUF", 200, 0},
                    {"E2", "own", 500, 0},
                    {"G", "ERUF", 1000, 0},
                    {"G", "own", 500, 0}});
  REQUIRE(all.totals.size() == 2);
  CHECK(all.totals[0].group == "ERUF");
  CHECK(all.totals[0].amount == 1000);
  CHECK(all.totals[1].group == "own");
  CHECK(all.totals[1].amount == 500);

  FundingOptions by_area;
  by_area.group_by = "area";
  check_flows(funding_flows(m, ids(m, {"G"}), by_area), {{"G", "X", 1000, 0}, {"G", "Y", 500, 0}});

  FundingOptions y2022;
  y2022.periods = {"2022"};
  check_flows(funding_flows(m, ids(m, {"E1", "E2", "G"}), y2022),
              {{"E1", "ERUF", 480, 0}, {"E2", "ERUF", 120, 0}, {"G", "ERUF", 600, 0}});

  // Signed: A2 sends 2 x 500 to E2 and -1 x 500 straight to G; G still gets 500 in all.
  FundingOptions s;
  s.normalization = Normalization::signed_sum;
  check_flows(funding_flows(m, ids(m, {"E2", "G"}), s),
              {{"E2", "ERUF", 200, 0}, {"E2", "own", 1000, 0}, {"G", "ERUF", 1000, 0}, {"G", "own", 500, 0}});
}

TEST_CASE("a node flow or attribution cannot normalise is an error naming it", "[contribution]") {
  ModelBuilder b;
  b.add_node("X", "activity");
  b.add_node("Y", "output");
  b.add_node("Z", "output");
  b.add_node("S", "activity");
  b.add_node("T", "goal");
  b.add_edge("X", "Y", 0.5);
  b.add_edge("X", "Z", -0.5);
  b.add_edge("Y", "T", 1.0);
  b.add_edge("Z", "T", 1.0);
  b.add_edge("S", "T", -1.0);
  const Model m = b.freeze();
  const auto expect_error = [&](const std::vector<NodeIndex>& src, const std::vector<NodeIndex>& tgt,
                                ContributionOptions o, const char* node, const char* words) {
    try {
      contributions(m, src, tgt, o);
      FAIL("no error");
    } catch (const Error& e) {
      REQUIRE(e.diagnostics().size() == 1);
      CHECK(e.diagnostics()[0].code == "cannot-normalise");
      CHECK(e.diagnostics()[0].ids == std::vector<std::string>{node});
      CHECK_THAT(e.what(), Catch::Contains(std::string("node \"") + node + "\"") && Catch::Contains(words));
    }
  };
  // Signed flow: X's out-weights sum to 0.
  expect_error(ids(m, {"X"}), ids(m, {"T"}), options(ContributionMode::flow, Normalization::signed_sum), "X",
               "out-weights sum to 0");
  // Positive attribution: S's edge to T is a trade-off and takes no share, but T has
  // positive in-weights (from Y and Z, 1 each), so it normalises: S 0, Y 1/2.
  const auto r = contributions(m, ids(m, {"S", "Y"}), ids(m, {"T"}), options(ContributionMode::attribution));
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].value == 0.0);
  CHECK(r.records[1].value == Approx(0.5));
  // Positive flow from S: its only out-weight is negative: nothing to divide by.
  expect_error(ids(m, {"S"}), ids(m, {"T"}), options(ContributionMode::flow), "S", "no positive out-weight");
  // Signed flow from S: its out-weights sum to -1.
  expect_error(ids(m, {"Y", "S"}), ids(m, {"T"}), options(ContributionMode::flow, Normalization::signed_sum), "S",
               "out-weights sum to -1");
  // A node off every source-to-target path is not checked: X cannot normalise, but the flow
  // from Y to T never passes X.
  const auto ok = contributions(m, ids(m, {"Y"}), ids(m, {"T"}), options(ContributionMode::flow, Normalization::signed_sum));
  REQUIRE(ok.records.size() == 1);
  CHECK(ok.records[0].value == 1.0);

  // A failing call on an engine leaves the caller's result as the last good call wrote it
  // (the check runs after the sweep, before any record is written).
  ContributionEngine engine(m);
  ContributionResult kept;
  engine.compute(ids(m, {"S", "Y"}), ids(m, {"T"}), options(ContributionMode::attribution), kept);
  const std::vector<ContributionRecord> before = kept.records;
  REQUIRE(before.size() == 2);
  CHECK_THROWS_AS(engine.compute(ids(m, {"Y", "S"}), ids(m, {"T"}),
                                 options(ContributionMode::flow, Normalization::signed_sum), kept),
                  Error);
  CHECK(kept.mode == ContributionMode::attribution);
  REQUIRE(kept.records.size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(kept.records[i].source == before[i].source);
    CHECK(kept.records[i].target == before[i].target);
    CHECK(kept.records[i].value == before[i].value);
  }
}

TEST_CASE("choosing nodes by level and id", "[contribution]") {
  const Model m = tiny();
  const std::vector<std::string> levels{"outcome", "activity"};
  const auto chosen = select_nodes(m, levels);  // node order, whatever the level order
  REQUIRE(chosen == ids(m, {"A1", "A2", "E1", "E2"}));
  const std::vector<std::string> extra{"G", "A1", "G"};
  CHECK(select_nodes(m, std::vector<std::string>{"activity"}, extra) == ids(m, {"A1", "A2", "G"}));
  try {
    select_nodes(m, std::vector<std::string>{"goals"});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.diagnostics()[0].code == "unknown-level");
    CHECK(e.diagnostics()[0].ids == std::vector<std::string>{"goals"});
  }
  try {
    select_nodes(m, {}, std::vector<std::string>{"nope"});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.diagnostics()[0].code == "unknown-node");
  }
  const std::vector<NodeIndex> bad{99};
  CHECK_THROWS_AS(contributions(m, bad, ids(m, {"G"})), std::invalid_argument);
  // Duplicates count once.
  CHECK(contributions(m, ids(m, {"A1", "A1"}), ids(m, {"G", "G"})).records.size() == 1);
}
