/* A stand-in for libimpactgraph, for the Python package's refusal tests: it exports
 * ig_abi_version() returning FAKE_ABI and nothing else. Built twice by
 * tests/python/CMakeLists.txt: as another ABI (99), and as ABI 0 lacking every other
 * function (an "older" library). */
#ifndef FAKE_ABI
#define FAKE_ABI 99
#endif

__attribute__((visibility("default"))) int ig_abi_version(void) { return FAKE_ABI; }
