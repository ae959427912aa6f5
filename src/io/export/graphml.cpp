// write_graphml: the model as GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd,
// Cytoscape and networkx. Plain <data> attributes carry label, level, description,
// start, end, each tag key, and the edge's weight, range, confidence, evidence and
// assumption (Gephi takes a node's `label` and an edge's `weight` from them). yEd shows
// only its own graphics, so each node also gets a yfiles ShapeNode with its label
// (key yfiles.type="nodegraphics") and each edge a PolyLineEdge, dashed red for a
// trade-off (negative weight).
//
// Text is escaped (& < > " ' and, in attributes, tab and line breaks as character
// references); characters XML 1.0 forbids and invalid UTF-8 become U+FFFD.
#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "impactgraph/io.hpp"
#include "io/export/text.hpp"

namespace impactgraph {

namespace {

using export_detail::number_text;

// Escaped for element content and attribute values alike.
std::string xml(std::string_view raw) {
  const std::string text = export_detail::valid_utf8(raw, true);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;  // attribute values would turn these into spaces
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;  // any parser would turn it into a line feed
      default: out += c;
    }
  }
  return out;
}

struct Key {
  std::string id, for_, name, type;
  std::string default_value;
};

// The attribute name of each tag key: the key itself, or tag_<key> when that would
// clash with a built-in node attribute or an earlier name.
std::vector<std::pair<std::string, std::string>> tag_names(const ModelSpec& spec) {
  std::unordered_set<std::string> used{"label", "level", "description", "start", "end"};
  std::unordered_set<std::string_view> seen;
  std::vector<std::pair<std::string, std::string>> names;  // (tag key, attribute name), first-seen order
  for (const NodeSpec& n : spec.nodes)
    for (const auto& tag : n.tags) {
      if (!seen.insert(tag.first).second) continue;
      std::string name = tag.first;
      while (used.count(name)) name = "tag_" + name;
      used.insert(name);
      names.emplace_back(tag.first, name);
    }
  return names;
}

// A light fill per level, so yEd shows the layers apart.
std::string_view fill(std::size_t level) {
  static constexpr std::array<std::string_view, 8> colors{"#DCE9F7", "#DFF2DF", "#FFF2CC", "#FCE4D6",
                                                          "#E8DFF5", "#D9F2F2", "#F2DCDB", "#EDEDED"};
  return colors[level % colors.size()];
}

void write_data(std::ostream& out, std::string_view indent, std::string_view key, std::string_view value) {
  out << indent << "<data key=\"" << key << "\">" << xml(value) << "</data>\n";
}

}  // namespace

void write_graphml(const ModelSpec& spec, std::ostream& out) {
  const auto tags = tag_names(spec);
  std::unordered_map<std::string_view, std::string> tag_key;  // tag key -> <key> id
  std::vector<Key> keys{
      {"g_name", "graph", "name", "string", ""},  {"n_label", "node", "label", "string", ""},
      {"n_level", "node", "level", "string", ""}, {"n_description", "node", "description", "string", ""},
      {"n_start", "node", "start", "string", ""}, {"n_end", "node", "end", "string", ""},
  };
  for (std::size_t i = 0; i < tags.size(); ++i) {
    keys.push_back({"n_tag" + std::to_string(i), "node", tags[i].second, "string", ""});
    tag_key.emplace(tags[i].first, keys.back().id);
  }
  for (Key k : std::vector<Key>{{"e_weight", "edge", "weight", "double", "1"},
                                {"e_weight_min", "edge", "weight_min", "double", ""},
                                {"e_weight_max", "edge", "weight_max", "double", ""},
                                {"e_confidence", "edge", "confidence", "double", ""},
                                {"e_evidence", "edge", "evidence", "string", ""},
                                {"e_assumption", "edge", "assumption", "string", ""}})
    keys.push_back(std::move(k));

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n";
  for (const Key& k : keys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << xml(k.name) << "\" attr.type=\""
        << k.type << '"';
    if (k.default_value.empty())
      out << "/>\n";
    else
      out << "><default>" << k.default_value << "</default></key>\n";
  }
  out << "  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
         "  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";

  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  if (!spec.name.empty()) write_data(out, "    ", "g_name", spec.name);

  const auto& levels = spec.effective_levels();
  for (const NodeSpec& n : spec.nodes) {
    out << "    <node id=\"" << xml(n.id) << "\">\n";
    constexpr std::string_view in = "      ";
    if (!n.label.empty()) write_data(out, in, "n_label", n.label);
    write_data(out, in, "n_level", n.level);
    if (!n.description.empty()) write_data(out, in, "n_description", n.description);
    if (!n.start.empty()) write_data(out, in, "n_start", n.start);
    if (!n.end.empty()) write_data(out, in, "n_end", n.end);
    for (const auto& [key, value] : n.tags) write_data(out, in, tag_key.at(key), value);
    const std::string& shown = n.label.empty() ? n.id : n.label;
    const auto level = static_cast<std::size_t>(std::find(levels.begin(), levels.end(), n.level) - levels.begin());
    // Wide enough for a one-line label at yEd's default 12 pt font.
    const std::size_t width = std::clamp<std::size_t>(export_detail::code_points(shown) * 7 + 20, 60, 400);
    out << in << "<data key=\"n_graphics\"><y:ShapeNode>"
        << "<y:Geometry height=\"30.0\" width=\"" << width << ".0\" x=\"0.0\" y=\"0.0\"/>"
        << "<y:Fill color=\"" << fill(level) << "\" transparent=\"false\"/>"
        << "<y:BorderStyle color=\"#000000\" type=\"line\" width=\"1.0\"/>"
        << "<y:NodeLabel>" << xml(shown) << "</y:NodeLabel>"
        << "<y:Shape type=\"roundrectangle\"/></y:ShapeNode></data>\n";
    out << "    </node>\n";
  }

  for (std::size_t i = 0; i < spec.edges.size(); ++i) {
    const EdgeSpec& e = spec.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"" << xml(e.from) << "\" target=\"" << xml(e.to) << "\">\n";
    constexpr std::string_view in = "      ";
    const std::string weight = number_text(e.weight);
    write_data(out, in, "e_weight", weight);
    if (e.weight_range) {
      write_data(out, in, "e_weight_min", number_text((*e.weight_range)[0]));
      write_data(out, in, "e_weight_max", number_text((*e.weight_range)[1]));
    }
    if (e.confidence) write_data(out, in, "e_confidence", number_text(*e.confidence));
    if (e.evidence != Evidence::unspecified) write_data(out, in, "e_evidence", to_string(e.evidence));
    if (!e.assumption.empty()) write_data(out, in, "e_assumption", e.assumption);
    const bool trade_off = e.weight < 0;
    out << in << "<data key=\"e_graphics\"><y:PolyLineEdge>"
        << "<y:LineStyle color=\"" << (trade_off ? "#CC0000" : "#000000") << "\" type=\""
        << (trade_off ? "dashed" : "line") << "\" width=\"1.0\"/>"
        << "<y:Arrows source=\"none\" target=\"standard\"/>"
        << "<y:EdgeLabel>" << xml(weight) << "</y:EdgeLabel></y:PolyLineEdge></data>\n";
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace impactgraph
