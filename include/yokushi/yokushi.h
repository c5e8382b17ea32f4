/*
 * yokushi.h - umbrella header of libyokushi, a simulator of the nuclear
 * deterrence system. Include this, or the one module header you need.
 */
#ifndef YOKUSHI_H
#define YOKUSHI_H

/* The version these headers belong to. The library also says which version
 * it is at run time (yk_version, yk_version_number): a program linked to a
 * newer libyokushi.so can compare the two. The major number changes when
 * the ABI does (it is the shared library's SONAME). */
#define YK_VERSION_MAJOR 0
#define YK_VERSION_MINOR 1
#define YK_VERSION_PATCH 0
#define YK_VERSION_STRING "0.1.0"
#define YK_VERSION_NUMBER \
    (YK_VERSION_MAJOR * 1000000 + YK_VERSION_MINOR * 1000 + YK_VERSION_PATCH)

#include "export.h"
#include "alloc.h"
#include "error.h"
#include "parallel.h"
#include "rng.h"
#include "sha256.h"
#include "stats.h"
#include "world.h"
#include "scenario.h"
#include "alliances.h"
#include "cascade.h"
#include "crisis.h"
#include "theatre.h"
#include "exchange.h"
#include "ladder.h"
#include "mc.h"
#include "engine.h"
#include "chart.h"
#include "report_html.h"
#include "sensitivity.h"

YK_BEGIN_DECLS

/* The library's version, YK_VERSION_STRING of the build. */
const char *yk_version(void);
/* YK_VERSION_NUMBER of the library that is running. */
int yk_version_number(void);

YK_END_DECLS

#endif
