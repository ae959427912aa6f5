// The result tables: columnar rows (a cell number geo * periods + period instead of three
// columns, a row range per indicator or node instead of an id per row) and their accessors.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "aggregate/pipeline.hpp"
#include "util/huge_pages.hpp"

namespace impactgraph {

void* aggregate_detail::column_realloc(void* p, std::size_t bytes) {
  void* q = std::realloc(p, bytes);
  // Only for blocks of at least 8 MiB (mostly mapped by malloc on their own; where not, the
  // advice costs some memory only).
  if (q) detail::advise_huge_pages(q, bytes);
  return q;
}

namespace {

// The group (indicator, node) a row belongs to: the last begin <= row.
std::uint32_t group_of(const std::vector<std::uint32_t>& begin, std::size_t row) noexcept {
  const auto it = std::upper_bound(begin.begin(), begin.end(), static_cast<std::uint32_t>(row));
  return static_cast<std::uint32_t>(it - begin.begin() - 1);
}

std::pair<std::size_t, std::size_t> range(const std::vector<std::uint32_t>& begin, std::size_t group) noexcept {
  if (group + 1 >= begin.size()) return {0, 0};
  return {begin[group], begin[group + 1]};
}

template <class V>
std::size_t bytes(const V& v) noexcept {
  return v.capacity() * sizeof(v[0]);
}

template <class C>
std::optional<std::size_t> find_cell_in(const std::vector<std::uint32_t>& begin, const C& cells, std::size_t group,
                                        std::uint32_t cell) noexcept {
  if (group + 1 >= begin.size()) return std::nullopt;
  const auto first = cells.begin() + begin[group], last = cells.begin() + begin[group + 1];
  const auto it = std::lower_bound(first, last, cell);
  if (it == last || *it != cell) return std::nullopt;
  return static_cast<std::size_t>(it - cells.begin());
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
  return find_cell_in(begin_, cell_, indicator, cell);
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
  return find_cell_in(begin_, cell_, node, cell);
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

void ResultWriter::scores(ScoreTable& out, const Model& model, const Axes& axes, NodeScores&& scores,
                          const std::vector<bool>& geo_selected, const std::vector<bool>& period_selected) {
  // `scores` covers every period (active = the whole axis), so a node's cell a is the grid
  // cell. Its slots are in node order: the table takes its columns over and closes them up
  // in place (row r of a node is never after its dense position).
  out.periods_ = axes.periods;
  std::vector<std::uint8_t> keep(scores.stride);
  for (std::size_t cell = 0; cell < scores.stride; ++cell)
    keep[cell] = geo_selected[cell / axes.period_count] && period_selected[cell % axes.period_count];
  out.value_ = std::move(scores.value);
  out.coverage_ = std::move(scores.coverage);
  out.imputed_ = std::move(scores.imputed);
  out.cell_.reserve(out.value_.size());
  out.begin_.assign(model.node_count() + 1, 0);
  std::size_t r = 0;
  for (std::size_t v = 0; v < model.node_count(); ++v) {
    if (scores.slot[v] >= 0) {
      const std::size_t base = static_cast<std::size_t>(scores.slot[v]) * scores.stride;
      for (std::size_t cell = 0; cell < scores.stride; ++cell) {
        if (!(out.coverage_[base + cell] > 0.0) || !keep[cell]) continue;
        out.cell_.push_back(static_cast<std::uint32_t>(cell));
        out.value_[r] = out.value_[base + cell];
        out.coverage_[r] = out.coverage_[base + cell];
        out.imputed_[r] = out.imputed_[base + cell];
        ++r;
      }
    }
    out.begin_[v + 1] = static_cast<std::uint32_t>(r);
  }
  out.value_.resize(r);
  out.coverage_.resize(r);
  out.imputed_.resize(r);
  if (out.value_.capacity() > r + r / 8) {  // many uncovered cells: give the room back
    out.cell_.shrink_to_fit();
    out.value_.shrink_to_fit();
    out.coverage_.shrink_to_fit();
    out.imputed_.shrink_to_fit();
  }
}

}  // namespace aggregate_detail

}  // namespace impactgraph
