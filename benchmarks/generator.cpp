// The layered synthetic strategy generator (see generator.hpp for the shape).
//
// Fan-out: each activity 1-3 outputs of its own area (plus extra edges to further outputs
// and effects of its area when an edge total is asked for), each output 1-2 effects of
// its area, each effect its area (one in five also a second area), each area its goal
// (even areas also the next goal), each goal the vision. Weights are multiples of 1/4 in
// [0.25, 2], exact in binary, so any reader of the edge list gets the same doubles.
#include "generator.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

namespace impactgraph::bench {

namespace {

std::string numbered(char prefix, std::size_t i, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%0*zu", prefix, digits, i);
  return buf;
}

std::string area_id(std::size_t a) { return numbered('A', a + 1, 2); }

double quarter_weight(SplitMix64& rng) { return 0.25 * (1 + rng.below(8)); }  // 0.25 .. 2

// Picks a node from {first + stride * k : k < count} not yet in `taken`; gives up after
// a few tries (only possible when the area is nearly exhausted).
bool pick_distinct(SplitMix64& rng, std::size_t first, std::size_t stride, std::size_t count,
                   std::vector<std::size_t>& taken, std::size_t& out) {
  for (int attempt = 0; attempt < 16; ++attempt) {
    const std::size_t v = first + stride * rng.below(static_cast<std::uint32_t>(count));
    if (std::find(taken.begin(), taken.end(), v) == taken.end()) {
      taken.push_back(v);
      out = v;
      return true;
    }
  }
  return false;
}

// Members of group g when items are dealt round-robin over `groups` groups.
std::size_t group_size(std::size_t items, std::size_t groups, std::size_t g) {
  return items / groups + (g < items % groups ? 1 : 0);
}

struct Builder {
  const GeneratorOptions& o;
  Generated& g;
  SplitMix64 rng;

  void edge(const std::string& from, const std::string& to, double weight) {
    EdgeSpec& e = g.spec.edges.emplace_back();
    e.from = from;
    e.to = to;
    e.weight = weight;
    if (rng.chance(o.range_per_mille)) {
      const double spread = 0.25 * (1 + rng.below(2));  // +- 25 % or 50 % of |w|
      const double a = std::abs(weight) * spread;
      e.weight_range = std::array<double, 2>{weight - a, weight + a};
    }
    if (rng.chance(o.evidence_per_mille)) e.evidence = static_cast<Evidence>(1 + rng.below(3));
    if (rng.chance(o.confidence_per_mille)) e.confidence = 0.5 + 0.125 * rng.below(4);
  }

