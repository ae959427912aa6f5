// A layered drawing of the strategy graph: one column per level (activities on the left,
// the vision on the right), nodes ordered within a column to shorten edges.
#pragma once

#include <vector>

#include "report/model_data.hpp"

namespace ig_cli::report {

struct NodePlace {
  std::size_t column = 0;
  double x = 0.0, y = 0.0;  // top-left corner of the node's box
};

struct GraphLayout {
  double width = 0.0, height = 0.0;
  double box_width = 0.0, box_height = 0.0;
  std::vector<std::size_t> column_level;  // the level index drawn in each column
  std::vector<double> column_x;
  std::vector<NodePlace> nodes;           // per node index
};

/// Columns are the levels that have nodes, lowest first. The order inside a column comes
/// from a few barycentre sweeps (Sugiyama et al. 1981): each node moves to the mean
/// relative position of its neighbours in the columns before (sweeping right) or after
/// (sweeping left) it; ties keep the previous order, so the result is deterministic.
/// Time O(sweeps * (V log V + E)).
GraphLayout layout_graph(const ModelData& data, double width);

}  // namespace ig_cli::report
