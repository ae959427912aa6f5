// ContributionEngine: the point estimate of path, flow and attribution contributions (one
// sparse sweep per group of 32 targets, or a dense sweep per block of eight sources when
// there are fewer sources) and the hand-off to Monte Carlo.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "contribution/engine.hpp"

namespace impactgraph {

namespace {
using detail::block_width;
using detail::npos;

// The selected nodes, deduplicated (first occurrence wins), each marked with `flag` in the
// call's node flags, which tell a repeat.
std::vector<NodeIndex> place(std::span<const NodeIndex> nodes, std::vector<std::uint8_t>& flags, std::uint8_t flag,
                             const char* what) {
  std::vector<NodeIndex> unique;
  unique.reserve(nodes.size());
  for (const NodeIndex v : nodes) {
    if (v >= flags.size())
      throw std::invalid_argument(std::string(what) + " node index " + std::to_string(v) + " is past the end (" +
                                  std::to_string(flags.size()) + " nodes)");
    if (flags[v] & flag) continue;
    flags[v] |= flag;
    unique.push_back(v);
  }
  return unique;
}

// pos[v] = v's place in `unique`, npos for a node not in it: only the calls that need it
// (the forward pass's sort, the sparse Monte-Carlo layout) pay for this O(V) array.
void positions(std::span<const NodeIndex> unique, std::vector<std::uint32_t>& pos, std::size_t node_count) {
  pos.assign(node_count, npos);
  for (std::size_t i = 0; i < unique.size(); ++i) pos[unique[i]] = static_cast<std::uint32_t>(i);
}

// The point pass in the forward direction (fewer sources than targets): one dense sweep per
// block of eight sources; records come out by block of sources, and are sorted afterwards.
void forward_point_pass(const detail::Sweep& sweep, unsigned channels, std::span<const NodeIndex> src,
                        std::span<const NodeIndex> tgt, detail::ContributionScratch& sc,
                        std::vector<ContributionRecord>& records) {
  std::vector<detail::RecordCell>& cells = sc.cells;
  std::vector<std::size_t>& block_records = sc.block_records;
  cells.clear();
  block_records.assign(1, 0);
  detail::Worker& w0 = sc.workers[0];
  const std::span<const double> values(w0.values);
  for (std::size_t first = 0; first < src.size(); first += block_width) {
    const std::size_t count = std::min<std::size_t>(block_width, src.size() - first);
    for (std::size_t j = 0; j < count; ++j) sc.slot[src[first + j]] = static_cast<std::uint8_t>(j);
    detail::run_sweep(sweep, channels, w0.values, sc.reach);
    for (const NodeIndex t : tgt) {
      if (!(sc.flags[t] & detail::flag_from)) continue;  // no path: its reach is not set
      const std::uint8_t bits = sc.reach[t];
      for (std::size_t j = 0; j < count; ++j) {
        const NodeIndex seed = src[first + j];
        if (!(bits & (1u << j)) || seed == t) continue;
        const auto channel = [&](unsigned c) { return detail::block_of(values, t, channels, c)[j]; };
        const ContributionRecord rec = detail::make_record(seed, t, channels, channel(0),
                                                           channels > 1 ? channel(1) : 0.0,
                                                           channels > 2 ? channel(2) : 0.0);
        records.push_back(rec);
        cells.push_back({t, static_cast<std::uint8_t>(j)});
      }
    }
    block_records.push_back(records.size());
    for (std::size_t j = 0; j < count; ++j) sc.slot[src[first + j]] = detail::no_slot;
  }
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
  if (sc.workers.empty()) sc.workers.resize(1);

  const std::vector<NodeIndex> src = place(sources, sc.flags, detail::flag_source, "source");
  const std::vector<NodeIndex> tgt = place(targets, sc.flags, detail::flag_target, "target");
  if (sc.layered.size() != n) detail::layered_order(m, sc.layered);
  // One sweep per block of seeds: seed the smaller side. A reverse call of one sparse group
  // leaves the reach to the targets to its sweep (the masks are that reach), so the sweep
  // visits every node reachable from a source and marks flag_to itself.
  const bool reverse = tgt.size() <= src.size();
  const bool marks_in_sweep = reverse && tgt.size() <= detail::group_width;
  bool visit_all = false;  // the sweep's order is then the layered order itself
  if (marks_in_sweep && detail::reach_from_roots(m, sc.flags, sc.roots)) {
    visit_all = true;  // the few nodes no source reaches are visited too, and add nothing
  } else if (marks_in_sweep) {
    detail::mark_from(m, sc.layered, sc.flags);
    detail::collect_flagged(sc.layered, sc.flags, detail::flag_from, sc.on_path);
  } else {
    detail::mark_reach(m, sc.layered, sc.flags);
    detail::collect_on_path(sc.layered, sc.flags, sc.on_path);
  }

  const ContributionMode mode = options.mode;
  const bool normalised = mode != ContributionMode::path;
  const bool clamp = normalised && options.normalization == Normalization::positive;
  if (!sc.negative_weights) sc.negative_weights = any_negative(weights);
  const bool negative = !clamp && *sc.negative_weights;
  const unsigned channels = negative ? (options.sign_rule == SignRule::multiply ? 2u : 3u) : 1u;

  detail::Worker& w0 = sc.workers[0];

  detail::Sweep sweep;
  sweep.model = &m;
  sweep.weights = weights;
  sweep.scale_at = mode == ContributionMode::flow          ? detail::ScaleAt::tail
                   : mode == ContributionMode::attribution ? detail::ScaleAt::head
                                                           : detail::ScaleAt::none;
  sweep.clamp = clamp;
  sweep.flags = sc.flags;
  sweep.order = visit_all ? std::span<const NodeIndex>(sc.layered) : std::span<const NodeIndex>(sc.on_path);
  sweep.slot = sc.slot;
  sweep.direction = reverse ? detail::Direction::reverse : detail::Direction::forward;
  const char* what = mode == ContributionMode::flow ? "flow" : "attribution";

  if (sweep.scale_at != detail::ScaleAt::none) {
    std::vector<double>& factor = sc.factors[clamp][sweep.scale_at == detail::ScaleAt::head];
    if (factor.size() != n) detail::all_factors(m, weights, clamp, sweep.scale_at, factor);
    sweep.scale = factor;
  }
  // The factors a source-to-target path uses must be valid; checked once the marks are
  // complete, before anything is written to `out`.
  const auto check_factors = [&] {
    const auto failure = detail::check_factors(m, weights, clamp, sweep.scale_at, sc.flags, sweep.scale);
    if (failure.failed) detail::throw_cannot_normalise(m, failure, what, options.normalization, "");
  };
  if (!marks_in_sweep) check_factors();

  const std::vector<NodeIndex>& seeds = reverse ? tgt : src;

  if (reverse) {
    // Records go straight to their final places, into the previous call's storage.
    if (marks_in_sweep) {
      detail::sparse_point_pass(sweep, channels, tgt, src, sc, out.records, options.uncertainty.samples > 0, sc.flags,
                                check_factors);
      // Monte Carlo reads the nodes on a path (the sweep visited a superset).
      if (options.uncertainty.samples > 0) {
        detail::collect_on_path(sc.layered, sc.flags, sc.on_path);
        sweep.order = sc.on_path;
      }
    } else {
      detail::sparse_point_pass(sweep, channels, tgt, src, sc, out.records, options.uncertainty.samples > 0);
    }
  } else {
    out.records.clear();
    w0.values.resize(n * block_width * channels);
    forward_point_pass(sweep, channels, src, tgt, sc, out.records);
  }
  out.mode = mode;
  out.stats.clear();
  out.samples = 0;
  const std::vector<detail::RecordCell>& cells = sc.cells;
  const std::vector<std::size_t>& block_records = sc.block_records;

  // Monte Carlo over the records just found, in emission order.
  const std::size_t k = options.uncertainty.samples;
  std::vector<double>& samples = sc.mc_samples;
  if (k > 0) {
    samples.resize(out.records.size() * k);  // every entry is written by the sampling
    detail::SamplingPlan plan;
    plan.model = &m;
    plan.sweep = sweep;
    // In the model's topological order, so that a sample that cannot normalise names the
    // node compute_scales finds first there.
    detail::collect_on_path(m, sc.flags, sc.on_path_topo);
    plan.sweep.order = sc.on_path_topo;
    plan.normalization = options.normalization;
    plan.what = what;
    plan.seeds = seeds;
    plan.block_records = block_records;
    plan.cells = cells;
    sc.mc_constant.clear();  // known only from the sparse sampler
    if (reverse) {
      sc.mc_constant.resize(out.records.size());
      positions(src, sc.source_pos, n);
    }
    if (!reverse || !detail::sample_records_sparse(plan, sc, options.uncertainty, src, samples, sc.mc_constant)) {
      sc.mc_constant.clear();
      detail::sample_records(plan, sc, options.uncertainty, samples);
    }
  }

  if (reverse) {  // the records are in their final order already
    if (k > 0) {
      detail::summarise_samples(out.records, std::span<const double>(samples.data(), out.records.size() * k), k,
                                detail::thread_count(options.uncertainty), out.stats, sc.mc_ranks, sc.mc_constant);
      out.samples = k;
    }
    return;
  }
  // Order by target, then source (selection positions): a stable counting sort by target
  // suffices, because within one target the records were emitted in source order (blocks are
  // consecutive runs of sources, each in order). O(records + targets).
  // The buffers stay in the scratch (the records' old buffer too), so that repeated calls
  // allocate nothing new.
  positions(tgt, sc.target_pos, n);
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
    std::vector<double>& rows = sc.mc_rows;
    rows.resize(out.records.size() * k);
    for (std::size_t i = 0; i < perm.size(); ++i)
      std::copy_n(samples.begin() + static_cast<std::ptrdiff_t>(perm[i] * k), k,
                  rows.begin() + static_cast<std::ptrdiff_t>(i * k));
    detail::summarise_samples(out.records, std::span<const double>(rows.data(), out.records.size() * k), k,
                              detail::thread_count(options.uncertainty), out.stats, sc.mc_ranks, {});
    out.samples = k;
  }
}

ContributionResult contributions(const Model& model, std::span<const NodeIndex> sources,
                                 std::span<const NodeIndex> targets, const ContributionOptions& options) {
  ContributionEngine engine(model);
  return engine.compute(sources, targets, options);
}

}  // namespace impactgraph
