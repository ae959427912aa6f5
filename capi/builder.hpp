// Private helpers shared by builder.cpp and builder_items.cpp.
#pragma once

#include "internal.hpp"

namespace ig_capi {

/// The builder's spec, or IG_ERROR_STATE once the builder is sealed.
impactgraph::ModelSpec& open_spec(ig_builder* b, const char* function);

/// The most recently added node / indicator with `id`, or IG_ERROR_NOT_FOUND.
impactgraph::NodeSpec& node_of(ig_builder* b, const char* id, const char* function);
impactgraph::IndicatorSpec& indicator_of(ig_builder* b, const char* id, const char* function);

/// Appends an item with `add` and indexes it under `key` in `index`; on failure the
/// index is restored, so a failed call changes nothing.
template <class Add>
void add_indexed(std::unordered_map<std::string, std::size_t>& index, std::string key, std::size_t position,
                 Add&& add) {
  auto [it, inserted] = index.try_emplace(std::move(key), position);
  const std::size_t previous = it->second;
  it->second = position;
  try {
    add();
  } catch (...) {
    if (inserted)
      index.erase(it);
    else
      it->second = previous;
    throw;
  }
}

/// An enumeration argument within [0, last].
template <class E>
E enum_arg(int value, int last, const char* function, const char* name) {
  if (value < 0 || value > last)
    fail(IG_ERROR_INVALID_ARGUMENT, function,
         std::string("argument '") + name + "' is " + std::to_string(value) + ", not a valid value");
  return static_cast<E>(value);
}

}  // namespace ig_capi
