// Structural gaps, each on a small model that triggers it and one that does not.
#include <catch2/catch.hpp>

#include "gaps_fixture.hpp"

using namespace gaps_test;

namespace {
// The chain with an indicator (direction, baseline, target) on the outcome and the goal.
ModelBuilder measured_chain() {
  ModelBuilder b = chain();
  measured(b, "I_E", "E1");
  measured(b, "I_G", "G1");
  return b;
}
}  // namespace

TEST_CASE("a complete chain has no structural gap", "[gaps][structural]") {
  const GapReport r = detect_gaps(measured_chain().freeze());
  for (const Gap& g : r.gaps) {
    INFO(g.code << ": " << g.message);
    CHECK(family_of(g.code) != "structural");
  }
}

TEST_CASE("unreached-goal and unreached-effect", "[gaps][structural]") {
  ModelBuilder b = measured_chain();
  b.add_node("G2", "goal", "Ett mål utan insatser");
  b.add_node("E2", "outcome", "En effekt utan insatser");
  b.add_edge("E2", "G2");
  b.add_edge("G2", "V");
  measured(b, "I_E2", "E2");
  measured(b, "I_G2", "G2");
  const GapReport r = detect_gaps(b.freeze());
  const Gap* goal = find_gap(r, gap_codes::unreached_goal, "G2");
  REQUIRE(goal != nullptr);
  CHECK(goal->severity == Severity::error);
  CHECK(text(*goal, "level") == "goal");
  CHECK(goal->message == "G2 “Ett mål utan insatser” (goal) is reached by no activity: nothing in the plan "
                         "contributes to it.");
  const Gap* effect = find_gap(r, gap_codes::unreached_effect, "E2");
  REQUIRE(effect != nullptr);
  CHECK(effect->severity == Severity::warning);
  // Reached nodes and the activities themselves are not reported; the vision is reached via G1.
  CHECK(with_code(r, gap_codes::unreached_goal).size() == 1);
  CHECK(with_code(r, gap_codes::unreached_effect).size() == 1);
  // Goals come before effects in the report.
  CHECK(&r.gaps[0] == goal);
}

TEST_CASE("orphan-activity: an activity that reaches no goal (parallel tracks)", "[gaps][structural]") {
  ModelBuilder b = measured_chain();
  b.add_node("P9", "activity", "Verksamhetsplan");
  b.add_node("O9", "output", "Ny rutin");
  b.add_edge("P9", "O9");
  const GapReport r = detect_gaps(b.freeze());
  const Gap* g = find_gap(r, gap_codes::orphan_activity, "P9");
  REQUIRE(g != nullptr);
  CHECK(number(*g, "reached") == 1.0);
  CHECK(g->message == "Activity P9 “Verksamhetsplan” reaches no goal: it runs as a parallel track beside the strategy.");
  CHECK(find_gap(r, gap_codes::orphan_activity, "A1") == nullptr);
  // The Swedish message.
  GapOptions sv;
  sv.language = Language::sv;
  const GapReport rs = detect_gaps(b.freeze(), sv);
  CHECK(find_gap(rs, gap_codes::orphan_activity, "P9")->message ==
        "Aktiviteten P9 ”Verksamhetsplan” når inget mål: den löper som ett parallellt spår vid sidan av strategin.");
}

TEST_CASE("unmeasured-node on the measured levels, configurable", "[gaps][structural]") {
  ModelBuilder b = chain();  // no indicators at all
  const Model m = b.freeze();
  const GapReport r = detect_gaps(m);
  // Defaults for activity, output, outcome, goal, vision: the outcome and the goal.
  const auto found = with_code(r, gap_codes::unmeasured_node);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->ids == std::vector<std::string>{"E1"});
  CHECK(found[1]->ids == std::vector<std::string>{"G1"});
  GapOptions o;
  o.measured_levels = {"vision"};
  const GapReport r2 = detect_gaps(m, o);
  const auto only_vision = with_code(r2, gap_codes::unmeasured_node);
  REQUIRE(only_vision.size() == 1);
  CHECK(only_vision[0]->ids[0] == "V");
  CHECK(with_code(detect_gaps(measured_chain().freeze()), gap_codes::unmeasured_node).empty());
  o.measured_levels = {"nope"};
  CHECK_THROWS_AS(detect_gaps(m, o), Error);
}

TEST_CASE("indicators without baseline, target or direction; text indicators exempt", "[gaps][structural]") {
  ModelBuilder b = measured_chain();
  b.add_indicator("I_bare", "E1", "Utan allt");
  IndicatorSpec& t = b.add_indicator("I_text", "E1", "Bedömning");
  t.measure = Measure::text;
  const GapReport r = detect_gaps(b.freeze());
  for (auto code : {gap_codes::indicator_without_baseline, gap_codes::indicator_without_target,
                    gap_codes::indicator_without_direction}) {
    const auto found = with_code(r, code);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->ids == std::vector<std::string>{"I_bare", "E1"});
  }
}

TEST_CASE("level-violation: an edge down or sideways", "[gaps][structural]") {
  ModelBuilder b = measured_chain();
  b.add_node("E2", "outcome", "Sidled");
  b.add_edge("E1", "E2");
  const GapReport r = detect_gaps(b.freeze());
  const auto found = with_code(r, gap_codes::level_violation);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->ids == std::vector<std::string>{"E1", "E2"});
  CHECK(text(*found[0], "from_level") == "outcome");
  CHECK(with_code(detect_gaps(measured_chain().freeze()), gap_codes::level_violation).empty());
}

