// read_csv_bundle(write_csv_bundle(s)) == s, for hand-made and random specs, in every
// style the writer offers.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "impactgraph/io.hpp"
#include "test_csv_util.hpp"

using namespace impactgraph;
namespace fs = std::filesystem;

namespace {

const std::vector<CsvStyle> styles{CsvStyle{}, CsvStyle::swedish(), CsvStyle{'\t', '.', false},
                                   CsvStyle{';', '.', true}};

ModelSpec round_trip(const ModelSpec& s, CsvStyle style, const fs::path& folder) {
  write_csv_bundle(s, folder, style);
  return read_csv_bundle(folder);
}

/// Random specs whose strings are built from awkward pieces: separators, quotes, line
/// breaks, spaces at the ends, non-ASCII, things that look like numbers.
class Gen {
 public:
  explicit Gen(unsigned seed) : rng_(seed) {}

  int count(int max) { return std::uniform_int_distribution<int>(0, max)(rng_); }
  bool coin() { return count(1) == 1; }

  std::string text(bool non_empty, bool list_item = false) {
    static const std::vector<std::string> pieces{
        "a", "Bz", "9", "Ö", "å", "é", "–", "😀", " ", ",", ";", "\t", "\"", "\"\"", "\n",
        "\r\n", "\r", "x y", "0,5", "1.5", "=SUM(A1)", "#", "|", "\xC2\xA0", "T"};
    std::string s;
    const int n = count(4) + (non_empty ? 1 : 0);
    for (int i = 0; i < n; ++i) {
      std::string piece = pieces[static_cast<std::size_t>(count(static_cast<int>(pieces.size()) - 1))];
      if (list_item && piece == "|") piece = "-";
      s += piece;
    }
    return s;
  }
  std::vector<std::string> list() {
    std::vector<std::string> items(static_cast<std::size_t>(count(3)));
    for (std::string& item : items) item = text(true, true);
    return items;
  }
  double number() {
    switch (count(6)) {
      case 0: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng_);
      case 1: return static_cast<double>(count(2000000) - 1000000);
      case 2: return count(10000) / 100.0;
      case 3: {
        const std::vector<double> edge{0.0, -0.0, 1e300, -1e-300, 5e-324, std::numeric_limits<double>::max(),
                                       0.1, 1e21, 123456789012345680000.0, -0.6};
        return edge[static_cast<std::size_t>(count(static_cast<int>(edge.size()) - 1))];
      }
      default: {
        for (;;) {
          const std::uint64_t bits = std::uniform_int_distribution<std::uint64_t>()(rng_);
          double v;
          std::memcpy(&v, &bits, sizeof v);
          if (std::isfinite(v)) return v;
        }
      }
    }
  }
  std::optional<double> maybe_number() { return coin() ? std::optional<double>(number()) : std::nullopt; }
  std::optional<std::array<double, 2>> maybe_pair() {
    if (!coin()) return std::nullopt;
    return std::array<double, 2>{number(), number()};
  }
  template <class E>
  E pick(int n) {
    return static_cast<E>(count(n - 1));
  }

  ModelSpec spec() {
    ModelSpec s;
    s.name = text(false);
    for (int i = count(4); i > 0; --i) s.levels.push_back(text(true));
    for (int i = count(2); i > 0; --i) {
      nlohmann::ordered_json v = nlohmann::ordered_json::object();
      v[text(false)] = number();
      v["list"] = {text(false), coin(), nullptr};
      s.extras.emplace_back("x" + std::to_string(s.extras.size()) + text(false), v.dump());
    }
    // Tag keys in one global order; each node takes some of them, in that order.
    std::vector<std::string> keys{"owner", "area", text(true) + "\"k;", "ägare, org", "multi\nline"};
    const int nodes = count(8);
    for (int n = 0; n < nodes; ++n) {
      NodeSpec& node = s.nodes.emplace_back();
      node.id = text(false) + "#" + std::to_string(n);  // unique, so funding finds its node
      node.level = text(true);
      node.label = text(false);
      node.description = text(false);
      node.start = text(false);
      node.end = text(false);
      for (const std::string& k : keys)
        if (coin()) node.tags.emplace_back(k, text(true));
      for (int f = count(3); f > 0; --f) node.funding.push_back(Funding{number(), text(false), text(false), text(false)});
    }
    for (int e = count(10); e > 0; --e) {
      EdgeSpec& edge = s.edges.emplace_back();
      edge.from = text(true);
      edge.to = text(true);
      edge.weight = number();
      edge.weight_range = maybe_pair();
      edge.confidence = maybe_number();
      edge.assumption = text(false);
      edge.evidence = pick<Evidence>(5);
    }
    const int indicators = count(6);
    for (int i = 0; i < indicators; ++i) {
      IndicatorSpec& ind = s.indicators.emplace_back();
      ind.id = text(false) + "#" + std::to_string(i);
      ind.node = text(true);
      ind.label = text(false);
      ind.unit = text(false);
      ind.description = text(false);
      ind.direction = pick<Direction>(3);
      if (coin()) ind.baseline = Baseline{text(false), number()};
      for (int t = count(3); t > 0; --t) {
        Target& target = ind.targets.emplace_back();
        target.kind = pick<TargetKind>(6);
        target.period = text(false);
        target.base_period = text(false);
        target.value = maybe_number();
        target.op = text(false);
        target.geos = list();
        target.compare = text(false);
        target.between = list();
      }
      ind.source = text(false);
      ind.measure = pick<Measure>(5);
      ind.numerator = text(false);
      ind.denominator = text(false);
      ind.factor = number();
      ind.scale = maybe_pair();
      ind.geo_aggregation = pick<Aggregation>(8);
      ind.geo_weight = text(false);
      ind.time_aggregation = pick<Aggregation>(8);
      ind.weight = number();
    }
    for (int g = count(5); g > 0; --g) s.geographies.push_back(GeographySpec{text(true), text(false), text(false), {}});
    for (int o = count(15); o > 0; --o)
      s.observations.push_back(
          ObservationSpec{text(true), text(true), text(true), text(true), maybe_number(), text(false), text(false)});
    return s;
  }

