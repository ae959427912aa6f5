// Fuzz target: the CSV bundle reader on arbitrary bytes, held in memory (no file
// system). The input is the bundle's files one after another, each introduced by a
// line "#@<name>" (e.g. "#@edges.csv"); bytes before the first such line are nodes.csv.
// A read either refuses with diagnostics naming a file of the bundle, or returns a spec
// that passes check_spec and survives a CSV round trip (written in memory, in both
// styles, and read back) exactly.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "impactgraph/io.hpp"
#include "io/csv/bundle_layout.hpp"
#include "io/csv/bundle_io.hpp"
#include "io/limits_check.hpp"
#include "spec_invariants.hpp"

namespace {

namespace fs = std::filesystem;
using namespace impactgraph;

// Each line "#@<name>" (at the start or after a '\n') begins file <name>, which then
// exists even when empty; bytes before the first marker, if any, are nodes.csv. The
// first section of a name wins.
std::map<std::string, std::string, std::less<>> split_files(std::string_view text) {
  constexpr auto npos = std::string_view::npos;
  // The position of the '#' of the next marker line at or after `from`, a line start.
  const auto next_marker = [&](std::size_t from) -> std::size_t {
    if (from == 0) {
      if (text.substr(0, 2) == "#@") return 0;
      const std::size_t m = text.find("\n#@");
      return m == npos ? npos : m + 1;
    }
    const std::size_t m = text.find("\n#@", from - 1);  // text[from - 1] is a '\n'
    return m == npos ? npos : m + 1;
  };
  std::map<std::string, std::string, std::less<>> files;
  std::string name(csv::layout::nodes_file);
  bool named = false;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t m = next_marker(pos);
    const std::size_t end = m == npos ? text.size() : (m > pos ? m - 1 : pos);  // without the '\n'
    if (named || end > pos) files.emplace(name, std::string(text.substr(pos, end - pos)));
    if (m == npos) break;
    const std::size_t line_end = text.find('\n', m + 2);
    name = std::string(text.substr(m + 2, line_end == npos ? npos : line_end - (m + 2)));
    named = true;
    if (line_end == npos) {
      files.emplace(name, std::string());
      break;
    }
    pos = line_end + 1;
  }
  return files;
}

// The bundle's files as a source for read_bundle, refusing what is over the limit as
// read_csv_bundle does.
csv::FileSource source_of(const std::map<std::string, std::string, std::less<>>& files, const fs::path& folder,
                          const Limits& limits) {
  return [&files, folder, max = limits.max_file_bytes](std::string_view name,
                                                       std::vector<Diagnostic>& errors) -> std::optional<std::string> {
    const auto it = files.find(name);
    if (it == files.end()) return std::nullopt;
    if (it->second.size() > max) {
      errors.push_back(limits::too_large(it->second.size(), max, (folder / name).string()));
      return std::nullopt;
    }
    return it->second;
  };
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto files = split_files(std::string_view(reinterpret_cast<const char*>(data), size));
  Limits limits;
  limits.max_file_bytes = 1 << 16;
  const fs::path folder = "fuzz-bundle";
  ModelSpec spec;
  try {
    spec = csv::read_bundle(folder, source_of(files, folder, limits), limits);
  } catch (const Error& e) {
    fuzz::check_refusal(e);
    for (const Diagnostic& d : e.diagnostics()) FUZZ_CHECK(d.location.file.rfind("fuzz-bundle/", 0) == 0);
    return 0;
  }
  fuzz::check_spec(spec);
  // Whatever the reader returns, valid or not, writes (in both styles) and reads back the same.
  for (const CsvStyle style : {CsvStyle{}, CsvStyle::swedish()}) {
    std::map<std::string, std::string, std::less<>> written;
    for (auto& [name, text] : csv::bundle_files(spec, style)) written.emplace(name, std::move(text));
    Limits generous;
    generous.max_file_bytes = std::size_t(-1);
    FUZZ_CHECK(csv::read_bundle(folder, source_of(written, folder, generous), generous) == spec);
  }
  return 0;
}
