// write_dot: read the output back with a minimal DOT reader and check nodes, edges,
// ranks, attributes and the escaping of ids and labels.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "impactgraph/io.hpp"

using namespace impactgraph;

namespace {

// ---- A minimal DOT reader: statements of one digraph, anonymous subgraphs, attribute lists.
struct Token {
  bool quoted = false;
  bool symbol = false;
  std::string text;  // quoted: as Graphviz keeps it (only \" undone)
};

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '"') {
      Token t{true, false, {}};
      for (++i;; ++i) {
        if (i >= s.size()) throw std::runtime_error("unterminated string");
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '"') {
          t.text += '"';
          ++i;
        } else if (s[i] == '\\' && i + 1 < s.size()) {
          t.text += s[i];
          t.text += s[++i];  // other escapes stay as they are, as in Graphviz
        } else if (s[i] == '"') {
          ++i;
          break;
        } else {
          t.text += s[i];
        }
      }
      out.push_back(t);
    } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '>') {
      out.push_back({false, true, "->"});
      i += 2;
    } else if (std::string("{}[]=;,").find(c) != std::string::npos) {
      out.push_back({false, true, std::string(1, c)});
      ++i;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-') {
      Token t;
      while (i < s.size() &&
             (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.' || s[i] == '-'))
        t.text += s[i++];
      out.push_back(t);
    } else {
      throw std::runtime_error(std::string("unexpected character ") + c);
    }
  }
  return out;
}

// What a label shows: \\ -> \, \n and \r -> line breaks (as Graphviz renders them).
std::string shown(const std::string& raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      const char n = raw[++i];
      out += n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    } else {
      out += raw[i];
    }
  }
  return out;
}

using Attrs = std::map<std::string, std::string>;
struct Graph {
  std::string name;
  Attrs graph_attrs;
  std::vector<std::pair<std::string, Attrs>> nodes;  // top-level node statements
  std::vector<std::tuple<std::string, std::string, Attrs>> edges;
  std::vector<std::vector<std::string>> ranks;  // rank=same groups
};

class Parser {
 public:
  explicit Parser(std::vector<Token> t) : t_(std::move(t)) {}
  Graph graph() {
    Graph g;
    expect_word("digraph");
    if (!peek("{")) g.name = next().text;
    expect("{");
    while (!peek("}")) statement(g);
    expect("}");
    if (i_ != t_.size()) throw std::runtime_error("tokens after the graph");
    return g;
  }

 private:
  bool peek(const char* sym) const { return i_ < t_.size() && t_[i_].symbol && t_[i_].text == sym; }
  const Token& next() {
    if (i_ >= t_.size()) throw std::runtime_error("unexpected end");
    return t_[i_++];
  }
  void expect(const char* sym) {
    if (!peek(sym)) throw std::runtime_error(std::string("expected ") + sym);
    ++i_;
  }
  void expect_word(const char* w) {
    const Token& t = next();
    if (t.symbol || t.quoted || t.text != w) throw std::runtime_error(std::string("expected ") + w);
  }
  std::string id() {
    const Token& t = next();
    if (t.symbol) throw std::runtime_error("expected an id, got " + t.text);
    return t.text;
  }
  Attrs attributes() {
    Attrs a;
    if (!peek("[")) return a;
    expect("[");
    while (!peek("]")) {
      const std::string key = id();
      expect("=");
      if (!a.emplace(key, id()).second) throw std::runtime_error("attribute twice: " + key);
      if (peek(",") || peek(";")) ++i_;
    }
    expect("]");
    return a;
  }
  void statement(Graph& g) {
    if (peek("{")) {  // an anonymous subgraph: rank=same; ids
      expect("{");
      std::vector<std::string> members;
      bool same = false;
      while (!peek("}")) {
        const std::string first = id();
        if (peek("=")) {
          expect("=");
          same = first == "rank" && id() == "same";
        } else {
          members.push_back(first);
        }
        if (peek(";")) ++i_;
      }
      expect("}");
      if (same) g.ranks.push_back(members);
      return;
    }
    const Token& head = next();
    if (!head.quoted && (head.text == "graph" || head.text == "node" || head.text == "edge")) {
      const Attrs a = attributes();
      if (head.text == "graph") g.graph_attrs = a;
    } else if (peek("->")) {
      expect("->");
      const std::string to = id();
      g.edges.emplace_back(head.text, to, attributes());
    } else {
      g.nodes.emplace_back(head.text, attributes());
    }
    if (peek(";")) ++i_;
  }
  std::vector<Token> t_;
  std::size_t i_ = 0;
};

Graph read_dot(const std::string& text) { return Parser(tokenize(text)).graph(); }

std::string dot(const ModelSpec& spec) {
  std::ostringstream out;
  write_dot(spec, out);
  return out.str();
}

