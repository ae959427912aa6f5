// A compact store of many strings: one character buffer, an offset per string, each
// string followed by '\0' so that C callers can borrow it as a C string.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
/// so that repeated values are stored once. Dropped after the freeze.
class Interner {
 public:
  explicit Interner(StringPool& pool) : pool_(pool) {}
  StringId operator()(std::string_view s) {
    if (s.empty()) return 0;
    // Looked up by string_view: most values repeat, and a std::string key made for each
    // lookup was a tenth of freezing a million-node model.
    if (auto it = ids_.find(s); it != ids_.end()) return it->second;
    const StringId id = pool_.add(s);
    ids_.emplace(std::string(s), id);
    return id;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  StringPool& pool_;
  std::unordered_map<std::string, StringId, Hash, std::equal_to<>> ids_;
};

}  // namespace impactgraph::detail
