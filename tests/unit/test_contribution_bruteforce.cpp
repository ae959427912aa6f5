// Every contribution mode against brute-force path enumeration on hundreds of random small
// DAGs, with positive and signed weights, both normalisations, both sign rules, both sweep
// directions (fewer targets than sources and the other way round) and more than one block.
#include <catch2/catch.hpp>
#include <random>

#include "contribution_fixture.hpp"
#include "impactgraph/diagnostic.hpp"

using namespace impactgraph;
using namespace contribution_test;

namespace {

struct Tally {
  int compared = 0, errors = 0, reverse = 0, forward = 0, multi_block = 0, signed_dags = 0, records = 0;
  int roots_covered = 0;  // reverse calls whose sources hold every node without predecessors
};

// The nodes without predecessors, added to `sources` where missing (at random places, so the
// selection order stays shuffled): the engine then knows every node is reachable from a source
// without a reach pass.
void add_roots(std::mt19937_64& rng, const Dag& d, std::vector<int>& sources) {
  std::vector<bool> has_in(static_cast<std::size_t>(d.n), false);
  for (const Edge& e : d.edges) has_in[static_cast<std::size_t>(e.to)] = true;
  for (int v = 0; v < d.n; ++v)
    if (!has_in[static_cast<std::size_t>(v)] && std::find(sources.begin(), sources.end(), v) == sources.end())
      sources.insert(sources.begin() + static_cast<std::ptrdiff_t>(rng() % (sources.size() + 1)), v);
}

std::vector<int> random_subset(std::mt19937_64& rng, int n, double p) {
  std::vector<int> out;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < n; ++i)
    if (unit(rng) < p) out.push_back(i);
  std::shuffle(out.begin(), out.end(), rng);  // selection order is not node order
  return out;
}

std::vector<NodeIndex> indices(const Model& m, const std::vector<int>& nodes) {
  std::vector<NodeIndex> out;
  for (const int v : nodes) out.push_back(*m.find_node(id(v)));
  return out;
}

void compare(const Dag& d, const Model& m, ContributionEngine& engine, const std::vector<int>& sources,
             const std::vector<int>& targets, const ContributionOptions& o, Tally& tally) {
  const Reference ref = reference(d, sources, targets, o);
  const auto src = indices(m, sources);
  const auto tgt = indices(m, targets);
  INFO("mode " << to_string(o.mode) << ", normalisation " << to_string(o.normalization) << ", rule "
               << to_string(o.sign_rule) << ", " << d.n << " nodes, " << d.edges.size() << " edges");
  if (ref.error) {
    try {
      engine.compute(src, tgt, o);
      FAIL("expected cannot-normalise");
    } catch (const Error& e) {
      REQUIRE(e.diagnostics().size() == 1);
      CHECK(e.diagnostics()[0].code == codes::cannot_normalise);
      REQUIRE(e.diagnostics()[0].ids.size() == 1);
      CHECK(ref.failing.count(e.diagnostics()[0].ids[0]) == 1);
      CHECK(std::string(e.what()).find("\"" + e.diagnostics()[0].ids[0] + "\"") != std::string::npos);
    }
    ++tally.errors;
    return;
  }
  const ContributionResult r = engine.compute(src, tgt, o);
  REQUIRE(r.records.size() == ref.pairs.size());
  // Expected order: by target position, then source position.
  std::vector<std::pair<int, int>> order;
  for (std::size_t ti = 0; ti < targets.size(); ++ti)
    for (std::size_t si = 0; si < sources.size(); ++si)
      if (ref.pairs.count({sources[si], targets[ti]})) order.emplace_back(sources[si], targets[ti]);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const ContributionRecord& rec = r.records[i];
    CHECK(m.node(rec.source).id() == id(order[i].first));
    CHECK(m.node(rec.target).id() == id(order[i].second));
    const Expected& ex = ref.pairs.at(order[i]);
    CHECK(near(rec.value, ex.value));
    CHECK(near(rec.synergy, ex.synergy));
    CHECK(near(rec.trade_off, ex.trade_off));
  }
  ++tally.compared;
  tally.records += static_cast<int>(r.records.size());
  if (targets.size() <= sources.size()) ++tally.reverse;
  else ++tally.forward;
  if (std::min(sources.size(), targets.size()) > 8) ++tally.multi_block;  // 8 seeds per sweep
}

}  // namespace

