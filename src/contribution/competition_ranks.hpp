// Competition ranks ("1224") of many doubles, largest first, by an LSD radix sort of their
// bit patterns: Monte Carlo ranks every target's sources once per sample (13,000 rankings
// of ~850 values for 1,000 samples of 13 targets), where comparison sorts dominated.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

namespace impactgraph::detail {

class CompetitionRanker {
 public:
  /// out[i] = 1 + the number of values greater than values[i] (equal values share a rank;
  /// -0.0 equals 0.0). The values must not be NaN.
  void rank(std::span<const double> values, std::uint32_t* out) {
    const std::size_t n = values.size();
    packed_path_ = false;
    keys_.resize(n);
    index_.resize(n);
    keys_tmp_.resize(n);
    index_tmp_.resize(n);
    if (n < 48) {  // a few values: insertion sort, without the radix counts to clear
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = descending_key(values[i]);
        std::size_t j = i;
        for (; j > 0 && keys_[j - 1] > key; --j) {
          keys_[j] = keys_[j - 1];
          index_[j] = index_[j - 1];
        }
        keys_[j] = key;
        index_[j] = static_cast<std::uint32_t>(i);
      }
      return emit(n, out);
    }
    // Radix passes over the high four bytes only (sign, exponent and 20 bits of mantissa),
    // each key's high half packed with its index into one word, so that a pass moves one
    // array; values that agree on those bytes are nearly always few and adjacent, and the
    // insertion pass below puts them in full order by their whole keys.
    if (n <= 0xFFFFFFFFu) {
      packed_.resize(n);
      packed_tmp_.resize(n);
      for (std::size_t i = 0; i < n; ++i) {
        keys_[i] = descending_key(values[i]);
        packed_[i] = (keys_[i] & high_half) | i;
      }
      packed_radix_passes(n);
      // Values crowded within one high-bytes run (all within a millionth of each other,
      // say) would make the insertion pass quadratic: past a budget of moves, sort by all
      // eight bytes instead.
      if (packed_insertion_fixup(n, 8 * n)) {
        packed_path_ = true;
        return packed_emit(n, out);
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      keys_[i] = descending_key(values[i]);
      index_[i] = static_cast<std::uint32_t>(i);
    }
    radix_passes(n, 0);
    emit(n, out);
  }

  /// After rank(): the key of the p-th value in descending order, and its index. Keys
  /// order as descending_key does: the smaller key, the larger value.
  std::uint64_t sorted_key(std::size_t p) const noexcept { return packed_path_ ? keys_[packed_[p] & low_half] : keys_[p]; }
  std::uint32_t sorted_index(std::size_t p) const noexcept {
    return packed_path_ ? static_cast<std::uint32_t>(packed_[p] & low_half) : index_[p];
  }

  /// Unsigned keys whose ascending order is the values' descending order: flip the sign bit
  /// of non-negatives and every bit of negatives (IEEE 754 order), then complement.
  static std::uint64_t descending_key(double x) noexcept {
    x += 0.0;  // -0.0 becomes 0.0, so equal values get equal keys
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    // Without a branch (signs mix at random): all ones for a negative, the sign bit else.
    const std::uint64_t flip = (std::uint64_t{0} - (bits >> 63)) | (std::uint64_t{1} << 63);
    return ~(bits ^ flip);
  }

 private:
  static constexpr std::uint64_t low_half = 0xFFFFFFFFu;
  static constexpr std::uint64_t high_half = 0xFFFFFFFF00000000u;

  // A digit's counts made its first places in the sorted order (exclusive prefix sums).
  static void to_offsets(std::array<std::uint32_t, 256>& c) noexcept {
    std::uint32_t sum = 0;
    for (auto& x : c) {
      const std::uint32_t here = x;
      x = sum;
      sum += here;
    }
  }

