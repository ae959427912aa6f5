// model.json of a CSV bundle: the model's name, levels, format version and any
// model-level extra keys (which, unlike per-item extras, survive a CSV round trip).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "impactgraph/diagnostic.hpp"
#include "impactgraph/limits.hpp"
#include "impactgraph/model_spec.hpp"

namespace impactgraph::csv {

/// Fills spec.version, name, levels and extras from the text of model.json.
/// `{"impactgraph": 1}` is required; other keys are kept as spec.extras in input order.
/// Errors (file named `file`): bad-encoding, parse-error (line and column from the
/// byte offset), wrong-type, missing-field, unsupported-version; limit-exceeded for
/// nesting deeper than limits.max_depth or a string longer than limits.max_string_bytes.
void read_model_json(std::string_view text, const std::string& file, ModelSpec& spec,
                     std::vector<Diagnostic>& errors, const Limits& limits = {});

/// The text of model.json for `spec` (two-space indented, UTF-8, ending in a newline).
/// Problems (invalid UTF-8, an extra that is not JSON text or reuses a reserved key)
/// are appended to `errors`.
std::string model_json_text(const ModelSpec& spec, const std::string& file, std::vector<Diagnostic>& errors);

}  // namespace impactgraph::csv
