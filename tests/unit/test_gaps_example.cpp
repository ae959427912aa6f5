// The Örebro example gives the findings planted in it (examples/orebro/README.md, "Findings
// planted on purpose"), by id; and docs/gaps.md holds every code and message template.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "gaps/messages.hpp"
#include "gaps_fixture.hpp"
#include "impactgraph/io.hpp"

using namespace gaps_test;
using Catch::Detail::Approx;
namespace fs = std::filesystem;

namespace {

const Model& orebro() {
  static const Model m = load(fs::path(IG_SOURCE_DIR) / "examples" / "orebro" / "orebro.json");
  return m;
}

const GapReport& orebro_gaps() {
  static const GapReport r = detect_gaps(orebro());
  return r;
}

std::set<std::string> first_ids(const GapReport& r, std::string_view code) {
  std::set<std::string> out;
  for (const Gap* g : with_code(r, code)) out.insert(g->ids.at(0));
  return out;
}

std::string off_track_class(const GapReport& r, std::string_view indicator) {
  const Gap* g = find_gap(r, gap_codes::off_track, indicator);
  return g ? text(*g, "class") : "";
}

}  // namespace

TEST_CASE("Örebro: structural findings", "[gaps][example]") {
  const GapReport& r = orebro_gaps();
  REQUIRE(r.as_of);
  CHECK(r.as_of->str() == "2023");
  REQUIRE(r.region);
  CHECK(orebro().geographies()[*r.region].id == "0018");

  CHECK(first_ids(r, gap_codes::orphan_activity) == std::set<std::string>{"P39"});
  const auto parts = with_code(r, gap_codes::disconnected_part);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0]->ids == std::vector<std::string>{"P39", "O38"});
  CHECK(first_ids(r, gap_codes::unreached_effect) == std::set<std::string>{"E20"});
  CHECK(with_code(r, gap_codes::unreached_goal).empty());
  CHECK(first_ids(r, gap_codes::unmeasured_node) ==
        std::set<std::string>{"E02", "E03", "E04", "E05", "E06", "E10", "E17", "E20", "E22", "E24", "E25", "E27"});
  CHECK(first_ids(r, gap_codes::indicator_without_baseline) == std::set<std::string>{"I_flyttnetto"});
  CHECK(first_ids(r, gap_codes::indicator_without_target) == std::set<std::string>{"I_flyttnetto"});
  CHECK(with_code(r, gap_codes::indicator_without_direction).empty());  // the text assessment is exempt

  const auto silos = with_code(r, gap_codes::silo);
  REQUIRE(silos.size() == 1);
  CHECK(silos[0]->ids[0] == "A10");
  CHECK(text(*silos[0], "tag") == "area");
  for (const GroupLinkage& g : r.groups)
    if (g.tag == "area" && g.group != "A10") {
      INFO(g.group);
      CHECK(g.shared >= 4);  // every other area shares 4-8 nodes
      CHECK(g.shared <= 8);
    }
}

TEST_CASE("Örebro: performance findings", "[gaps][example]") {
  const GapReport& r = orebro_gaps();
  for (const char* id : {"I_behoriga_yrk", "I_unga_mabra", "I_langtidsarb", "I_valdeltagande", "I_lag_ekstd",
                         "I_materialatervinning", "I_koll_resor"}) {
    INFO(id);
    CHECK(off_track_class(r, id) == "deteriorating");
  }
  for (const char* id : {"I_vaxthusgas", "I_gymnexamen", "I_hushallsavfall", "I_gastnatter", "I_ohalsotal"}) {
    INFO(id);
    const std::string cls = off_track_class(r, id);
    CHECK((cls == "limited" || cls == "moderate"));
  }
  CHECK(text(*find_gap(r, gap_codes::off_track, "I_ohalsotal"), "kind") == "disparity");
  // On track: no gap, and on_track in the county's evaluation.
  for (const char* id : {"I_eftergymn", "I_forvarv", "I_solel"}) {
    INFO(id);
    CHECK(find_gap(r, gap_codes::off_track, id) == nullptr);
    const Evaluation* e = evaluation(orebro(), r, id, "0018");
    REQUIRE(e != nullptr);
    CHECK(e->progress == ProgressClass::on_track);
  }
  // Peers: I_forvarv betters its four comparable counties; I_brp grew less than all three.
  const Evaluation* forvarv = evaluation(orebro(), r, "I_forvarv", "0018", 1);
  REQUIRE(forvarv != nullptr);
  CHECK(forvarv->kind == TargetKind::peers);
  CHECK(forvarv->progress == ProgressClass::target_achieved);
  const Gap* brp = find_gap(r, gap_codes::off_track, "I_brp");
  REQUIRE(brp != nullptr);
  CHECK(number(*brp, "growth") == Approx(0.19).margin(0.01));
  CHECK(number(*brp, "beaten") == 0);
  CHECK(number(*brp, "peers") == 3);
  CHECK(number(*brp, "peer_growth") >= 0.23);
}

