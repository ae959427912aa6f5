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

TEST_CASE("validate: every text of a node and of an edge is checked, in field order", "[validate]") {
  // Each item's texts are first checked for ASCII all at once; an item with a byte of 0x80 or
  // more then has each text checked and named, valid non-ASCII text included.
  ModelSpec spec = valid_spec();
  Funding ok;
  ok.amount = 1;
  ok.currency = "SEK";
  ok.source = "\xc3\x96rebro";  // valid: no finding
  ok.period = "2021";
  spec.nodes[0].funding = {ok, ok};
  spec.nodes[0].funding[1].source = "ERUF\xff";
  spec.nodes[0].tags.emplace_back("\xc3\xa5r", "v\xe4rde");  // key valid, value Latin-1
  spec.nodes[0].extras.emplace_back("k\x80", "v");
  spec.nodes[2].start = "20\xff";
  spec.edges[1].assumption = "\xc3";
  spec.edges[1].extras.emplace_back("k", "\xed\xa0\x80");
  spec.edges[2].assumption = "\xe2\x82\xac";  // valid: no finding
  const auto found = findings(spec, "bad-encoding");
  REQUIRE(found.size() == 6);
  // By hand: node a1's tag value, funding[1].source, extra key; node g1's start; edge
  // o1 -> g1's assumption, then its extra value.
  CHECK(found[0].location.field == "tags");
  CHECK(found[1].location.field == "funding[1].source");
  CHECK(found[1].message == "the funding[1].source of the node at nodes[0] is not valid UTF-8 (byte 5)");
  CHECK(found[2].location.field == "extra key");
  CHECK(found[3].location.field == "start");
  CHECK(found[3].message == "the start of the node at nodes[2] is not valid UTF-8 (byte 3)");
  CHECK(found[4].location.field == "assumption");
  CHECK(found[4].message == "the assumption of the edge at edges[1] is not valid UTF-8 (byte 1)");
  CHECK(found[5].location.field == "extra value");
}
