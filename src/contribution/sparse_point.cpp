// The point estimate of contributions in the reverse direction, over the rows of
// point_rows.hpp: records are written straight into their final places, so no sort follows.
#include <bit>
#include <cassert>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

ContributionRecord make_record(NodeIndex source, NodeIndex target, unsigned channels, double p, double q,
                               double a) noexcept {
  ContributionRecord rec;
  rec.source = source;
  rec.target = target;
  if (channels == 1) {
    rec.value = rec.synergy = p;
    return rec;
  }
  rec.value = p + q;
  rec.synergy = p;
  rec.trade_off = q;
  if (channels == 3) {  // any-negative: A = the paths without a negative edge
    rec.synergy = a;
    rec.trade_off = a - p + q;
  }
  return rec;
}

void sparse_point_pass(Sweep sweep, unsigned channels, std::span<const NodeIndex> targets,
                       std::span<const NodeIndex> sources, ContributionScratch& sc,
                       std::vector<ContributionRecord>& records, bool cells, std::span<std::uint8_t> marks,
                       const std::function<void()>& before_records) {
  assert(marks.empty() || targets.size() <= group_width);
  const std::size_t n = sweep.model->node_count();
  PointRows& rows = sc.point_rows;
  std::vector<std::size_t>& target_start = sc.target_start;
  // `records` is an output buffer: its old contents are overwritten, never re-initialised.
  std::size_t used = 0;
  target_start.assign(targets.size() + 1, 0);
  std::vector<std::size_t> cursor;
  if (!cells) sc.cells.clear();

  // Path mode's weights are the model's: rows below which no edge is negative carry P alone.
  std::span<const std::uint8_t> positive;
  if (channels == 2 && sweep.scale_at == ScaleAt::none && !sweep.clamp) {
    if (sc.positive.size() != n) positive_below(*sweep.model, sweep.weights, sc.positive);
    positive = sc.positive;
  }

  for (std::size_t g0 = 0; g0 < targets.size(); g0 += group_width) {
    const std::size_t count = std::min<std::size_t>(group_width, targets.size() - g0);
    const std::span<const NodeIndex> group = targets.subspan(g0, count);
    for (std::size_t j = 0; j < count; ++j) sc.slot[group[j]] = static_cast<std::uint8_t>(j);
    sweep.slot = sc.slot;
    // Where each target's records go: the sweep counts the sources that reach it (a source is
    // not its own contributor); then they are filled per target in source order.
    cursor.assign(count, 0);
    point_rows(sweep, channels, rows, positive, cursor, marks);
    if (before_records) before_records();
    const auto mask_of = [&rows](NodeIndex v) { return rows.mask(v); };
    std::size_t at = used;
    for (std::size_t j = 0; j < count; ++j) {
      target_start[g0 + j] = at;
      const std::size_t c = cursor[j];
      cursor[j] = at;
      at += c;
    }
    target_start[g0 + count] = at;
    if (records.size() < at) records.resize(at);
    if (cells) sc.cells.resize(at);
    used = at;
    for_each_group_record(sources, mask_of, group, cursor, [&](NodeIndex s, unsigned j, unsigned entry, std::size_t i) {
      const bool p_only = rows.p_only(s);  // its N entries are +0.0
      const double* r = rows.row(s) + entry * (p_only ? 1 : channels);
      const double q = channels > 1 && !p_only ? r[1] : 0.0;
      records[i] = make_record(s, group[j], channels, r[0], q, channels > 2 ? r[2] : 0.0);
      if (cells) sc.cells[i] = {s, static_cast<std::uint8_t>(j % block_width)};
    });
    for (const NodeIndex t : group) sc.slot[t] = no_slot;
  }

  records.resize(used);
  sc.block_records.clear();
  for (std::size_t b = 0; b < targets.size(); b += block_width) sc.block_records.push_back(target_start[b]);
  sc.block_records.push_back(target_start[targets.size()]);
}

}  // namespace impactgraph::detail
