// Diagnostics: the one way the library reports problems in a model or its input.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace impactgraph {

enum class Severity : std::uint8_t { error, warning, info };

std::string_view to_string(Severity severity) noexcept;

/// Where an input item came from. `line` is the 1-based line of a JSON file or the
/// 1-based physical line on which a CSV record starts (the header row is line 1);
/// 0 when unknown. `field` is a JSON path (`nodes[3].level`) or a CSV column name.
struct Location {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string field;

  bool operator==(const Location&) const = default;
};

/// One finding. `code` is stable and documented in docs/diagnostics.md.
struct Diagnostic {
  std::string code;
  Severity severity = Severity::error;
  std::string message;
  std::vector<std::string> ids;
  Location location;

  bool operator==(const Diagnostic&) const = default;
};

/// The stable diagnostic codes. Never renamed; new ones are only added.
namespace codes {
inline constexpr std::string_view io_error = "io-error";                  // file missing or unreadable
inline constexpr std::string_view parse_error = "parse-error";            // malformed JSON / CSV syntax
inline constexpr std::string_view bad_encoding = "bad-encoding";          // not valid UTF-8
inline constexpr std::string_view unsupported_version = "unsupported-version";
inline constexpr std::string_view wrong_type = "wrong-type";              // a field has the wrong JSON type
inline constexpr std::string_view missing_field = "missing-field";        // a required field is absent
inline constexpr std::string_view bad_value = "bad-value";                // unknown enum word, malformed number
inline constexpr std::string_view non_finite = "non-finite";              // NaN or infinity
inline constexpr std::string_view out_of_range = "out-of-range";          // number outside its allowed range
inline constexpr std::string_view bad_period = "bad-period";              // not 2019, 2019Q3 or 2019-05
inline constexpr std::string_view empty_id = "empty-id";
inline constexpr std::string_view duplicate_id = "duplicate-id";
inline constexpr std::string_view unknown_level = "unknown-level";
inline constexpr std::string_view unknown_node = "unknown-node";
inline constexpr std::string_view unknown_indicator = "unknown-indicator";
inline constexpr std::string_view unknown_geography = "unknown-geography";
inline constexpr std::string_view cycle = "cycle";
inline constexpr std::string_view geography_cycle = "geography-cycle";
inline constexpr std::string_view self_loop = "self-loop";
inline constexpr std::string_view level_order = "level-order";            // warning: edge goes down or sideways
inline constexpr std::string_view duplicate_edge = "duplicate-edge";      // warning: same from/to twice
inline constexpr std::string_view duplicate_observation = "duplicate-observation";
inline constexpr std::string_view bad_reference = "bad-reference";        // a reference of the wrong kind (e.g. ratio numerator is itself)
inline constexpr std::string_view limit_exceeded = "limit-exceeded";      // input beyond a reader's Limits (names the limit)
// Analyses
inline constexpr std::string_view cannot_normalise = "cannot-normalise";  // flow/attribution: a node's weights do not sum to > 0
}  // namespace codes

/// Thrown by readers and by Model::freeze. Carries every error found (at least one).
class Error : public std::runtime_error {
 public:
  explicit Error(std::vector<Diagnostic> diagnostics);
  explicit Error(Diagnostic diagnostic);
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept;

/// "file:line:column: field: message [code]" with the parts that are known.
std::string format(const Diagnostic& diagnostic);

}  // namespace impactgraph
