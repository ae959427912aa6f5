// utf8::decode, first_invalid and valid against an independent definition: a byte string
// is one well-formed sequence exactly when it is the encoding (by the textbook bit layout)
// of a Unicode scalar value. Every code point, every 1-3 byte string, a million 4-byte ones;
// all_ascii, the fast path before them, byte by byte.
#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "io/utf8.hpp"

namespace {

// The textbook encoding, into a small buffer (no allocation: the loops below run 17
// million times, under the sanitizers too).
struct Bytes {
  char b[4] = {};
  std::size_t n = 0;
  std::string_view view() const { return {b, n}; }
};

Bytes encode(char32_t cp) {
  Bytes o;
  const auto put = [&](unsigned x) { o.b[o.n++] = static_cast<char>(x); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
  return o;
}

bool scalar(char32_t cp) { return cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF); }

// The reference: the bytes are one sequence iff some scalar value encodes to exactly them.
// The candidate code point is read off the bytes' payload bits.
bool well_formed(std::string_view b) {
  const auto u = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  char32_t cp = 0;
  if (b.size() == 1) cp = u(0);
  else if (b.size() == 2) cp = (u(0) & 0x1Fu) << 6 | (u(1) & 0x3Fu);
  else if (b.size() == 3) cp = (u(0) & 0x0Fu) << 12 | (u(1) & 0x3Fu) << 6 | (u(2) & 0x3Fu);
  else cp = (u(0) & 0x07u) << 18 | (u(1) & 0x3Fu) << 12 | (u(2) & 0x3Fu) << 6 | (u(3) & 0x3Fu);
  return scalar(cp) && encode(cp).view() == b;
}

}  // namespace

using namespace impactgraph;

TEST_CASE("utf8::decode reads every scalar value back and refuses surrogates", "[utf8]") {
  int refused = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    const Bytes b = encode(cp);
    const utf8::Sequence s = utf8::decode(b.view(), 0);
    if (scalar(cp)) {
      REQUIRE(s.length == b.n);
      REQUIRE(s.code_point == cp);
    } else {
      REQUIRE(s.length == 0);
      ++refused;
    }
  }
  CHECK(refused == 0x800);  // the surrogates
}

TEST_CASE("utf8::decode agrees with the definition on every string of 1-3 bytes", "[utf8]") {
  char buffer[3];
  long accepted = 0;
  for (std::uint32_t x = 0; x < (1u << 24); ++x) {
    const std::size_t n = x < 0x100 ? 1 : x < 0x10000 ? 2 : 3;
    for (std::size_t i = 0; i < n; ++i) buffer[n - 1 - i] = static_cast<char>((x >> (8 * i)) & 0xFF);
    const std::string_view b(buffer, n);
    // A longer string whose first sequence is complete is checked as that prefix.
    const utf8::Sequence s = utf8::decode(b, 0);
    const bool ok = s.length == n;
    bool prefix = false;
    for (std::size_t k = 1; k < n && !prefix; ++k) prefix = s.length == k && well_formed(b.substr(0, k));
    if (!prefix && ok != well_formed(b)) FAIL("decode disagrees on " << x);
    accepted += ok;
  }
  CHECK(accepted == 128 + 1920 + 61440);  // 1-byte, 2-byte, 3-byte (0x800-0xFFFF less 2048 surrogates)
}

TEST_CASE("utf8::decode on random 4-byte strings, first_invalid and valid", "[utf8]") {
  std::mt19937_64 rng(3);
  std::string b(4, '\0');
  for (int i = 0; i < 1000000; ++i) {
    const auto x = static_cast<std::uint32_t>(rng());
    for (std::size_t k = 0; k < 4; ++k) b[k] = static_cast<char>((x >> (8 * k)) & 0xFF);
    b[0] = static_cast<char>(0xF0 | (b[0] & 0x0F));  // a 4-byte lead (0xF0-0xFF)
    REQUIRE((utf8::decode(b, 0).length == 4) == well_formed(b));
  }
  CHECK(utf8::first_invalid("Örebro – 😀") == std::nullopt);
  CHECK(utf8::first_invalid("ab\xC0\xAF") == 2u);  // overlong
  CHECK(utf8::first_invalid("\xE2\x82") == 0u);    // truncated
  CHECK(utf8::decode("ab", 2).length == 0);        // at the end
  CHECK(utf8::valid(std::string(100, 'a') + "é"));
  CHECK_FALSE(utf8::valid(std::string(100, 'a') + "\xFF"));
}

TEST_CASE("utf8::all_ascii finds one byte of 0x80 or more at any place of a text of 0-40 bytes", "[utf8]") {
  // Each text in a buffer of exactly its length, so that a read past its end is a
  // sanitizer error rather than a byte that happens to be there.
  for (std::size_t n = 0; n <= 40; ++n) {
    const auto buffer = std::make_unique<char[]>(n + 1);
    for (std::size_t i = 0; i < n; ++i) buffer[i] = static_cast<char>('a' + i % 26);
    const std::string_view text(buffer.get(), n);
    REQUIRE(utf8::all_ascii(text));
    for (std::size_t at = 0; at < n; ++at)
      for (const unsigned char high : {0x80, 0xC3, 0xFF}) {
        buffer[at] = static_cast<char>(high);
        REQUIRE_FALSE(utf8::all_ascii(text));
        buffer[at] = 0x7F;  // the largest ASCII byte
        REQUIRE(utf8::all_ascii(text));
        buffer[at] = static_cast<char>('a' + at % 26);
      }
  }
}
