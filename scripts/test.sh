#!/usr/bin/env bash
# Builds and runs every test (C++, C ABI, CLI, Python, packaging, fuzz corpora replay,
# ABI check) under ctest, then the reliability stages of docs/reliability.md:
#   asan      the whole suite again, built with AddressSanitizer + UBSan (build-asan/)
#   valgrind  the C ABI tests under valgrind memcheck (in build/)
#   tsan      the thread tests built with ThreadSanitizer (build-tsan/)
# Any sanitizer or memcheck report fails the run.
# Usage: scripts/test.sh [STAGE...]   STAGE: build asan valgrind tsan, or ci / all (the
# default: every stage). Each stage's wall time is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
jobs=$(nproc)
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(ci)
[ "${stages[0]}" = ci ] && stages=(build asan valgrind tsan)
[ "${stages[0]}" = all ] && stages=(build asan valgrind tsan)

# Tests that allocate more than any machine has (to check IG_ERROR_OUT_OF_MEMORY) skip
# that part under ASan and valgrind, whose allocators abort instead of failing.
checker_env=(IMPACTGRAPH_TEST_NO_HUGE_ALLOC=1)
asan_options=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
ubsan_options=print_stacktrace=1:halt_on_error=1
# RelWithDebInfo with line tables only (-g1) for the build and tsan stages (the asan stage
# sets its own): full debug info took a third of a unit-test file's compile time, and the
# checkers' reports need only file and line.
line_tables=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

stage_build() {
  scripts/build.sh -DIMPACTGRAPH_BUILD_TESTS=ON "${line_tables[@]}"
  ctest --test-dir build --output-on-failure -j "$jobs"
}

stage_asan() {
  # -O1 keeps the stack traces readable and the run short; Debug keeps assertions on.
  IMPACTGRAPH_BUILD_DIR=build-asan scripts/build.sh -DIMPACTGRAPH_BUILD_TESTS=ON \
    -DIMPACTGRAPH_SANITIZE=address,undefined -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS=-O1 -DCMAKE_CXX_FLAGS=-O1 \
    -DCMAKE_C_FLAGS_DEBUG=-g1 -DCMAKE_CXX_FLAGS_DEBUG=-g1
  # Packaging tests build consumers without the sanitizer flags: they test installation,
  # which the build stage covers. Python tests run next, with the runtime preloaded.
  env "${checker_env[@]}" ASAN_OPTIONS=$asan_options UBSAN_OPTIONS=$ubsan_options \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^(packaging_|python\.)'
  if ctest --test-dir build-asan -N -R '^python\.' | grep -q 'Total Tests: [1-9]'; then
    # python3 is not instrumented: it loads the instrumented libimpactgraph.so only with
    # the ASan runtime preloaded, and libstdc++ with it (else ASan's __cxa_throw
    # interceptor finds no real one: a CHECK failure at the first C++ exception).
    # CPython does not free everything at exit, so leak checking is off here (the C tests
    # check leaks); python.test_lifetime measures RSS growth, which ASan's quarantine of
    # freed blocks makes meaningless (it runs in the build stage).
    env "${checker_env[@]}" LD_PRELOAD="$(g++ -print-file-name=libasan.so) $(g++ -print-file-name=libstdc++.so.6)" \
      ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=$ubsan_options \
      ctest --test-dir build-asan --output-on-failure -j "$jobs" -R '^python\.' -E 'venv_install|test_lifetime'
  fi
}

stage_valgrind() {
  [ -d build ] || stage_build
  # ctest's memcheck mode runs each test under valgrind; --error-exitcode makes any error
  # or leak fail the test. The header, exports and doc tests run no library code.
  env "${checker_env[@]}" ctest --test-dir build -T memcheck --output-on-failure -j "$jobs" \
    -R '^capi_' -E '^capi_(exports|quickstart_in_docs|header_)' \
    --overwrite MemoryCheckCommand="$(command -v valgrind)" \
    --overwrite "MemoryCheckCommandOptions=--error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --track-origins=yes"
}

stage_tsan() {
  cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIMPACTGRAPH_BUILD_TESTS=ON "${line_tables[@]}" \
    -DIMPACTGRAPH_SANITIZE=thread >/dev/null
  cmake --build build-tsan -j "$jobs" --target threads_test capi_test_threads
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
    ctest --test-dir build-tsan --output-on-failure -j "$jobs" -R '^(threads\.|capi_threads$)'
}

timings=()
for stage in "${stages[@]}"; do
  echo "== test stage: $stage"
  start=$SECONDS
  "stage_$stage"
  timings+=("$stage $((SECONDS - start)) s")
done
printf '== wall time: %s\n' "${timings[@]}"
