// ModelSpec -> JSON model v1 (src/io/json/model_writer.cpp) and the round trip.
#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <string>

#include "impactgraph/io.hpp"

using namespace impactgraph;

namespace {

std::vector<Diagnostic> write_errors(const ModelSpec& spec) {
  try {
    (void)to_json(spec);
  } catch (const Error& e) {
    return e.diagnostics();
  }
  FAIL("expected to_json to refuse the spec");
  return {};
}

ModelSpec small_json_spec() {
  ModelSpec s;
  s.name = "Demo";
  NodeSpec& a = s.nodes.emplace_back();
  a.id = "A";
  a.level = "activity";
  a.label = "Å \"q\"";
  a.tags = {{"area", "A1"}};
  a.funding.push_back({1200000.0, "SEK", "ERUF", "2021"});
  NodeSpec& g = s.nodes.emplace_back();
  g.id = "G";
  g.level = "goal";
  EdgeSpec& e1 = s.edges.emplace_back();
  e1.from = "A";
  e1.to = "G";
  EdgeSpec& e2 = s.edges.emplace_back();
  e2.from = "A";
  e2.to = "G";
  e2.weight = -0.5;
  e2.weight_range = std::array<double, 2>{-1.0, 0.25};
  e2.evidence = Evidence::weak;
  IndicatorSpec& i = s.indicators.emplace_back();
  i.id = "I";
  i.node = "G";
  i.direction = Direction::increase;
  i.baseline = Baseline{"2016", 78.1};
  Target& t = i.targets.emplace_back();
  t.period = "2030";
  t.value = 82.0;
  IndicatorSpec& j = s.indicators.emplace_back();
  j.id = "J";
  j.node = "G";
  j.targets.emplace_back().kind = TargetKind::direction;
  Target& th = j.targets.emplace_back();
  th.kind = TargetKind::threshold;
  th.op = ">=";
  th.value = 80.0;
  s.geographies.push_back({"0018", "Örebro län", "", {}});
  ObservationSpec& o1 = s.observations.emplace_back();
  o1.indicator = "I";
  o1.geo = "0018";
  o1.period = "2019";
  o1.value = 79.3;
  ObservationSpec& o2 = s.observations.emplace_back();
  o2.indicator = "I";
  o2.geo = "0018";
  o2.period = "2020";
  o2.breakdown = "K";
  return s;
}

// Every field of every struct set to a value other than its default.
ModelSpec full_spec() {
  ModelSpec s = small_json_spec();
  s.levels = {"activity", "output", "action_goal", "goal", "vision"};
  s.extras = {{"$schema", "\"model.schema.json\""}, {"meta", R"({"by":"RU","n":[1,2.50,null]})"}};
  NodeSpec& a = s.nodes[0];
  a.description = "Rad 1\nRad 2\t\"citat\" \\ slut";
  a.tags.emplace_back("owner", "Region Örebro län");
  a.funding.push_back({-2.5, "", "", ""});
  a.start = "2021";
  a.end = "2023Q4";
  a.extras = {{"x-color", "\"#ff0000\""}, {"weight", "3"}};
  EdgeSpec& e = s.edges[1];
  e.confidence = 0.0;
  e.assumption = "Fler företag växer → högre förvärvsfrekvens";
  e.extras = {{"note", "true"}};
  IndicatorSpec& i = s.indicators[0];
  i.label = "Förvärvsfrekvens 20–64 år";
  i.unit = "%";
  i.description = "Andel förvärvsarbetande, \"SCB\"";
  i.source = "kolada:N00914";
  i.measure = Measure::ratio;
  i.numerator = "N";
  i.denominator = "D";
  i.factor = 100.0;
  i.scale = std::array<double, 2>{1.0, 5.0};
  i.geo_aggregation = Aggregation::weighted_mean;
  i.geo_weight = "I_pop";
  i.time_aggregation = Aggregation::first;
  i.weight = 0.0;
  i.extras = {{"kolada", R"({"kpi":"N00914"})"}};
  Target& level = i.targets[0];
  level.base_period = "2016";
  level.op = "<";
  level.geos = {"0019"};
  level.compare = "growth";
  level.between = {"K", "M"};
  level.extras = {{"comment", "\"ok\""}};
  Target change;
  change.kind = TargetKind::change;
  change.base_period = "2005";
  change.period = "2030";
  change.value = -0.6;
  i.targets.push_back(change);
  Target peers;
  peers.kind = TargetKind::peers;
  peers.geos = {"0019", "0007", "0017", "0006"};
  peers.compare = "level";
  i.targets.push_back(peers);
  Target disparity;
  disparity.kind = TargetKind::disparity;
  disparity.between = {"K", "M"};
  disparity.period = "2030";
  i.targets.push_back(disparity);
  s.geographies.push_back({"1880", "Örebro", "0018", {{"population", "156381"}}});
  s.observations[0].text = "Bra";
  s.observations[0].status = "prel";
  s.observations[1].breakdown = "";
  s.observations[1].value = -0.0;
  return s;
}

}  // namespace

