// The bad-input corpus (tests/bad_input/): every case must fail with its expected code,
// file, line or row, and field — whether the reader refuses it or validation does.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "impactgraph/io.hpp"

using namespace impactgraph;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::string name, code, file;
  std::uint32_t line;
  std::string field;
};

std::vector<Expectation> corpus() {
  std::ifstream in(fs::path(IG_TEST_DATA_DIR) / "bad_input" / "expected.tsv");
  std::vector<Expectation> cases;
  std::string row;
  while (std::getline(in, row)) {
    if (row.empty() || row[0] == '#') continue;
    std::istringstream cells(row);
    Expectation e;
    std::string line;
    std::getline(cells, e.name, '\t');
    std::getline(cells, e.code, '\t');
    std::getline(cells, e.file, '\t');
    std::getline(cells, line, '\t');
    std::getline(cells, e.field, '\t');
    e.line = static_cast<std::uint32_t>(std::stoul(line));
    cases.push_back(e);
  }
  return cases;
}

/// The first error a load of `path` gives: from the reader, else from validation.
std::optional<Diagnostic> first_error(const fs::path& path) {
  try {
    for (const Diagnostic& d : validate(read_model(path)))
      if (d.severity == Severity::error) return d;
    return std::nullopt;
  } catch (const Error& e) {
    return e.diagnostics().front();
  }
}

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

}  // namespace

TEST_CASE("the bad-input corpus covers every error code a file can cause", "[bad-input]") {
  std::set<std::string> covered;
  for (const Expectation& e : corpus()) covered.insert(e.code);
  // Every code of docs/diagnostics.md that an input file can cause as an error (level-order
  // and duplicate-edge are warnings only).
  for (const char* code :
       {"io-error", "parse-error", "bad-encoding", "unsupported-version", "wrong-type", "missing-field", "bad-value",
        "non-finite", "out-of-range", "limit-exceeded", "bad-period", "empty-id", "duplicate-id", "unknown-level",
        "unknown-node", "unknown-indicator", "unknown-geography", "cycle", "geography-cycle", "self-loop",
        "duplicate-observation", "bad-reference"})
    CHECK(covered.count(code) == 1);
}

TEST_CASE("every bad input gives its expected code and location", "[bad-input]") {
  const auto cases = corpus();
  REQUIRE(cases.size() >= 200);
  const fs::path root = fs::path(IG_TEST_DATA_DIR) / "bad_input" / "cases";
  for (const Expectation& expected : cases) {
    DYNAMIC_SECTION(expected.name) {
      const fs::path path = root / expected.name;
      REQUIRE(fs::exists(path));
      const auto error = first_error(path);
      REQUIRE(error);
      INFO(format(*error));
      CHECK(error->code == expected.code);
      CHECK(error->severity == Severity::error);
      const std::string file = expected.file == "." ? expected.name : expected.name + "/" + expected.file;
      CHECK(ends_with(fs::path(error->location.file).lexically_normal().generic_string(), file));
      CHECK(error->location.line == expected.line);
      if (expected.field != "*") CHECK(error->location.field == expected.field);
      CHECK_FALSE(error->message.empty());
    }
  }
}
