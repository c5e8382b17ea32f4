/*
 * yokushi.h - umbrella header of libyokushi, a simulator of the nuclear
 * deterrence system. Include this, or the one module header you need.
 */
#ifndef YOKUSHI_H
#define YOKUSHI_H

#define YK_VERSION_STRING "0.1.0"

#include "error.h"
#include "parallel.h"
#include "rng.h"
#include "sha256.h"
#include "stats.h"
#include "world.h"
#include "scenario.h"
#include "alliances.h"
#include "cascade.h"

/* The library's version, YK_VERSION_STRING of the build. */
const char *yk_version(void);

#endif
