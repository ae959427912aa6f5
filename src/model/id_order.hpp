// Indices sorted by their id string, as std::sort with `<` on the ids would give, but
// comparing 8-byte keys held in one array instead of chasing every id through the string
// pool (which made sorting a million ids the largest part of Model::freeze).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace impactgraph::detail {

namespace id_order_detail {

struct Keyed {
  std::uint64_t key;  // bytes [offset, offset + 8) of the id, big-endian, zero-padded
  std::uint32_t index;
};

inline std::uint64_t key_at(std::string_view id, std::size_t offset) noexcept {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const std::size_t at = offset + i;
    const auto byte = at < id.size() ? static_cast<unsigned char>(id[at]) : 0U;
    key = (key << 8) | byte;
  }
  return key;
}

/// Sorts [first, last) whose ids agree on their first `offset` bytes (MSD radix sort
/// with 8-byte digits, each digit ordered by std::sort).
template <class IdOf>
void sort_from(Keyed* first, Keyed* last, std::size_t offset, const IdOf& id_of) {
  for (Keyed* k = first; k != last; ++k) k->key = key_at(id_of(k->index), offset);
  // Stable merge sort: models often list ids in sorted runs (by level, then number),
  // which drove std::sort's introsort into its heap-sort fallback.
  const auto by_key = [](const Keyed& a, const Keyed& b) { return a.key < b.key; };
  if (!std::is_sorted(first, last, by_key)) std::stable_sort(first, last, by_key);
  for (Keyed* run = first; run != last;) {
    Keyed* end = run + 1;
    while (end != last && end->key == run->key) ++end;
    if (end - run > 1) {
      // Equal keys: ids that end within these 8 bytes differ only in length (zero
      // padding), and the shorter sorts first; longer ones go on to the next digit.
      const std::size_t next = offset + 8;
      Keyed* longer = std::stable_partition(run, end, [&](const Keyed& k) { return id_of(k.index).size() <= next; });
      std::sort(run, longer, [&](const Keyed& a, const Keyed& b) {
        const auto la = id_of(a.index).size(), lb = id_of(b.index).size();
        return la != lb ? la < lb : a.index < b.index;
      });
      if (end - longer > 1) sort_from(longer, end, next, id_of);
    }
    run = end;
  }
}

}  // namespace id_order_detail

/// Indices 0..n-1 ordered by id_of(i) (ascending by std::string_view's `<`; equal ids by
/// index). id_of returns a std::string_view that stays valid during the call.
template <class IdOf>
std::vector<std::uint32_t> order_by_id(std::size_t n, const IdOf& id_of) {
  std::vector<id_order_detail::Keyed> keyed(n);
  for (std::size_t i = 0; i < n; ++i) keyed[i].index = static_cast<std::uint32_t>(i);
  id_order_detail::sort_from(keyed.data(), keyed.data() + n, 0, id_of);
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = keyed[i].index;
  return order;
}

}  // namespace impactgraph::detail
