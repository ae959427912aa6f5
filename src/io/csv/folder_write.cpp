#include "io/csv/folder_write.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>

#include "impactgraph/diagnostic.hpp"

namespace impactgraph::csv {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& message) {
  Diagnostic d;
  d.code = std::string(codes::io_error);
  d.message = message;
  d.location.file = path.string();
  throw Error(std::move(d));
}

/// "out/bundle/" and "out/bundle/." both name the folder "out/bundle".
fs::path normal_folder(const fs::path& folder) {
  fs::path p = fs::absolute(folder).lexically_normal();
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  return p;
}

/// Creates ".<name>.tmp-<random>" beside `target`; `name` receives its path before the
/// folder exists (so that removing it later needs no allocation).
fs::path make_temp_folder(const fs::path& target, std::string& name) {
  std::random_device seed;
  std::mt19937_64 random(seed());
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string suffix = std::to_string(random() % 1000000000ULL);
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + suffix);
    name = temp.string();
    std::error_code ec;
    if (fs::create_directory(temp, ec)) return temp;
    name.clear();
    if (ec) fail(temp, "cannot create a temporary folder: " + ec.message());
  }
  fail(target, "cannot create a temporary folder beside it");
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) fail(path, "cannot create the file");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail(path, "cannot write the file");
}

/// Removes the temporary folder and what was written into it when the write ends,
/// however it ends, even out of memory: the names are made before anything is created,
/// and removing by name allocates nothing (found by tests/alloc: a std::filesystem
/// call in a destructor may throw, and a failed write left its temporary folder).
struct TempGuard {
  std::string folder;
  std::vector<std::string> files;
  ~TempGuard() {
    for (const std::string& file : files) std::remove(file.c_str());  // absent when moved: harmless
    if (!folder.empty()) ::rmdir(folder.c_str());
  }
};

}  // namespace

void write_files_atomically(const fs::path& folder, const FileSet& files) {
  const fs::path target = normal_folder(folder);
  std::error_code ec;
  const fs::file_status status = fs::status(target, ec);
  const bool exists = status.type() != fs::file_type::not_found;
  if (exists && !fs::is_directory(status)) fail(target, "exists and is not a folder");
  if (!target.parent_path().empty()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) fail(target.parent_path(), "cannot create the folder: " + ec.message());
  }
  TempGuard temp;
  temp.files.reserve(files.size());
  const fs::path temp_path = make_temp_folder(target, temp.folder);
  for (const auto& entry : files) temp.files.push_back((temp_path / entry.first).string());
  for (std::size_t i = 0; i < files.size(); ++i) write_file(temp.files[i], files[i].second);

  if (!exists) {
    fs::rename(temp_path, target, ec);
    if (!ec) return;
    // Someone created the folder meanwhile: fall through to replacing file by file.
    if (!fs::is_directory(target)) fail(target, "cannot move the written files into place: " + ec.message());
  }
  for (const auto& entry : files) {
    fs::rename(temp_path / entry.first, target / entry.first, ec);
    if (ec) fail(target / entry.first, "cannot replace the file: " + ec.message());
  }
}

}  // namespace impactgraph::csv
