// write_dot: the model as a Graphviz digraph. Nodes carry label, level and tags
// (as tag_<key>) as attributes, one rank per level (activities at the bottom, the
// vision on top); edges carry the model's weight as label and as ig_weight.
//
// The model's weight does not go into Graphviz's own `weight`: dot requires that to be
// a non-negative integer (it steers layout), and trade-offs are negative.
// Every id and string is quoted: `"` and `\` are escaped, and line breaks become `\n`
// (`\r` for a carriage return), which Graphviz shows as line breaks in labels. Invalid
// UTF-8 becomes U+FFFD; the file declares charset UTF-8.
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "impactgraph/io.hpp"
#include "io/export/text.hpp"

namespace impactgraph {

namespace {

using export_detail::number_text;

std::string quote(std::string_view raw) {
  const std::string text = export_detail::valid_utf8(raw, false);
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

// A DOT ID that needs no quotes: letters, digits and underscores, not starting with a digit.
bool plain_id(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Writes `[a=b, c=d]`, or nothing when there are no attributes.
class Attributes {
 public:
  void add(std::string_view key, std::string_view value) {
    text_ += text_.empty() ? " [" : ", ";
    text_ += plain_id(key) ? std::string(key) : quote(key);
    text_ += '=';
    text_ += quote(value);
  }
  std::string done() const { return text_.empty() ? std::string() : text_ + "]"; }

 private:
  std::string text_;
};

void write_node(const NodeSpec& n, std::ostream& out) {
  Attributes a;
  if (!n.label.empty()) a.add("label", n.label);
  a.add("level", n.level);
  if (!n.description.empty()) a.add("tooltip", n.description);
  if (!n.start.empty()) a.add("start", n.start);
  if (!n.end.empty()) a.add("end", n.end);
  for (const auto& [key, value] : n.tags) a.add("tag_" + key, value);
  out << "  " << quote(n.id) << a.done() << ";\n";
}

void write_edge(const EdgeSpec& e, std::ostream& out) {
  Attributes a;
  const std::string weight = number_text(e.weight);
  a.add("label", weight);
  a.add("ig_weight", weight);
  if (e.weight_range) {
    a.add("weight_min", number_text((*e.weight_range)[0]));
    a.add("weight_max", number_text((*e.weight_range)[1]));
  }
  if (e.confidence) a.add("confidence", number_text(*e.confidence));
  if (e.evidence != Evidence::unspecified) a.add("evidence", to_string(e.evidence));
  if (!e.assumption.empty()) {
    a.add("assumption", e.assumption);
    a.add("tooltip", e.assumption);
  }
  if (e.weight < 0) {  // a trade-off
    a.add("style", "dashed");
    a.add("color", "red");
    a.add("fontcolor", "red");
  }
  out << "  " << quote(e.from) << " -> " << quote(e.to) << a.done() << ";\n";
}

}  // namespace

void write_dot(const ModelSpec& spec, std::ostream& out) {
  out << "digraph";
  if (!spec.name.empty()) out << ' ' << quote(spec.name);
  out << " {\n";
  out << "  graph [charset=\"UTF-8\", rankdir=\"BT\"";
  if (!spec.name.empty()) out << ", label=" << quote(spec.name) << ", labelloc=\"t\"";
  out << "];\n";
  out << "  node [shape=\"box\", style=\"rounded\"];\n";

  for (const NodeSpec& n : spec.nodes) write_node(n, out);

  // One rank per declared level, in level order; nodes of unknown levels are left free.
  const auto& levels = spec.effective_levels();
  std::unordered_map<std::string_view, std::size_t> level_of;
  for (std::size_t i = 0; i < levels.size(); ++i) level_of.emplace(levels[i], i);
  std::vector<std::vector<const NodeSpec*>> ranks(levels.size());
  for (const NodeSpec& n : spec.nodes)
    if (const auto it = level_of.find(n.level); it != level_of.end()) ranks[it->second].push_back(&n);
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    if (ranks[i].empty()) continue;
    out << "  { rank=\"same\"; ";
    for (const NodeSpec* n : ranks[i]) out << quote(n->id) << "; ";
    out << "}  // level " << quote(levels[i]) << "\n";
  }

  for (const EdgeSpec& e : spec.edges) write_edge(e, out);
  out << "}\n";
}

}  // namespace impactgraph
