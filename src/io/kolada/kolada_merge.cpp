// Merging Kolada values into a model's observations, and the path-level import.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "impactgraph/io.hpp"
#include "impactgraph/kolada.hpp"
#include "impactgraph/observations.hpp"

namespace impactgraph {

namespace {

std::string key_of(std::string_view a, std::string_view b, std::string_view c, std::string_view d) {
  std::string key;
  key.reserve(a.size() + b.size() + c.size() + d.size() + 3);
  key.append(a).push_back('\0');
  key.append(b).push_back('\0');
  key.append(c).push_back('\0');
  key.append(d);
  return key;
}

constexpr std::string_view kolada_prefix = "kolada:";

/// The last value for each (kpi, geo, period, gender), in order of first appearance.
std::vector<const KoladaValue*> latest_per_key(const std::vector<KoladaValue>& values) {
  std::unordered_map<std::string, std::size_t> slot;
  std::vector<const KoladaValue*> latest;
  for (const KoladaValue& v : values) {
    auto [it, inserted] = slot.try_emplace(key_of(v.kpi, v.geo, v.period, v.gender), latest.size());
    if (inserted)
      latest.push_back(&v);
    else
      latest[it->second] = &v;
  }
  return latest;
}

}  // namespace

ImportSummary merge_kolada(ModelSpec& spec, const std::vector<KoladaValue>& values) {
  std::unordered_map<std::string, std::vector<std::size_t>> indicators_of_kpi;
  for (std::size_t i = 0; i < spec.indicators.size(); ++i) {
    const std::string& source = spec.indicators[i].source;
    if (source.size() > kolada_prefix.size() && source.compare(0, kolada_prefix.size(), kolada_prefix) == 0)
      indicators_of_kpi[source.substr(kolada_prefix.size())].push_back(i);
  }
  std::set<std::string_view> geographies;
  for (const GeographySpec& g : spec.geographies) geographies.insert(g.id);
  ImportSummary summary;
  std::set<std::string> unmapped, unknown;
  const auto latest = latest_per_key(values);
  summary.read = latest.size();
  std::vector<ObservationSpec> incoming;
  for (const KoladaValue* v : latest) {
    auto mapped = indicators_of_kpi.find(v->kpi);
    if (mapped == indicators_of_kpi.end()) {
      ++summary.skipped_kpi;
      unmapped.insert(v->kpi);
      continue;
    }
    if (!geographies.count(v->geo)) {
      ++summary.skipped_geo;
      unknown.insert(v->geo);
      continue;
    }
    for (std::size_t i : mapped->second) {
      ObservationSpec& o = incoming.emplace_back();
      o.indicator = spec.indicators[i].id;
      o.geo = v->geo;
      o.period = v->period;
      o.breakdown = v->gender;
      o.value = v->value;
      o.status = v->status;
    }
  }
  const MergeCounts counts = merge_observations(spec, incoming);
  summary.added = counts.added;
  summary.changed = counts.changed;
  summary.unchanged = counts.unchanged;
  summary.unmapped_kpis.assign(unmapped.begin(), unmapped.end());
  summary.unknown_geographies.assign(unknown.begin(), unknown.end());
  return summary;
}

ImportSummary import_kolada(const std::filesystem::path& model, const std::vector<std::filesystem::path>& files) {
  ModelSpec spec = read_model(model);
  std::vector<KoladaValue> values;
  for (const auto& file : files) {
    auto read = read_kolada_file(file);
    values.insert(values.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
  }
  ImportSummary summary = merge_kolada(spec, values);
  std::vector<Diagnostic> errors = validate(spec);
  std::erase_if(errors, [](const Diagnostic& d) { return d.severity != Severity::error; });
  if (!errors.empty()) throw Error(std::move(errors));
  save_in_place(spec, model);
  return summary;
}

}  // namespace impactgraph
