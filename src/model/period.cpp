#include "impactgraph/period.hpp"

#include <cstdio>

namespace impactgraph {

namespace {
bool digits(std::string_view s) noexcept {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int number(std::string_view s) noexcept {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}
}  // namespace

std::optional<Period> Period::parse(std::string_view text) noexcept {
  if (text.size() < 4 || !digits(text.substr(0, 4))) return std::nullopt;
  const int year = number(text.substr(0, 4));
  if (year < 1000) return std::nullopt;
  Period p;
  p.year = static_cast<std::int16_t>(year);
  if (text.size() == 4) return p;
  if (text.size() == 6 && text[4] == 'Q' && text[5] >= '1' && text[5] <= '4') {
    p.kind = Kind::quarter;
    p.sub = static_cast<std::uint8_t>(text[5] - '0');
    return p;
  }
  if (text.size() == 7 && text[4] == '-' && digits(text.substr(5, 2))) {
    const int month = number(text.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    p.kind = Kind::month;
    p.sub = static_cast<std::uint8_t>(month);
    return p;
  }
  return std::nullopt;
}

std::string Period::str() const {
  char buf[16];
  switch (kind) {
    case Kind::year: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Kind::quarter: std::snprintf(buf, sizeof buf, "%04dQ%d", year, sub); break;
    case Kind::month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, sub); break;
  }
  return buf;
}

double Period::as_year() const noexcept {
  switch (kind) {
    case Kind::year: return year;
    case Kind::quarter: return year + (sub - 1) / 4.0;
    case Kind::month: return year + (sub - 1) / 12.0;
  }
  return year;
}

}  // namespace impactgraph