TEST_CASE("contributions equal brute-force path sums on random DAGs", "[contribution][bruteforce]") {
  std::mt19937_64 rng(20240611);
  std::uniform_int_distribution<int> small_n(2, 8);
  std::uniform_real_distribution<double> density(0.2, 0.7);
  Tally tally;
  constexpr int dags = 260;
  for (int i = 0; i < dags; ++i) {
    // Mostly small DAGs; every fifth one larger (up to 20 nodes, sparse) so that more than
    // eight seeds make several blocks.
    const bool large = i % 5 == 4;
    const int n = large ? 12 + static_cast<int>(rng() % 9) : small_n(rng);
    const double p = large ? 0.18 : density(rng);
    const bool signed_weights = i % 2 == 1;
    const Dag d = random_dag(rng, n, p, signed_weights);
    const Model m = build(d);
    ContributionEngine engine(m);
    const double pick = large ? 0.7 : 0.5;
    auto sources = random_subset(rng, n, pick);
    const auto targets = random_subset(rng, n, pick);
    if (i % 3 == 0) add_roots(rng, d, sources);
    tally.signed_dags += signed_weights ? 1 : 0;
    tally.roots_covered += i % 3 == 0 && targets.size() <= sources.size() ? 1 : 0;

    for (const ContributionMode mode : {ContributionMode::path, ContributionMode::flow, ContributionMode::attribution})
      for (const Normalization norm : {Normalization::positive, Normalization::signed_sum})
        for (const SignRule rule : {SignRule::multiply, SignRule::any_negative}) {
          if (mode == ContributionMode::path && norm == Normalization::signed_sum) continue;  // path ignores it
          ContributionOptions o;
          o.mode = mode;
          o.normalization = norm;
          o.sign_rule = rule;
          compare(d, m, engine, sources, targets, o, tally);
        }
  }
  // The sample really covers what it claims to.
  CHECK(tally.compared >= 200 * 3);
  CHECK(tally.signed_dags >= 100);
  CHECK(tally.errors > 20);
  CHECK(tally.reverse > 100);
  CHECK(tally.forward > 100);
  CHECK(tally.multi_block > 10);
  CHECK(tally.records > 1000);
  CHECK(tally.roots_covered > 50);
}

TEST_CASE("an engine reused across calls, failures included, answers like a fresh one", "[contribution]") {
  std::mt19937_64 rng(99);
  const Dag d = random_dag(rng, 14, 0.3, true);
  const Model m = build(d);
  ContributionEngine engine(m);
  ContributionResult reused;
  for (int i = 0; i < 60; ++i) {
    const auto sources = indices(m, random_subset(rng, d.n, 0.5));
    const auto targets = indices(m, random_subset(rng, d.n, 0.5));
    ContributionOptions o;
    o.mode = static_cast<ContributionMode>(i % 3);
    o.normalization = i % 2 ? Normalization::signed_sum : Normalization::positive;
    o.sign_rule = i % 4 == 1 ? SignRule::any_negative : SignRule::multiply;
    if (i % 5 == 0) {
      o.uncertainty.samples = 20;
      o.uncertainty.seed = static_cast<std::uint64_t>(i);
    }
    if (i % 7 == 3) {
      const std::vector<NodeIndex> bad{static_cast<NodeIndex>(d.n)};
      CHECK_THROWS_AS(engine.compute(bad, targets, o, reused), std::invalid_argument);
    }
    bool failed_fresh = false, failed_reused = false;
    ContributionResult fresh;
    try {
      fresh = contributions(m, sources, targets, o);
    } catch (const Error&) {
      failed_fresh = true;
    }
    try {
      engine.compute(sources, targets, o, reused);
    } catch (const Error&) {
      failed_reused = true;
    }
    REQUIRE(failed_fresh == failed_reused);
    if (failed_fresh) continue;
    REQUIRE(fresh.records.size() == reused.records.size());
    REQUIRE(fresh.stats.size() == reused.stats.size());
    for (std::size_t r = 0; r < fresh.records.size(); ++r) {
      CHECK(fresh.records[r].source == reused.records[r].source);
      CHECK(fresh.records[r].target == reused.records[r].target);
      CHECK(fresh.records[r].value == reused.records[r].value);
      CHECK(fresh.records[r].trade_off == reused.records[r].trade_off);
    }
    for (std::size_t r = 0; r < fresh.stats.size(); ++r) CHECK(fresh.stats[r].mean == reused.stats[r].mean);
  }
}

// The sparse reverse sweep takes 32 targets per group; the DAGs above have at most 14 nodes,
// so only these reach a second group (and a group that starts past slot 0).
TEST_CASE("more targets than one sparse group: every mode against path enumeration", "[contribution]") {
  std::mt19937_64 rng(4242);
  Tally tally;
  for (int round = 0; round < 6; ++round) {
    const bool signed_weights = round % 2 == 1;
    const Dag d = random_dag(rng, 90, 0.035, signed_weights);
    const Model m = build(d);
    ContributionEngine engine(m);
    std::vector<int> all(90);
    for (int i = 0; i < 90; ++i) all[static_cast<std::size_t>(i)] = i;
    std::shuffle(all.begin(), all.end(), rng);
    const std::vector<int> targets(all.begin(), all.begin() + 70);  // 3 groups: 32 + 32 + 6
    for (const ContributionMode mode : {ContributionMode::path, ContributionMode::flow, ContributionMode::attribution}) {
      ContributionOptions o;
      o.mode = mode;
      o.normalization = signed_weights ? Normalization::signed_sum : Normalization::positive;
      compare(d, m, engine, all, targets, o, tally);
    }
  }
  CHECK(tally.records > 1000);  // the groups really hold records
  CHECK(tally.compared + tally.errors == 18);
}