TEST_CASE("json writer: exact output, defaults left out", "[json][writer]") {
  const std::string expected = R"json({
  "impactgraph": 1,
  "name": "Demo",
  "nodes": [
    {"id": "A", "level": "activity", "label": "Å \"q\"", "tags": {"area": "A1"}, "funding": [{"amount": 1200000, "currency": "SEK", "source": "ERUF", "period": "2021"}]},
    {"id": "G", "level": "goal"}
  ],
  "edges": [
    {"from": "A", "to": "G"},
    {"from": "A", "to": "G", "weight": -0.5, "weight_range": [-1, 0.25], "evidence": "weak"}
  ],
  "indicators": [
    {
      "id": "I",
      "node": "G",
      "direction": "increase",
      "baseline": {"period": "2016", "value": 78.1},
      "target": {"period": "2030", "value": 82}
    },
    {
      "id": "J",
      "node": "G",
      "targets": [
        {"kind": "direction"},
        {"kind": "threshold", "op": ">=", "value": 80}
      ]
    }
  ],
  "geographies": [
    {"id": "0018", "name": "Örebro län"}
  ],
  "observations": [
    {"indicator": "I", "geo": "0018", "period": "2019", "value": 79.3},
    {"indicator": "I", "geo": "0018", "period": "2020", "breakdown": "K"}
  ]
}
)json";
  CHECK(to_json(small_json_spec()) == expected);
  std::ostringstream out;
  write_json(small_json_spec(), out);
  CHECK(out.str() == expected);
}

TEST_CASE("json writer: an empty spec", "[json][writer]") {
  CHECK(to_json(ModelSpec{}) == "{\n  \"impactgraph\": 1,\n  \"nodes\": [],\n  \"edges\": []\n}\n");
}

