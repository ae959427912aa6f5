// impactgraph.hpp, part "model": ig::model, a frozen model.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_MODEL_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_MODEL_WRAPPER_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base_wrapper.hpp"
#include "model.h"

namespace ig {

namespace detail {
using model_handle = handle<ig_model, ig_model_destroy>;
}  // namespace detail

/// A frozen, validated model. Read-only; safe to share between threads.
class model {
 public:
  explicit model(ig_model* owned) noexcept : h_(owned) {}
  const ig_model* get() const noexcept { return h_.get(); }

  /// A JSON file or a CSV folder (or as `format` says).
  static model load(const std::string& path, ig_format format = IG_FORMAT_AUTO) {
    const ig_load_options o = load_options(format);
    ig_model* m = nullptr;
    check(ig_model_load(&m, path.c_str(), &o));
    return model(m);
  }
  static model load_json(const std::string& path) {
    ig_model* m = nullptr;
    check(ig_model_load_json(&m, path.c_str(), nullptr));
    return model(m);
  }
  static model load_json_string(std::string_view text, const std::string& source_name = "<string>") {
    const ig_load_options o = load_options(IG_FORMAT_JSON, source_name.c_str());
    ig_model* m = nullptr;
    check(ig_model_load_json_string(&m, text.data(), text.size(), &o));
    return model(m);
  }
  static model load_csv(const std::string& folder) {
    ig_model* m = nullptr;
    check(ig_model_load_csv(&m, folder.c_str(), nullptr));
    return model(m);
  }

  /// Warnings and infos.
  diagnostics validate() const {
    ig_diagnostics* d = nullptr;
    check(ig_model_validate(&d, h_.get()));
    return diagnostics(d);
  }
  bool operator==(const model& other) const {
    int eq = 0;
    check(ig_model_equal(&eq, h_.get(), other.h_.get()));
    return eq != 0;
  }
  bool operator!=(const model& other) const { return !(*this == other); }

  std::string_view name() const { return get_text(ig_model_name); }

  std::size_t level_count() const { return count(ig_model_level_count); }
  std::string_view level(std::size_t i) const {
    const char* s = nullptr;
    check(ig_model_level(&s, h_.get(), i));
    return s;
  }
  std::optional<std::size_t> find_level(const std::string& name) const { return find(ig_model_find_level, name); }

  std::size_t node_count() const { return count(ig_model_node_count); }
  ig_node node(std::size_t i) const { return item<ig_node>(ig_model_node, i); }
  std::optional<std::size_t> find_node(const std::string& id) const { return find(ig_model_find_node, id); }
  std::vector<std::pair<std::string_view, std::string_view>> node_tags(std::size_t node) const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    const std::size_t n = this->node(node).tag_count;
    for (std::size_t k = 0; k < n; ++k) {
      const char* key = nullptr;
      const char* value = nullptr;
      check(ig_model_node_tag(&key, &value, h_.get(), node, k));
      out.emplace_back(key, value);
    }
    return out;
  }
  std::optional<std::string_view> node_tag(std::size_t node, const std::string& key) const {
    const char* value = nullptr;
    const ig_status s = ig_model_node_tag_value(&value, h_.get(), node, key.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return std::string_view(value);
  }
  std::vector<ig_funding> node_funding(std::size_t node) const {
    std::vector<ig_funding> out;
    const std::size_t n = this->node(node).funding_count;
    for (std::size_t k = 0; k < n; ++k) {
      ig_funding f = detail::sized<ig_funding>();
      check(ig_model_node_funding(&f, h_.get(), node, k));
      out.push_back(f);
    }
    return out;
  }

  std::size_t edge_count() const { return count(ig_model_edge_count); }
  ig_edge edge(std::size_t i) const { return item<ig_edge>(ig_model_edge, i); }
  /// Outgoing edge indices [first, second).
  std::pair<std::size_t, std::size_t> out_edges(std::size_t node) const {
    std::size_t first = 0, last = 0;
    check(ig_model_out_edges(&first, &last, h_.get(), node));
    return {first, last};
  }
  std::vector<std::size_t> in_edges(std::size_t node) const {
    std::size_t n = 0;
    check(ig_model_in_edge_count(&n, h_.get(), node));
    std::vector<std::size_t> out(n);
    for (std::size_t k = 0; k < n; ++k) check(ig_model_in_edge(&out[k], h_.get(), node, k));
    return out;
  }
  std::vector<std::size_t> topological_order() const {
    std::vector<std::size_t> out(node_count());
    check(ig_model_topological_order(out.data(), out.size(), h_.get()));
    return out;
  }

  std::size_t indicator_count() const { return count(ig_model_indicator_count); }
  ig_indicator indicator(std::size_t i) const { return item<ig_indicator>(ig_model_indicator, i); }
  std::optional<std::size_t> find_indicator(const std::string& id) const { return find(ig_model_find_indicator, id); }
  ig_target indicator_target(std::size_t indicator, std::size_t k) const {
    ig_target t = detail::sized<ig_target>();
    check(ig_model_indicator_target(&t, h_.get(), indicator, k));
    return t;
  }

  std::size_t geography_count() const { return count(ig_model_geography_count); }
  ig_geography geography(std::size_t i) const { return item<ig_geography>(ig_model_geography, i); }
  std::optional<std::size_t> find_geography(const std::string& id) const { return find(ig_model_find_geography, id); }
  std::size_t observation_count() const { return count(ig_model_observation_count); }
  ig_observation observation(std::size_t i) const { return item<ig_observation>(ig_model_observation, i); }

  /// Writes to `path` (a folder for IG_FORMAT_CSV), atomically.
  void save(const std::string& path, ig_format format, const ig_save_options* options = nullptr) const {
    check(ig_model_save(h_.get(), path.c_str(), format, options));
  }
  /// JSON, DOT or GraphML text.
  std::string write_string(ig_format format, const ig_save_options* options = nullptr) const {
    ig_string* s = nullptr;
    check(ig_model_write_string(&s, h_.get(), format, options));
    return detail::take(detail::string_handle(s));
  }

 private:
  std::size_t count(ig_status (*f)(std::size_t*, const ig_model*)) const {
    std::size_t n = 0;
    check(f(&n, h_.get()));
    return n;
  }
  std::string_view get_text(ig_status (*f)(const char**, const ig_model*)) const {
    const char* s = nullptr;
    check(f(&s, h_.get()));
    return s;
  }
  std::optional<std::size_t> find(ig_status (*f)(std::size_t*, const ig_model*, const char*),
                                   const std::string& key) const {
    std::size_t i = 0;
    const ig_status s = f(&i, h_.get(), key.c_str());
    if (s == IG_ERROR_NOT_FOUND) return std::nullopt;
    check(s);
    return i;
  }
  template <class T>
  T item(ig_status (*f)(T*, const ig_model*, std::size_t), std::size_t i) const {
    T value = detail::sized<T>();
    check(f(&value, h_.get(), i));
    return value;
  }

  detail::model_handle h_;
};

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_MODEL_WRAPPER_HPP
