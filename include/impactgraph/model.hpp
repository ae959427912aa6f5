// The frozen model: immutable, validated, compact (columnar, CSR graph), safe to read
// from many threads at once. Copies share the same data.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "impactgraph/model_spec.hpp"
#include "impactgraph/period.hpp"

namespace impactgraph {

using NodeIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
using LevelIndex = std::uint16_t;

namespace detail {
struct ModelData;
}

struct FundingRef {
  double amount;
  std::string_view currency;
  std::string_view source;
  std::string_view period;
};

/// A borrowed view of one node; valid while its Model lives.
class NodeRef {
 public:
  NodeRef(const detail::ModelData* data, NodeIndex index) noexcept : d_(data), i_(index) {}
  NodeIndex index() const noexcept { return i_; }
  std::string_view id() const noexcept;
  std::string_view level() const noexcept;
  LevelIndex level_index() const noexcept;
  std::string_view label() const noexcept;
  std::string_view description() const noexcept;
  std::string_view start() const noexcept;
  std::string_view end() const noexcept;
  std::size_t tag_count() const noexcept;
  std::pair<std::string_view, std::string_view> tag(std::size_t i) const noexcept;
  /// The value of tag `key`, if the node has it.
  std::optional<std::string_view> tag(std::string_view key) const noexcept;
  std::size_t funding_count() const noexcept;
  FundingRef funding(std::size_t i) const noexcept;

 private:
  const detail::ModelData* d_;
  NodeIndex i_;
};

/// A borrowed view of one edge; valid while its Model lives.
class EdgeRef {
 public:
  EdgeRef(const detail::ModelData* data, EdgeIndex index) noexcept : d_(data), i_(index) {}
  EdgeIndex index() const noexcept { return i_; }
  NodeIndex source() const noexcept;
  NodeIndex target() const noexcept;
  double weight() const noexcept;
  std::optional<std::array<double, 2>> weight_range() const noexcept;
  std::optional<double> confidence() const noexcept;
  std::string_view assumption() const noexcept;
  Evidence evidence() const noexcept;

 private:
  const detail::ModelData* d_;
  EdgeIndex i_;
};

/// Observations held column by column (about 24 bytes each).
class ObservationTable {
 public:
  explicit ObservationTable(const detail::ModelData* data) noexcept : d_(data) {}
  std::size_t size() const noexcept;
  std::uint32_t indicator(std::size_t i) const noexcept;  // index into Model::indicators()
  std::uint32_t geo(std::size_t i) const noexcept;        // index into Model::geographies()
  Period period(std::size_t i) const noexcept;
  std::string_view breakdown(std::size_t i) const noexcept;
  bool has_value(std::size_t i) const noexcept;
  double value(std::size_t i) const noexcept;  // NaN when missing
  std::string_view text(std::size_t i) const noexcept;
  std::string_view status(std::size_t i) const noexcept;

  /// The columns themselves (element i belongs to observation i), for sweeps over many
  /// observations without a call per value.
  std::span<const std::uint32_t> indicator_column() const noexcept;
  std::span<const std::uint32_t> geo_column() const noexcept;
  std::span<const Period> period_column() const noexcept;
  std::span<const double> value_column() const noexcept;  // NaN when missing
  /// Breakdowns numbered 0 .. breakdown_count()-1, one number per distinct breakdown:
  /// breakdown(i) == breakdown_name(breakdown_column()[i]).
  std::span<const std::uint16_t> breakdown_column() const noexcept;
  std::size_t breakdown_count() const noexcept;
  std::string_view breakdown_name(std::uint16_t b) const noexcept;

 private:
  const detail::ModelData* d_;
};

class Model {
 public:
  /// Validates `spec` and freezes it. Throws impactgraph::Error listing every
  /// error-severity diagnostic of validate(spec); warnings do not stop a freeze.
  /// Edges are stored grouped by source node (node order), keeping input order within
  /// a source; nodes, indicators, geographies and observations keep input order.
  static Model freeze(const ModelSpec& spec);

  /// The model back as plain data (edges in the frozen order). freeze(m.spec()) == m.
  ModelSpec spec() const;

  std::string_view name() const noexcept;
  std::span<const std::string> levels() const noexcept;
  std::optional<LevelIndex> level_index(std::string_view level) const noexcept;

  std::size_t node_count() const noexcept;
  NodeRef node(NodeIndex i) const noexcept { return NodeRef(d_.get(), i); }
  std::optional<NodeIndex> find_node(std::string_view id) const noexcept;

  std::size_t edge_count() const noexcept;
  EdgeRef edge(EdgeIndex i) const noexcept { return EdgeRef(d_.get(), i); }
  /// Outgoing edges of `v` are the contiguous indices [first, second).
  std::pair<EdgeIndex, EdgeIndex> out_edges(NodeIndex v) const noexcept;
  /// Incoming edges of `v`, by edge index, in ascending order.
  std::span<const EdgeIndex> in_edges(NodeIndex v) const noexcept;
  /// Every node, each before all nodes it has an edge to. Deterministic.
  std::span<const NodeIndex> topological_order() const noexcept;

  std::span<const IndicatorSpec> indicators() const noexcept;
  std::optional<std::size_t> find_indicator(std::string_view id) const noexcept;
  std::span<const GeographySpec> geographies() const noexcept;
  std::optional<std::size_t> find_geography(std::string_view id) const noexcept;
  ObservationTable observations() const noexcept { return ObservationTable(d_.get()); }

  /// Model-level keys a reader did not know.
  const Extras& extras() const noexcept;

  /// Bytes held by this model's data (for benchmarks and limits).
  std::size_t memory_bytes() const noexcept;

  /// Raw CSR arrays for analyses that sweep the graph: out-edge offsets (node_count+1),
  /// edge targets, edge sources and edge weights, all indexed by EdgeIndex.
  std::span<const EdgeIndex> csr_offsets() const noexcept;
  std::span<const NodeIndex> csr_targets() const noexcept;
  std::span<const NodeIndex> edge_sources() const noexcept;
  std::span<const double> edge_weights() const noexcept;

 private:
  explicit Model(std::shared_ptr<const detail::ModelData> data) noexcept : d_(std::move(data)) {}
  std::shared_ptr<const detail::ModelData> d_;
};

/// Fills a ModelSpec in code and freezes it.
class ModelBuilder {
 public:
  ModelBuilder() = default;
  explicit ModelBuilder(ModelSpec spec) : spec_(std::move(spec)) {}

  ModelBuilder& name(std::string name);
  ModelBuilder& levels(std::vector<std::string> levels);
  NodeSpec& add_node(std::string id, std::string level, std::string label = {});
  EdgeSpec& add_edge(std::string from, std::string to, double weight = 1.0);
  IndicatorSpec& add_indicator(std::string id, std::string node, std::string label = {});
  GeographySpec& add_geography(std::string id, std::string name = {}, std::string parent = {});
  ObservationSpec& add_observation(std::string indicator, std::string geo, std::string period,
                                   std::optional<double> value, std::string breakdown = "T");

  const ModelSpec& spec() const noexcept { return spec_; }
  ModelSpec& spec() noexcept { return spec_; }
  std::vector<Diagnostic> validate() const { return impactgraph::validate(spec_); }
  /// Model::freeze(spec()); throws impactgraph::Error on errors.
  Model freeze() const { return Model::freeze(spec_); }

 private:
  ModelSpec spec_;
};

}  // namespace impactgraph
