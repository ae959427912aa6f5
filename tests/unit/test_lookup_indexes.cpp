// The id lookups behind Model::freeze: order_by_id (the model's node index) against
// std::sort, FlatIndex::find_each (validation's batched lookup) against find() and a linear
// search, and the short-string compare under both tables against ==.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "model/id_order.hpp"
#include "model/string_hash.hpp"
#include "validate/flat_index.hpp"

namespace {

using impactgraph::detail::order_by_id;
using impactgraph::validate_detail::FlatIndex;

std::vector<std::uint32_t> reference_order(const std::vector<std::string>& ids) {
  std::vector<std::uint32_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
  return order;
}

// Ids that stress the 8-byte digits: shared prefixes longer than 8 and 16 bytes, lengths
// around the digit boundaries, NUL bytes (so "a" and "a\0" differ only by length),
// bytes above 0x7f (compared unsigned, as std::string does), repeats, sorted runs.
std::vector<std::string> random_ids(std::mt19937& rng, std::size_t n) {
  const std::vector<std::string> prefixes{"", "P", "activity-", "a-very-long-common-prefix/", "\xc3\xa5", std::string(1, '\0')};
  const std::string alphabet = std::string("ab\0\x7f\x80\xff", 6) + "019";
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < n; ++i) {
    std::string id = prefixes[rng() % prefixes.size()];
    const std::size_t extra = rng() % 20;
    for (std::size_t k = 0; k < extra; ++k) id.push_back(alphabet[rng() % alphabet.size()]);
    ids.push_back(id);
    if (rng() % 10 == 0 && !ids.empty()) ids.push_back(ids[rng() % ids.size()]);  // a repeat
  }
  if (rng() % 2) std::sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(ids.size() / 2));  // a sorted run
  return ids;
}

}  // namespace

TEST_CASE("order_by_id orders like std::sort on the ids, equal ids by index", "[model][lookup]") {
  std::mt19937 rng(20261127);
  for (int round = 0; round < 300; ++round) {
    const auto ids = random_ids(rng, 1 + rng() % 400);
    const auto got = order_by_id(ids.size(), [&](std::uint32_t i) { return std::string_view(ids[i]); });
    REQUIRE(got == reference_order(ids));
  }
}

TEST_CASE("order_by_id: ids equal in their first 8 or 16 bytes differ by length or later bytes", "[model][lookup]") {
  const std::vector<std::string> ids{std::string("abcdefgh\0", 9), "abcdefgh", "abcdefghi", std::string("abcdefgh", 8),
                                     "abcdefghijklmnopq", "abcdefghijklmnop", "abc", std::string("abc\0", 4), ""};
  const auto got = order_by_id(ids.size(), [&](std::uint32_t i) { return std::string_view(ids[i]); });
  // By hand: "" < "abc" < "abc\0" < "abcdefgh" (index 1, then its repeat 3) < "abcdefgh\0"
  // < "abcdefghi" < "abcdefghijklmnop" < "abcdefghijklmnopq".
  CHECK(got == std::vector<std::uint32_t>{8, 6, 7, 1, 3, 0, 2, 5, 4});
}

TEST_CASE("FlatIndex::find_each agrees with find, including misses and empty keys", "[validate][lookup]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    const auto ids = random_ids(rng, 1 + rng() % 3000);
    std::vector<std::string_view> keys(ids.begin(), ids.end());
    FlatIndex index;
    index.build(keys.size(), [&](std::size_t i) { return keys[i]; }, nullptr);
    std::vector<std::string> probes_text;
    for (std::size_t i = 0; i < 2000; ++i)
      probes_text.push_back(rng() % 4 ? ids[rng() % ids.size()] : ids[rng() % ids.size()] + "x");  // hits and misses
    probes_text.emplace_back();
    const std::vector<std::string_view> probes(probes_text.begin(), probes_text.end());
    std::vector<std::uint32_t> found(probes.size(), 12345);
    index.find_each(probes.size(), [&](std::size_t k) { return probes[k]; },
                    [&](std::size_t k, std::uint32_t v) { found[k] = v; });
    for (std::size_t i = 0; i < probes.size(); ++i) {
      REQUIRE(found[i] == index.find(probes[i]));
      // Independently: the first position of the key in ids, or none.
      const auto it = std::find(ids.begin(), ids.end(), probes_text[i]);
      const std::uint32_t expected =
          probes_text[i].empty() || it == ids.end() ? FlatIndex::none : static_cast<std::uint32_t>(it - ids.begin());
      REQUIRE(found[i] == expected);
    }
  }
}

TEST_CASE("same_short_string agrees with == on texts of 0-40 bytes differing at any one place", "[model][lookup]") {
  using impactgraph::detail::same_short_string;
  for (std::size_t n = 0; n <= 40; ++n) {
    // Buffers of exactly the texts' lengths: a read past the end is a sanitizer error.
    const auto a = std::make_unique<char[]>(n + 1), b = std::make_unique<char[]>(n + 1);
    for (std::size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<char>('0' + i % 10);
    const std::string_view x(a.get(), n), y(b.get(), n);
    REQUIRE(same_short_string(x, y));
    if (n > 0) REQUIRE_FALSE(same_short_string(x, y.substr(0, n - 1)));  // a prefix
    for (std::size_t at = 0; at < n; ++at) {
      for (const char other : {'\0', 'x', '\xff'}) {
        b[at] = other;
        REQUIRE(same_short_string(x, y) == (x == y));
        REQUIRE_FALSE(same_short_string(x, y));
      }
      b[at] = a[at];
    }
  }
}
