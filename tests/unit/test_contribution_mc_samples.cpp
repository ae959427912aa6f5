// Every Monte-Carlo sample's value against brute-force path enumeration: the test draws
// sample k's weights itself (draw_weight is a pure function of seed, k and edge), enumerates
// the paths under them, and compares each record's mean, p05 and p95 with those computed
// from the enumerated values. Random small DAGs, every mode, positive and signed weights,
// sample counts that fill several lanes of the batched sweep and leave some empty, 1-3
// threads, and more than 32 targets (several sparse groups). Rank intervals too, from ranks
// counted pair by pair in every sample.
#include <algorithm>
#include <cmath>
#include <catch2/catch.hpp>
#include <random>

#include "contribution/engine.hpp"
#include "contribution_fixture.hpp"
#include "impactgraph/diagnostic.hpp"
#include "reference_stats.hpp"

using namespace impactgraph;
using namespace contribution_test;
using reference_stats::nearest;
using reference_stats::type7;

namespace {

struct Counts {
  int cases = 0, errors = 0, records = 0, many_groups = 0, ranked_groups = 0;
};

// d's weights in sample k: the edges with a range redrawn as the library draws them.
Dag sample_dag(const Dag& d, const Model& m, const std::vector<std::array<double, 2>>& range, std::uint64_t seed,
               std::uint64_t k, WeightDistribution dist) {
  Dag out = d;
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    const auto [lo, hi] = range[i];
    if (!(hi > lo)) continue;
    const NodeIndex from = *m.find_node(id(d.edges[i].from)), to = *m.find_node(id(d.edges[i].to));
    const auto [first, last] = m.out_edges(from);
    EdgeIndex e = first;
    while (e < last && m.csr_targets()[e] != to) ++e;
    REQUIRE(e < last);
    const detail::UncertainEdge u{e, lo, hi, std::clamp(d.edges[i].w, lo, hi)};
    out.edges[i].w = detail::draw_weight(u, seed, k, dist);
  }
  return out;
}

