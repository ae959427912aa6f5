# Sanitizer builds (docs/reliability.md). IMPACTGRAPH_SANITIZE selects them for every
# target of the build, in its own build directory:
#   address,undefined  AddressSanitizer (with LeakSanitizer) + UndefinedBehaviorSanitizer
#   thread             ThreadSanitizer
# Every report is fatal (-fno-sanitize-recover=all), so a report fails the test that
# triggered it. IMPACTGRAPH_FUZZ adds libFuzzer's coverage instrumentation (clang only)
# for the fuzz targets under fuzz/.
set(IMPACTGRAPH_SANITIZE "" CACHE STRING "Sanitizers for every target: '', 'address,undefined' or 'thread'")
option(IMPACTGRAPH_FUZZ "Build the libFuzzer targets (clang; implies coverage instrumentation)" OFF)

set(IMPACTGRAPH_SANITIZER_FLAGS "")
if(IMPACTGRAPH_SANITIZE)
  list(APPEND IMPACTGRAPH_SANITIZER_FLAGS -fsanitize=${IMPACTGRAPH_SANITIZE} -fno-sanitize-recover=all
       -fno-omit-frame-pointer)
  if(IMPACTGRAPH_SANITIZE MATCHES "undefined")
    # Not part of -fsanitize=undefined in GCC: a double that does not fit the integer it
    # is converted to (periods, indices) is undefined behaviour too.
    list(APPEND IMPACTGRAPH_SANITIZER_FLAGS -fsanitize=float-cast-overflow)
  endif()
endif()
if(IMPACTGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "IMPACTGRAPH_FUZZ needs clang (e.g. CC=clang-14 CXX=clang++-14)")
  endif()
  list(APPEND IMPACTGRAPH_SANITIZER_FLAGS -fsanitize=fuzzer-no-link
       -fsanitize-coverage-ignorelist=${CMAKE_SOURCE_DIR}/fuzz/coverage_ignorelist.txt)
endif()
if(IMPACTGRAPH_SANITIZER_FLAGS)
  add_compile_options(${IMPACTGRAPH_SANITIZER_FLAGS})
  add_link_options(${IMPACTGRAPH_SANITIZER_FLAGS})
endif()