  // Stable LSD passes over the four high bytes of packed_ (the keys' high halves; the
  // low half, the index, keeps equal high halves in index order).
  void packed_radix_passes(std::size_t n) {
    std::array<std::array<std::uint32_t, 256>, 4> count{};
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t p = packed_[i];
      ++count[0][(p >> 32) & 0xFF];
      ++count[1][(p >> 40) & 0xFF];
      ++count[2][(p >> 48) & 0xFF];
      ++count[3][p >> 56];
    }
    for (unsigned d = 0; d < 4; ++d) {
      const unsigned shift = 32 + 8 * d;
      auto& c = count[d];
      // A digit every key shares (the sign and exponent bytes, mostly) orders nothing.
      if (c[(packed_[0] >> shift) & 0xFF] == n) continue;
      to_offsets(c);
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t p = packed_[i];
        packed_tmp_[c[(p >> shift) & 0xFF]++] = p;
      }
      packed_.swap(packed_tmp_);
    }
  }

  // packed_ (in order of the keys' high halves, then index) put in order of the whole keys,
  // stably, by insertion; false when it would take more than `budget` moves.
  bool packed_insertion_fixup(std::size_t n, std::size_t budget) {
    for (std::size_t i = 1; i < n; ++i) {
      const std::uint64_t p = packed_[i];
      if ((packed_[i - 1] ^ p) & high_half) continue;  // a new high half: in order already
      const std::uint64_t key = keys_[p & 0xFFFFFFFFu];
      std::size_t j = i;
      for (; j > 0 && keys_[packed_[j - 1] & 0xFFFFFFFFu] > key; --j) {
        if (budget-- == 0) return false;
        packed_[j] = packed_[j - 1];
      }
      packed_[j] = p;
    }
    return true;
  }

  // Ranks from packed_ in order of the whole keys (stable: equal keys keep index order).
  void packed_emit(std::size_t n, std::uint32_t* out) const {
    if (n == 0) return;
    std::uint64_t previous = ~keys_[packed_[0] & 0xFFFFFFFFu];  // unlike the first key
    std::uint32_t previous_rank = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t index = packed_[i] & 0xFFFFFFFFu;
      const std::uint64_t key = keys_[index];
      // A select, not a branch: ties come and go at random in sampled values.
      previous_rank = key == previous ? previous_rank : static_cast<std::uint32_t>(i + 1);
      out[index] = previous_rank;
      previous = key;
    }
  }

  // Stable LSD passes over bytes [first_byte, 8) of the keys (byte 0 the lowest).
  void radix_passes(std::size_t n, unsigned first_byte) {
    std::array<std::array<std::uint32_t, 256>, 8> count;
    for (unsigned d = first_byte; d < 8; ++d) count[d].fill(0);
    for (std::size_t i = 0; i < n; ++i)
      for (unsigned d = first_byte; d < 8; ++d) ++count[d][(keys_[i] >> (8 * d)) & 0xFF];
    for (unsigned d = first_byte; d < 8; ++d) {
      const unsigned shift = 8 * d;
      auto& c = count[d];
      // A digit every key shares (the sign and exponent bytes, mostly) orders nothing.
      if (c[(keys_[0] >> shift) & 0xFF] == n) continue;
      to_offsets(c);
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t at = c[(keys_[i] >> shift) & 0xFF]++;
        keys_tmp_[at] = keys_[i];
        index_tmp_[at] = index_[i];
      }
      keys_.swap(keys_tmp_);
      index_.swap(index_tmp_);
    }
  }

  // Ranks from the sorted keys (stable: equal keys keep index order).
  void emit(std::size_t n, std::uint32_t* out) const {
    for (std::size_t i = 0; i < n; ++i) {
      const bool tie = i > 0 && keys_[i] == keys_[i - 1];
      out[index_[i]] = tie ? out[index_[i - 1]] : static_cast<std::uint32_t>(i + 1);
    }
  }

  std::vector<std::uint64_t> keys_, keys_tmp_;
  std::vector<std::uint32_t> index_, index_tmp_;
  std::vector<std::uint64_t> packed_, packed_tmp_;
  bool packed_path_ = false;  // which arrays hold the sorted order
};

}  // namespace impactgraph::detail