void check_samples(const Dag& d, const std::vector<int>& sources, const std::vector<int>& targets,
                   ContributionOptions o, std::size_t k, unsigned threads, Counts& counts) {
  ModelBuilder b;
  std::vector<std::array<double, 2>> range(d.edges.size());
  for (int v = 0; v < d.n; ++v) b.add_node(id(v), "outcome");
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    EdgeSpec& e = b.add_edge(id(d.edges[i].from), id(d.edges[i].to), d.edges[i].w);
    if (i % 3 != 2) {  // two edges in three vary, some ranges crossing 0
      range[i] = {d.edges[i].w - 0.4, d.edges[i].w + 0.3};
      e.weight_range = range[i];
    } else {
      range[i] = {d.edges[i].w, d.edges[i].w};
    }
  }
  const Model m = b.freeze();
  o.uncertainty.samples = k;
  o.uncertainty.seed = 1000 + static_cast<std::uint64_t>(counts.cases);
  o.uncertainty.threads = threads;
  std::vector<NodeIndex> src, tgt;
  for (const int v : sources) src.push_back(*m.find_node(id(v)));
  for (const int v : targets) tgt.push_back(*m.find_node(id(v)));
  ++counts.cases;

  // Per sample the enumerated values; the first failing sample, if any.
  std::vector<Reference> refs;
  bool fails = false;
  for (std::size_t s = 0; s < k && !fails; ++s) {
    refs.push_back(reference(sample_dag(d, m, range, o.uncertainty.seed, s, o.uncertainty.distribution), sources,
                             targets, o));
    fails = refs.back().error;
  }
  const Reference point = reference(d, sources, targets, o);
  INFO("mode " << to_string(o.mode) << ", " << d.n << " nodes, " << d.edges.size() << " edges, " << k
               << " samples, " << threads << " threads");
  if (point.error) return;  // the point estimate's own error: test_contribution_bruteforce
  if (fails) {
    try {
      contributions(m, src, tgt, o);
      FAIL("expected cannot-normalise in a sample");
    } catch (const Error& e) {
      CHECK(e.diagnostics()[0].code == codes::cannot_normalise);
      CHECK(std::string(e.what()).find("sample " + std::to_string(refs.size() - 1)) != std::string::npos);
    }
    ++counts.errors;
    return;
  }
  const ContributionResult r = contributions(m, src, tgt, o);
  REQUIRE(r.stats.size() == r.records.size());
  REQUIRE(r.records.size() == point.pairs.size());
  for (std::size_t i = 0; i < r.records.size(); ++i) {
    const std::pair<int, int> pair{std::stoi(std::string(m.node(r.records[i].source).id()).substr(1)),
                                   std::stoi(std::string(m.node(r.records[i].target).id()).substr(1))};
    std::vector<double> values;
    for (const Reference& ref : refs) values.push_back(ref.pairs.count(pair) ? ref.pairs.at(pair).value : 0.0);
    double sum = 0.0;
    for (const double x : values) sum += x;
    CHECK(near(r.stats[i].mean, sum / static_cast<double>(k)));
    CHECK(near(r.stats[i].p05, type7(values, 0.05)));
    CHECK(near(r.stats[i].p95, type7(values, 0.95)));
  }
  // Rank intervals: per sample, each record's rank among its target's records (1 + the
  // number with a larger value), counted pair by pair on the enumerated values. A target
  // whose records come near a tie in some sample is left out: there the enumeration's
  // rounding, not the library, would decide the order.
  for (std::size_t g0 = 0; g0 < r.records.size();) {
    std::size_t g1 = g0;
    while (g1 < r.records.size() && r.records[g1].target == r.records[g0].target) ++g1;
    std::vector<std::vector<double>> v(g1 - g0);  // [member][sample]
    for (std::size_t i = g0; i < g1; ++i) {
      const std::pair<int, int> pair{std::stoi(std::string(m.node(r.records[i].source).id()).substr(1)),
                                     std::stoi(std::string(m.node(r.records[i].target).id()).substr(1))};
      for (const Reference& ref : refs) v[i - g0].push_back(ref.pairs.count(pair) ? ref.pairs.at(pair).value : 0.0);
    }
    bool close = false;
    for (std::size_t a = 0; a < v.size(); ++a)
      for (std::size_t b = a + 1; b < v.size(); ++b)
        for (std::size_t s = 0; s < k; ++s) close = close || std::fabs(v[a][s] - v[b][s]) <= 1e-7;
    if (!close) {
      for (std::size_t a = 0; a < v.size(); ++a) {
        std::vector<std::uint32_t> ranks;
        for (std::size_t s = 0; s < k; ++s) {
          std::uint32_t rank = 1;
          for (std::size_t b = 0; b < v.size(); ++b) rank += v[b][s] > v[a][s] ? 1 : 0;
          ranks.push_back(rank);
        }
        CHECK(r.stats[g0 + a].rank_low == nearest(ranks, 0.05));
        CHECK(r.stats[g0 + a].rank_high == nearest(ranks, 0.95));
      }
      if (v.size() > 1) ++counts.ranked_groups;
    }
    g0 = g1;
  }
  counts.records += static_cast<int>(r.records.size());
  if (targets.size() > 32) ++counts.many_groups;
}

}  // namespace

TEST_CASE("every Monte-Carlo sample equals brute-force path sums under its drawn weights", "[contribution][mc]") {
  std::mt19937_64 rng(77);
  Counts counts;
  const std::size_t sample_counts[] = {1, 3, 8, 13, 21};
  for (int i = 0; i < 60; ++i) {
    const bool signed_weights = i % 2 == 1;
    const Dag d = random_dag(rng, 4 + i % 6, 0.5, signed_weights);
    std::vector<int> all(d.n);
    for (int v = 0; v < d.n; ++v) all[v] = v;
    const std::vector<int> targets(all.begin(), all.begin() + 1 + i % 3);  // fewer targets: reverse sweeps
    for (const ContributionMode mode : {ContributionMode::path, ContributionMode::flow, ContributionMode::attribution}) {
      ContributionOptions o;
      o.mode = mode;
      o.uncertainty.distribution = i % 4 < 2 ? WeightDistribution::uniform : WeightDistribution::triangular;
      check_samples(d, all, targets, o, sample_counts[i % 5], 1 + static_cast<unsigned>(i % 3), counts);
    }
  }
  // More than 32 targets: several groups of sparse rows.
  for (int i = 0; i < 4; ++i) {
    const Dag d = random_dag(rng, 40, 0.06, i % 2 == 1);
    std::vector<int> all(d.n);
    for (int v = 0; v < d.n; ++v) all[v] = v;
    ContributionOptions o;
    check_samples(d, all, all, o, 11, 2, counts);
  }
  CHECK(counts.records > 500);
  CHECK(counts.errors > 0);  // some samples cannot normalise, and say which
  CHECK(counts.many_groups == 4);
  CHECK(counts.ranked_groups > 100);  // targets of two or more sources whose ranks were checked
}
