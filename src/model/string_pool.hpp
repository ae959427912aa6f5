// A compact store of many strings: one character buffer, an offset per string, each
// string followed by '\0' so that C callers can borrow it as a C string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/string_hash.hpp"

namespace impactgraph::detail {

using StringId = std::uint32_t;

class StringPool {
 public:
  StringPool() { clear(); }

  void clear() {
    chars_.assign(1, '\0');  // id 0 is the empty string
    offsets_.assign({0, 1});
  }

  /// Appends `s` (the empty string is always id 0).
  StringId add(std::string_view s) {
    if (s.empty()) return 0;
    chars_.insert(chars_.end(), s.begin(), s.end());
    chars_.push_back('\0');
    offsets_.push_back(chars_.size());
    return static_cast<StringId>(offsets_.size() - 2);
  }

  std::string_view get(StringId id) const noexcept {
    return {chars_.data() + offsets_[id], static_cast<std::size_t>(offsets_[id + 1] - offsets_[id] - 1)};
  }

  std::size_t memory_bytes() const noexcept {
    return chars_.capacity() + offsets_.capacity() * sizeof(std::uint64_t);
  }

  void shrink_to_fit() {
    chars_.shrink_to_fit();
    offsets_.shrink_to_fit();
  }

 private:
  std::vector<char> chars_;
  std::vector<std::uint64_t> offsets_;  // string i spans [offsets_[i], offsets_[i+1]) with its '\0'
};

/// Interns strings of a small vocabulary (levels, tag keys, currencies) while freezing,
/// so that repeated values are stored once. Dropped after the freeze. An open-addressing
/// table of (hash, id) compared against the pool's own copy: most values repeat, so nearly
/// every call is one hash of a short string and one probe.
class Interner {
 public:
  explicit Interner(StringPool& pool) : pool_(pool), slots_(64) {}
  StringId operator()(std::string_view s) {
    if (s.empty()) return 0;
    const std::uint64_t h = short_string_hash(s);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot slot = slots_[i];
      if (slot.id == 0) break;  // id 0 (the empty string) is never interned: a free slot
      if (slot.hash == h && same_short_string(pool_.get(slot.id), s)) return slot.id;
    }
    const StringId id = pool_.add(s);
    insert({h, id});
    if (++used_ * 2 > slots_.size()) grow();
    return id;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    StringId id = 0;
  };
  void insert(Slot slot) {
    std::size_t i = slot.hash & (slots_.size() - 1);
    while (slots_[i].id != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.id != 0) insert(slot);
  }
  StringPool& pool_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t used_ = 0;
};

}  // namespace impactgraph::detail