TEST_CASE("json writer: round trip of a spec with every field set", "[json][writer]") {
  const ModelSpec s = full_spec();
  const std::string text = to_json(s);
  const ModelSpec back = read_json(text);
  CHECK(back == s);
  // Field groups one by one, so a failure says where.
  CHECK(back.extras == s.extras);
  CHECK(back.levels == s.levels);
  CHECK(back.nodes == s.nodes);
  CHECK(back.edges == s.edges);
  CHECK(back.indicators == s.indicators);
  CHECK(back.geographies == s.geographies);
  CHECK(back.observations == s.observations);
  CHECK(std::signbit(*back.observations[1].value));  // -0 keeps its sign
  CHECK(back.edges[1].confidence == 0.0);            // a set optional that equals 0 stays set
  CHECK(to_json(back) == text);                      // deterministic and idempotent
  CHECK_THAT(text, Catch::Contains(R"("x-color": "#ff0000", "weight": 3})"));  // extras verbatim, last
  CHECK_THAT(text, Catch::StartsWith("{\n  \"$schema\": \"model.schema.json\",\n  \"impactgraph\": 1,\n"));
  CHECK_THAT(text, Catch::EndsWith("\"meta\": {\"by\":\"RU\",\"n\":[1,2.50,null]}\n}\n"));
}

TEST_CASE("json writer: \"$schema\" goes on top only when it is the first extra", "[json][writer]") {
  ModelSpec s;
  s.extras = {{"a", "1"}, {"$schema", "\"s\""}};
  const std::string text = to_json(s);
  CHECK_THAT(text, Catch::EndsWith("\"a\": 1,\n  \"$schema\": \"s\"\n}\n"));
  CHECK(read_json(text).extras == s.extras);
}

TEST_CASE("json writer: the writer refuses what could not be read back", "[json][writer]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  {
    ModelSpec s = small_json_spec();
    s.edges[1].weight = nan;
    s.indicators[0].baseline->value = -inf;
    s.nodes[0].funding[0].amount = inf;
    const auto errors = write_errors(s);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].code == "non-finite");
    CHECK(errors[0].location.field == "nodes[0].funding[0].amount");
    CHECK(errors[1].location.field == "edges[1].weight");
    CHECK(errors[2].location.field == "indicators[0].baseline.value");
  }
  {
    ModelSpec s = small_json_spec();
    s.nodes[1].label = "caf\xE9";
    const auto errors = write_errors(s);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "bad-encoding");
    CHECK(errors[0].location.field == "nodes[1].label");
  }
  {
    ModelSpec s = small_json_spec();
    s.nodes[1].extras = {{"id", "\"dup\""}, {"note", "{bad"}, {"ok", "1"}};
    const auto errors = write_errors(s);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == "bad-value");
    CHECK(errors[0].location.field == "nodes[1].id");
    CHECK(errors[1].code == "bad-value");
    CHECK(errors[1].location.field == "nodes[1].note");
  }
  {
    ModelSpec s = small_json_spec();
    s.indicators[1].targets[1].op = "==";
    s.indicators[1].targets[0].compare = "rank";
    const auto errors = write_errors(s);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].location.field == "indicators[1].targets[0].compare");
    CHECK(errors[1].location.field == "indicators[1].targets[1].op");
  }
  {
    ModelSpec s = small_json_spec();
    s.version = 2;
    CHECK(write_errors(s).at(0).code == "unsupported-version");
  }
  {
    ModelSpec s = small_json_spec();
    s.extras = {{"trailing", "1 2"}};  // one JSON value, nothing after it
    CHECK(write_errors(s).at(0).location.field == "trailing");
  }
}

TEST_CASE("json writer: numbers read back exactly", "[json][writer]") {
  const double values[] = {0.1,     1e-300, 5e-324,   -0.0,  1.7976931348623157e308, 2.2250738585072014e-308,
                           1e15,    1e15 + 1, 123456789012345678.0, 9007199254740993.0,
                           1200000, 1.0 / 3.0, -1e-7,  0.30000000000000004, 78.1};
  ModelSpec s;
  for (double v : values) {
    EdgeSpec& e = s.edges.emplace_back();
    e.weight = v;
    e.confidence = -v;
  }
  const ModelSpec back = read_json(to_json(s));
  REQUIRE(back.edges.size() == std::size(values));
  for (std::size_t k = 0; k < std::size(values); ++k) {
    INFO(values[k]);
    CHECK(std::bit_cast<std::uint64_t>(back.edges[k].weight) == std::bit_cast<std::uint64_t>(values[k]));
    CHECK(std::bit_cast<std::uint64_t>(*back.edges[k].confidence) == std::bit_cast<std::uint64_t>(-values[k]));
  }
}

// ---- Random specs: read(write(s)) == s

namespace {

class RandomSpec {
 public:
  explicit RandomSpec(std::uint32_t seed) : rng_(seed) {}

