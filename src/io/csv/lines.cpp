#include "io/csv/lines.hpp"

namespace impactgraph::csv {

std::size_t line_at(std::string_view text, std::size_t offset) noexcept {
  std::size_t line = 1;
  const std::size_t end = offset < text.size() ? offset : text.size();
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') ++line;
    else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) ++line;
  }
  return line;
}

}  // namespace impactgraph::csv
