// Kolada import: both API envelopes, nulls and statuses, revisions, unmapped KPIs and
// geographies; counts worked out by hand from the fixtures in tests/data/kolada/.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "impactgraph/io.hpp"
#include "impactgraph/kolada.hpp"

using namespace impactgraph;
namespace fs = std::filesystem;

namespace {
const fs::path data = fs::path(IG_TEST_DATA_DIR) / "data" / "kolada";

ModelSpec small_model() {
  ModelBuilder b;
  b.add_node("G1", "goal");
  b.add_indicator("I_syss", "G1").source = "kolada:N00914";
  b.add_indicator("I_syss_copy", "G1").source = "kolada:N00914";  // two indicators, one KPI
  b.add_indicator("I_avfall", "G1").source = "kolada:U07801";
  b.add_indicator("I_other", "G1").source = "illustrative";
  b.add_geography("0018", "Örebro län");
  b.add_geography("1880", "Örebro", "0018");
  b.add_geography("1881", "Kumla", "0018");
  b.add_observation("I_syss", "1880", "2019", 70.0);  // revised by the import
  return b.spec();
}

const ObservationSpec* find(const ModelSpec& s, std::string_view ind, std::string_view geo, std::string_view period,
                            std::string_view breakdown = "T") {
  for (const ObservationSpec& o : s.observations)
    if (o.indicator == ind && o.geo == geo && o.period == period && o.breakdown == breakdown) return &o;
  return nullptr;
}
}  // namespace

TEST_CASE("the v2 envelope: genders, nulls and statuses kept", "[kolada]") {
  const auto values = read_kolada_file(data / "v2_page1.json");
  REQUIRE(values.size() == 5);
  CHECK(values[0].kpi == "N00914");
  CHECK(values[0].geo == "1880");
  CHECK(values[0].period == "2019");
  CHECK(values[1].gender == "K");
  CHECK(values[1].value == std::optional<double>(77.9));
  CHECK_FALSE(values[3].value);
  CHECK(values[3].status == "Saknas");
  CHECK(values[3].where.line == 9);  // the value object on line 9
}

TEST_CASE("the v3 envelope and a bare list read too", "[kolada]") {
  const auto v3 = read_kolada_file(data / "v3_revised.json");
  REQUIRE(v3.size() == 2);
  CHECK(v3[0].period == "2019");  // text period
  CHECK(v3[1].period == "2020");  // number period
  CHECK(v3[1].status.empty());    // null status
  const auto bare = read_kolada_file(data / "bare_list.json");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].geo == "0018");
  CHECK(bare[0].value == std::optional<double>(432.5));
}

TEST_CASE("merging maps KPIs to indicators, revises, and counts", "[kolada]") {
  ModelSpec spec = small_model();
  auto values = read_kolada_file(data / "v2_page1.json");
  const auto later = read_kolada_file(data / "v3_revised.json");
  values.insert(values.end(), later.begin(), later.end());
  const ImportSummary s = merge_kolada(spec, values);
  // Distinct keys: N00914/1880/2019 T (revised in the later file to 79.5), K, M;
  // N00914/1881/2019 T (null); N99999/1880/2019 T; U07801/2180/2020 T  -> 6.
  CHECK(s.read == 6);
  CHECK(s.skipped_kpi == 1);  // N99999
  CHECK(s.unmapped_kpis == std::vector<std::string>{"N99999"});
  CHECK(s.skipped_geo == 1);  // 2180 is not in the model
  CHECK(s.unknown_geographies == std::vector<std::string>{"2180"});
  // 4 values of N00914 reach 2 indicators each = 8 observations: I_syss 1880 T existed (70 -> 79.5).
  CHECK(s.changed == 1);
  CHECK(s.added == 7);
  CHECK(s.unchanged == 0);
  CHECK(spec.observations.size() == 8);
  CHECK(find(spec, "I_syss", "1880", "2019")->value == std::optional<double>(79.5));
  CHECK(find(spec, "I_syss_copy", "1880", "2019", "M")->value == std::optional<double>(80.6));
  const ObservationSpec* missing = find(spec, "I_syss", "1881", "2019");
  REQUIRE(missing);
  CHECK_FALSE(missing->value);
  CHECK(missing->status == "Saknas");
  CHECK(validate(spec).empty());

  // The same files again change nothing.
  const ImportSummary again = merge_kolada(spec, values);
  CHECK(again.added == 0);
  CHECK(again.changed == 0);
  CHECK(again.unchanged == 8);
}

TEST_CASE("bad Kolada files name file, line and field", "[kolada]") {
  auto first_error = [](const char* name) {
    try {
      (void)read_kolada_file(data / name);
    } catch (const Error& e) {
      return e.diagnostics().front();
    }
    FAIL("no error for " << name);
    return Diagnostic{};
  };
  Diagnostic d = first_error("bad_period.json");
  CHECK(d.code == "bad-period");
  CHECK(d.location.line == 2);
  CHECK(d.location.field == "values[0].period");
  d = first_error("bad_value_type.json");
  CHECK(d.code == "wrong-type");
  CHECK(d.location.line == 3);
  CHECK(d.location.field == "values[0].values[0].value");
  d = first_error("missing_kpi.json");
  CHECK(d.code == "missing-field");
  CHECK(d.location.field == "values[0].kpi");
  d = first_error("not_kolada.json");
  CHECK(d.code == "wrong-type");
  d = first_error("no_such_file.json");
  CHECK(d.code == "io-error");
}

TEST_CASE("import_kolada writes the model back in its own format, or not at all", "[kolada]") {
  const fs::path dir = fs::temp_directory_path() / "impactgraph-kolada-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const ModelSpec original = small_model();

  SECTION("a JSON model") {
    save(original, dir / "m.json", Format::json);
    const ImportSummary s = import_kolada(dir / "m.json", {data / "v2_page1.json", data / "v3_revised.json"});
    CHECK(s.added == 7);
    const ModelSpec back = read_model(dir / "m.json");
    CHECK(back.observations.size() == 8);
    CHECK(find(back, "I_syss", "1880", "2019")->value == std::optional<double>(79.5));
  }
  SECTION("a Swedish CSV bundle keeps its style") {
    save(original, dir / "bundle", Format::csv, CsvStyle::swedish());
    (void)import_kolada(dir / "bundle", {data / "v2_page1.json"});
    std::ifstream in(dir / "bundle" / "observations.csv", std::ios::binary);
    std::string header;
    std::getline(in, header);
    CHECK(header.rfind("\xEF\xBB\xBF" "indicator;geo;period", 0) == 0);
    const ModelSpec back = read_model(dir / "bundle");
    CHECK(find(back, "I_syss", "1880", "2019", "K")->value == std::optional<double>(77.9));
  }
  SECTION("a bad file leaves the model untouched") {
    save(original, dir / "m.json", Format::json);
    const auto before = fs::last_write_time(dir / "m.json");
    CHECK_THROWS_AS(import_kolada(dir / "m.json", {data / "v2_page1.json", data / "bad_period.json"}), Error);
    CHECK(read_model(dir / "m.json") == original);
    CHECK(fs::last_write_time(dir / "m.json") == before);
  }
  fs::remove_all(dir);
}
