/*
 * export.h - what every public header opens and closes with.
 *
 * YK_BEGIN_DECLS / YK_END_DECLS give C++ callers C linkage and mark every
 * declaration between them as exported from libyokushi.so. The library is
 * built with -fvisibility=hidden, so anything not declared in a public
 * header stays inside it (SQLite and Lua do the same with their API
 * markers).
 */
#ifndef YOKUSHI_EXPORT_H
#define YOKUSHI_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define YK_VISIBILITY_PUSH _Pragma("GCC visibility push(default)")
#define YK_VISIBILITY_POP _Pragma("GCC visibility pop")
#else
#define YK_VISIBILITY_PUSH
#define YK_VISIBILITY_POP
#endif

#ifdef __cplusplus
#define YK_BEGIN_DECLS extern "C" { YK_VISIBILITY_PUSH
#define YK_END_DECLS YK_VISIBILITY_POP }
#else
#define YK_BEGIN_DECLS YK_VISIBILITY_PUSH
#define YK_END_DECLS YK_VISIBILITY_POP
#endif

#endif
