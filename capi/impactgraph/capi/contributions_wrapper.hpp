// impactgraph.hpp, part "contributions": ig::node_selection, ig::contributions, ig::funding_flows and ig::influence.
// One part of impactgraph.hpp, which is what programs include (see docs/c-api.md).
#ifndef IMPACTGRAPH_CAPI_CONTRIBUTIONS_WRAPPER_HPP
#define IMPACTGRAPH_CAPI_CONTRIBUTIONS_WRAPPER_HPP

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model_wrapper.hpp"
#include "contributions.h"

namespace ig {

namespace detail {
using contributions_handle = handle<ig_contributions, ig_contributions_destroy>;
using funding_flows_handle = handle<ig_funding_flows, ig_funding_flows_destroy>;
using influence_handle = handle<ig_influence, ig_influence_destroy>;
}  // namespace detail

/// A set of nodes by level names and ids (ig_node_selection), owning its strings.
class node_selection {
 public:
  node_selection() = default;
  static node_selection levels(std::vector<std::string> names) {
    node_selection s;
    s.levels_ = std::move(names);
    return s;
  }
  static node_selection ids(std::vector<std::string> ids) {
    node_selection s;
    s.ids_ = std::move(ids);
    return s;
  }
  node_selection& add_level(std::string name) {
    levels_.push_back(std::move(name));
    return *this;
  }
  node_selection& add_id(std::string id) {
    ids_.push_back(std::move(id));
    return *this;
  }
  bool empty() const noexcept { return levels_.empty() && ids_.empty(); }
  /// The C view; its pointers stay valid while this object lives unchanged.
  ig_node_selection view() const {
    level_ptrs_.clear();
    id_ptrs_.clear();
    for (const auto& l : levels_) level_ptrs_.push_back(l.c_str());
    for (const auto& i : ids_) id_ptrs_.push_back(i.c_str());
    ig_node_selection s = IG_NODE_SELECTION_INIT;
    s.levels = level_ptrs_.empty() ? nullptr : level_ptrs_.data();
    s.level_count = level_ptrs_.size();
    s.ids = id_ptrs_.empty() ? nullptr : id_ptrs_.data();
    s.id_count = id_ptrs_.size();
    return s;
  }

 private:
  std::vector<std::string> levels_, ids_;
  mutable std::vector<const char*> level_ptrs_, id_ptrs_;
};

/// Contribution options with the defaults (struct_size set).
inline ig_contribution_options contribution_options(ig_contribution_mode mode = IG_CONTRIBUTION_PATH) noexcept {
  ig_contribution_options o = IG_CONTRIBUTION_OPTIONS_INIT;
  o.mode = mode;
  return o;
}

/// Contribution scores (ig_contributions); records borrow ids from this object.
class contributions {
 public:
  explicit contributions(ig_contributions* owned) noexcept : h_(owned) {}
  static contributions compute(const model& m, const node_selection& sources, const node_selection& targets,
                               const ig_contribution_options* options = nullptr) {
    const ig_node_selection s = sources.view();
    const ig_node_selection t = targets.view();
    ig_contributions* c = nullptr;
    check(ig_contributions_compute(&c, m.get(), &s, &t, options));
    return contributions(c);
  }
  const ig_contributions* get() const noexcept { return h_.get(); }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_contributions_count(&n, h_.get()));
    return n;
  }
  std::size_t samples() const {
    std::size_t n = 0;
    check(ig_contributions_samples(&n, h_.get()));
    return n;
  }
  ig_contribution operator[](std::size_t i) const {
    ig_contribution r = detail::sized<ig_contribution>();
    check(ig_contributions_get(&r, h_.get(), i));
    return r;
  }
  std::vector<ig_contribution> all() const {
    std::vector<ig_contribution> out;
    const std::size_t n = size();
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back((*this)[i]);
    return out;
  }

 private:
  detail::contributions_handle h_;
};

/// Funding flow options with the defaults (struct_size set).
inline ig_funding_options funding_options(const char* group_by = nullptr) noexcept {
  ig_funding_options o = IG_FUNDING_OPTIONS_INIT;
  o.group_by = group_by;
  return o;
}

/// Money reaching nodes (ig_funding_flows); records borrow strings from this object.
class funding_flows {
 public:
  explicit funding_flows(ig_funding_flows* owned) noexcept : h_(owned) {}
  /// `nodes` NULL or empty: every node.
  static funding_flows compute(const model& m, const node_selection* nodes = nullptr,
                               const ig_funding_options* options = nullptr) {
    ig_node_selection s = IG_NODE_SELECTION_INIT;
    if (nodes) s = nodes->view();
    ig_funding_flows* f = nullptr;
    check(ig_funding_flows_compute(&f, m.get(), nodes ? &s : nullptr, options));
    return funding_flows(f);
  }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_funding_flows_count(&n, h_.get()));
    return n;
  }
  ig_funding_flow operator[](std::size_t i) const {
    ig_funding_flow r = detail::sized<ig_funding_flow>();
    check(ig_funding_flows_get(&r, h_.get(), i));
    return r;
  }
  std::size_t total_count() const {
    std::size_t n = 0;
    check(ig_funding_flows_total_count(&n, h_.get()));
    return n;
  }
  ig_funding_flow total(std::size_t i) const {
    ig_funding_flow r = detail::sized<ig_funding_flow>();
    check(ig_funding_flows_total(&r, h_.get(), i));
    return r;
  }

 private:
  detail::funding_flows_handle h_;
};

/// Influence among a node set (ig_influence).
class influence {
 public:
  explicit influence(ig_influence* owned) noexcept : h_(owned) {}
  static influence compute(const model& m, const node_selection& nodes, ig_sign_rule rule = IG_SIGN_RULE_MULTIPLY) {
    const ig_node_selection s = nodes.view();
    ig_influence_options o = IG_INFLUENCE_OPTIONS_INIT;
    o.sign_rule = rule;
    ig_influence* r = nullptr;
    check(ig_influence_compute(&r, m.get(), &s, &o));
    return influence(r);
  }
  std::size_t size() const {
    std::size_t n = 0;
    check(ig_influence_node_count(&n, h_.get()));
    return n;
  }
  ig_influence_node node(std::size_t i) const {
    ig_influence_node r = detail::sized<ig_influence_node>();
    check(ig_influence_node_get(&r, h_.get(), i));
    return r;
  }
  /// Member `from` on member `to` (positions in the set).
  ig_influence_pair pair(std::size_t from, std::size_t to) const {
    ig_influence_pair r = detail::sized<ig_influence_pair>();
    check(ig_influence_pair_get(&r, h_.get(), from, to));
    return r;
  }
  std::pair<double, double> means() const {
    double i = 0.0, d = 0.0;
    check(ig_influence_means(&i, &d, h_.get()));
    return {i, d};
  }

 private:
  detail::influence_handle h_;
};

}  // namespace ig

#endif  // IMPACTGRAPH_CAPI_CONTRIBUTIONS_WRAPPER_HPP
