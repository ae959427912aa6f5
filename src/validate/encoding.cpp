// Every text of a model is UTF-8. The readers refuse other bytes; a spec built in code
// (the C++ ModelBuilder, the C ABI's builder) may hold them, and a model that froze
// must also save: the writers refuse text that is not UTF-8, and the C ABI promises
// UTF-8 strings. Found by the capi_sequence fuzz target (docs/reliability.md).
#include <fmt/format.h>

#include <type_traits>

#include "io/utf8.hpp"
#include "validate/context.hpp"

namespace impactgraph::validate_detail {

namespace {

// The texts of an item's extras, as visit(text, field).
template <class Visit>
void extras_texts(const Extras& extras, const Visit& visit) {
  for (const auto& [key, value] : extras) {
    visit(key, "extra key");
    visit(value, "extra value");
  }
}

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
  // `field_name` is the field's name, or a function giving it (made only for a report).
  template <class Field>
  void check(std::string_view text, const Field& field_name) {
    if (utf8::all_ascii(text)) return;
    const auto bad = utf8::first_invalid(text);
    if (!bad) return;
    std::string field;
    if constexpr (std::is_invocable_v<Field>) field = field_name();
    else field = std::string(field_name);
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
    extras_texts(extras, [this](std::string_view text, const auto& field) { check(text, field); });
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

// Every text of a node and of an edge, each with its field's name (or a function giving it),
// as visit(text, field): one list for both uses below.
template <class Visit>
void node_texts(const NodeSpec& n, const Visit& visit) {
  visit(n.id, "id");
  visit(n.level, "level");
  visit(n.label, "label");
  visit(n.description, "description");
  visit(n.start, "start");
  visit(n.end, "end");
  for (const auto& [key, value] : n.tags) {
    visit(key, "tags");
    visit(value, "tags");
  }
  for (std::size_t k = 0; k < n.funding.size(); ++k) {
    const Funding& row = n.funding[k];
    visit(row.currency, [k] { return indexed("funding", k) + ".currency"; });
    visit(row.source, [k] { return indexed("funding", k) + ".source"; });
    visit(row.period, [k] { return indexed("funding", k) + ".period"; });
  }
  extras_texts(n.extras, visit);
}
template <class Visit>
void edge_texts(const EdgeSpec& e, const Visit& visit) {
  visit(e.from, "from");
  visit(e.to, "to");
  visit(e.assumption, "assumption");
  extras_texts(e.extras, visit);
}

// Checks an item's texts: first whether all of them are ASCII at once (their bytes OR-ed),
// as nearly every item is; only an item with a byte of 0x80 or more has each text checked.
template <class Spec, class Texts_of>
void check_item(Texts& t, const Spec& item, const Texts_of& texts_of) {
  std::uint64_t high = 0;
  texts_of(item, [&high](std::string_view text, const auto&) { high |= utf8::high_bits(text); });
  if ((high & utf8::ascii_mask) == 0) return;
  texts_of(item, [&t](std::string_view text, const auto& field) { t.check(text, field); });
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
    t.item(s.where.nodes, i, "nodes");
    check_item(t, s.nodes[i], [](const NodeSpec& n, const auto& visit) { node_texts(n, visit); });
  }
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    t.item(s.where.edges, i, "edges");
    check_item(t, s.edges[i], [](const EdgeSpec& e, const auto& visit) { edge_texts(e, visit); });
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
