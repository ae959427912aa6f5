// Percentiles of Monte-Carlo samples (docs/contributions.md, "Uncertainty: Monte Carlo"):
// Hyndman-Fan type 7, by selection rather than a full sort.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "contribution/engine.hpp"

namespace impactgraph::detail {

namespace {

// Hyndman-Fan type 7 at p < q without the full sort: the order statistics each interpolates
// between, by selection, each search above the last. `values` is reordered.
std::pair<double, double> percentiles_select(std::span<double> values, double p, double q) noexcept {
  if (values.empty()) return {0.0, 0.0};
  const std::size_t n = values.size();
  std::size_t from = 0;  // every order statistic below `from` is in place
  const auto at = [&](std::size_t i) {  // the i-th smallest, i >= from
    std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(from), values.begin() + static_cast<std::ptrdiff_t>(i),
                     values.end());
    from = i + 1;
    return values[i];
  };
  const auto percentile = [&](double f) {
    const double h = static_cast<double>(n - 1) * f;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const double x = lo >= from ? at(lo) : values[lo];
    if (lo + 1 >= n) return x;
    const double next = lo + 1 >= from ? at(lo + 1) : values[lo + 1];
    return x + (h - static_cast<double>(lo)) * (next - x);
  };
  const double low = percentile(p);
  return {low, percentile(q)};
}

// percentiles_select's result read from `row` in one pass: the order statistics p and q
// interpolate between lie among the few smallest and the few largest values, so the pass
// gathers the values at or below a low threshold and at or above a high one (both taken
// from a strided subsample, with a margin), and selection runs on those few. When a
// threshold gathered fewer than needed (rare: the subsample was unlucky) or the row is
// short, selection over a copy of the whole row does it. Same order statistics, same
// interpolation: the same bits as percentiles_select.
struct PercentileBuffers {
  std::vector<double> low, high, all, sub;
};

}  // namespace

std::pair<double, double> sample_percentiles(std::span<const double> row, double p, double q) {
  thread_local PercentileBuffers b;
  const std::size_t n = row.size();
  const auto floor_index = [&](double f) { return static_cast<std::size_t>(std::floor(static_cast<double>(n - 1) * f)); };
  const std::size_t lo_p = n ? floor_index(p) : 0, lo_q = n ? floor_index(q) : 0;
  const std::size_t need_low = lo_p + 2;  // order statistics 0 .. lo_p + 1
  const std::size_t need_high = n - lo_q;  // order statistics lo_q .. n - 1
  constexpr std::size_t stride = 16, margin = 5;
  if (n < 16 * stride || need_low + need_high > n / 2) {
    b.all.assign(row.begin(), row.end());
    return percentiles_select(b.all, p, q);
  }
  // Thresholds: the subsample's order statistics a little beyond the expected places.
  b.sub.clear();
  for (std::size_t i = stride / 2; i < n; i += stride) b.sub.push_back(row[i]);
  const std::size_t m = b.sub.size();
  const std::size_t j_low = std::min(m - 1, need_low * m / n + margin);
  const std::size_t j_high = std::min(m - 1, need_high * m / n + margin);
  std::nth_element(b.sub.begin(), b.sub.begin() + static_cast<std::ptrdiff_t>(j_low), b.sub.end());
  const double low_cut = b.sub[j_low];
  std::nth_element(b.sub.begin(), b.sub.end() - 1 - static_cast<std::ptrdiff_t>(j_high), b.sub.end());
  const double high_cut = b.sub[m - 1 - j_high];
  b.low.resize(n + 1);
  b.high.resize(n + 1);
  std::size_t a = 0, c = 0;
  for (const double x : row) {  // branch-free: each value is stored, and kept when it passes
    b.low[a] = x;
    a += x <= low_cut;
    b.high[c] = x;
    c += x >= high_cut;
  }
  if (a < need_low || c < need_high) {
    b.all.assign(row.begin(), row.end());
    return percentiles_select(b.all, p, q);
  }
  // The values <= low_cut are the a smallest: order statistic i < a is their i-th smallest.
  // Those >= high_cut are the c largest: statistic i >= n - c is their (i - (n - c))-th.
  const auto pick = [](std::vector<double>& v, std::size_t size, std::size_t i) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(i), v.begin() + static_cast<std::ptrdiff_t>(size));
    const double x = v[i];
    const double next = i + 1 < size ? *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                                         v.begin() + static_cast<std::ptrdiff_t>(size))
                                     : x;
    return std::pair<double, double>{x, next};
  };
  const auto interpolate = [&](double f, std::size_t lo, std::pair<double, double> x) {
    if (lo + 1 >= n) return x.first;
    const double h = static_cast<double>(n - 1) * f;
    return x.first + (h - static_cast<double>(lo)) * (x.second - x.first);
  };
  const double low = interpolate(p, lo_p, pick(b.low, a, lo_p));
  return {low, interpolate(q, lo_q, pick(b.high, c, lo_q - (n - c)))};
}

bool same_bits(std::span<const double> values) noexcept {
  if (values.empty()) return true;
  std::uint64_t first;
  std::memcpy(&first, values.data(), sizeof first);
  for (const double x : values) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    if (bits != first) return false;
  }
  return true;
}

// The interpolation of sample_percentiles with both order statistics x: the same arithmetic,
// so the same bits (-0.0 + f * 0.0 is +0.0, as there).
std::pair<double, double> constant_percentiles(double x, std::size_t n, double p, double q) noexcept {
  const auto at = [&](double f) {
    if (n == 0) return 0.0;
    const double h = static_cast<double>(n - 1) * f;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= n) return x;
    return x + (h - static_cast<double>(lo)) * (x - x);
  };
  return {at(p), at(q)};
}

}  // namespace impactgraph::detail
