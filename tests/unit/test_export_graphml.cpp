// write_graphml: well-formed XML (checked by a small reader here, and by xmllint when the
// machine has it), the declared keys, and every value back as written.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "impactgraph/io.hpp"
#include "mini_xml.hpp"

using namespace impactgraph;

namespace {

const std::string kFFFD = "\xEF\xBF\xBD";

ModelSpec tricky_spec() {
  ModelBuilder b;
  b.name("RUS \"Örebro\" & <co>");
  NodeSpec& p = b.add_node("P7", "activity", "A & B <C> \"q\" 'a'\nline2");
  p.description = "tab\there, cr\rthere";
  p.tags = {{"area", "A1"}, {"label", "clash"}, {"owner", "RU"}};
  p.start = "2021";
  p.end = "2023Q2";
  b.add_node("G1", "goal", "Stark konkurrenskraft – jämlik");
  b.add_node(std::string("bad\x01id\xFF", 7), "goal");    // a control character and a stray byte
  b.add_node("V", "vision", "ctl\x1F and \xEF\xBF\xBE");  // U+FFFE is not an XML character
  b.spec().nodes.back().tags = {{"owner", "Region"}};
  EdgeSpec& e = b.add_edge("P7", "G1", 0.8);
  e.weight_range = std::array<double, 2>{0.5, 1.0};
  e.confidence = 0.25;
  e.evidence = Evidence::moderate;
  e.assumption = "if \"x\" then <y>";
  b.add_edge("G1", std::string("bad\x01id\xFF", 7), -0.5);
  b.add_edge("G1", "V");
  return b.spec();
}

std::string graphml(const ModelSpec& spec) {
  std::ostringstream out;
  write_graphml(spec, out);
  return out.str();
}

// data key id -> text, for one node or edge
std::map<std::string, std::string> data_of(const mini_xml::Element& e) {
  std::map<std::string, std::string> out;
  for (const auto* d : e.all("data")) out[d->attr("key")] = d->text;
  return out;
}

}  // namespace

TEST_CASE("mini_xml rejects what is not well-formed", "[export][graphml]") {
  CHECK_NOTHROW(mini_xml::parse("<?xml version=\"1.0\"?>\n<a x='1'><b>t &amp; &#10;</b><c/></a>\n"));
  CHECK_THROWS(mini_xml::parse("<a><b></a>"));
  CHECK_THROWS(mini_xml::parse("<a>&nbsp;</a>"));
  CHECK_THROWS(mini_xml::parse("<a>x & y</a>"));
  CHECK_THROWS(mini_xml::parse("<a>\x01</a>"));
  CHECK_THROWS(mini_xml::parse("<a>\xFF</a>"));
  CHECK_THROWS(mini_xml::parse("<a x=\"1\" x=\"2\"/>"));
  CHECK_THROWS(mini_xml::parse("<a x=\"<\"/>"));
  CHECK_THROWS(mini_xml::parse("<a/><b/>"));
  CHECK_THROWS(mini_xml::parse("<a>&#1;</a>"));
}

