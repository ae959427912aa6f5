#include "report/texts.hpp"

#include <utility>

#include "impactgraph.h"

namespace ig_cli::report {

namespace {

const Texts swedish{
    .html_lang = "sv",
    .report = "Uppföljningsrapport",
    .generated_by = "Skapad med impactgraph",
    .contents = "Innehåll",
    .hide = "Dölj",
    .show = "Visa",
    .summary = "Sammanfattning",
    .graph = "Förändringslogiken",
    .contributions = "Bidrag per mål",
    .funding = "Finansieringsflöde",
    .trends = "Indikatorer över tid",
    .equality = "Jämlikhet",
    .diagnostics = "Diagnostik",
    .summary_intro = "Vad som går enligt plan, de största gapen och var bidrag och finansiering inte möter behoven "
                     "(prioriteringsglapp).",
    .graph_intro = "Strategin i nivåer från aktiviteter till visionen. Färgen visar andelen indikatorer i fas, "
                   "uppräknad genom grafen; linjebredden visar kantens vikt, streckade linjer är målkonflikter "
                   "(negativ vikt).",
    .contributions_intro = "Hur stor andel av varje mål som varje prioriterat område och varje aktivitet står för "
                           "(attribution: inkommande vikter normerade per nod).",
    .funding_intro = "Pengarna från varje finansiär via de prioriterade områdena till de övergripande målen. "
                     "Varje insats belopp delas längs grafens positiva kantvikter, normerade per nod.",
    .trends_intro = "Utfall per geografi med basår, målvärde och den raka bana från basåret till målet som "
                    "krävs för att nå det.",
    .equality_intro = "Kommunerna sida vid sida för den senaste perioden, och skillnaden mellan kvinnor och män.",
    .diagnostics_intro = "Anmärkningar från valideringen av modellen och från gapanalysen.",
    .model_facts = "Modellen",
    .nodes = "Noder",
    .edges = "Kanter",
    .indicators = "Indikatorer",
    .observations = "Observationer",
    .geographies = "Geografier",
    .periods = "Perioder",
    .focus_geo = "Fokusgeografi",
    .level = "Nivå",
    .count = "Antal",
    .total_funding = "Total finansiering",
    .by_source = "Per finansiär",
    .status_counts = "Indikatorstatus",
    .on_track_share = "Mål i fas eller nådda",
    .largest_gaps = "Största gapen",
    .priority_mismatches = "Prioriteringsglapp",
    .not_available = "Inte tillgängligt",
    .not_available_yet = "Den här delen kräver en analys som inte finns i den här versionen av biblioteket.",
    .findings = "Anmärkningar",
    .st_achieved = "Målet nått",
    .st_on_track = "I fas",
    .st_moderate = "Måttliga framsteg",
    .st_limited = "Begränsade framsteg",
    .st_deteriorating = "Försämras",
    .st_none = "Ingen bedömning",
    .share_legend = "Andel indikatorer i fas, uppräknad genom grafen",
    .share_none = "Ingen bedömning",
    .targets_assessed = "mål bedömda",
    .top_share = "Indikatorer i fas, uppräknat till",
    .as_of = "Läget",
    .col_indicator = "Indikator",
    .col_target = "Mål",
    .col_current = "Utfall",
    .col_required = "Krävs nu",
    .col_status = "Status",
    .col_projected = "Når målet",
    .col_shortfall = "Brist",
    .col_node = "Nod",
    .col_gap = "Gap",
    .col_contribution = "Bidrag",
    .col_funding = "Finansiering",
    .col_effort = "Insats",
    .col_mismatch = "Glapp",
    .flagged = "flaggad",
    .gap_findings = "Gapanalysens anmärkningar",
    .trade_off = "Målkonflikt (negativ vikt)",
    .edge_width = "Linjebredd ∝ |vikt|",
    .weight = "vikt",
    .evidence = "evidens",
    .range = "intervall",
    .funding_source = "Finansiär",
    .area = "Prioriterat område",
    .goal = "Mål",
    .no_area = "Utan område",
    .reaches_no_goal = "Når inget mål",
    .total = "Totalt",
    .no_funding = "Modellen har ingen finansiering.",
    .share = "Andel",
    .attribution_of = "Andel av",
    .contributor = "Bidragsgivare",
    .no_contributions = "Inget mål nås från aktiviteterna.",
    .baseline = "Basår",
    .target = "Målvärde",
    .required_trajectory = "Nödvändig bana",
    .threshold = "Tröskel",
    .peers = "Jämförelser",
    .highlight_geo = "Markera geografi",
    .assessments = "Kvalitativa bedömningar",
    .no_observations = "Inga observationer",
    .shall_increase = "ska öka",
    .shall_decrease = "ska minska",
    .ratio_of = "kvot beräknad ur",
    .unit = "enhet",
    .source = "källa",
    .target_kinds = "Mål",
    .change_against = "jämfört med",
    .disparity_target = "skillnaden mellan",
    .municipalities_latest = "Kommunerna sida vid sida",
    .women = "Kvinnor",
    .men = "Män",
    .gap = "Skillnad",
    .gender_gap_over_time = "Kvinnor och män över tid",
    .no_gender_data = "Modellen har inga observationer uppdelade på kvinnor och män.",
    .no_municipal_data = "Modellen har inga observationer för kommunerna.",
    .municipality = "Kommun",
    .reference_line = "Referenslinje",
    .better_than = "Bättre än",
    .worse_than = "Sämre än",
    .code = "Kod",
    .severity = "Allvar",
    .message = "Meddelande",
    .ids = "Berör",
    .no_findings = "Inga anmärkningar.",
    .sev_error = "fel",
    .sev_warning = "varning",
    .sev_info = "info",
};

const Texts english{
    .html_lang = "en",
    .report = "Follow-up report",
    .generated_by = "Made with impactgraph",
    .contents = "Contents",
    .hide = "Hide",
    .show = "Show",
    .summary = "Summary",
    .graph = "The strategy graph",
    .contributions = "Contributions per goal",
    .funding = "Funding flow",
    .trends = "Indicator trends",
    .equality = "Equality",
    .diagnostics = "Diagnostics",
    .summary_intro = "What is on track, the largest gaps, and where contributions and funding miss the needs.",
    .graph_intro = "The strategy in layers from activities to the vision. Colour shows the share of indicators on "
                   "track, rolled up the graph; line width shows the edge's weight, dashed lines are trade-offs "
                   "(negative weight).",
    .contributions_intro = "The share of each goal that each priority area and each activity accounts for "
                           "(attribution: incoming weights normalised per node).",
    .funding_intro = "The money of each funding source through the priority areas to the overarching goals. Each "
                     "activity's amount splits along the graph's positive edge weights, normalised per node.",
    .trends_intro = "Observations per geography with the baseline, the target and the straight trajectory from "
                    "the baseline that reaching the target requires.",
    .equality_intro = "The municipalities side by side for the latest period, and the gap between women and men.",
    .diagnostics_intro = "Findings of the model's validation and of the gap analysis.",
    .model_facts = "The model",
    .nodes = "Nodes",
    .edges = "Edges",
    .indicators = "Indicators",
    .observations = "Observations",
    .geographies = "Geographies",
    .periods = "Periods",
    .focus_geo = "Focus geography",
    .level = "Level",
    .count = "Count",
    .total_funding = "Total funding",
    .by_source = "By funding source",
    .status_counts = "Indicator status",
    .on_track_share = "Targets on track or achieved",
    .largest_gaps = "Largest gaps",
    .priority_mismatches = "Priority mismatches",
    .not_available = "Not available",
    .not_available_yet = "This part needs an analysis that this version of the library does not have.",
    .findings = "Findings",
    .st_achieved = "Target achieved",
    .st_on_track = "On track",
    .st_moderate = "Moderate progress",
    .st_limited = "Limited progress",
    .st_deteriorating = "Deteriorating",
    .st_none = "Not assessed",
    .share_legend = "Share of indicators on track, rolled up the graph",
    .share_none = "Not assessed",
    .targets_assessed = "targets assessed",
    .top_share = "Indicators on track, rolled up to",
    .as_of = "As of",
    .col_indicator = "Indicator",
    .col_target = "Target",
    .col_current = "Current",
    .col_required = "Required now",
    .col_status = "Status",
    .col_projected = "Reaches target",
    .col_shortfall = "Shortfall",
    .col_node = "Node",
    .col_gap = "Gap",
    .col_contribution = "Contribution",
    .col_funding = "Funding",
    .col_effort = "Effort",
    .col_mismatch = "Mismatch",
    .flagged = "flagged",
    .gap_findings = "Findings of the gap analysis",
    .trade_off = "Trade-off (negative weight)",
    .edge_width = "Line width ∝ |weight|",
    .weight = "weight",
    .evidence = "evidence",
    .range = "range",
    .funding_source = "Funding source",
    .area = "Priority area",
    .goal = "Goal",
    .no_area = "No area",
    .reaches_no_goal = "Reaches no goal",
    .total = "Total",
    .no_funding = "The model has no funding.",
    .share = "Share",
    .attribution_of = "Share of",
    .contributor = "Contributor",
    .no_contributions = "No goal is reached from the activities.",
    .baseline = "Baseline",
    .target = "Target",
    .required_trajectory = "Required trajectory",
    .threshold = "Threshold",
    .peers = "Peers",
    .highlight_geo = "Highlight geography",
    .assessments = "Qualitative assessments",
    .no_observations = "No observations",
    .shall_increase = "shall increase",
    .shall_decrease = "shall decrease",
    .ratio_of = "ratio computed from",
    .unit = "unit",
    .source = "source",
    .target_kinds = "Targets",
    .change_against = "against",
    .disparity_target = "the gap between",
    .municipalities_latest = "Municipalities side by side",
    .women = "Women",
    .men = "Men",
    .gap = "Gap",
    .gender_gap_over_time = "Women and men over time",
    .no_gender_data = "The model has no observations broken down by women and men.",
    .no_municipal_data = "The model has no observations for the municipalities.",
    .municipality = "Municipality",
    .reference_line = "Reference line",
    .better_than = "Better than",
    .worse_than = "Worse than",
    .code = "Code",
    .severity = "Severity",
    .message = "Message",
    .ids = "Ids",
    .no_findings = "No findings.",
    .sev_error = "error",
    .sev_warning = "warning",
    .sev_info = "info",
};

}  // namespace

const Texts& texts(Lang lang) { return lang == Lang::sv ? swedish : english; }

std::string level_name(const std::string& level, Lang lang) {
  static const std::pair<const char*, std::pair<const char*, const char*>> known[] = {
      {"activity", {"Aktiviteter", "Activities"}},   {"output", {"Prestationer", "Outputs"}},
      {"outcome", {"Resultat", "Outcomes"}},         {"effect", {"Effektmål", "Effects"}},
      {"action_goal", {"Handlingsplanens mål", "Action-plan goals"}},
      {"area", {"Prioriterade områden", "Priority areas"}},
      {"challenge", {"Samhällsutmaningar", "Societal challenges"}},
      {"goal", {"Övergripande mål", "Overarching goals"}}, {"vision", {"Vision", "Vision"}},
  };
  for (const auto& [key, names] : known)
    if (level == key) return lang == Lang::sv ? names.first : names.second;
  return level;
}

std::string severity_name(int severity, const Texts& t) {
  switch (severity) {
    case IG_SEVERITY_ERROR: return std::string(t.sev_error);
    case IG_SEVERITY_WARNING: return std::string(t.sev_warning);
    default: return std::string(t.sev_info);
  }
}

}  // namespace ig_cli::report

namespace ig_cli::report {

std::string target_kind_name(int kind, Lang lang) {
  static const char* const sv[] = {"nivå", "förändring", "tröskel", "riktning", "jämförelse", "skillnad"};
  static const char* const en[] = {"level", "change", "threshold", "direction", "peers", "disparity"};
  if (kind < 0 || kind > 5) return {};
  return lang == Lang::sv ? sv[kind] : en[kind];
}

}  // namespace ig_cli::report