  NodeSpec& node(std::string id, const char* level) {
    NodeSpec& n = g.spec.nodes.emplace_back();
    n.id = std::move(id);
    n.level = level;
    return n;
  }
};

}  // namespace

std::vector<std::string> scale_names() { return {"region", "mc", "national", "million", "eu"}; }

GeneratorOptions scale(std::string_view name) {
  GeneratorOptions o;
  o.name = std::string(name);
  if (name == "region") {
    o.projects = 5'000;
  } else if (name == "mc") {
    o.projects = 3'215;  // + 1,607 outputs + 160 effects + 14 = 4,996 nodes
  } else if (name == "national") {
    o.projects = 100'000;
  } else if (name == "million") {
    o.projects = 645'150;  // + 322,575 outputs + 32,257 effects + 14 = 999,996 nodes
    o.outputs = 322'575;
    o.effects = 32'261;    // rounds the node count to 1,000,000
    o.edges = 5'000'000;
    o.currency = "EUR";
  } else if (name == "eu") {
    o.projects = 1'500'000;
    o.currency = "EUR";
  } else {
    throw std::invalid_argument("unknown scale \"" + std::string(name) + "\" (region, mc, national, million, eu)");
  }
  return o;
}

Generated generate(const GeneratorOptions& o) {
  Generated g;
  Builder b{o, g, SplitMix64(o.seed)};
  const std::size_t P = o.projects;
  const std::size_t O = o.outputs ? o.outputs : P / 2;
  const std::size_t F = o.effects ? o.effects : std::max<std::size_t>(20, P / 20);
  const std::size_t A = o.areas, G = o.goals;
  if (P == 0 || O < A || F < A || G == 0) throw std::invalid_argument("generator: too few nodes for the areas");
  g.activities = P;
  g.outputs = O;
  g.effects = F;
  g.areas = A;
  g.goals = G;

  ModelSpec& s = g.spec;
  s.name = "synthetic " + o.name;
  s.levels = {"activity", "output", "effect", "area", "goal", "vision"};
  s.nodes.reserve(P + O + F + A + G + 1);
  const std::size_t owners = std::max<std::size_t>(10, P / 40);
  const char* sources[] = {"ERUF", "ESF+", "JTF", "own"};

  // Ids, in node order. Outputs and effects belong to area (index % A).
  std::vector<std::string> ids;
  ids.reserve(P + O + F + A + G + 1);
  for (std::size_t i = 0; i < P; ++i) ids.push_back(numbered('P', i + 1, 7));
  for (std::size_t i = 0; i < O; ++i) ids.push_back(numbered('O', i + 1, 7));
  for (std::size_t i = 0; i < F; ++i) ids.push_back(numbered('E', i + 1, 6));
  for (std::size_t i = 0; i < A; ++i) ids.push_back(area_id(i));
  for (std::size_t i = 0; i < G; ++i) ids.push_back(numbered('G', i + 1, 1));
  ids.emplace_back("V");
  const std::size_t o0 = P, f0 = P + O, a0 = P + O + F, g0 = a0 + A, vision = g0 + G;

  // Each activity's area and natural fan-out, drawn first so the extra edges can be
  // spread to hit the edge total.
  std::vector<std::uint8_t> area_of(P), base(P);
  std::size_t natural = 0;
  for (std::size_t i = 0; i < P; ++i) {
    area_of[i] = static_cast<std::uint8_t>(b.rng.below(static_cast<std::uint32_t>(A)));
    base[i] = static_cast<std::uint8_t>(1 + b.rng.below(3));
    natural += base[i];
  }
  std::vector<std::uint8_t> out_degree(O);
  for (std::size_t i = 0; i < O; ++i) natural += out_degree[i] = static_cast<std::uint8_t>(1 + b.rng.below(2));
  std::vector<std::uint8_t> effect_degree(F);
  for (std::size_t i = 0; i < F; ++i) natural += effect_degree[i] = b.rng.chance(200) ? 2 : 1;
  natural += A + (A + 1) / 2 + G;  // area -> goal(s), goal -> vision
  const std::size_t extra = o.edges > natural ? o.edges - natural : 0;
  s.edges.reserve(std::max(o.edges, natural));

  // Activities.
  std::vector<std::size_t> taken;
  for (std::size_t i = 0; i < P; ++i) {
    NodeSpec& n = b.node(ids[i], "activity");
    const std::size_t a = area_of[i];
    if (o.project_labels) n.label = "Project " + std::to_string(i + 1) + " in area " + area_id(a);
    if (o.tags) {
      n.tags.emplace_back("area", area_id(a));
      n.tags.emplace_back("owner", numbered('K', 1 + b.rng.below(static_cast<std::uint32_t>(owners)), 4));
    }
    if (b.rng.chance(o.funded_per_mille)) {
      Funding f;
      f.amount = 50'000.0 * (1 + b.rng.below(200));
      f.currency = o.currency;
      f.source = sources[b.rng.below(4)];
      f.period = std::to_string(2021 + b.rng.below(7));
      n.funding.push_back(std::move(f));
    }
    const std::size_t more = extra * (i + 1) / P - extra * i / P;
    const std::size_t outs = group_size(O, A, a), effs = group_size(F, A, a);
    taken.clear();
    std::size_t v = 0;
    for (std::size_t k = 0; k < base[i] + more; ++k) {
      const bool to_effect = k >= base[i] && b.rng.chance(300);
      const bool ok = to_effect ? pick_distinct(b.rng, f0 + a, A, effs, taken, v)
                                : pick_distinct(b.rng, o0 + a, A, outs, taken, v);
      if (ok) b.edge(ids[i], ids[v], quarter_weight(b.rng));
    }
  }
  // Outputs -> effects of their area; a second effect may be a trade-off.
  std::vector<std::uint32_t> positive_in(F, 0);
  std::vector<std::size_t> negative_edges;
  for (std::size_t i = 0; i < O; ++i) {
    const std::size_t a = i % A;
    NodeSpec& n = b.node(ids[o0 + i], "output");
    if (o.tags) n.tags.emplace_back("area", area_id(a));
    taken.clear();
    std::size_t v = 0;
    for (std::size_t k = 0; k < out_degree[i]; ++k) {
      if (!pick_distinct(b.rng, f0 + a, A, group_size(F, A, a), taken, v)) continue;
      const bool negative = k == 1 && b.rng.chance(2 * o.negative_per_mille);
      if (negative) negative_edges.push_back(s.edges.size());
      else ++positive_in[v - f0];
      b.edge(ids[o0 + i], ids[v], negative ? -quarter_weight(b.rng) : quarter_weight(b.rng));
    }
  }
  // An effect whose only inputs are trade-offs could not be normalised: keep those positive.
  for (const std::size_t e : negative_edges) {
    EdgeSpec& edge = s.edges[e];
    const std::size_t v = f0 + static_cast<std::size_t>(std::stoul(edge.to.substr(1))) - 1;
    if (positive_in[v - f0] == 0) {
      edge.weight = -edge.weight;
      if (edge.weight_range) *edge.weight_range = {-(*edge.weight_range)[1], -(*edge.weight_range)[0]};
    }
  }
  // Effects -> their area (one in five also another area).
  for (std::size_t i = 0; i < F; ++i) {
    const std::size_t a = i % A;
    NodeSpec& n = b.node(ids[f0 + i], "effect");
    n.label = "Effect " + std::to_string(i + 1);
    if (o.tags) n.tags.emplace_back("area", area_id(a));
    b.edge(ids[f0 + i], ids[a0 + a], quarter_weight(b.rng));
    if (effect_degree[i] == 2) b.edge(ids[f0 + i], ids[a0 + (a + 1 + b.rng.below(static_cast<std::uint32_t>(A - 1))) % A],
                                      quarter_weight(b.rng));
  }
  for (std::size_t i = 0; i < A; ++i) {
    b.node(ids[a0 + i], "area").label = "Priority area " + std::to_string(i + 1);
    b.edge(ids[a0 + i], ids[g0 + i % G], quarter_weight(b.rng));
    if (i % 2 == 0 && G > 1) b.edge(ids[a0 + i], ids[g0 + (i + 1) % G], quarter_weight(b.rng));
  }
  for (std::size_t i = 0; i < G; ++i) {
    b.node(ids[g0 + i], "goal").label = "Goal " + std::to_string(i + 1);
    b.edge(ids[g0 + i], ids[vision], 1.0);
  }
  b.node(ids[vision], "vision").label = "Vision";

  for (std::size_t i = 0; i < G; ++i) g.targets.push_back(static_cast<std::uint32_t>(g0 + i));
  for (std::size_t i = 0; i < A; ++i) g.targets.push_back(static_cast<std::uint32_t>(a0 + i));
  return g;
}

std::uint64_t fingerprint(const ModelSpec& spec) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  const auto eat = [&](const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) h = (h ^ p[i]) * 0x100000001B3ULL;
  };
  const auto text = [&](const std::string& s) { eat(s.data(), s.size() + 1); };  // with the '\0'
  for (const NodeSpec& n : spec.nodes) {
    text(n.id);
    text(n.level);
  }
  for (const EdgeSpec& e : spec.edges) {
    text(e.from);
    text(e.to);
    eat(&e.weight, sizeof e.weight);  // little-endian IEEE 754 on every platform we build on
  }
  return h;
}

void write_edge_list(const ModelSpec& spec, std::ostream& out) {
  std::unordered_map<std::string_view, std::string_view> level;
  level.reserve(spec.nodes.size());
  for (const NodeSpec& n : spec.nodes) level.emplace(n.id, n.level);
  out << "from\tto\tweight\tlevel_from\tlevel_to\n";
  std::string line;
  char num[64];
  for (const EdgeSpec& e : spec.edges) {
    const auto end = std::to_chars(num, num + sizeof num, e.weight).ptr;  // shortest round trip
    line.assign(e.from).append("\t").append(e.to).append("\t").append(num, end);
    line.append("\t").append(level.at(e.from)).append("\t").append(level.at(e.to)).append("\n");
    out << line;
  }
}

}  // namespace impactgraph::bench
