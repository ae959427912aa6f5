// The result tables: columnar rows (a cell number geo * periods + period instead of three
// columns, a row range per indicator or node instead of an id per row) and their accessors.
#include <algorithm>
#include <cmath>

#include "aggregate/pipeline.hpp"

namespace impactgraph {

namespace {

// The group (indicator, node) a row belongs to: the last begin <= row.
std::uint32_t group_of(const std::vector<std::uint32_t>& begin, std::size_t row) noexcept {
  const auto it = std::upper_bound(begin.begin(), begin.end(), static_cast<std::uint32_t>(row));
  return static_cast<std::uint32_t>(it - begin.begin() - 1);
}

std::optional<std::size_t> find_cell(const std::vector<std::uint32_t>& begin, const std::vector<std::uint32_t>& cells,
                                     std::size_t group, std::uint32_t cell) noexcept {
  if (group + 1 >= begin.size()) return std::nullopt;
  const auto first = cells.begin() + begin[group], last = cells.begin() + begin[group + 1];
  const auto it = std::lower_bound(first, last, cell);
  if (it == last || *it != cell) return std::nullopt;
  return static_cast<std::size_t>(it - cells.begin());
}

std::pair<std::size_t, std::size_t> range(const std::vector<std::uint32_t>& begin, std::size_t group) noexcept {
  if (group + 1 >= begin.size()) return {0, 0};
  return {begin[group], begin[group + 1]};
}

template <class T>
std::size_t bytes(const std::vector<T>& v) noexcept {
  return v.capacity() * sizeof(T);
}

}  // namespace

std::uint32_t IndicatorValues::indicator(std::size_t row) const noexcept { return group_of(begin_, row); }
std::uint32_t IndicatorValues::geo(std::size_t row) const noexcept {
  return static_cast<std::uint32_t>(cell_[row] / periods_.size());
}
Period IndicatorValues::period(std::size_t row) const noexcept { return periods_[cell_[row] % periods_.size()]; }
std::pair<std::size_t, std::size_t> IndicatorValues::rows(std::uint32_t indicator) const noexcept {
  return range(begin_, indicator);
}
std::optional<std::size_t> IndicatorValues::find(std::uint32_t indicator, std::uint32_t geo, Period period) const noexcept {
  const auto p = std::lower_bound(periods_.begin(), periods_.end(), period);
  if (p == periods_.end() || *p != period) return std::nullopt;
  const auto cell = static_cast<std::uint32_t>(geo * periods_.size() + static_cast<std::size_t>(p - periods_.begin()));
  return find_cell(begin_, cell_, indicator, cell);
}
std::size_t IndicatorValues::memory_bytes() const noexcept {
  return bytes(periods_) + bytes(begin_) + bytes(cell_) + bytes(value_) + bytes(normalised_) + bytes(flags_);
}

NodeIndex ScoreTable::node(std::size_t row) const noexcept { return group_of(begin_, row); }
std::uint32_t ScoreTable::geo(std::size_t row) const noexcept {
  return static_cast<std::uint32_t>(cell_[row] / periods_.size());
}
Period ScoreTable::period(std::size_t row) const noexcept { return periods_[cell_[row] % periods_.size()]; }
std::pair<std::size_t, std::size_t> ScoreTable::rows(NodeIndex node) const noexcept { return range(begin_, node); }
std::optional<std::size_t> ScoreTable::find(NodeIndex node, std::uint32_t geo, Period period) const noexcept {
  const auto p = std::lower_bound(periods_.begin(), periods_.end(), period);
  if (p == periods_.end() || *p != period) return std::nullopt;
  const auto cell = static_cast<std::uint32_t>(geo * periods_.size() + static_cast<std::size_t>(p - periods_.begin()));
  return find_cell(begin_, cell_, node, cell);
}
std::size_t ScoreTable::memory_bytes() const noexcept {
  return bytes(periods_) + bytes(begin_) + bytes(cell_) + bytes(value_) + bytes(coverage_) + bytes(imputed_);
}

namespace aggregate_detail {

void ResultWriter::values(IndicatorValues& out, const Axes& axes, IndicatorData&& data,
                          const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected) {
  out.periods_ = axes.periods;
  const bool all = std::find(geo_selected.begin(), geo_selected.end(), false) == geo_selected.end() &&
                   std::find(period_selected.begin(), period_selected.end(), false) == period_selected.end();
  if (all) {  // every row: hand the columns over rather than hold them twice
    out.begin_ = std::move(data.begin);
    out.cell_ = std::move(data.cell);
    out.value_ = std::move(data.value);
    out.normalised_ = std::move(data.normalised);
    out.flags_ = std::move(data.flags);
    return;
  }
  out.begin_.assign(data.begin.size(), 0);
  for (std::size_t i = 0; i + 1 < data.begin.size(); ++i) {
    for (std::uint32_t r = data.begin[i]; r < data.begin[i + 1]; ++r) {
      const std::uint32_t cell = data.cell[r];
      if (!geo_selected[cell / axes.period_count] || !period_selected[cell % axes.period_count]) continue;
      out.cell_.push_back(cell);
      out.value_.push_back(data.value[r]);
      out.normalised_.push_back(data.normalised[r]);
      out.flags_.push_back(data.flags[r]);
    }
    out.begin_[i + 1] = static_cast<std::uint32_t>(out.cell_.size());
  }
}

void ResultWriter::scores(ScoreTable& out, const Model& model, const Axes& axes, const NodeScores& scores,
                          const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected) {
  // `scores` covers every period (active = the whole axis), so a node's cell a is the grid cell.
  out.periods_ = axes.periods;
  out.begin_.assign(model.node_count() + 1, 0);
  for (std::size_t v = 0; v < model.node_count(); ++v) {
    if (scores.slot[v] >= 0) {
      const std::size_t base = static_cast<std::size_t>(scores.slot[v]) * scores.stride;
      for (std::size_t cell = 0; cell < scores.stride; ++cell) {
        if (!(scores.coverage[base + cell] > 0.0)) continue;
        if (!geo_selected[cell / axes.period_count] || !period_selected[cell % axes.period_count]) continue;
        out.cell_.push_back(static_cast<std::uint32_t>(cell));
        out.value_.push_back(scores.value[base + cell]);
        out.coverage_.push_back(scores.coverage[base + cell]);
        out.imputed_.push_back(scores.imputed[base + cell]);
      }
    }
    out.begin_[v + 1] = static_cast<std::uint32_t>(out.cell_.size());
  }
}

}  // namespace aggregate_detail

}  // namespace impactgraph