 private:
  std::mt19937 rng_;
};

/// Names the first part in which two specs differ, for failure messages.
std::string first_difference(const ModelSpec& a, const ModelSpec& b) {
  if (a.name != b.name) return "name";
  if (a.effective_levels() != b.effective_levels()) return "levels";
  if (a.extras != b.extras) return "extras";
  auto items = [](const char* what, const auto& x, const auto& y) -> std::string {
    if (x.size() != y.size()) return std::string(what) + " count " + std::to_string(x.size()) + " vs " + std::to_string(y.size());
    for (std::size_t i = 0; i < x.size(); ++i)
      if (!(x[i] == y[i])) return std::string(what) + "[" + std::to_string(i) + "]";
    return {};
  };
  for (std::string d : {items("nodes", a.nodes, b.nodes), items("edges", a.edges, b.edges),
                        items("indicators", a.indicators, b.indicators),
                        items("geographies", a.geographies, b.geographies),
                        items("observations", a.observations, b.observations)})
    if (!d.empty()) return d;
  return "nothing";
}

}  // namespace

TEST_CASE("csv round trip: the Swedish fixture, in every style", "[csv][roundtrip]") {
  const ModelSpec original = read_csv_bundle(csv_test::fixture("swedish"));
  csv_test::Scratch scratch;
  for (std::size_t k = 0; k < styles.size(); ++k) {
    INFO("style " << k);
    CHECK(round_trip(original, styles[k], scratch / ("s" + std::to_string(k))) == original);
  }
}

TEST_CASE("csv round trip: a spec built in code", "[csv][roundtrip]") {
  ModelSpec s;
  s.name = "RUS Örebroregionen";
  s.levels = {"activity", "output", "action_goal", "area", "challenge", "goal", "vision"};
  s.extras = {{"note", "\"illustrative, not real data\""}};
  NodeSpec& v = s.nodes.emplace_back();
  v.id = "vision";
  v.level = "vision";
  v.label = "Örebroregionen – Sveriges hjärta. En attraktiv och pulserande region för alla";
  NodeSpec& p = s.nodes.emplace_back();
  p.id = "P7";
  p.level = "activity";
  p.label = "Företagslyft";
  p.description = "Rådgivning; \"coachning\",\nnätverk";
  p.tags = {{"area", "A1"}, {"owner", "RU"}};
  p.funding = {Funding{1200000, "SEK", "ERUF", "2021"}, Funding{-250.75, "SEK", "ESF+", "2022"}};
  EdgeSpec& e = s.edges.emplace_back();
  e.from = "P7";
  e.to = "vision";
  e.weight = -3;
  e.confidence = 0.1;
  e.evidence = Evidence::none;
  IndicatorSpec& i = s.indicators.emplace_back();
  i.id = "I1";
  i.node = "vision";
  i.baseline = Baseline{"", 0.0};
  i.targets = {Target{TargetKind::direction, "", "", std::nullopt, "", {}, "", {}, {}},
               Target{TargetKind::peers, "", "", std::nullopt, "", {"0019", "0007"}, "growth", {}, {}},
               Target{TargetKind::disparity, "2030", "", 0.02, "", {}, "", {"K", "M"}, {}}};
  i.scale = std::array<double, 2>{1, 5};
  s.observations.push_back(ObservationSpec{"I1", "1880", "2019-05", "K", std::nullopt, "Bättre än väntat", "ok"});
  csv_test::Scratch scratch;
  for (std::size_t k = 0; k < styles.size(); ++k) {
    INFO("style " << k);
    const ModelSpec back = round_trip(s, styles[k], scratch / ("s" + std::to_string(k)));
    CHECK(back == s);
    CHECK(back.nodes[1].funding == s.nodes[1].funding);
    CHECK(back.levels == s.levels);
  }
}

TEST_CASE("csv round trip: random specs with awkward strings and numbers", "[csv][roundtrip]") {
  csv_test::Scratch scratch;
  for (unsigned seed = 1; seed <= 150; ++seed) {
    Gen gen(seed);
    const ModelSpec s = gen.spec();
    for (std::size_t k = 0; k < styles.size(); ++k) {
      INFO("seed " << seed << ", style " << k);
      const fs::path folder = scratch / "bundle";
      ModelSpec back;
      REQUIRE_NOTHROW(back = round_trip(s, styles[k], folder));
      INFO("first difference: " << first_difference(back, s));
      REQUIRE(back == s);
      // Writing what was read gives the same bytes: the writer's output is canonical.
      const std::string nodes = csv_test::read_bytes(folder / "nodes.csv");
      const std::string targets = csv_test::read_bytes(folder / "targets.csv");
      write_csv_bundle(back, folder, styles[k]);
      CHECK(csv_test::read_bytes(folder / "nodes.csv") == nodes);
      CHECK(csv_test::read_bytes(folder / "targets.csv") == targets);
    }
  }
}