const std::string replacement_char = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("the test's DOT reader fails on broken input", "[export][dot]") {
  CHECK_NOTHROW(read_dot("digraph { a -> b [label=\"x\"]; }"));
  CHECK_THROWS(read_dot("digraph { \"a -> b; }"));
  CHECK_THROWS(read_dot("digraph { a -> ; }"));
  CHECK_THROWS(read_dot("digraph { a [x=1, x=2]; }"));
}

TEST_CASE("write_dot: nodes, edges, ranks and attributes", "[export][dot]") {
  ModelBuilder b;
  b.name("RUS Örebroregionen");
  NodeSpec& p = b.add_node("P7", "activity", "Företagslyft");
  p.tags = {{"area", "A1"}, {"owner", "RU"}};
  b.add_node("P8", "activity");
  b.add_node("G1", "goal", "Stark konkurrenskraft");
  b.add_node("V", "vision", "Sveriges hjärta");
  b.add_node("X", "elsewhere");  // a level the model does not declare: no rank
  EdgeSpec& e = b.add_edge("P7", "G1", 0.8);
  e.weight_range = std::array<double, 2>{0.5, 1.0};
  e.evidence = Evidence::strong;
  b.add_edge("P8", "G1", -1.5);
  b.add_edge("G1", "V");
  const Graph g = read_dot(dot(b.spec()));

  CHECK(g.name == "RUS Örebroregionen");
  CHECK(g.graph_attrs.at("rankdir") == "BT");
  REQUIRE(g.nodes.size() == 5);
  CHECK(g.nodes[0].first == "P7");
  CHECK(g.nodes[0].second.at("label") == "Företagslyft");
  CHECK(g.nodes[0].second.at("level") == "activity");
  CHECK(g.nodes[0].second.at("tag_area") == "A1");
  CHECK(g.nodes[0].second.at("tag_owner") == "RU");
  CHECK(g.nodes[1].second.count("label") == 0);  // Graphviz then shows the id

  // ranks in level order (outcome and output are empty), X in none
  REQUIRE(g.ranks.size() == 3);
  CHECK(g.ranks[0] == std::vector<std::string>{"P7", "P8"});
  CHECK(g.ranks[1] == std::vector<std::string>{"G1"});
  CHECK(g.ranks[2] == std::vector<std::string>{"V"});

  REQUIRE(g.edges.size() == 3);
  const auto& [from, to, a] = g.edges[0];
  CHECK(from == "P7");
  CHECK(to == "G1");
  CHECK(a.at("label") == "0.8");
  CHECK(a.at("ig_weight") == "0.8");
  CHECK(a.at("weight_min") == "0.5");
  CHECK(a.at("weight_max") == "1");
  CHECK(a.at("evidence") == "strong");
  CHECK(a.count("weight") == 0);  // Graphviz's weight is a non-negative integer for layout
  CHECK(a.count("style") == 0);
  const Attrs& trade_off = std::get<2>(g.edges[1]);
  CHECK(trade_off.at("ig_weight") == "-1.5");
  CHECK(trade_off.at("style") == "dashed");
  CHECK(trade_off.at("color") == "red");
  CHECK(std::get<2>(g.edges[2]).at("label") == "1");
}

TEST_CASE("write_dot escapes ids and labels", "[export][dot]") {
  ModelBuilder b;
  const std::string odd = "say \"hi\"\\now\nthen";  // quote, backslash, line break
  b.add_node(odd, "activity", "line 1\nline \"2\" \\ end\r");
  b.add_node("node", "goal", "Jämlik livskvalitet – ÅÄÖ");  // a DOT keyword as id
  b.add_node(std::string("bad\xFFid", 6), "goal");
  b.add_edge(odd, "node");
  b.add_edge(odd, std::string("bad\xFFid", 6));
  const std::string text = dot(b.spec());

  // the exact escaped forms, worked out by hand
  CHECK(text.find(R"("say \"hi\"\\now\nthen")") != std::string::npos);
  CHECK(text.find(R"(label="line 1\nline \"2\" \\ end\r")") != std::string::npos);

  const Graph g = read_dot(text);
  REQUIRE(g.nodes.size() == 3);
  REQUIRE(g.edges.size() == 2);
  CHECK(shown(g.nodes[0].first) == odd);
  CHECK(shown(g.nodes[0].second.at("label")) == "line 1\nline \"2\" \\ end\r");
  CHECK(g.nodes[1].first == "node");
  CHECK(g.nodes[1].second.at("label") == "Jämlik livskvalitet – ÅÄÖ");
  CHECK(g.nodes[2].first == "bad" + replacement_char + "id");
  // edges name the nodes exactly as the node statements do
  CHECK(std::get<0>(g.edges[0]) == g.nodes[0].first);
  CHECK(std::get<1>(g.edges[0]) == "node");
  CHECK(std::get<1>(g.edges[1]) == g.nodes[2].first);
}

TEST_CASE("write_dot of an empty spec", "[export][dot]") {
  const Graph g = read_dot(dot(ModelSpec{}));
  CHECK(g.nodes.empty());
  CHECK(g.edges.empty());
  CHECK(g.ranks.empty());
}
