// The texts of gap detection: one row per code (family, severity, English and Swedish
// template), the detail parts of off-track and not-evaluable messages, and the word list.
// docs/gaps.md reproduces these tables; a unit test keeps the two the same.
#include <utility>

#include "gaps/messages.hpp"

namespace impactgraph {

namespace {

constexpr GapCodeInfo kCodes[] = {
    // ---- structural
    {gap_codes::unreached_goal, "structural", Severity::error,
     "{node} ({level}) is reached by no activity: nothing in the plan contributes to it.",
     "{node} ({level}) nås inte av någon aktivitet: ingenting i planen bidrar till den."},
    {gap_codes::unreached_effect, "structural", Severity::warning,
     "{node} ({level}) is reached by no activity, so no work in the plan is expected to bring it about.",
     "{node} ({level}) nås inte av någon aktivitet, så inget arbete i planen väntas åstadkomma den."},
    {gap_codes::orphan_activity, "structural", Severity::warning,
     "Activity {node} reaches no goal: it runs as a parallel track beside the strategy.",
     "Aktiviteten {node} når inget mål: den löper som ett parallellt spår vid sidan av strategin."},
    {gap_codes::unmeasured_node, "structural", Severity::warning,
     "{node} ({level}) has no indicator, so its progress cannot be followed up.",
     "{node} ({level}) saknar indikator, så utvecklingen kan inte följas upp."},
    {gap_codes::indicator_without_baseline, "structural", Severity::warning,
     "Indicator {indicator} has no baseline: progress is measured from its first observation instead.",
     "Indikatorn {indicator} saknar basvärde: utvecklingen mäts i stället från den första observationen."},
    {gap_codes::indicator_without_target, "structural", Severity::warning,
     "Indicator {indicator} has no target: it cannot be judged on or off track.",
     "Indikatorn {indicator} saknar målvärde: det går inte att avgöra om den ligger i fas."},
    {gap_codes::indicator_without_direction, "structural", Severity::warning,
     "Indicator {indicator} has no direction: it is not said whether higher or lower is better.",
     "Indikatorn {indicator} saknar riktning: det framgår inte om högre eller lägre är bättre."},
    {gap_codes::level_violation, "structural", Severity::warning,
     "The edge {from} → {to} goes from {from_level} to {to_level}, not up the level order.",
     "Kopplingen {from} → {to} går från {from_level} till {to_level}, inte uppåt i nivåordningen."},
    {gap_codes::disconnected_part, "structural", Severity::warning,
     "{nodes} ({count} in all) are not connected to the rest of the model, which has {main} nodes.",
     "{nodes} ({count} st.) hänger inte ihop med resten av modellen, som har {main} noder."},
    {gap_codes::silo, "structural", Severity::warning,
     "{tag} {group} works in a silo: its activities ({activities}) reach nodes below the goals ({downstream}) "
     "and share {shared} of them ({share}) with activities of other groups.",
     "{tag} {group} arbetar i ett stuprör: dess aktiviteter ({activities}) når noder under målnivån ({downstream}) "
     "och delar {shared} av dem ({share}) med andra gruppers aktiviteter."},
    {gap_codes::single_source, "structural", Severity::warning,
     "{node} ({level}) is reached through a single {basis} only, {source}: everything hangs on it.",
     "{node} ({level}) nås bara via {basis} {source}: allt hänger på den."},
    // ---- performance
    {gap_codes::off_track, "performance", Severity::warning,
     "{indicator} in {geo} is off track ({class}): {detail}.",
     "{indicator} i {geo} ligger inte i fas ({class}): {detail}."},
    {gap_codes::not_evaluable, "performance", Severity::info,
     "The {kind} target of {indicator} cannot be evaluated in {geo}: {reason}.",
     "Målet av typen {kind} för {indicator} kan inte bedömas i {geo}: {reason}."},
    // ---- equality
    {gap_codes::unequal_municipalities, "equality", Severity::warning,
     "{indicator} differs widely between the municipalities of {region}: coefficient of variation {cv} "
     "({period})[, {trend} from {cv_base} ({base_period})]; from {low} in {low_geo} to {high} in {high_geo}"
     "[ (max/min {ratio})][, with {region} at {region_value}].",
     "{indicator} skiljer sig mycket mellan kommunerna i {region}: variationskoefficient {cv} "
     "({period})[, {trend} från {cv_base} ({base_period})]; från {low} i {low_geo} till {high} i {high_geo}"
     "[ (max/min {ratio})][, med {region} på {region_value}]."},
    {gap_codes::gender_gap, "equality", Severity::warning,
     "{indicator} in {geo} differs between women and men: {women} for women and {men} for men ({period}), "
     "a gap of {gap} or {relative}[; it was {gap_base} ({base_period}), {trend}]"
     "[; {over} of {municipalities} municipalities have a gap of {threshold} or more].",
     "{indicator} i {geo} skiljer sig mellan kvinnor och män: {women} för kvinnor och {men} för män ({period}), "
     "en skillnad på {gap} eller {relative}[; den var {gap_base} ({base_period}), {trend}]"
     "[; {over} av {municipalities} kommuner har en skillnad på {threshold} eller mer]."},
    // ---- data
    {gap_codes::no_data, "data", Severity::warning,
     "Indicator {indicator} has no observations with a value[ up to {as_of}].",
     "Indikatorn {indicator} saknar observationer med värde[ till och med {as_of}]."},
    {gap_codes::missing_periods, "data", Severity::warning,
     "{indicator} lacks {missing} of the {cells} values expected (periods {from}–{to}, geographies with data: "
     "{geographies})[; no geography has a value for {periods}][; missing too: {others}].",
     "{indicator} saknar {missing} av de {cells} värden som väntas (perioderna {from}–{to}, geografier med data: "
     "{geographies})[; ingen geografi har värde för {periods}][; dessutom saknas: {others}]."},
    {gap_codes::stale_series, "data", Severity::warning,
     "{indicator} is stale: its latest value is from {latest}, {behind} periods before {as_of}.",
     "{indicator} är inaktuell: det senaste värdet är från {latest}, {behind} perioder före {as_of}."},
    {gap_codes::low_coverage, "data", Severity::warning,
     "{indicator} covers only {covered} of the {municipalities} municipalities of {region} ({coverage}, {period}).",
     "{indicator} täcker bara {covered} av de {municipalities} kommunerna i {region} ({coverage}, {period})."},
    // ---- priorities and roll-up
    {gap_codes::priority_mismatch, "priority", Severity::warning,
     "{node} ({level}) has a large gap but little effort reaching it (rank {rank}): shortfall {gap}, "
     "contribution {contribution}[ and funding {funding}] of the best-served node of its level; "
     "mismatch index {mismatch}.",
     "{node} ({level}) har ett stort gap men små insatser som når dit (plats {rank}): underskott {gap}, "
     "bidrag {contribution}[ och finansiering {funding}] av den bäst försörjda noden på samma nivå; "
     "obalansindex {mismatch}."},
    {gap_codes::on_track_share, "rollup", Severity::info,
     "{node} ({level}): {share} of its indicators and of what contributes to it are on track or achieved.",
     "{node} ({level}): {share} av dess indikatorer och av det som bidrar till den ligger i fas eller har nått målet."},
};

constexpr gaps::DetailTemplate kDetails[] = {
    {"level",
     "{current} ({current_period}) against the target {target} by {target_period}, from {base} ({base_period}); "
     "the straight line to the target calls for {line} now, and the rate of change is {ratio} of the rate required",
     "{current} ({current_period}) mot målet {target} till {target_period}, från {base} ({base_period}); "
     "den raka linjen mot målet kräver {line} nu, och förändringstakten är {ratio} av den som krävs"},
    {"change",
     "{current} ({current_period}) against the target {change} from {base} ({base_period}), that is {target}, "
     "by {target_period}; the straight line to the target calls for {line} now, and the rate of change is {ratio} "
     "of the rate required",
     "{current} ({current_period}) mot målet {change} från {base} ({base_period}), alltså {target}, "
     "till {target_period}; den raka linjen mot målet kräver {line} nu, och förändringstakten är {ratio} "
     "av den som krävs"},
    {"threshold",
     "{current} ({current_period}) against the threshold {op} {target}; it changes by {growth} a year "
     "since {base_period}",
     "{current} ({current_period}) mot tröskeln {op} {target}; värdet förändras med {growth} per år "
     "sedan {base_period}"},
    {"direction",
     "it should {direction}, and it changes by {growth} a year: {base} ({base_period}) to {current} "
     "({current_period})",
     "den ska {direction}, och den förändras med {growth} per år: {base} ({base_period}) till {current} "
     "({current_period})"},
    {"peers-level",
     "{current} ({current_period}) against {peer_best} for the best of the peers, {peer}; it betters {beaten} "
     "of {peers} peers",
     "{current} ({current_period}) mot {peer_best} för den bästa jämförelsegeografin, {peer}; den är bättre än "
     "{beaten} av {peers}"},
    {"peers-growth",
     "it changed by {growth} from {base_period} to {current_period}, against {peer_growth} for the best of the "
     "peers, {peer}; it betters {beaten} of {peers} peers",
     "den förändrades med {growth} från {base_period} till {current_period}, mot {peer_growth} för den bästa "
     "jämförelsegeografin, {peer}; den är bättre än {beaten} av {peers}"},
    {"disparity",
     "the gap between {a} and {b} is {current} ({current_period}), from {base} ({base_period})",
     "skillnaden mellan {a} och {b} är {current} ({current_period}), från {base} ({base_period})"},
    {"disparity-target",
     "; the target is {target} by {target_period}, and the gap shrinks at {ratio} of the rate required",
     "; målet är {target} till {target_period}, och skillnaden minskar i {ratio} av den takt som krävs"},
    {"disparity-shrink",
     "; it should shrink, and it changes by {growth} a year",
     "; den ska minska, och den förändras med {growth} per år"},
    {"projection",
     "; at the present trend the target is reached around {year}",
     "; med nuvarande trend nås målet omkring {year}"},
    {"no-projection",
     "; the present trend does not lead to the target",
     "; nuvarande trend leder inte mot målet"},
    {"municipalities",
     "; {off} of its {evaluated} municipalities are off track",
     "; {off} av dess {evaluated} kommuner ligger inte i fas"},
    {"no-data", "there are no values", "det finns inga värden"},
    {"one-observation", "there is only one value since the base period", "det finns bara ett värde sedan basperioden"},
    {"no-direction", "the indicator has no direction", "indikatorn saknar riktning"},
    {"undefined-growth", "the rate of change is undefined (a zero value or a change of sign)",
     "förändringstakten är odefinierad (ett nollvärde eller ett teckenbyte)"},
    {"no-peer-data", "the peers have no values for the same periods", "jämförelsegeografierna saknar värden för samma perioder"},
    {"no-breakdown", "there are no values for both groups in the same period",
     "det finns inga värden för båda grupperna under samma period"},
    {"target-before-base", "the target period is not after the base period", "målperioden ligger inte efter basperioden"},
};

}  // namespace

std::span<const GapCodeInfo> gap_code_table() noexcept { return kCodes; }

namespace gaps {

const GapCodeInfo* find_code(std::string_view code) noexcept {
  for (const GapCodeInfo& row : kCodes)
    if (row.code == code) return &row;
  return nullptr;
}

std::span<const DetailTemplate> detail_table() noexcept { return kDetails; }

std::string_view detail_template(std::string_view key, Language language) noexcept {
  for (const DetailTemplate& row : kDetails)
    if (row.key == key) return language == Language::sv ? row.sv : row.en;
  return {};
}

namespace {
struct Word {
  std::string_view word, en, sv;
};
// Levels, tags, classes, target kinds, directions, breakdowns and trends.
constexpr Word kWords[] = {
    {"activity", "activity", "aktivitet"},
    {"output", "output", "prestation"},
    {"outcome", "outcome", "resultat"},
    {"effect", "effect", "effekt"},
    {"area", "area", "område"},
    {"challenge", "challenge", "utmaning"},
    {"goal", "goal", "mål"},
    {"vision", "vision", "vision"},
    {"owner", "owner", "ägare"},
    {"tag:area", "Area", "Område"},
    {"tag:owner", "Owner", "Ägare"},
    {"basis:activity", "activity", "aktiviteten"},
    {"basis:area", "area", "området"},
    {"basis:owner", "owner", "ägaren"},
    {"target_achieved", "target achieved", "målet nått"},
    {"on_track", "on track", "i fas"},
    {"moderate", "moderate progress", "måttliga framsteg"},
    {"limited", "limited progress", "begränsade framsteg"},
    {"deteriorating", "deteriorating", "försämring"},
    {"not_available", "not available", "kan inte bedömas"},
    {"level", "level", "nivå"},
    {"change", "change", "förändring"},
    {"threshold", "threshold", "tröskel"},
    {"direction", "direction", "riktning"},
    {"peers", "peers", "jämförelse"},
    {"disparity", "disparity", "skillnad"},
    {"increase", "rise", "öka"},
    {"decrease", "fall", "minska"},
    {"T", "total", "totalt"},
    {"K", "women", "kvinnor"},
    {"M", "men", "män"},
    {"widening", "widening", "ökande"},
    {"narrowing", "narrowing", "minskande"},
    {"stable", "stable", "oförändrad"},
    {"gap:widening", "widening", "den ökar"},
    {"gap:narrowing", "narrowing", "den minskar"},
    {"gap:stable", "stable", "den är oförändrad"},
    {"op:>=", "≥", "≥"},
    {"op:<=", "≤", "≤"},
    {"op:>", ">", ">"},
};
}  // namespace

std::string translate(std::string_view word, Language language) {
  for (const Word& w : kWords)
    if (w.word == word) return std::string(language == Language::sv ? w.sv : w.en);
  if (word.starts_with("basis:")) word.remove_prefix(6);
  if (word.starts_with("gap:")) word.remove_prefix(4);
  if (word.starts_with("op:")) word.remove_prefix(3);
  if (word.starts_with("tag:")) word.remove_prefix(4);
  return std::string(word);
}

}  // namespace gaps
}  // namespace impactgraph
