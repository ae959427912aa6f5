// Numbers in CSV cells: reading both decimal styles, writing shortest round-trip text.
#pragma once

#include <string>
#include <string_view>

namespace impactgraph::csv {

struct NumberResult {
  double value = 0.0;
  /// Empty on success, else the diagnostic code: bad-value, out-of-range or non-finite.
  std::string_view code;
  std::string message;
};

/// Parses a cell holding a number (surrounding spaces and tabs are ignored).
/// Always accepted: an optional sign ('-', '+' or U+2212 minus), digits with a decimal
/// point, an exponent ("1.5e-3"). With `decimal_comma` (semicolon files) a decimal
/// comma is accepted too ("1234,5"), and the integer part may be grouped by thousands
/// with a space, a no-break space (U+00A0) or a narrow no-break space (U+202F):
/// "1 234 567,5". Groups must be exact (1-3 digits, then groups of 3); a point is never
/// a thousands separator. "nan"/"inf" -> non-finite; beyond double range (either way)
/// -> out-of-range; anything else -> bad-value.
NumberResult parse_number(std::string_view cell, bool decimal_comma);

/// The shortest text that reads back as exactly `value` (std::to_chars), with `decimal`
/// as the decimal mark. `value` must be finite.
std::string format_number(double value, char decimal);

}  // namespace impactgraph::csv
