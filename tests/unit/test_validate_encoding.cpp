// validate(): every text of a spec is UTF-8 (a spec built in code may hold other bytes;
// the writers and the C ABI need UTF-8). Found by fuzzing the C ABI's builder.
#include <catch2/catch.hpp>

#include "impactgraph/io.hpp"
#include "validate_fixture.hpp"

using namespace ig_test;

TEST_CASE("validate: text that is not UTF-8 is bad-encoding, naming the field", "[validate]") {
  ModelSpec spec = valid_spec();
  REQUIRE(validate(spec).empty());

  spec.nodes[1].label = "Out\xffput";  // byte 4 is not UTF-8
  spec.levels = {"activity", "output", "goal", "vision", "\xc3"};  // a truncated sequence
  spec.indicators[0].targets[0].period = "20\xe2\x82";
  spec.observations[0].status = "\xed\xa0\x80";  // an encoded surrogate
  const auto found = findings(spec, "bad-encoding");
  REQUIRE(found.size() == 4);
  CHECK(found[0].location.field == "levels[4]");
  CHECK(found[0].message == "the model's levels[4] is not valid UTF-8 (byte 1)");
  CHECK(found[1].location.field == "label");
  CHECK(found[1].message == "the label of the node at nodes[1] is not valid UTF-8 (byte 4)");
  CHECK(found[2].location.field == "targets[0].period");
  CHECK(found[3].location.field == "status");
  for (const Diagnostic& d : found) CHECK(d.severity == Severity::error);

  // A model that froze can be written: such a spec does not freeze.
  CHECK_THROWS_AS(Model::freeze(spec), Error);
  spec = valid_spec();
  spec.nodes[0].tags.emplace_back("owner", "R\xe9gion");  // Latin-1
  CHECK(findings(spec, "bad-encoding").size() == 1);
  CHECK_THROWS_AS(to_json(spec), Error);  // what the check protects
}

TEST_CASE("validate: valid UTF-8 of every length passes", "[validate]") {
  ModelSpec spec = valid_spec();
  spec.nodes[0].label = "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";  // é € 😀
  spec.name = "\xc3\x96rebro";
  CHECK(findings(spec, "bad-encoding").empty());
}
