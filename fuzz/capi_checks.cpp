#include "capi_checks.hpp"

#include <cmath>
#include <vector>

#include "fuzz_check.hpp"

namespace fuzz {

ig_status checked(ig_status s) {
  FUZZ_CHECK(s <= IG_OK && s >= IG_ERROR_INTERNAL);
  FUZZ_CHECK(s != IG_ERROR_INTERNAL);
  if (s != IG_OK) {
    FUZZ_CHECK(ig_error_last_code() == s);
    FUZZ_CHECK(ig_error_last_message()[0] != '\0');
  }
  return s;
}

std::size_t error_count(const ig_diagnostics* d) {
  std::size_t n = 0;
  FUZZ_CHECK(checked(ig_diagnostics_error_count(&n, d)) == IG_OK);
  return n;
}

void read_diagnostics(const ig_diagnostics* d) {
  std::size_t n = 0;
  FUZZ_CHECK(checked(ig_diagnostics_count(&n, d)) == IG_OK);
  // The first few and the last: formatting every one of thousands would only slow the fuzzer.
  for (std::size_t i = 0; i < n; i = (i == 7 && n > 9) ? n - 1 : i + 1) {
    ig_diagnostic item{};
    item.struct_size = sizeof item;
    FUZZ_CHECK(checked(ig_diagnostics_get(&item, d, i)) == IG_OK);
    FUZZ_CHECK(item.code[0] != '\0' && item.message[0] != '\0' && item.file != nullptr && item.field != nullptr);
    for (std::size_t k = 0; k < item.id_count; ++k) {
      const char* id = nullptr;
      FUZZ_CHECK(checked(ig_diagnostics_id(&id, d, i, k)) == IG_OK && id != nullptr);
    }
    ig_string* line = nullptr;
    FUZZ_CHECK(checked(ig_diagnostics_format(&line, d, i)) == IG_OK);
    FUZZ_CHECK(ig_string_size(line) > 0);
    ig_string_destroy(&line);
  }
  ig_diagnostic past{};
  past.struct_size = sizeof past;
  FUZZ_CHECK(checked(ig_diagnostics_get(&past, d, n)) == IG_ERROR_OUT_OF_RANGE && past.code == nullptr);
}

void check_model(const ig_model* m) {
  std::size_t nodes = 0, edges = 0, count = 0;
  FUZZ_CHECK(ig_model_node_count(&nodes, m) == IG_OK && ig_model_edge_count(&edges, m) == IG_OK);
  std::vector<std::size_t> order(nodes + 1, IG_NO_INDEX), position(nodes, IG_NO_INDEX);
  FUZZ_CHECK(checked(ig_model_topological_order(order.data(), nodes, m)) == IG_OK);
  for (std::size_t i = 0; i < nodes; ++i) {
    FUZZ_CHECK(order[i] < nodes && position[order[i]] == IG_NO_INDEX);
    position[order[i]] = i;
  }
  if (nodes > 0) FUZZ_CHECK(checked(ig_model_topological_order(order.data(), nodes - 1, m)) == IG_ERROR_BUFFER_TOO_SMALL);
  std::size_t in_total = 0;
  for (std::size_t v = 0; v < nodes; ++v) {
    ig_node node{};
    node.struct_size = sizeof node;
    FUZZ_CHECK(checked(ig_model_node(&node, m, v)) == IG_OK && node.index == v);
    std::size_t found = IG_NO_INDEX, first = 0, last = 0;
    FUZZ_CHECK(ig_model_find_node(&found, m, node.id) == IG_OK && found == v);
    FUZZ_CHECK(ig_model_out_edges(&first, &last, m, v) == IG_OK && last - first == node.out_edge_count);
    for (std::size_t e = first; e < last; ++e) {
      ig_edge edge{};
      edge.struct_size = sizeof edge;
      FUZZ_CHECK(ig_model_edge(&edge, m, e) == IG_OK && edge.from == v && edge.to < nodes);
      FUZZ_CHECK(position[v] < position[edge.to] && std::isfinite(edge.weight));
    }
    FUZZ_CHECK(ig_model_in_edge_count(&count, m, v) == IG_OK && count == node.in_edge_count);
    in_total += count;
    for (std::size_t k = 0; k < node.tag_count; ++k) {
      const char *key = nullptr, *value = nullptr;
      FUZZ_CHECK(ig_model_node_tag(&key, &value, m, v, k) == IG_OK && key && value);
    }
    for (std::size_t k = 0; k < node.funding_count; ++k) {
      ig_funding f{};
      f.struct_size = sizeof f;
      FUZZ_CHECK(ig_model_node_funding(&f, m, v, k) == IG_OK && std::isfinite(f.amount));
    }
  }
  FUZZ_CHECK(in_total == edges);
  std::size_t indicators = 0, geographies = 0, observations = 0;
  FUZZ_CHECK(ig_model_indicator_count(&indicators, m) == IG_OK);
  for (std::size_t i = 0; i < indicators; ++i) {
    ig_indicator ind{};
    ind.struct_size = sizeof ind;
    FUZZ_CHECK(ig_model_indicator(&ind, m, i) == IG_OK);
    for (std::size_t t = 0; t < ind.target_count; ++t) {
      ig_target target{};
      target.struct_size = sizeof target;
      FUZZ_CHECK(ig_model_indicator_target(&target, m, i, t) == IG_OK);
      for (std::size_t k = 0; k < target.geo_count; ++k) FUZZ_CHECK(target.geos[k] != nullptr);
      for (std::size_t k = 0; k < target.between_count; ++k) FUZZ_CHECK(target.between[k] != nullptr);
    }
  }
  FUZZ_CHECK(ig_model_geography_count(&geographies, m) == IG_OK);
  FUZZ_CHECK(ig_model_observation_count(&observations, m) == IG_OK);
  for (std::size_t i = 0; i < observations; ++i) {
    ig_observation o{};
    o.struct_size = sizeof o;
    FUZZ_CHECK(ig_model_observation(&o, m, i) == IG_OK && o.indicator < indicators && o.geo < geographies);
  }
  ig_diagnostics* d = nullptr;
  FUZZ_CHECK(checked(ig_model_validate(&d, m)) == IG_OK && error_count(d) == 0);
  read_diagnostics(d);
  ig_diagnostics_destroy(&d);
}

void check_round_trip(const ig_model* m) {
  ig_string* text = nullptr;
  FUZZ_CHECK(checked(ig_model_write_string(&text, m, IG_FORMAT_JSON, nullptr)) == IG_OK);
  ig_model* back = nullptr;
  FUZZ_CHECK(checked(ig_model_load_json_string(&back, ig_string_data(text), ig_string_size(text), nullptr)) == IG_OK);
  int equal = 0;
  FUZZ_CHECK(ig_model_equal(&equal, m, back) == IG_OK && equal == 1);
  ig_model_destroy(&back);
  ig_string_destroy(&text);
  for (ig_format f : {IG_FORMAT_DOT, IG_FORMAT_GRAPHML}) {
    FUZZ_CHECK(checked(ig_model_write_string(&text, m, f, nullptr)) == IG_OK && ig_string_size(text) > 0);
    ig_string_destroy(&text);
  }
  ig_string* sentinel = reinterpret_cast<ig_string*>(&text);
  text = sentinel;
  FUZZ_CHECK(checked(ig_model_write_string(&text, m, IG_FORMAT_CSV, nullptr)) == IG_ERROR_INVALID_ARGUMENT);
  FUZZ_CHECK(text == sentinel);
}

}  // namespace fuzz
