// An id -> first item index table with open addressing: one flat array of slots, so a
// lookup costs a probe or two instead of the bucket-and-node chase of std::unordered_map
// (which dominated validate() on models with a million nodes).
#pragma once

#include <array>
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

  /// Indexes key_of(i) (a std::string_view) for i < count, every non-empty key; a repeated
  /// key keeps its first index and the repeat goes to `repeats` as (repeat, first). The
  /// index keeps its own copy of the keys, packed in one buffer: compared there, a lookup
  /// touches a few megabytes for a million ids instead of the callers' scattered strings.
  template <class KeyOf>
  void build(std::size_t count, const KeyOf& key_of, std::vector<std::pair<std::uint32_t, std::uint32_t>>* repeats) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < count; ++i) total += std::string_view(key_of(i)).size();
    bytes_.clear();
    bytes_.reserve(total);
    offsets_.assign(1, 0);
    offsets_.reserve(count + 1);
    std::size_t capacity = 16;
    while (capacity < 2 * count) capacity *= 2;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{none, 0});
    for (std::uint32_t i = 0; i < count; ++i) {
      const std::string_view k = key_of(i);
      bytes_.insert(bytes_.end(), k.begin(), k.end());
      offsets_.push_back(bytes_.size());
      if (k.empty()) continue;
      const std::size_t h = detail::short_string_hash(k);
      const auto tag = static_cast<std::uint32_t>(h >> 32);
      for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
        Slot& slot = slots_[s];
        if (slot.item == none) {
          slot = Slot{i, tag};
          break;
        }
        if (slot.tag == tag && detail::same_short_string(key(slot.item), k)) {
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

  /// store(k, find(key_of(k))) for k < count, in order. On a large index each lookup is three
  /// dependent cache misses (slot, the key's offset, its bytes); there they are prefetched
  /// some keys ahead, so that the misses of neighbouring lookups overlap.
  template <class KeyOf, class Store>
  void find_each(std::size_t count, const KeyOf& key_of, const Store& store) const {
    if (slots_.empty()) {
      for (std::size_t k = 0; k < count; ++k) store(k, none);
      return;
    }
    // Three stages: the slot `ahead` keys early, the key's offset ahead/2, its bytes ahead/4.
    // The hashes of the keys in flight wait in a ring.
    constexpr std::size_t ahead = 32, ring = 64;
    std::array<std::size_t, ring> hash{};
    const auto slot_of = [&](std::size_t k) -> const Slot& { return slots_[hash[k % ring] & mask_]; };
    for (std::size_t i = 0; i < count + ahead; ++i) {
      if (i < count) {
        hash[i % ring] = detail::short_string_hash(key_of(i));
        __builtin_prefetch(&slot_of(i));
      }
      if (i >= ahead / 2 && i - ahead / 2 < count) {
        const Slot& slot = slot_of(i - ahead / 2);
        if (slot.item != none) __builtin_prefetch(&offsets_[slot.item]);
      }
      if (i >= 3 * ahead / 4 && i - 3 * ahead / 4 < count) {
        const Slot& slot = slot_of(i - 3 * ahead / 4);
        if (slot.item != none) __builtin_prefetch(bytes_.data() + offsets_[slot.item]);
      }
      if (i >= ahead && i - ahead < count) {
        const std::size_t k = i - ahead;
        const std::string_view text = key_of(k);
        store(k, text.empty() ? none : find_hashed(text, hash[k % ring]));
      }
    }
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
