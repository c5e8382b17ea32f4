/*
 * suggest.h - "did you mean" for misspelt keys, names and ids.
 */
#ifndef YK_WORLD_SUGGEST_H
#define YK_WORLD_SUGGEST_H

#include <stddef.h>

/* The candidate closest to word by edit distance (Levenshtein), if close
 * enough to be a likely typo (distance <= max(1, len/3)); else NULL. */
const char *yk_suggest(const char *word, const char *const *candidates,
                       size_t n);

#endif
