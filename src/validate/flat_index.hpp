// An id -> first item index table with open addressing: one flat array of slots, so a
// lookup costs a probe or two instead of the bucket-and-node chase of std::unordered_map
// (which dominated validate() on models with a million nodes).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace impactgraph::validate_detail {

class FlatIndex {
 public:
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  /// Indexes keys[i] for every non-empty key; a repeated key keeps its first index and
  /// the repeat goes to `repeats` as (repeat, first). The keys must outlive the index.
  void build(std::vector<std::string_view> keys, std::vector<std::pair<std::uint32_t, std::uint32_t>>* repeats) {
    keys_ = std::move(keys);
    std::size_t capacity = 16;
    while (capacity < 2 * keys_.size()) capacity *= 2;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{none, 0});
    for (std::uint32_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i].empty()) continue;
      const std::size_t h = std::hash<std::string_view>{}(keys_[i]);
      const auto tag = static_cast<std::uint32_t>(h >> 32);
      for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
        Slot& slot = slots_[s];
        if (slot.item == none) {
          slot = Slot{i, tag};
          break;
        }
        if (slot.tag == tag && keys_[slot.item] == keys_[i]) {
          if (repeats) repeats->emplace_back(i, slot.item);
          break;
        }
      }
    }
  }

  /// The first index with this key, or none (always none for an empty key).
  std::uint32_t find(std::string_view key) const noexcept {
    if (key.empty() || slots_.empty()) return none;
    return find_hashed(key, std::hash<std::string_view>{}(key));
  }

  /// find() of many keys. On a large index each lookup is three dependent cache misses
  /// (slot, the key's view, its bytes); here they are prefetched some keys ahead, so
  /// that the misses of neighbouring lookups overlap.
  std::vector<std::uint32_t> find_all(const std::vector<std::string_view>& keys) const {
    // Three stages: the slot `ahead` keys early, the key's view ahead/2, its bytes ahead/4.
    constexpr std::size_t ahead = 64;
    const std::size_t n = keys.size();
    std::vector<std::size_t> hash(n);
    std::vector<std::uint32_t> found(n, none);
    if (slots_.empty()) return found;
    for (std::size_t i = 0; i < n + ahead; ++i) {
      if (i < n) {
        hash[i] = std::hash<std::string_view>{}(keys[i]);
        __builtin_prefetch(&slots_[hash[i] & mask_]);
      }
      if (i >= ahead / 2 && i - ahead / 2 < n) {
        const Slot& slot = slots_[hash[i - ahead / 2] & mask_];
        if (slot.item != none) __builtin_prefetch(&keys_[slot.item]);
      }
      if (i >= 3 * ahead / 4 && i - 3 * ahead / 4 < n) {
        const Slot& slot = slots_[hash[i - 3 * ahead / 4] & mask_];
        if (slot.item != none) __builtin_prefetch(keys_[slot.item].data());
      }
      if (i >= ahead && i - ahead < n) {
        const std::size_t k = i - ahead;
        if (!keys[k].empty()) found[k] = find_hashed(keys[k], hash[k]);
      }
    }
    return found;
  }

 private:
  std::uint32_t find_hashed(std::string_view key, std::size_t h) const noexcept {
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.item == none) return none;
      if (slot.tag == tag && keys_[slot.item] == key) return slot.item;
    }
  }

  struct Slot {
    std::uint32_t item;
    std::uint32_t tag;  // high hash bits, to skip most string comparisons
  };
  std::vector<std::string_view> keys_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace impactgraph::validate_detail
