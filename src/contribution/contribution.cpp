// ContributionEngine: the point estimate of path, flow and attribution contributions (one
// sweep per block of eight seeds, in the cheaper direction) and the hand-off to Monte Carlo.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "contribution/engine.hpp"

namespace impactgraph {

namespace {
using detail::block_width;
using detail::npos;

// Positions of the selected nodes (first occurrence wins); returns the deduplicated list.
std::vector<NodeIndex> place(std::span<const NodeIndex> nodes, std::vector<std::uint32_t>& pos, std::size_t node_count,
                             const char* what) {
  std::vector<NodeIndex> unique;
  unique.reserve(nodes.size());
  for (const NodeIndex v : nodes) {
    if (v >= node_count)
      throw std::invalid_argument(std::string(what) + " node index " + std::to_string(v) + " is past the end (" +
                                  std::to_string(node_count) + " nodes)");
    if (pos[v] != npos) continue;
    pos[v] = static_cast<std::uint32_t>(unique.size());
    unique.push_back(v);
  }
  return unique;
}

bool any_negative(std::span<const double> weights) {
  return std::any_of(weights.begin(), weights.end(), [](double w) { return w < 0.0; });
}

}  // namespace

ContributionEngine::ContributionEngine(Model model)
    : model_(std::move(model)), scratch_(std::make_unique<detail::ContributionScratch>()) {}
ContributionEngine::~ContributionEngine() = default;
ContributionEngine::ContributionEngine(ContributionEngine&&) noexcept = default;
ContributionEngine& ContributionEngine::operator=(ContributionEngine&&) noexcept = default;

ContributionResult ContributionEngine::compute(std::span<const NodeIndex> sources, std::span<const NodeIndex> targets,
                                               const ContributionOptions& options) {
  ContributionResult out;
  compute(sources, targets, options, out);
  return out;
}

void ContributionEngine::compute(std::span<const NodeIndex> sources, std::span<const NodeIndex> targets,
                                 const ContributionOptions& options, ContributionResult& out) {
  detail::ContributionScratch& sc = *scratch_;
  const Model& m = model_;
  const std::size_t n = m.node_count();
  const auto weights = m.edge_weights();

  // O(V) resets each call keep the scratch consistent even after an exception.
  sc.flags.assign(n, 0);
  sc.slot.assign(n, detail::no_slot);
  sc.reach.resize(n);
  sc.source_pos.assign(n, npos);
  sc.target_pos.assign(n, npos);
  if (sc.workers.empty()) sc.workers.resize(1);

  const std::vector<NodeIndex> src = place(sources, sc.source_pos, n, "source");
  const std::vector<NodeIndex> tgt = place(targets, sc.target_pos, n, "target");
  for (const NodeIndex v : src) sc.flags[v] |= detail::flag_source;
  for (const NodeIndex v : tgt) sc.flags[v] |= detail::flag_target;
  detail::mark_reach(m, sc.flags);
  detail::collect_on_path(m, sc.flags, sc.on_path);

  const ContributionMode mode = options.mode;
  const bool normalised = mode != ContributionMode::path;
  const bool clamp = normalised && options.normalization == Normalization::positive;
  if (!sc.negative_weights) sc.negative_weights = any_negative(weights);
  const bool negative = !clamp && *sc.negative_weights;
  const unsigned channels = negative ? (options.sign_rule == SignRule::multiply ? 2u : 3u) : 1u;

  detail::Worker& w0 = sc.workers[0];
  w0.values.resize(n * block_width * channels);
  w0.scale.resize(n);

  detail::Sweep sweep;
  sweep.model = &m;
  sweep.weights = weights;
  sweep.scale = w0.scale;
  sweep.scale_at = mode == ContributionMode::flow          ? detail::ScaleAt::tail
                   : mode == ContributionMode::attribution ? detail::ScaleAt::head
                                                           : detail::ScaleAt::none;
  sweep.clamp = clamp;
  sweep.flags = sc.flags;
  sweep.order = sc.on_path;
  sweep.slot = sc.slot;
  // One sweep per block of seeds: seed the smaller side.
  sweep.direction = tgt.size() <= src.size() ? detail::Direction::reverse : detail::Direction::forward;
  const bool reverse = sweep.direction == detail::Direction::reverse;
  const char* what = mode == ContributionMode::flow ? "flow" : "attribution";

  const auto failure = detail::compute_scales(m, weights, clamp, sweep.scale_at, sc.flags, sc.on_path, w0.scale);
  if (failure.failed) detail::throw_cannot_normalise(m, failure, what, options.normalization, "");

  const std::vector<NodeIndex>& seeds = reverse ? tgt : src;
  const std::vector<NodeIndex>& readers = reverse ? src : tgt;
  const std::uint8_t reader_ok = reverse ? detail::flag_to : detail::flag_from;

  out.mode = mode;
  out.records.clear();
  out.stats.clear();
  out.samples = 0;
  std::vector<detail::RecordCell>& cells = sc.cells;
  std::vector<std::size_t>& block_records = sc.block_records;
  cells.clear();
  block_records.assign(1, 0);
  const std::span<const double> values(w0.values);

  for (std::size_t first = 0; first < seeds.size(); first += block_width) {
    const std::size_t count = std::min<std::size_t>(block_width, seeds.size() - first);
    for (std::size_t j = 0; j < count; ++j) sc.slot[seeds[first + j]] = static_cast<std::uint8_t>(j);
    detail::run_sweep(sweep, channels, w0.values, sc.reach);
    for (const NodeIndex r : readers) {
      if (!(sc.flags[r] & reader_ok)) continue;  // no path: its reach is not set
      const std::uint8_t bits = sc.reach[r];
      for (std::size_t j = 0; j < count; ++j) {
        const NodeIndex seed = seeds[first + j];
        if (!(bits & (1u << j)) || seed == r) continue;
        ContributionRecord rec;
        rec.source = reverse ? r : seed;
        rec.target = reverse ? seed : r;
        const double p = detail::block_of(values, r, channels, 0)[j];
        if (channels == 1) {
          rec.value = rec.synergy = p;
        } else {
          const double q = detail::block_of(values, r, channels, 1)[j];
          rec.value = p + q;
          rec.synergy = p;
          rec.trade_off = q;
          if (channels == 3) {  // any-negative: A = the paths without a negative edge
            const double a = detail::block_of(values, r, channels, 2)[j];
            rec.synergy = a;
            rec.trade_off = a - p + q;
          }
        }
        out.records.push_back(rec);
        cells.push_back({r, static_cast<std::uint8_t>(j)});
      }
    }
    block_records.push_back(out.records.size());
    for (std::size_t j = 0; j < count; ++j) sc.slot[seeds[first + j]] = detail::no_slot;
  }

  // Monte Carlo over the records just found, in emission order.
  const std::size_t k = options.uncertainty.samples;
  std::vector<double> samples;
  if (k > 0) {
    samples.resize(out.records.size() * k);
    detail::SamplingPlan plan;
    plan.model = &m;
    plan.sweep = sweep;
    plan.normalization = options.normalization;
    plan.what = what;
    plan.seeds = seeds;
    plan.block_records = block_records;
    plan.cells = cells;
    detail::sample_records(plan, sc, options.uncertainty, samples);
  }

  // Order by target, then source (selection positions): a stable counting sort by target
  // suffices, because within one target the records were emitted in source order (reverse:
  // one block holds the target, sources visited in order; forward: blocks are consecutive
  // runs of sources, each in order). O(records + targets).
  // The buffers stay in the scratch (the records' old buffer too), so that repeated calls
  // allocate nothing new.
  std::vector<std::size_t>& start = sc.start;
  start.assign(tgt.size() + 1, 0);
  for (const ContributionRecord& rec : out.records) ++start[sc.target_pos[rec.target] + 1];
  for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
  std::vector<std::size_t>& perm = sc.perm;  // perm[final position] = emitted position
  perm.resize(out.records.size());
  for (std::size_t r = 0; r < out.records.size(); ++r) perm[start[sc.target_pos[out.records[r].target]]++] = r;
  std::vector<ContributionRecord>& sorted = sc.sorted;
  sorted.resize(out.records.size());
  for (std::size_t i = 0; i < perm.size(); ++i) sorted[i] = out.records[perm[i]];
  out.records.swap(sorted);

  if (k > 0) {
    std::vector<double> rows(samples.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
      std::copy_n(samples.begin() + static_cast<std::ptrdiff_t>(perm[i] * k), k,
                  rows.begin() + static_cast<std::ptrdiff_t>(i * k));
    detail::summarise_samples(out.records, rows, k, out.stats);
    out.samples = k;
  }
}

ContributionResult contributions(const Model& model, std::span<const NodeIndex> sources,
                                 std::span<const NodeIndex> targets, const ContributionOptions& options) {
  ContributionEngine engine(model);
  return engine.compute(sources, targets, options);
}

}  // namespace impactgraph
