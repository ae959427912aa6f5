// Putting a set of files into a folder so that a failure leaves nothing half-written.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace impactgraph::csv {

using FileSet = std::vector<std::pair<std::string, std::string>>;  // name, bytes

/// Writes `files` into a fresh temporary folder beside `folder` (same parent, so
/// renames stay on one file system), then moves them into place:
/// - `folder` absent: the temporary folder is renamed to `folder` (all or nothing);
/// - `folder` exists: each file is renamed over its namesake (each replacement is
///   atomic; files of other names in `folder` are left alone).
/// The temporary folder is removed on every path. Throws impactgraph::Error
/// (io-error) naming the path that failed.
void write_files_atomically(const std::filesystem::path& folder, const FileSet& files);

}  // namespace impactgraph::csv
