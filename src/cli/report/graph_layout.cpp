#include "report/graph_layout.hpp"

#include <algorithm>
#include <numeric>

namespace ig_cli::report {

namespace {

constexpr int sweeps = 6;
constexpr double top = 28.0;  // room for the column headings
constexpr double bottom = 8.0;
constexpr double row = 24.0;  // the densest column's spacing
constexpr double max_row = 56.0;

// Relative position 0..1 of every node within its column.
std::vector<double> relative_positions(const std::vector<std::vector<std::size_t>>& columns, std::size_t n) {
  std::vector<double> rel(n, 0.5);
  for (const auto& col : columns)
    for (std::size_t i = 0; i < col.size(); ++i) rel[col[i]] = (i + 0.5) / static_cast<double>(col.size());
  return rel;
}

// Reorders one column by the mean relative position of the neighbours `toward` it.
void reorder(std::vector<std::size_t>& col, const ModelData& d, const std::vector<std::size_t>& column_of,
             std::size_t c, bool from_left, const std::vector<double>& rel) {
  std::vector<double> key(col.size());
  for (std::size_t i = 0; i < col.size(); ++i) {
    const Node& node = d.nodes[col[i]];
    double sum = 0.0;
    std::size_t count = 0;
    for (const std::size_t e : from_left ? node.in_edges : node.out_edges) {
      const std::size_t other = from_left ? d.edges[e].from : d.edges[e].to;
      if (from_left ? column_of[other] < c : column_of[other] > c) {
        sum += rel[other];
        ++count;
      }
    }
    key[i] = count > 0 ? sum / static_cast<double>(count) : rel[col[i]];
  }
  std::vector<std::size_t> order(col.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
  std::vector<std::size_t> sorted;
  sorted.reserve(col.size());
  for (const std::size_t i : order) sorted.push_back(col[i]);
  col = std::move(sorted);
}

}  // namespace

GraphLayout layout_graph(const ModelData& d, double width) {
  GraphLayout g;
  const std::size_t n = d.nodes.size();
  std::vector<std::size_t> used(d.levels.size(), 0);
  for (const Node& node : d.nodes) ++used[node.level_index];
  std::vector<std::size_t> column_of_level(d.levels.size(), 0);
  for (std::size_t l = 0; l < d.levels.size(); ++l)
    if (used[l] > 0) {
      column_of_level[l] = g.column_level.size();
      g.column_level.push_back(l);
    }
  std::vector<std::vector<std::size_t>> columns(g.column_level.size());
  std::vector<std::size_t> column_of(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    column_of[v] = column_of_level[d.nodes[v].level_index];
    columns[column_of[v]].push_back(v);
  }

  for (int s = 0; s < sweeps; ++s) {
    const bool right = s % 2 == 0;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const std::size_t c = right ? k : columns.size() - 1 - k;
      reorder(columns[c], d, column_of, c, right, relative_positions(columns, n));
    }
  }

  std::size_t densest = 1;
  for (const auto& col : columns) densest = std::max(densest, col.size());
  const std::size_t cols = std::max<std::size_t>(columns.size(), 1);
  const double pitch = width / static_cast<double>(cols);
  g.width = width;
  g.box_width = std::min(pitch * 0.74, 190.0);
  g.box_height = 18.0;
  g.height = top + row * static_cast<double>(densest) + bottom;
  g.nodes.resize(n);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const double x = pitch * static_cast<double>(c) + (pitch - g.box_width) / 2.0;
    g.column_x.push_back(x);
    const auto& col = columns[c];
    const double spacing = std::min(max_row, (g.height - top - bottom) / static_cast<double>(col.size()));
    const double start = top + (g.height - top - bottom - spacing * static_cast<double>(col.size())) / 2.0;
    for (std::size_t i = 0; i < col.size(); ++i)
      g.nodes[col[i]] = {c, x, start + spacing * (static_cast<double>(i) + 0.5) - g.box_height / 2.0};
  }
  return g;
}

}  // namespace ig_cli::report
