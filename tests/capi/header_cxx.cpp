// The C header alone compiles as C++ with -Wall -Wextra -pedantic -Werror.
#include "impactgraph.h"

int main() {
  ig_load_options load = IG_LOAD_OPTIONS_INIT;
  ig_save_options save = IG_SAVE_OPTIONS_INIT;
  return (load.struct_size == sizeof load && save.struct_size == sizeof save) ? 0 : 1;
}
