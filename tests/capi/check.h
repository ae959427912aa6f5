/* A tiny check harness for the C tests: each failed check prints where and the
 * library's last error, and main returns non-zero if any failed. */
#ifndef IG_CAPI_TEST_CHECK_H
#define IG_CAPI_TEST_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "impactgraph.h"

static int check_failures = 0;

#define CHECK(cond)                                                                                      \
  do {                                                                                                   \
    if (!(cond)) {                                                                                       \
      fprintf(stderr, "%s:%d: CHECK(%s) failed (last error: %s %s)\n", __FILE__, __LINE__, #cond,         \
              ig_status_name(ig_error_last_code()), ig_error_last_message());                            \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

/* `call` returns `code`. */
#define CHECK_STATUS(call, code)                                                                         \
  do {                                                                                                   \
    ig_status check_status_ = (call);                                                                    \
    if (check_status_ != (code)) {                                                                       \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s (last error: %s)\n", __FILE__, __LINE__, #call, \
              ig_status_name(check_status_), ig_status_name(code), ig_error_last_message());             \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

#define CHECK_OK(call) CHECK_STATUS(call, IG_OK)

#define CHECK_STR(actual, expected)                                                                      \
  do {                                                                                                   \
    const char *check_a_ = (actual);                                                                     \
    const char *check_e_ = (expected);                                                                   \
    if (check_a_ == NULL || strcmp(check_a_, check_e_) != 0) {                                           \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual,              \
              check_a_ ? check_a_ : "(NULL)", check_e_);                                                 \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

#define CHECK_NEAR(actual, expected)                                                                     \
  do {                                                                                                   \
    double check_a_ = (actual);                                                                          \
    double check_e_ = (expected);                                                                        \
    if (!(fabs(check_a_ - check_e_) <= 1e-12 * (1.0 + fabs(check_e_)))) {                                \
      fprintf(stderr, "%s:%d: %s is %.17g, expected %.17g\n", __FILE__, __LINE__, #actual, check_a_,      \
              check_e_);                                                                                 \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

/* `call` fails with `code`, the thread's last error has that code, and its message
 * contains `words`. */
#define CHECK_FAILS(call, code, words)                                                                   \
  do {                                                                                                   \
    ig_error_clear();                                                                                    \
    CHECK_STATUS(call, code);                                                                            \
    CHECK(ig_error_last_code() == (code));                                                               \
    if (strstr(ig_error_last_message(), (words)) == NULL) {                                              \
      fprintf(stderr, "%s:%d: %s: message \"%s\" lacks \"%s\"\n", __FILE__, __LINE__, #call,              \
              ig_error_last_message(), (words));                                                         \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

/* The message begins with the name of the function in `call_text`, then ':'. */
#define NAMES_FUNCTION(call_text, message)                                                               \
  (strncmp((call_text), (message), strcspn((call_text), "(")) == 0 &&                                   \
   (message)[strcspn((call_text), "(")] == ':')

/* `call` rejects the NULL argument `name`, naming the function and the argument. */
#define CHECK_NULL_ARG(call, name)                                                                       \
  do {                                                                                                   \
    CHECK_FAILS(call, IG_ERROR_INVALID_ARGUMENT, "'" name "'");                                          \
    if (!NAMES_FUNCTION(#call, ig_error_last_message())) {                                               \
      fprintf(stderr, "%s:%d: message \"%s\" does not begin with the function of %s\n", __FILE__, __LINE__, \
              ig_error_last_message(), #call);                                                           \
      ++check_failures;                                                                                  \
    }                                                                                                    \
  } while (0)

#define CHECK_DONE()                                                                                     \
  do {                                                                                                   \
    if (check_failures) fprintf(stderr, "%d check(s) failed\n", check_failures);                          \
    return check_failures ? 1 : 0;                                                                       \
  } while (0)

#endif