TEST_CASE("Örebro: equality and data findings", "[gaps][example]") {
  const GapReport& r = orebro_gaps();
  const auto unequal = first_ids(r, gap_codes::unequal_municipalities);
  for (const char* id : {"I_arbetsloshet", "I_lag_ekstd", "I_koll_resor"}) {
    INFO(id);
    CHECK(unequal.count(id) == 1);
  }
  CHECK(first_ids(r, gap_codes::gender_gap) == std::set<std::string>{"I_ohalsotal"});
  CHECK(first_ids(r, gap_codes::stale_series) == std::set<std::string>{"I_barn_ekutsatta"});
  const auto missing = first_ids(r, gap_codes::missing_periods);
  for (const char* id : {"I_nri", "I_unga_mabra", "I_halsa", "I_valdeltagande", "I_bostader", "I_brp", "I_vaxthusgas"}) {
    INFO(id);
    CHECK(missing.count(id) == 1);
  }
  CHECK(text(*find_gap(r, gap_codes::missing_periods, "I_bostader"), "cells") == "Laxå 2017, Hällefors 2018");
  const auto coverage = with_code(r, gap_codes::low_coverage);
  REQUIRE(coverage.size() == 1);
  CHECK(coverage[0]->ids[0] == "I_syss_utrikes_kv");
  CHECK(number(*coverage[0], "covered") == 5);
  CHECK(number(*coverage[0], "municipalities") == 12);
}

TEST_CASE("Örebro: priority mismatch and the roll-up", "[gaps][example]") {
  const Model& m = orebro();
  const GapReport& r = orebro_gaps();
  CHECK(r.main_currency == "SEK");
  // A07 (Konsumtion och försörjning, behind C5's circular economy) is flagged.
  CHECK(first_ids(r, gap_codes::priority_mismatch).count("A07") == 1);
  // C4 and C5 have the largest performance gaps among the challenges.
  double c4 = 0, c5 = 0, other = 0;
  for (const Priority& p : r.priorities) {
    const std::string id(m.node(p.node).id());
    if (id == "C4") c4 = p.gap;
    else if (id == "C5") c5 = p.gap;
    else if (m.node(p.node).level() == "challenge" && id != "C2") other = std::max(other, p.gap);
  }
  CHECK(c4 > 0.7);
  CHECK(c5 > 0.7);
  CHECK(other < c4);
  // The vision's share on track lies between its goals' shares.
  const NodeRollup& v = r.rollup[*m.find_node("vision")];
  REQUIRE(v.share);
  CHECK(*v.share > 0.0);
  CHECK(*v.share < 1.0);
  CHECK(first_ids(r, gap_codes::on_track_share) == std::set<std::string>{"vision", "G1", "G2", "G3"});
  CHECK(with_code(r, gap_codes::not_evaluable).empty());
}

TEST_CASE("Örebro in Swedish: the same gaps, other messages", "[gaps][example]") {
  GapOptions o;
  o.language = Language::sv;
  const GapReport sv = detect_gaps(orebro(), o);
  const GapReport& en = orebro_gaps();
  REQUIRE(sv.gaps.size() == en.gaps.size());
  for (std::size_t k = 0; k < sv.gaps.size(); ++k) {
    INFO(en.gaps[k].message);
    CHECK(sv.gaps[k].code == en.gaps[k].code);
    CHECK(sv.gaps[k].ids == en.gaps[k].ids);
    CHECK(sv.gaps[k].message != en.gaps[k].message);
    CHECK(sv.gaps[k].message.find('{') == std::string::npos);
    CHECK(en.gaps[k].message.find('{') == std::string::npos);
  }
  CHECK(find_gap(sv, gap_codes::silo, "A10")->message ==
        "Område A10 arbetar i ett stuprör: dess aktiviteter (3) når noder under målnivån (6) och delar 0 av dem (0 %) "
        "med andra gruppers aktiviteter.");
}

TEST_CASE("docs/gaps.md holds every code, severity and template", "[gaps][docs]") {
  std::ifstream in(fs::path(IG_SOURCE_DIR) / "docs" / "gaps.md");
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  for (const GapCodeInfo& c : gap_code_table()) {
    INFO(c.code);
    const std::string row = "| `" + std::string(c.code) + "` | " + std::string(c.family) + " | " +
                            std::string(to_string(c.severity)) + " |";
    CHECK(doc.find(row) != std::string::npos);
    CHECK(doc.find("- en: " + std::string(c.message_en) + "\n") != std::string::npos);
    CHECK(doc.find("- sv: " + std::string(c.message_sv) + "\n") != std::string::npos);
  }
  for (const gaps::DetailTemplate& d : gaps::detail_table()) {
    INFO(d.key);
    CHECK(doc.find("| `" + std::string(d.key) + "` | " + std::string(d.en) + " | " + std::string(d.sv) + " |") !=
          std::string::npos);
  }
}
