#include "io/utf8.hpp"

namespace impactgraph::utf8 {

std::optional<std::size_t> first_invalid(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = decode(text, i).length;
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

}  // namespace impactgraph::utf8
