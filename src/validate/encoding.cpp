// Every text of a model is UTF-8. The readers refuse other bytes; a spec built in code
// (the C++ ModelBuilder, the C ABI's builder) may hold them, and a model that froze
// must also save: the writers refuse text that is not UTF-8, and the C ABI promises
// UTF-8 strings. Found by the capi_sequence fuzz target (docs/reliability.md).
#include <fmt/format.h>

#include "io/utf8.hpp"
#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

// Reports `text` when it is not UTF-8. Messages name the item by place, not by id
// (the id may be the text at fault).
class Texts {
 public:
  explicit Texts(Context& c) : c_(c) {}

  void item(const std::vector<Location>& where, std::size_t i, std::string_view table) {
    where_ = &where;
    i_ = i;
    table_ = table;
  }
  void check(std::string_view text, std::string_view field) {
    if (utf8::all_ascii(text)) return;
    const auto bad = utf8::first_invalid(text);
    if (!bad) return;
    if (where_ == nullptr) {
      c_.error(codes::bad_encoding, fmt::format("the model's {} is not valid UTF-8 (byte {})", field, *bad + 1), {},
               Location{"", 0, 0, std::string(field)});
      return;
    }
    c_.error(codes::bad_encoding,
             fmt::format("the {} of the {} at {} is not valid UTF-8 (byte {})", field, noun(), Context::place(*where_, i_, table_),
                         *bad + 1),
             {}, Context::at(*where_, i_, field));
  }
  void extras(const Extras& extras) {
    for (const auto& [key, value] : extras) {
      check(key, "extra key");
      check(value, "extra value");
    }
  }
  void model() { where_ = nullptr; }

 private:
  std::string_view noun() const {
    if (table_ == "nodes") return "node";
    if (table_ == "edges") return "edge";
    if (table_ == "indicators") return "indicator";
    if (table_ == "geographies") return "geography";
    return "observation";
  }

  Context& c_;
  const std::vector<Location>* where_ = nullptr;
  std::size_t i_ = 0;
  std::string_view table_;
};

std::string indexed(std::string_view name, std::size_t i) { return fmt::format("{}[{}]", name, i); }

// Whether a whole item is ASCII, its texts' bytes OR-ed together: nearly every item is, and
// then none of its texts needs a check of its own (which names the field).
constexpr std::uint64_t high_bit = 0x8080808080808080ULL;
std::uint64_t pairs_bits(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::uint64_t high = 0;
  for (const auto& [key, value] : pairs) high |= utf8::high_bits(key) | utf8::high_bits(value);
  return high;
}
bool ascii(const NodeSpec& n) {
  std::uint64_t high = utf8::high_bits(n.id) | utf8::high_bits(n.level) | utf8::high_bits(n.label) |
                       utf8::high_bits(n.description) | utf8::high_bits(n.start) | utf8::high_bits(n.end) |
                       pairs_bits(n.tags) | pairs_bits(n.extras);
  for (const Funding& f : n.funding)
    high |= utf8::high_bits(f.currency) | utf8::high_bits(f.source) | utf8::high_bits(f.period);
  return (high & high_bit) == 0;
}
bool ascii(const EdgeSpec& e) {
  const std::uint64_t high =
      utf8::high_bits(e.from) | utf8::high_bits(e.to) | utf8::high_bits(e.assumption) | pairs_bits(e.extras);
  return (high & high_bit) == 0;
}

}  // namespace

void check_encoding(Context& c) {
  const ModelSpec& s = c.spec;
  Texts t(c);
  t.model();
  t.check(s.name, "name");
  for (std::size_t i = 0; i < s.levels.size(); ++i) t.check(s.levels[i], indexed("levels", i));
  t.extras(s.extras);
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const NodeSpec& n = s.nodes[i];
    if (ascii(n)) continue;
    t.item(s.where.nodes, i, "nodes");
    for (const auto& [text, field] : {std::pair<const std::string&, std::string_view>{n.id, "id"},
                                      {n.level, "level"}, {n.label, "label"}, {n.description, "description"},
                                      {n.start, "start"}, {n.end, "end"}})
      t.check(text, field);
    for (const auto& [key, value] : n.tags) {
      t.check(key, "tags");
      t.check(value, "tags");
    }
    for (std::size_t k = 0; k < n.funding.size(); ++k) {
      const Funding& row = n.funding[k];
      if (utf8::valid(row.currency) && utf8::valid(row.source) && utf8::valid(row.period)) continue;
      const std::string f = indexed("funding", k);  // named only when needed: most rows are fine
      t.check(n.funding[k].currency, f + ".currency");
      t.check(n.funding[k].source, f + ".source");
      t.check(n.funding[k].period, f + ".period");
    }
    t.extras(n.extras);
  }
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    const EdgeSpec& e = s.edges[i];
    if (ascii(e)) continue;
    t.item(s.where.edges, i, "edges");
    t.check(e.from, "from");
    t.check(e.to, "to");
    t.check(e.assumption, "assumption");
    t.extras(e.extras);
  }
  for (std::size_t i = 0; i < s.indicators.size(); ++i) {
    const IndicatorSpec& x = s.indicators[i];
    t.item(s.where.indicators, i, "indicators");
    for (const auto& [text, field] : {std::pair<const std::string&, std::string_view>{x.id, "id"},
                                      {x.node, "node"}, {x.label, "label"}, {x.description, "description"},
                                      {x.unit, "unit"}, {x.source, "source"}, {x.numerator, "numerator"},
                                      {x.denominator, "denominator"}, {x.geo_weight, "geo_weight"}})
      t.check(text, field);
    if (x.baseline) t.check(x.baseline->period, "baseline.period");
    for (std::size_t k = 0; k < x.targets.size(); ++k) {
      const Target& g = x.targets[k];
      const std::string f = indexed("targets", k);
      t.check(g.period, f + ".period");
      t.check(g.base_period, f + ".base_period");
      t.check(g.op, f + ".op");
      t.check(g.compare, f + ".compare");
      for (std::size_t j = 0; j < g.geos.size(); ++j) t.check(g.geos[j], f + "." + indexed("geos", j));
      for (std::size_t j = 0; j < g.between.size(); ++j) t.check(g.between[j], f + "." + indexed("between", j));
      t.extras(g.extras);
    }
    t.extras(x.extras);
  }
  for (std::size_t i = 0; i < s.geographies.size(); ++i) {
    const GeographySpec& g = s.geographies[i];
    t.item(s.where.geographies, i, "geographies");
    t.check(g.id, "id");
    t.check(g.name, "name");
    t.check(g.parent, "parent");
    t.extras(g.extras);
  }
  for (std::size_t i = 0; i < s.observations.size(); ++i) {
    const ObservationSpec& o = s.observations[i];
    t.item(s.where.observations, i, "observations");
    for (const auto& [text, field] : {std::pair<const std::string&, std::string_view>{o.indicator, "indicator"},
                                      {o.geo, "geo"}, {o.period, "period"}, {o.breakdown, "breakdown"},
                                      {o.text, "text"}, {o.status, "status"}})
      t.check(text, field);
  }
}

}  // namespace impactgraph::validate_detail
