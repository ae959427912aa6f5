// A deterministic generator of layered synthetic strategies, from a Swedish region (5,000
// projects) up to EU cohesion-policy scale (1.5 million projects), for the benchmarks.
//
// Layers: activity (the projects) -> output -> effect -> area -> goal -> vision, with 10
// areas and 3 goals; the 13 targets of the benchmarks are the 3 goals and the 10 areas.
// The same options and seed give the same model on every platform and standard library:
// all randomness comes from SplitMix64 through integer arithmetic only (no std::*
// distribution, whose output differs between implementations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/model_spec.hpp"

namespace impactgraph::bench {

/// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): tiny, fast, the same everywhere.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) noexcept : state_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n) (Lemire's multiply-shift; the tiny bias is irrelevant here), n > 0.
  std::uint32_t below(std::uint32_t n) noexcept {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }
  /// True with probability per_mille / 1000.
  bool chance(std::uint32_t per_mille) noexcept { return below(1000) < per_mille; }

 private:
  std::uint64_t state_;
};

struct GeneratorOptions {
  std::string name = "region";
  std::size_t projects = 5'000;  // activities
  std::size_t outputs = 0;       // 0: projects / 2
  std::size_t effects = 0;       // 0: max(20, projects / 20)
  std::size_t areas = 10;
  std::size_t goals = 3;
  /// Total edges wanted; 0: only the natural fan-out (about 2.8 per project). Extra edges
  /// run from activities to further outputs and effects of their area.
  std::size_t edges = 0;
  std::uint64_t seed = 20240611;
  std::string currency = "SEK";
  // Attributes, each on a share (per mille) of the nodes or edges that can carry it.
  bool project_labels = false;            // a title per project ("Project 1234 in area A03")
  std::uint32_t funded_per_mille = 300;   // activities with a funding row
  std::uint32_t range_per_mille = 20;     // edges with a weight_range
  std::uint32_t evidence_per_mille = 30;  // edges with an evidence level
  std::uint32_t confidence_per_mille = 10;
  std::uint32_t negative_per_mille = 20;  // output -> effect trade-offs (the output keeps a positive edge)
  bool tags = true;                       // area on every node below area level, owner on activities
};

/// The named scales: "region" (5,000 projects), "mc" (a 5,000-node region for Monte
/// Carlo), "national" (100,000 projects), "million" (1,000,000 nodes, 5,000,000 edges),
/// "eu" (1,500,000 projects). Throws std::invalid_argument for another name.
GeneratorOptions scale(std::string_view name);
std::vector<std::string> scale_names();

struct Generated {
  ModelSpec spec;
  std::size_t activities = 0, outputs = 0, effects = 0, areas = 0, goals = 0;
  /// Node indices (positions in spec.nodes): the activities are [0, activities); the
  /// targets are the goals then the areas.
  std::vector<std::uint32_t> targets;
};

/// Nodes are listed level by level (activities first), as a file export would list them.
Generated generate(const GeneratorOptions& options);

/// FNV-1a over every node id and level and every edge's ends and weight bits: the same
/// number on every platform means the same generated graph.
std::uint64_t fingerprint(const ModelSpec& spec);

/// The graph as a tab-separated edge list with a header: `from to weight level_from
/// level_to` (weights printed with 17 significant digits so that a reader gets the same
/// doubles back).
void write_edge_list(const ModelSpec& spec, std::ostream& out);

}  // namespace impactgraph::bench
