/*
 * lexer.h - the tokenizer that Gambit's .efg and .nfg files share.
 *
 * Tokens: numbers (integers, decimals such as ".80" or "1.5e-3", rationals
 * "1/3"), quoted text (with \" for a quote inside), braces, commas, and
 * bare symbols ("EFG", "R", "p"). Every token knows its line and column
 * (1-based, counted in bytes) so the readers can say where a problem is.
 * The lexer never reads past the buffer it was given: the buffer need not
 * end in a NUL.
 */
#ifndef YK_GAME_LEXER_H
#define YK_GAME_LEXER_H

#include <stddef.h>

#include "yokushi/error.h"

typedef enum gf_kind {
    GF_EOF = 0,
    GF_NUMBER,
    GF_TEXT,
    GF_SYMBOL,
    GF_LBRACE,
    GF_RBRACE,
    GF_COMMA
} gf_kind;

/* Longest number token accepted, in bytes: room for the exact decimals the
 * writer gives chance probabilities (down to 1e-400 without an exponent;
 * YK_CHANCE_TEXT_MAX in gfwrite.h). */
#define GF_NUMBER_MAX 512

typedef struct gf_lexer {
    const char *name;     /* the file name for messages */
    const char *p, *end;  /* what is left to read */
    int line, col;        /* position of *p */
    yk_error *err;

    /* the current token */
    gf_kind kind;
    int tline, tcol;
    const char *start;    /* its raw bytes */
    size_t len;
    double num;           /* GF_NUMBER: its value */
    int is_int;           /* GF_NUMBER: digits only, with an optional sign */
    char *text;           /* GF_TEXT: the unescaped content, NUL-terminated;
                             GF_NUMBER: the number as written */
    size_t text_len, text_cap;
} gf_lexer;

void yk_gf_init(gf_lexer *lx, const char *name, const char *buf, size_t len, yk_error *err);
void yk_gf_free(gf_lexer *lx);

/* Reads the next token. YK_OK, or YK_E_PARSE / YK_E_NOMEM with err set. */
yk_status yk_gf_next(gf_lexer *lx);

/* A short description of the current token for messages ("end of file",
 * "'{'", "the number 12", "the text \"abc\""), written into buf. */
const char *yk_gf_describe(const gf_lexer *lx, char *buf, size_t size);

/* Sets err to a parse error at the current token and returns YK_E_PARSE. */
yk_status yk_gf_error(gf_lexer *lx, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The same at a given position, with a given status. */
yk_status yk_gf_error_at(gf_lexer *lx, yk_status st, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* YK_E_NOMEM, "out of memory", at the lexer's position. */
yk_status yk_gf_nomem(gf_lexer *lx);
/* "expected WHAT but found <token>" at the current token. */
yk_status yk_gf_expected(gf_lexer *lx, const char *what);

/* The current token is a whole number in [lo, hi]: *out set, YK_OK;
 * otherwise an "expected WHAT" error. */
yk_status yk_gf_int(gf_lexer *lx, const char *what, long lo, long hi, long *out);

#endif