TEST_CASE("disconnected-part: every part but the largest", "[gaps][structural]") {
  ModelBuilder b = measured_chain();
  b.add_node("X1", "output", "Lös");
  b.add_node("X2", "outcome", "Lös");
  b.add_edge("X1", "X2");
  b.add_node("X3", "goal", "Ensam");
  const GapReport r = detect_gaps(b.freeze());
  const auto found = with_code(r, gap_codes::disconnected_part);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->ids == std::vector<std::string>{"X1", "X2"});
  CHECK(number(*found[0], "nodes") == 2);
  CHECK(number(*found[0], "main_part") == 6);
  CHECK(found[1]->ids == std::vector<std::string>{"X3"});
  CHECK(with_code(detect_gaps(measured_chain().freeze()), gap_codes::disconnected_part).empty());
}

namespace {
// Two areas whose activities meet at a shared effect, and a third that meets nobody.
ModelBuilder areas(bool third_meets) {
  ModelBuilder b;
  b.levels({"activity", "output", "effect", "goal", "vision"});
  for (const char* id : {"P1", "P2", "P3", "P4"}) b.add_node(id, "activity", id);
  b.spec().nodes[0].tags = {{"area", "A"}, {"owner", "Region"}};
  b.spec().nodes[1].tags = {{"area", "B"}, {"owner", "Region"}};
  b.spec().nodes[2].tags = {{"area", "C"}, {"owner", "Kommun"}};
  b.spec().nodes[3].tags = {{"area", "C"}, {"owner", "Kommun"}};
  b.add_node("O1", "output");
  b.add_node("O2", "output");
  b.add_node("O3", "output");
  b.add_node("E1", "effect");
  b.add_node("E3", "effect");
  b.add_node("G1", "goal");
  b.add_node("V", "vision");
  b.add_edge("P1", "O1");
  b.add_edge("P2", "O2");
  b.add_edge("P3", "O3");
  b.add_edge("P4", "O3");
  b.add_edge("O1", "E1");
  b.add_edge("O2", "E1");
  b.add_edge("O3", third_meets ? "E1" : "E3");
  b.add_edge("E1", "G1");
  b.add_edge("E3", "G1");
  b.add_edge("G1", "V");
  return b;
}
}  // namespace

TEST_CASE("silo: an area whose activities share no node below the goals", "[gaps][structural]") {
  GapOptions o;
  o.silo_tags = {"area"};
  const GapReport r = detect_gaps(areas(false).freeze(), o);
  const auto silos = with_code(r, gap_codes::silo);
  REQUIRE(silos.size() == 1);
  // C reaches O3 and E3 (2 nodes), shares none; A and B reach O1/O2 and E1 and share E1.
  CHECK(silos[0]->ids == std::vector<std::string>{"C", "P3", "P4"});
  CHECK(number(*silos[0], "downstream") == 2);
  CHECK(number(*silos[0], "shared") == 0);
  CHECK(text(*silos[0], "tag") == "area");
  REQUIRE(r.groups.size() == 3);
  CHECK(r.groups[0].group == "A");
  CHECK(r.groups[0].downstream == 2);
  CHECK(r.groups[0].shared == 1);
  CHECK(r.groups[0].share == Approx(0.5));
  CHECK(silos[0]->message == "Area C works in a silo: its activities (2) reach nodes below the goals (2) and share 0 of "
                             "them (0%) with activities of other groups.");

  // When C's output leads to the shared effect, nobody is a silo.
  CHECK(with_code(detect_gaps(areas(true).freeze(), o), gap_codes::silo).empty());
  // By owner: Region (P1, P2) and Kommun (P3, P4) never meet, so both are silos.
  o.silo_tags = {"owner"};
  const GapReport r2 = detect_gaps(areas(false).freeze(), o);
  const auto by_owner = with_code(r2, gap_codes::silo);
  REQUIRE(by_owner.size() == 2);
  CHECK(by_owner[0]->ids == std::vector<std::string>{"Region", "P1", "P2"});
  CHECK(by_owner[1]->ids[0] == "Kommun");
}

TEST_CASE("single-source: a goal reached through one activity or one area only", "[gaps][structural]") {
  GapOptions o;
  o.silo_tags = {};
  ModelBuilder b = areas(false);
  b.add_node("G2", "goal", "Bara C");
  b.add_edge("E3", "G2");
  b.add_edge("G2", "V");
  b.add_node("G3", "goal", "Bara P1");
  b.add_edge("O1", "G3");
  b.add_edge("G3", "V");
  const GapReport r = detect_gaps(b.freeze(), o);
  const Gap* area = find_gap(r, gap_codes::single_source, "G2");
  REQUIRE(area != nullptr);
  CHECK(area->ids == std::vector<std::string>{"G2", "C"});
  CHECK(text(*area, "basis") == "area");
  CHECK(number(*area, "activities") == 2);
  const Gap* one = find_gap(r, gap_codes::single_source, "G3");
  REQUIRE(one != nullptr);
  CHECK(one->ids == std::vector<std::string>{"G3", "P1"});
  CHECK(text(*one, "basis") == "activity");
  CHECK(find_gap(r, gap_codes::single_source, "G1") == nullptr);  // four activities, three areas
}
