// The observation store: the index over a frozen model's observations, and the merge an
// importer uses to add observations to a ModelSpec (revisions replace, new keys append).
#include <catch2/catch.hpp>

#include "impactgraph/observations.hpp"

using namespace impactgraph;

namespace {

ModelBuilder small() {
  ModelBuilder b;
  b.add_node("N", "outcome");
  b.add_indicator("A", "N");
  b.add_indicator("B", "N");
  b.add_geography("R");
  b.add_geography("M1", "", "R");
  b.add_geography("M2", "", "R");
  // Deliberately out of order.
  b.add_observation("B", "M2", "2021", 4);
  b.add_observation("A", "M2", "2020", 3);
  b.add_observation("A", "M1", "2021Q2", 2);
  b.add_observation("A", "M1", "2020", 1);
  b.add_observation("A", "M1", "2020", 9, "K");
  b.add_observation("B", "R", "2019-05", std::nullopt).status = "missing";
  return b;
}

}  // namespace

TEST_CASE("the index orders observations by indicator, breakdown, geography, period", "[observations]") {
  const Model m = small().freeze();
  const ObservationIndex index(m);
  const ObservationTable obs = m.observations();

  const auto a = index.indicator(0);
  REQUIRE(a.size() == 4);
  CHECK(obs.breakdown(a[0]) == "K");  // "K" < "T"
  const auto total = index.series(0, "T");
  REQUIRE(total.size() == 3);
  CHECK(obs.value(total[0]) == 1.0);  // M1 2020
  CHECK(obs.value(total[1]) == 2.0);  // M1 2021Q2
  CHECK(obs.value(total[2]) == 3.0);  // M2 2020
  CHECK(index.series(0, "M").empty());
  CHECK(index.series(1, "T").size() == 2);

  const auto found = index.find(0, 1, *Period::parse("2021Q2"));
  REQUIRE(found);
  CHECK(obs.value(*found) == 2.0);
  CHECK(index.find(0, 1, *Period::parse("2020"), "K") == std::optional<std::uint32_t>(4));
  CHECK_FALSE(index.find(0, 2, *Period::parse("2021")));

  // Distinct periods, ascending (a year before its quarters, quarters before months).
  const std::vector<Period> periods(index.periods().begin(), index.periods().end());
  REQUIRE(periods.size() == 4);
  CHECK(periods[0].str() == "2019-05");
  CHECK(periods[1].str() == "2020");
  CHECK(periods[2].str() == "2021");
  CHECK(periods[3].str() == "2021Q2");
  CHECK(index.memory_bytes() >= 6 * sizeof(std::uint32_t));
}

TEST_CASE("merge_observations revises, appends and counts", "[observations]") {
  ModelSpec spec = small().spec();
  const std::size_t before = spec.observations.size();
  std::vector<ObservationSpec> incoming(5);
  incoming[0] = {"A", "M2", "2020", "", 3.0, "", ""};    // same as held ("" = "T"): unchanged
  incoming[1] = {"A", "M1", "2020", "T", 5.0, "", ""};   // revised value
  incoming[2] = {"A", "R", "2020", "T", 7.0, "", ""};    // new
  incoming[3] = {"A", "R", "2020", "T", 8.0, "", ""};    // same key again: the later wins
  incoming[4] = {"B", "R", "2019-05", "T", 1.5, "", ""}; // a missing value filled in: revised

  const MergeCounts counts = merge_observations(spec, incoming);
  CHECK(counts.added == 1);
  CHECK(counts.changed == 2);
  CHECK(counts.unchanged == 1);
  REQUIRE(spec.observations.size() == before + 1);
  CHECK(spec.observations[3].value == 5.0);  // A M1 2020 T, revised in place
  CHECK(spec.observations[5].value == 1.5);
  CHECK(spec.observations[5].status.empty());
  const ObservationSpec& added = spec.observations.back();
  CHECK(added.geo == "R");
  CHECK(added.value == 8.0);
  CHECK(added.breakdown == "T");
  // Merging the same again changes nothing.
  const MergeCounts again = merge_observations(spec, incoming);
  CHECK(again.added == 0);
  CHECK(again.changed == 0);
  CHECK(again.unchanged == 4);
  // The result is still a valid model.
  CHECK_NOTHROW(Model::freeze(spec));
}