  ModelSpec make() {
    ModelSpec s;
    s.name = text();
    if (chance(0.5))
      for (int k = count(4); k > 0; --k) s.levels.push_back(text());
    for (int k = count(5); k > 0; --k) s.nodes.push_back(node());
    for (int k = count(5); k > 0; --k) s.edges.push_back(edge());
    for (int k = count(3); k > 0; --k) s.indicators.push_back(indicator());
    for (int k = count(3); k > 0; --k) s.geographies.push_back({text(), text(), text(), extras()});
    for (int k = count(6); k > 0; --k) s.observations.push_back(observation());
    s.extras = extras();
    return s;
  }

 private:
  std::mt19937 rng_;

  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  int count(int most) { return std::uniform_int_distribution<int>(0, most)(rng_); }
  template <class T>
  const T& pick(const std::vector<T>& from) {
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng_)];
  }

  static void utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Quotes, backslashes, every control character, Latin-1, Swedish letters, CJK, emoji.
  std::string text() {
    std::string out;
    for (int k = count(8); k > 0; --k) {
      switch (count(6)) {
        case 0: out += pick(std::vector<char>{'"', '\\', '/', '\'', '{', '}'}); break;
        case 1: out += static_cast<char>(std::uniform_int_distribution<int>(0, 0x1F)(rng_)); break;
        case 2: out += static_cast<char>(std::uniform_int_distribution<int>(0x20, 0x7F)(rng_)); break;
        case 3: utf8(out, pick(std::vector<std::uint32_t>{0xC5, 0xC4, 0xD6, 0xE5, 0xE4, 0xF6, 0x2013, 0x2026})); break;
        case 4: utf8(out, std::uniform_int_distribution<std::uint32_t>(0x80, 0xD7FF)(rng_)); break;
        case 5: utf8(out, std::uniform_int_distribution<std::uint32_t>(0xE000, 0xFFFF)(rng_)); break;
        default: utf8(out, std::uniform_int_distribution<std::uint32_t>(0x10000, 0x10FFFF)(rng_)); break;
      }
    }
    return out;
  }

  double number() {
    switch (count(3)) {
      case 0:
        return pick(std::vector<double>{0.0, -0.0, 0.1, 1.0, -1.0, 1e-300, 5e-324, 1.7976931348623157e308,
                                        123456789012345678.0, 9007199254740991.0, 1e15, 82.0, -0.6});
      case 1: return static_cast<double>(std::uniform_int_distribution<std::int64_t>(-(1LL << 62), 1LL << 62)(rng_));
      case 2: return std::uniform_real_distribution<double>(-100, 100)(rng_);
      default: {
        double d = std::numeric_limits<double>::quiet_NaN();
        while (!std::isfinite(d)) d = std::bit_cast<double>(std::uniform_int_distribution<std::uint64_t>()(rng_));
        return d;
      }
    }
  }
  std::optional<double> maybe_number() { return chance(0.5) ? std::optional<double>(number()) : std::nullopt; }
  std::optional<std::array<double, 2>> maybe_pair() {
    if (chance(0.5)) return std::nullopt;
    return std::array<double, 2>{number(), number()};
  }

  // JSON text in the reader's compact form: escapes as the reader writes them back.
  std::string escaped(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string out = "\"";
    for (char c : s) {
      const auto b = static_cast<unsigned char>(c);
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c == '\r') out += "\\r";
      else if (c == '\b') out += "\\b";
      else if (c == '\f') out += "\\f";
      else if (b < 0x20 || b == 0x7F) out += std::string("\\u00") + hex[b >> 4] + hex[b & 15];
      else out += c;
    }
    return out + "\"";
  }
  std::string json_value(int depth) {
    switch (depth > 2 ? count(3) : count(5)) {
      case 0: return pick(std::vector<std::string>{"null", "true", "false"});
      case 1: return pick(std::vector<std::string>{"0", "-0", "1.50", "-2.5E+3", "12345678901234567890", "1e-7"});
      case 2:
      case 3: return escaped(text());
      case 4: {
        std::string out = "[";
        for (int k = count(3); k > 0; --k) out += (out.size() > 1 ? "," : "") + json_value(depth + 1);
        return out + "]";
      }
      default: {
        std::string out = "{";
        for (int k = count(3); k > 0; --k)
          out += (out.size() > 1 ? "," : "") + escaped(text() + "#" + std::to_string(k)) + ":" + json_value(depth + 1);
        return out + "}";
      }
    }
  }
  // Extra keys start with "x" so they never shadow a key of the format, and are unique.
  Extras extras() {
    Extras out;
    for (int k = count(2); k > 0; --k) out.emplace_back("x" + text() + "#" + std::to_string(k), json_value(0));
    return out;
  }

  NodeSpec node() {
    NodeSpec n;
    n.id = text();
    n.level = text();
    n.label = text();
    n.description = text();
    for (int k = count(3); k > 0; --k) n.tags.emplace_back(text() + "#" + std::to_string(k), text());
    for (int k = count(2); k > 0; --k) n.funding.push_back({number(), text(), text(), text()});
    n.start = text();
    n.end = text();
    n.extras = extras();
    return n;
  }

  EdgeSpec edge() {
    EdgeSpec e;
    e.from = text();
    e.to = text();
    if (chance(0.7)) e.weight = number();
    e.weight_range = maybe_pair();
    e.confidence = maybe_number();
    e.assumption = text();
    e.evidence = static_cast<Evidence>(count(4));
    e.extras = extras();
    return e;
  }

  Target target() {
    Target t;
    t.kind = static_cast<TargetKind>(count(5));
    t.period = text();
    t.base_period = text();
    t.value = maybe_number();
    t.op = pick(std::vector<std::string>{"", ">=", ">", "<=", "<"});
    for (int k = count(3); k > 0; --k) t.geos.push_back(text());
    t.compare = pick(std::vector<std::string>{"", "level", "growth"});
    for (int k = count(2); k > 0; --k) t.between.push_back(text());
    t.extras = extras();
    return t;
  }

  IndicatorSpec indicator() {
    IndicatorSpec i;
    i.id = text();
    i.node = text();
    i.label = text();
    i.unit = text();
    i.description = text();
    i.direction = static_cast<Direction>(count(2));
    if (chance(0.5)) i.baseline = Baseline{text(), number()};
    for (int k = count(3); k > 0; --k) i.targets.push_back(target());
    i.source = text();
    i.measure = static_cast<Measure>(count(4));
    i.numerator = text();
    i.denominator = text();
    if (chance(0.5)) i.factor = number();
    i.scale = maybe_pair();
    i.geo_aggregation = static_cast<Aggregation>(count(7));
    i.geo_weight = text();
    i.time_aggregation = static_cast<Aggregation>(count(7));
    if (chance(0.5)) i.weight = number();
    i.extras = extras();
    return i;
  }

  ObservationSpec observation() {
    ObservationSpec o;
    o.indicator = text();
    o.geo = text();
    o.period = text();
    if (chance(0.5)) o.breakdown = pick(std::vector<std::string>{"T", "K", "M", ""}) + (chance(0.2) ? text() : "");
    o.value = maybe_number();
    o.text = text();
    o.status = text();
    return o;
  }
};

}  // namespace

TEST_CASE("json writer: random specs survive a round trip", "[json][writer]") {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    const ModelSpec s = RandomSpec(seed).make();
    std::string text;
    REQUIRE_NOTHROW(text = to_json(s));
    ModelSpec back;
    try {
      back = read_json(text);
    } catch (const Error& e) {
      FAIL("seed " << seed << ": " << e.what() << "\n" << text);
    }
    INFO("seed " << seed << "\n" << text);
    REQUIRE(back == s);
    CHECK(to_json(back) == text);
  }
}
