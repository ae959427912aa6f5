// Helpers shared by the CSV tests: fixture paths, scratch folders, error inspection.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "impactgraph/diagnostic.hpp"

namespace csv_test {

namespace fs = std::filesystem;

inline fs::path fixture(const std::string& name) { return fs::path(IG_TEST_DATA_DIR) / "data" / "csv" / name; }

/// A fresh empty folder under the system temp folder, removed when the test ends.
class Scratch {
 public:
  Scratch() {
    std::random_device seed;
    path_ = fs::temp_directory_path() / ("ig-csv-test-" + std::to_string(seed()) + std::to_string(seed()));
    fs::create_directories(path_);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

inline std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_bytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

/// The diagnostics of the impactgraph::Error that `f` throws (fails the test if none).
template <class F>
std::vector<impactgraph::Diagnostic> errors_of(F&& f) {
  try {
    f();
  } catch (const impactgraph::Error& e) {
    return e.diagnostics();
  }
  FAIL("expected an impactgraph::Error");
  return {};
}

/// The file name part of a diagnostic's location ("nodes.csv").
inline std::string file_name(const impactgraph::Diagnostic& d) { return fs::path(d.location.file).filename().string(); }

}  // namespace csv_test
