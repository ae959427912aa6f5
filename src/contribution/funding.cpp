// Funding flow: money put in at funded nodes, split along flow-normalised out-weights.
//   M[v][c] = direct[v][c] + sum over edges u->v of w'(u->v) * M[u][c],
// in topological order, where c is a (group, currency) channel and w' the flow weight.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "contribution/sweep.hpp"
#include "impactgraph/funding.hpp"

namespace impactgraph {

namespace {
using detail::block_width;

struct FundedRow {
  NodeIndex node;
  std::uint32_t channel;
  double amount;
};

struct Channels {
  std::vector<std::pair<std::string, std::string>> keys;  // (group, currency)
  std::vector<FundedRow> rows;                            // by node, input order
};

Channels collect(const Model& model, const FundingOptions& options) {
  Channels out;
  std::map<std::pair<std::string, std::string>, std::uint32_t> index;
  for (NodeIndex v = 0; v < model.node_count(); ++v) {
    const NodeRef node = model.node(v);
    for (std::size_t i = 0; i < node.funding_count(); ++i) {
      const FundingRef f = node.funding(i);
      if (!options.periods.empty() &&
          std::find(options.periods.begin(), options.periods.end(), f.period) == options.periods.end())
        continue;
      std::string group(options.group_by.empty() ? f.source : node.tag(options.group_by).value_or(""));
      auto key = std::make_pair(std::move(group), std::string(f.currency));
      auto [it, added] = index.try_emplace(key, static_cast<std::uint32_t>(out.keys.size()));
      if (added) out.keys.push_back(std::move(key));
      out.rows.push_back({v, it->second, f.amount});
    }
  }
  return out;
}

}  // namespace

FundingResult funding_flows(const Model& model, std::span<const NodeIndex> nodes, const FundingOptions& options) {
  const std::size_t n = model.node_count();
  for (const NodeIndex v : nodes)
    if (v >= n) throw std::invalid_argument("node index " + std::to_string(v) + " is past the end");
  const Channels channels = collect(model, options);

  FundingResult result;
  for (const auto& [group, currency] : channels.keys) result.totals.push_back({group, currency, 0.0});
  for (const FundedRow& row : channels.rows) result.totals[row.channel].amount += row.amount;

  // Sources: the funded nodes; targets: the reported nodes (every node by default).
  std::vector<std::uint8_t> flags(n, nodes.empty() ? detail::flag_target : 0);
  for (const NodeIndex v : nodes) flags[v] |= detail::flag_target;
  for (const FundedRow& row : channels.rows) flags[row.node] |= detail::flag_source;
  detail::mark_reach(model, flags);
  std::vector<NodeIndex> on_path;
  detail::collect_on_path(model, flags, on_path);

  const bool clamp = options.normalization == Normalization::positive;
  const auto weights = model.edge_weights();
  std::vector<double> scale(n, 0.0);
  const auto failure = detail::compute_scales(model, weights, clamp, detail::ScaleAt::tail, flags, on_path, scale);
  if (failure.failed) detail::throw_cannot_normalise(model, failure, "flow", options.normalization, "");

  std::vector<bool> reported(n, nodes.empty());
  for (const NodeIndex v : nodes) reported[v] = true;
  std::vector<double> money(n * block_width);
  std::vector<std::uint8_t> reach(n, 0);
  const auto tails = model.edge_sources();
  constexpr std::uint8_t both = detail::flag_from | detail::flag_to;

  for (std::size_t first = 0; first < channels.keys.size(); first += block_width) {
    const std::size_t count = std::min<std::size_t>(block_width, channels.keys.size() - first);
    for (const NodeIndex v : on_path) {
      double acc[block_width] = {};
      std::uint8_t bits = 0;
      const auto rows = std::equal_range(channels.rows.begin(), channels.rows.end(), FundedRow{v, 0, 0.0},
                                         [](const FundedRow& a, const FundedRow& b) { return a.node < b.node; });
      for (auto it = rows.first; it != rows.second; ++it)
        if (it->channel >= first && it->channel < first + count) {
          acc[it->channel - first] += it->amount;
          bits |= static_cast<std::uint8_t>(1u << (it->channel - first));
        }
      for (const EdgeIndex e : model.in_edges(v)) {
        const NodeIndex u = tails[e];
        if (!(flags[u] & detail::flag_from)) continue;
        const double x = (clamp && weights[e] < 0.0 ? 0.0 : weights[e]) * scale[u];
        const double* mu = money.data() + static_cast<std::size_t>(u) * block_width;
        for (unsigned j = 0; j < block_width; ++j) acc[j] += x * mu[j];
        bits |= reach[u];
      }
      std::copy(acc, acc + block_width, money.data() + static_cast<std::size_t>(v) * block_width);
      reach[v] = bits;
    }
    for (NodeIndex v = 0; v < n; ++v) {
      if (!reported[v] || (flags[v] & both) != both) continue;
      const auto rows = std::equal_range(channels.rows.begin(), channels.rows.end(), FundedRow{v, 0, 0.0},
                                         [](const FundedRow& a, const FundedRow& b) { return a.node < b.node; });
      for (std::size_t j = 0; j < count; ++j) {
        if (!(reach[v] & (1u << j))) continue;
        const auto c = static_cast<std::uint32_t>(first + j);
        double direct = 0.0;
        for (auto it = rows.first; it != rows.second; ++it)
          if (it->channel == c) direct += it->amount;
        result.flows.push_back({v, channels.keys[c].first, channels.keys[c].second,
                                money[static_cast<std::size_t>(v) * block_width + j], direct});
      }
    }
  }
  // By node, then channel (blocks were emitted one after another, each by node).
  std::stable_sort(result.flows.begin(), result.flows.end(),
                   [](const FundingFlow& a, const FundingFlow& b) { return a.node < b.node; });
  return result;
}

}  // namespace impactgraph
