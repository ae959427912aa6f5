/* impactgraph C ABI v0 — the library's one stable binary interface. See docs/c-api.md. */
#ifndef IMPACTGRAPH_H
#define IMPACTGRAPH_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(IG_BUILDING_LIBRARY)
#define IG_API __attribute__((visibility("default")))
#else
#define IG_API
#endif

#define IG_VERSION_MAJOR 0
#define IG_VERSION_MINOR 1
#define IG_VERSION_PATCH 0
#define IG_VERSION_STRING "0.1.0"
/* The ABI major: bumped on every incompatible change; it is the SONAME's number. */
#define IG_ABI_VERSION 0

/* The library's version at run time (any out-parameter may be NULL). */
IG_API void ig_version(int *major, int *minor, int *patch);
IG_API const char *ig_version_string(void);
IG_API int ig_abi_version(void);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTGRAPH_H */
