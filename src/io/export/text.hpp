// Text helpers shared by the graph exporters: UTF-8 repair and number spelling.
#pragma once

#include <string>
#include <string_view>

namespace impactgraph::export_detail {

/// `text` with every byte that is not part of a well-formed UTF-8 sequence replaced by
/// U+FFFD. With `xml`, code points that XML 1.0 forbids (C0 controls other than tab, LF
/// and CR; U+FFFE, U+FFFF) are replaced too, so the result can go into any XML document.
std::string valid_utf8(std::string_view text, bool xml);

/// The shortest decimal text that reads back as `value` ("0.8", "-3", "1e+20");
/// NaN, INF and -INF for the non-finite values (the spellings of XML Schema's double).
std::string number_text(double value);

/// Number of code points in well-formed UTF-8 text (for sizing labels).
std::size_t code_points(std::string_view text) noexcept;

}  // namespace impactgraph::export_detail
