// Limits on hostile input: what a reader refuses before it can exhaust the stack or
// the memory. Each refusal is one `limit-exceeded` diagnostic naming the limit and its
// value. The defaults are far above any real strategy model (the Örebro example is
// 0.5 MB, 123 nodes, 2956 observations); docs/reliability.md explains each one.
#pragma once

#include <cstddef>

namespace impactgraph {

struct Limits {
  /// Bytes of one input: a JSON model file or text, each CSV table, a bundle's model.json.
  /// Reading takes memory in proportion: up to about 100 times the bytes for the most
  /// wasteful JSON (`[0,0,0,...]`), 15 to 25 times for observations (docs/reliability.md).
  std::size_t max_file_bytes = std::size_t{16} << 20;
  /// JSON arrays and objects nested inside each other (the model itself needs 6).
  std::size_t max_depth = 64;
  /// Bytes of one JSON string, key or number, or of one CSV cell.
  std::size_t max_string_bytes = std::size_t{1} << 20;
  /// Bytes of one id or reference to an id (nodes, edges' ends, indicators, geographies,
  /// levels, an observation's indicator, geo and breakdown, targets' geos and between).
  std::size_t max_id_bytes = 256;
  /// Fields of one CSV record (a header names at most this many columns).
  std::size_t max_columns = 1024;
  std::size_t max_nodes = 1'000'000;
  std::size_t max_edges = 10'000'000;
  std::size_t max_observations = 10'000'000;
};

}  // namespace impactgraph
