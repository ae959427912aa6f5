// The readers' shared enforcement of Limits (include/impactgraph/limits.hpp): capped
// file reading and the checks on a spec just read (item counts, id lengths).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/limits.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph::limits {

/// A limit-exceeded diagnostic; the message ends "(limit <name> = <value>)".
Diagnostic exceeded(std::string_view limit, std::size_t value, std::string_view what, Location at);

/// "the text has N bytes, more than ..." for an input of `bytes` over max_file_bytes.
Diagnostic too_large(std::size_t bytes, std::size_t max_file_bytes, std::string file);

/// Reads all of `in` into `out`, but never more than max_bytes + 1 bytes: returns false
/// (and stops reading) when the input is longer than max_bytes, so an endless or huge
/// input costs at most max_bytes of memory.
bool read_at_most(std::istream& in, std::size_t max_bytes, std::string& out);

/// Appends to `errors` one limit-exceeded diagnostic per limit the spec breaks: more
/// nodes, edges or observations than allowed (located at the first item beyond the
/// limit), and the first id or reference longer than max_id_bytes. `levels_at` is where
/// the list of levels was read (the spec's SourceMap has no entry for it), so that an
/// over-long level names its file too.
void check_spec(const ModelSpec& spec, const Limits& limits, const Location& levels_at,
                std::vector<Diagnostic>& errors);

}  // namespace impactgraph::limits
