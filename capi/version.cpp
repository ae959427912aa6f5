#include "impactgraph.h"

#include "impactgraph/version.hpp"

static_assert(IG_VERSION_MAJOR == impactgraph::version_major && IG_VERSION_MINOR == impactgraph::version_minor &&
              IG_VERSION_PATCH == impactgraph::version_patch);

extern "C" {

void ig_version(int* major, int* minor, int* patch) {
  if (major) *major = IG_VERSION_MAJOR;
  if (minor) *minor = IG_VERSION_MINOR;
  if (patch) *patch = IG_VERSION_PATCH;
}

const char* ig_version_string(void) { return IG_VERSION_STRING; }

int ig_abi_version(void) { return IG_ABI_VERSION; }
}
