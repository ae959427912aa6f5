// An id -> first item index table with open addressing: one flat array of slots, so a
// lookup costs a probe or two instead of the bucket-and-node chase of std::unordered_map
// (which dominated validate() on models with a million nodes).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "model/string_hash.hpp"

namespace impactgraph::validate_detail {

class FlatIndex {
 public:
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  /// Indexes keys[i] for every non-empty key; a repeated key keeps its first index and
  /// the repeat goes to `repeats` as (repeat, first). The index keeps its own copy of the
  /// keys, packed in one buffer: compared there, a lookup touches a few megabytes for a
  /// million ids instead of the callers' scattered strings.
  void build(const std::vector<std::string_view>& keys, std::vector<std::pair<std::uint32_t, std::uint32_t>>* repeats) {
    std::size_t total = 0;
    for (const std::string_view k : keys) total += k.size();
    bytes_.clear();
    bytes_.reserve(total);
    offsets_.assign(1, 0);
    offsets_.reserve(keys.size() + 1);
    for (const std::string_view k : keys) {
      bytes_.insert(bytes_.end(), k.begin(), k.end());
      offsets_.push_back(bytes_.size());
    }
    std::size_t capacity = 16;
    while (capacity < 2 * keys.size()) capacity *= 2;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{none, 0});
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
      if (keys[i].empty()) continue;
      const std::size_t h = detail::short_string_hash(keys[i]);
      const auto tag = static_cast<std::uint32_t>(h >> 32);
      for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
        Slot& slot = slots_[s];
        if (slot.item == none) {
          slot = Slot{i, tag};
          break;
        }
        if (slot.tag == tag && detail::same_short_string(key(slot.item), keys[i])) {
          if (repeats) repeats->emplace_back(i, slot.item);
          break;
        }
      }
    }
  }

  /// The first index with this key, or none (always none for an empty key).
  std::uint32_t find(std::string_view key) const noexcept {
    if (key.empty() || slots_.empty()) return none;
    return find_hashed(key, detail::short_string_hash(key));
  }

  /// find() of many keys. On a large index each lookup is three dependent cache misses
  /// (slot, the key's offset, its bytes); here they are prefetched some keys ahead, so
  /// that the misses of neighbouring lookups overlap.
  std::vector<std::uint32_t> find_all(const std::vector<std::string_view>& keys) const {
    // Three stages: the slot `ahead` keys early, the key's offset ahead/2, its bytes ahead/4.
    constexpr std::size_t ahead = 32;
    const std::size_t n = keys.size();
    std::vector<std::size_t> hash(n);
    std::vector<std::uint32_t> found(n, none);
    if (slots_.empty()) return found;
    for (std::size_t i = 0; i < n + ahead; ++i) {
      if (i < n) {
        hash[i] = detail::short_string_hash(keys[i]);
        __builtin_prefetch(&slots_[hash[i] & mask_]);
      }
      if (i >= ahead / 2 && i - ahead / 2 < n) {
        const Slot& slot = slots_[hash[i - ahead / 2] & mask_];
        if (slot.item != none) __builtin_prefetch(&offsets_[slot.item]);
      }
      if (i >= 3 * ahead / 4 && i - 3 * ahead / 4 < n) {
        const Slot& slot = slots_[hash[i - 3 * ahead / 4] & mask_];
        if (slot.item != none) __builtin_prefetch(bytes_.data() + offsets_[slot.item]);
      }
      if (i >= ahead && i - ahead < n) {
        const std::size_t k = i - ahead;
        if (!keys[k].empty()) found[k] = find_hashed(keys[k], hash[k]);
      }
    }
    return found;
  }

 private:
  std::string_view key(std::uint32_t item) const noexcept {
    return {bytes_.data() + offsets_[item], static_cast<std::size_t>(offsets_[item + 1] - offsets_[item])};
  }

  std::uint32_t find_hashed(std::string_view key_text, std::size_t h) const noexcept {
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.item == none) return none;
      if (slot.tag == tag && detail::same_short_string(key(slot.item), key_text)) return slot.item;
    }
  }

  struct Slot {
    std::uint32_t item;
    std::uint32_t tag;  // high hash bits, to skip most string comparisons
  };
  std::vector<char> bytes_;               // every key, back to back
  std::vector<std::uint64_t> offsets_;    // key i is bytes_[offsets_[i], offsets_[i + 1])
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace impactgraph::validate_detail
