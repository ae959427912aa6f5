// The frozen model's storage: columnar node and observation data, a Boost.Graph CSR
// graph for the edges, sparse side tables for rarely set attributes.
#pragma once

#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "impactgraph/model.hpp"
#include "model/string_pool.hpp"

namespace impactgraph::detail {

using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, NodeIndex, EdgeIndex>;

struct FundingRow {
  double amount;
  StringId currency, source, period;
};

/// A sorted (index, value) list: the side table of a sparse attribute.
template <class T>
class SparseColumn {
 public:
  void push_back(std::uint32_t index, T value) { rows_.emplace_back(index, std::move(value)); }  // ascending index
  const T* find(std::uint32_t index) const noexcept {
    auto it = std::lower_bound(rows_.begin(), rows_.end(), index,
                               [](const auto& row, std::uint32_t i) { return row.first < i; });
    return it != rows_.end() && it->first == index ? &it->second : nullptr;
  }
  std::size_t size() const noexcept { return rows_.size(); }
  std::size_t capacity_bytes() const noexcept { return rows_.capacity() * sizeof(rows_[0]); }
  void shrink_to_fit() { rows_.shrink_to_fit(); }

 private:
  std::vector<std::pair<std::uint32_t, T>> rows_;
};

struct ModelData {
  StringPool strings;
  std::string name;
  Extras extras;
  std::vector<std::string> levels;

  // Nodes, one entry per node (tags and funding as [begin[i], begin[i+1]) ranges).
  std::vector<StringId> node_id, node_label;
  SparseColumn<StringId> node_description, node_start, node_end;  // most nodes have none
  std::vector<LevelIndex> node_level;
  std::vector<std::uint32_t> tag_begin, funding_begin;
  std::vector<std::pair<StringId, StringId>> tags;
  std::vector<FundingRow> funding;
  SparseColumn<Extras> node_extras;
  std::vector<NodeIndex> nodes_by_id;  // node indices sorted by id, for lookup

  // Edges: CSR by source; edge e is the e-th entry of the CSR column array.
  CsrGraph graph;
  std::vector<NodeIndex> edge_source;
  std::vector<double> edge_weight;
  std::vector<EdgeIndex> in_begin, in_edge;  // incoming edges, CSR by target
  // Attributes few edges carry, one side table each: an edge pays only for what it has
  // (a range 24 bytes, a confidence 16, an evidence level or an assumption 8).
  SparseColumn<std::array<double, 2>> edge_range;
  SparseColumn<double> edge_confidence;
  SparseColumn<Evidence> edge_evidence;
  SparseColumn<StringId> edge_assumption;
  SparseColumn<Extras> edge_extras;
  std::vector<NodeIndex> topo_order;

  std::vector<IndicatorSpec> indicators;
  std::vector<std::uint32_t> indicators_by_id;
  std::vector<GeographySpec> geographies;
  std::vector<std::uint32_t> geographies_by_id;

  // Observations, column by column.
  std::vector<std::uint32_t> obs_indicator, obs_geo;
  std::vector<Period> obs_period;
  std::vector<std::uint16_t> obs_breakdown;  // index into breakdowns
  std::vector<double> obs_value;             // NaN = missing
  std::vector<StringId> breakdowns;
  SparseColumn<StringId> obs_text, obs_status;

  std::string_view str(StringId id) const noexcept { return strings.get(id); }
  std::span<const EdgeIndex> row_start() const noexcept { return graph.m_forward.m_rowstart; }
  std::span<const NodeIndex> column() const noexcept { return graph.m_forward.m_column; }
};

/// Binary search of `id` in `order` (indices sorted by the id that `id_of` gives).
template <class IdOf>
std::optional<std::uint32_t> find_sorted(const std::vector<std::uint32_t>& order, std::string_view id,
                                         IdOf id_of) noexcept {
  auto it = std::lower_bound(order.begin(), order.end(), id,
                             [&](std::uint32_t i, std::string_view key) { return id_of(i) < key; });
  if (it != order.end() && id_of(*it) == id) return *it;
  return std::nullopt;
}

}  // namespace impactgraph::detail
