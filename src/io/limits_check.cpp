#include "io/limits_check.hpp"

#include <array>
#include <optional>

namespace impactgraph::limits {

Diagnostic exceeded(std::string_view limit, std::size_t value, std::string_view what, Location at) {
  Diagnostic d;
  d.code = std::string(codes::limit_exceeded);
  d.message = std::string(what) + " (limit " + std::string(limit) + " = " + std::to_string(value) + ")";
  d.location = std::move(at);
  return d;
}

Diagnostic too_large(std::size_t bytes, std::size_t max_file_bytes, std::string file) {
  Location at;
  at.file = std::move(file);
  return exceeded("max_file_bytes", max_file_bytes,
                  "the input has " + std::to_string(bytes) + " bytes or more, more than allowed", std::move(at));
}

bool read_at_most(std::istream& in, std::size_t max_bytes, std::string& out) {
  out.clear();
  std::array<char, 1 << 16> buffer;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    const std::size_t room = max_bytes - out.size();  // out.size() <= max_bytes here
    if (got > room) {
      out.append(buffer.data(), room);
      out.push_back(buffer[room]);  // one byte more than allowed: the caller sees the size
      return false;
    }
    out.append(buffer.data(), got);
  }
  return true;
}

namespace {

// Finds the first id longer than the limit; one finding is enough to refuse the input.
class IdCheck {
 public:
  explicit IdCheck(std::size_t max) : max_(max) {}

  void check(std::string_view id, const std::vector<Location>& where, std::size_t i, std::string_view field) {
    if (found_ || id.size() <= max_) return;
    Location at = i < where.size() ? where[i] : Location{};
    at.field = std::string(field);
    found_ = exceeded("max_id_bytes", max_, "an id of " + std::to_string(id.size()) + " bytes, longer than allowed",
                      std::move(at));
  }
  std::optional<Diagnostic>& found() noexcept { return found_; }

 private:
  std::size_t max_;
  std::optional<Diagnostic> found_;
};

template <class Items>
void check_count(const Items& items, const std::vector<Location>& where, std::size_t max, std::string_view limit,
                 std::string_view noun, std::vector<Diagnostic>& errors) {
  if (items.size() <= max) return;
  const Location at = max < where.size() ? where[max] : Location{};
  errors.push_back(exceeded(limit, max, "more than " + std::to_string(max) + " " + std::string(noun), at));
}

std::string indexed(std::string_view name, std::size_t i) { return std::string(name) + "[" + std::to_string(i) + "]"; }

}  // namespace

void check_spec(const ModelSpec& spec, const Limits& limits, const Location& levels_at,
                std::vector<Diagnostic>& errors) {
  const SourceMap& w = spec.where;
  check_count(spec.nodes, w.nodes, limits.max_nodes, "max_nodes", "nodes", errors);
  check_count(spec.edges, w.edges, limits.max_edges, "max_edges", "edges", errors);
  check_count(spec.observations, w.observations, limits.max_observations, "max_observations", "observations",
              errors);

  IdCheck ids(limits.max_id_bytes);
  const std::vector<Location> levels{levels_at};
  for (std::size_t i = 0; i < spec.levels.size(); ++i) ids.check(spec.levels[i], levels, 0, indexed("levels", i));
  for (std::size_t i = 0; i < spec.nodes.size(); ++i) {
    ids.check(spec.nodes[i].id, w.nodes, i, "id");
    ids.check(spec.nodes[i].level, w.nodes, i, "level");
  }
  for (std::size_t i = 0; i < spec.edges.size(); ++i) {
    ids.check(spec.edges[i].from, w.edges, i, "from");
    ids.check(spec.edges[i].to, w.edges, i, "to");
  }
  for (std::size_t i = 0; i < spec.indicators.size(); ++i) {
    const IndicatorSpec& x = spec.indicators[i];
    ids.check(x.id, w.indicators, i, "id");
    ids.check(x.node, w.indicators, i, "node");
    ids.check(x.numerator, w.indicators, i, "numerator");
    ids.check(x.denominator, w.indicators, i, "denominator");
    ids.check(x.geo_weight, w.indicators, i, "geo_weight");
    for (std::size_t t = 0; t < x.targets.size(); ++t) {
      const std::string target = indexed("targets", t);
      for (std::size_t k = 0; k < x.targets[t].geos.size(); ++k)
        ids.check(x.targets[t].geos[k], w.indicators, i, target + "." + indexed("geos", k));
      for (std::size_t k = 0; k < x.targets[t].between.size(); ++k)
        ids.check(x.targets[t].between[k], w.indicators, i, target + "." + indexed("between", k));
    }
  }
  for (std::size_t i = 0; i < spec.geographies.size(); ++i) {
    ids.check(spec.geographies[i].id, w.geographies, i, "id");
    ids.check(spec.geographies[i].parent, w.geographies, i, "parent");
  }
  for (std::size_t i = 0; i < spec.observations.size(); ++i) {
    const ObservationSpec& o = spec.observations[i];
    ids.check(o.indicator, w.observations, i, "indicator");
    ids.check(o.geo, w.observations, i, "geo");
    ids.check(o.breakdown, w.observations, i, "breakdown");
  }
  if (ids.found()) errors.push_back(std::move(*ids.found()));
}

}  // namespace impactgraph::limits