TEST_CASE("write_graphml is well-formed and holds keys and values", "[export][graphml]") {
  const ModelSpec spec = tricky_spec();
  const std::string text = graphml(spec);
  std::unique_ptr<mini_xml::Element> root;
  REQUIRE_NOTHROW(root = mini_xml::parse(text));
  CHECK(root->name == "graphml");
  CHECK(root->attr("xmlns") == "http://graphml.graphdrawing.org/xmlns");
  CHECK(root->attr("xmlns:y") == "http://www.yworks.com/xml/graphml");

  // keys: (for, attr.name) -> key element
  std::map<std::pair<std::string, std::string>, const mini_xml::Element*> keys;
  std::string node_graphics;
  for (const auto* k : root->all("key")) {
    if (k->attr("yfiles.type") == "nodegraphics") node_graphics = k->attr("id");
    if (!k->attr("attr.name").empty()) keys[{k->attr("for"), k->attr("attr.name")}] = k;
  }
  for (const char* name : {"label", "level", "description", "start", "end", "area", "owner", "tag_label"})
    CHECK(keys.count({"node", name}) == 1);
  for (const char* name : {"weight", "weight_min", "weight_max", "confidence", "evidence", "assumption"})
    CHECK(keys.count({"edge", name}) == 1);
  CHECK(keys.count({"graph", "name"}) == 1);
  CHECK(keys.size() == 15);
  CHECK(keys[{"edge", "weight"}]->attr("attr.type") == "double");
  REQUIRE(keys[{"edge", "weight"}]->first("default"));
  CHECK(keys[{"edge", "weight"}]->first("default")->text == "1");
  CHECK(keys[{"node", "label"}]->attr("attr.type") == "string");
  REQUIRE(!node_graphics.empty());
  auto key = [&](const char* for_, const char* name) { return keys.at({for_, name})->attr("id"); };

  const auto* graph = root->first("graph");
  REQUIRE(graph);
  CHECK(graph->attr("edgedefault") == "directed");
  CHECK(data_of(*graph)[key("graph", "name")] == "RUS \"Örebro\" & <co>");

  const auto nodes = graph->all("node");
  REQUIRE(nodes.size() == 4);
  CHECK(nodes[0]->attr("id") == "P7");
  auto p7 = data_of(*nodes[0]);
  CHECK(p7[key("node", "label")] == "A & B <C> \"q\" 'a'\nline2");
  CHECK(p7[key("node", "level")] == "activity");
  CHECK(p7[key("node", "description")] == "tab\there, cr\rthere");
  CHECK(p7[key("node", "start")] == "2021");
  CHECK(p7[key("node", "end")] == "2023Q2");
  CHECK(p7[key("node", "area")] == "A1");
  CHECK(p7[key("node", "tag_label")] == "clash");
  CHECK(p7[key("node", "owner")] == "RU");
  // yEd's label
  const auto* graphics = nodes[0]->all("data").back();
  REQUIRE(graphics->attr("key") == node_graphics);
  const auto* shape = graphics->first("y:ShapeNode");
  REQUIRE(shape);
  REQUIRE(shape->first("y:NodeLabel"));
  CHECK(shape->first("y:NodeLabel")->text == "A & B <C> \"q\" 'a'\nline2");

  // disallowed characters replaced
  CHECK(nodes[2]->attr("id") == "bad" + kFFFD + "id" + kFFFD);
  CHECK(data_of(*nodes[3])[key("node", "label")] == "ctl" + kFFFD + " and " + kFFFD);
  CHECK(data_of(*nodes[3])[key("node", "owner")] == "Region");
  // a node without a label shows its id in yEd and has no label data
  CHECK(data_of(*nodes[2]).count(key("node", "label")) == 0);
  CHECK(nodes[2]->all("data").back()->first("y:ShapeNode")->first("y:NodeLabel")->text == "bad" + kFFFD + "id" + kFFFD);

  const auto edges = graph->all("edge");
  REQUIRE(edges.size() == 3);
  CHECK(edges[0]->attr("source") == "P7");
  CHECK(edges[0]->attr("target") == "G1");
  auto e0 = data_of(*edges[0]);
  CHECK(e0[key("edge", "weight")] == "0.8");
  CHECK(e0[key("edge", "weight_min")] == "0.5");
  CHECK(e0[key("edge", "weight_max")] == "1");
  CHECK(e0[key("edge", "confidence")] == "0.25");
  CHECK(e0[key("edge", "evidence")] == "moderate");
  CHECK(e0[key("edge", "assumption")] == "if \"x\" then <y>");
  CHECK(edges[1]->attr("target") == "bad" + kFFFD + "id" + kFFFD);
  CHECK(data_of(*edges[1])[key("edge", "weight")] == "-0.5");
  CHECK(data_of(*edges[2])[key("edge", "weight")] == "1");
  // the trade-off is dashed red in yEd, the others are plain lines
  auto line_style = [](const mini_xml::Element* edge) {
    return edge->all("data").back()->first("y:PolyLineEdge")->first("y:LineStyle")->attr("type");
  };
  CHECK(line_style(edges[0]) == "line");
  CHECK(line_style(edges[1]) == "dashed");
}

TEST_CASE("write_graphml of an empty spec is well-formed", "[export][graphml]") {
  const auto root = mini_xml::parse(graphml(ModelSpec{}));
  REQUIRE(root->first("graph"));
  CHECK(root->first("graph")->all("node").empty());
}

TEST_CASE("write_graphml passes xmllint when it is installed", "[export][graphml]") {
  if (std::system("command -v xmllint > /dev/null 2>&1") != 0) {
    WARN("xmllint not found; skipped");
    return;
  }
  const auto path = std::filesystem::temp_directory_path() /
                    ("impactgraph-test-" + std::to_string(std::random_device{}()) + "-export.graphml");
  {
    std::ofstream out(path, std::ios::binary);
    out << graphml(tricky_spec());
  }
  const int status = std::system(("xmllint --noout '" + path.string() + "'").c_str());
  std::filesystem::remove(path);
  CHECK(status == 0);
}
