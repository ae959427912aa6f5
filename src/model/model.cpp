// Read access to the frozen model.
#include <cmath>

#include "model/model_data.hpp"

namespace impactgraph {

// ---- NodeRef
std::string_view NodeRef::id() const noexcept { return d_->str(d_->node_id[i_]); }
std::string_view NodeRef::level() const noexcept { return d_->levels[d_->node_level[i_]]; }
LevelIndex NodeRef::level_index() const noexcept { return d_->node_level[i_]; }
std::string_view NodeRef::label() const noexcept { return d_->str(d_->node_label[i_]); }
std::string_view NodeRef::description() const noexcept { return d_->str(d_->node_description[i_]); }
std::string_view NodeRef::start() const noexcept { return d_->str(d_->node_start[i_]); }
std::string_view NodeRef::end() const noexcept { return d_->str(d_->node_end[i_]); }
std::size_t NodeRef::tag_count() const noexcept { return d_->tag_begin[i_ + 1] - d_->tag_begin[i_]; }

std::pair<std::string_view, std::string_view> NodeRef::tag(std::size_t i) const noexcept {
  const auto& [key, value] = d_->tags[d_->tag_begin[i_] + i];
  return {d_->str(key), d_->str(value)};
}

std::optional<std::string_view> NodeRef::tag(std::string_view key) const noexcept {
  for (std::size_t i = 0, n = tag_count(); i < n; ++i) {
    auto [k, v] = tag(i);
    if (k == key) return v;
  }
  return std::nullopt;
}

std::size_t NodeRef::funding_count() const noexcept { return d_->funding_begin[i_ + 1] - d_->funding_begin[i_]; }

FundingRef NodeRef::funding(std::size_t i) const noexcept {
  const detail::FundingRow& f = d_->funding[d_->funding_begin[i_] + i];
  return {f.amount, d_->str(f.currency), d_->str(f.source), d_->str(f.period)};
}

// ---- EdgeRef
NodeIndex EdgeRef::source() const noexcept { return d_->edge_source[i_]; }
NodeIndex EdgeRef::target() const noexcept { return d_->column()[i_]; }
double EdgeRef::weight() const noexcept { return d_->edge_weight[i_]; }

std::optional<std::array<double, 2>> EdgeRef::weight_range() const noexcept {
  const auto* a = d_->edge_attributes.find(i_);
  return a ? a->weight_range : std::nullopt;
}

std::optional<double> EdgeRef::confidence() const noexcept {
  const auto* a = d_->edge_attributes.find(i_);
  return a ? a->confidence : std::nullopt;
}

std::string_view EdgeRef::assumption() const noexcept {
  const auto* a = d_->edge_attributes.find(i_);
  return a ? d_->str(a->assumption) : std::string_view{};
}

Evidence EdgeRef::evidence() const noexcept {
  const auto* a = d_->edge_attributes.find(i_);
  return a ? a->evidence : Evidence::unspecified;
}

// ---- ObservationTable
std::size_t ObservationTable::size() const noexcept { return d_->obs_value.size(); }
std::uint32_t ObservationTable::indicator(std::size_t i) const noexcept { return d_->obs_indicator[i]; }
std::uint32_t ObservationTable::geo(std::size_t i) const noexcept { return d_->obs_geo[i]; }
Period ObservationTable::period(std::size_t i) const noexcept { return d_->obs_period[i]; }
std::string_view ObservationTable::breakdown(std::size_t i) const noexcept {
  return d_->str(d_->breakdowns[d_->obs_breakdown[i]]);
}
bool ObservationTable::has_value(std::size_t i) const noexcept { return !std::isnan(d_->obs_value[i]); }
double ObservationTable::value(std::size_t i) const noexcept { return d_->obs_value[i]; }
std::string_view ObservationTable::text(std::size_t i) const noexcept {
  const auto* s = d_->obs_text.find(static_cast<std::uint32_t>(i));
  return s ? d_->str(*s) : std::string_view{};
}
std::string_view ObservationTable::status(std::size_t i) const noexcept {
  const auto* s = d_->obs_status.find(static_cast<std::uint32_t>(i));
  return s ? d_->str(*s) : std::string_view{};
}

std::span<const std::uint32_t> ObservationTable::indicator_column() const noexcept { return d_->obs_indicator; }
std::span<const std::uint32_t> ObservationTable::geo_column() const noexcept { return d_->obs_geo; }
std::span<const Period> ObservationTable::period_column() const noexcept { return d_->obs_period; }
std::span<const double> ObservationTable::value_column() const noexcept { return d_->obs_value; }
std::span<const std::uint16_t> ObservationTable::breakdown_column() const noexcept { return d_->obs_breakdown; }
std::size_t ObservationTable::breakdown_count() const noexcept { return d_->breakdowns.size(); }
std::string_view ObservationTable::breakdown_name(std::uint16_t b) const noexcept { return d_->str(d_->breakdowns[b]); }

// ---- Model
std::string_view Model::name() const noexcept { return d_->name; }
std::span<const std::string> Model::levels() const noexcept { return d_->levels; }

std::optional<LevelIndex> Model::level_index(std::string_view level) const noexcept {
  for (std::size_t i = 0; i < d_->levels.size(); ++i)
    if (d_->levels[i] == level) return static_cast<LevelIndex>(i);
  return std::nullopt;
}

std::size_t Model::node_count() const noexcept { return d_->node_id.size(); }

std::optional<NodeIndex> Model::find_node(std::string_view id) const noexcept {
  return detail::find_sorted(d_->nodes_by_id, id, [&](std::uint32_t i) { return d_->str(d_->node_id[i]); });
}

std::size_t Model::edge_count() const noexcept { return d_->edge_weight.size(); }

std::pair<EdgeIndex, EdgeIndex> Model::out_edges(NodeIndex v) const noexcept {
  return {d_->row_start()[v], d_->row_start()[v + 1]};
}

std::span<const EdgeIndex> Model::in_edges(NodeIndex v) const noexcept {
  return std::span<const EdgeIndex>(d_->in_edge).subspan(d_->in_begin[v], d_->in_begin[v + 1] - d_->in_begin[v]);
}

std::span<const NodeIndex> Model::topological_order() const noexcept { return d_->topo_order; }
std::span<const IndicatorSpec> Model::indicators() const noexcept { return d_->indicators; }

std::optional<std::size_t> Model::find_indicator(std::string_view id) const noexcept {
  return detail::find_sorted(d_->indicators_by_id, id,
                             [&](std::uint32_t i) { return std::string_view(d_->indicators[i].id); });
}

std::span<const GeographySpec> Model::geographies() const noexcept { return d_->geographies; }

std::optional<std::size_t> Model::find_geography(std::string_view id) const noexcept {
  return detail::find_sorted(d_->geographies_by_id, id,
                             [&](std::uint32_t i) { return std::string_view(d_->geographies[i].id); });
}

const Extras& Model::extras() const noexcept { return d_->extras; }

std::span<const EdgeIndex> Model::csr_offsets() const noexcept { return d_->row_start(); }
std::span<const NodeIndex> Model::csr_targets() const noexcept { return d_->column(); }
std::span<const NodeIndex> Model::edge_sources() const noexcept { return d_->edge_source; }
std::span<const double> Model::edge_weights() const noexcept { return d_->edge_weight; }

namespace {
template <class T>
std::size_t bytes(const std::vector<T>& v) noexcept {
  return v.capacity() * sizeof(T);
}
}  // namespace

std::size_t Model::memory_bytes() const noexcept {
  const detail::ModelData& d = *d_;
  std::size_t total = sizeof d + d.strings.memory_bytes();
  for (const auto* v : {&d.node_id, &d.node_label, &d.node_description, &d.node_start, &d.node_end}) total += bytes(*v);
  total += bytes(d.node_level) + bytes(d.tag_begin) + bytes(d.funding_begin) + bytes(d.tags) + bytes(d.funding) +
           d.node_extras.capacity_bytes() + bytes(d.nodes_by_id);
  total += bytes(d.graph.m_forward.m_rowstart) + bytes(d.graph.m_forward.m_column) + bytes(d.edge_source) +
           bytes(d.edge_weight) + bytes(d.in_begin) + bytes(d.in_edge) + d.edge_attributes.capacity_bytes() +
           bytes(d.topo_order);
  total += bytes(d.indicators) + bytes(d.indicators_by_id) + bytes(d.geographies) + bytes(d.geographies_by_id);
  total += bytes(d.obs_indicator) + bytes(d.obs_geo) + bytes(d.obs_period) + bytes(d.obs_breakdown) +
           bytes(d.obs_value) + bytes(d.breakdowns) + d.obs_text.capacity_bytes() + d.obs_status.capacity_bytes();
  return total;  // indicator and geography strings' own heap blocks are not counted: they are few
}

}  // namespace impactgraph
