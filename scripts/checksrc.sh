#!/bin/sh
# The mechanical part of the house style (docs/STYLE habits of curl's
# checksrc): the library never prints or exits, and some C functions are
# banned everywhere. Prints each offence as FILE:LINE: text; exit 1 if any.
set -u
cd "$(dirname "$0")/.." || exit 2
status=0
# 1. Only src/cli talks to a terminal or ends the process.
lib_files=$(find src -name '*.c' -o -name '*.h' | grep -v '^src/cli/' | grep -v '^src/report/')
for f in $lib_files; do
  if grep -nE '\b(printf|fprintf|puts|fputs|perror|exit|abort)\s*\(|\b(stdout|stderr)\b' "$f" \
      | grep -vE '^\s*[0-9]+:\s*(/\*|\*)' | grep -vE 'snprintf|vsnprintf' ; then
    echo "  ^ in $f: the library must not print or exit (return an error instead)"
    status=1
  fi
done
# src/report writes only to a stream its caller passes: no stdout/stderr.
for f in src/report/*.c; do
  [ -f "$f" ] || continue
  if grep -nE '\b(stdout|stderr|exit|abort)\b' "$f"; then
    echo "  ^ in $f: report/ writes to the caller's stream only"
    status=1
  fi
done
# 2. Banned everywhere.
for f in $(find src tests bench -name '*.c' -o -name '*.h'); do
  if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|atoi|atol|strtok|gets|rand|srand)\s*\(' "$f" \
      | grep -vE 'snprintf|vsnprintf'; then
    echo "  ^ in $f: banned function (use snprintf, memcpy with a length, strtol, Philox)"
    status=1
  fi
done
# 3. Layers (docs/ARCHITECTURE.md): includes run cli -> report -> engine ->
#    models -> game -> world -> core. core includes no other layer; world
#    no engine, game or report; game no models, engine or report; models
#    no engine or report (an engine's own files stay in its folder).
layer_check() { # layer dir, forbidden include pattern
  for f in $(find "$1" -name '*.c' -o -name '*.h'); do
    if grep -nE "^#include \"($2)" "$f"; then
      echo "  ^ in $f: $1 must not include these layers (docs/ARCHITECTURE.md)"
      status=1
    fi
  done
}
layer_check src/core 'world/|game/|models/|engine/|report/|cli/|yokushi/(report|engine|game|crisis|cascade|scenario|world)'
layer_check src/world 'game/|models/|engine/|report/|cli/|yokushi/(report|engine|crisis|cascade)'
layer_check src/game 'models/|engine/|report/|cli/|yokushi/(report|engine|crisis|cascade)'
layer_check src/models 'engine/|report/|cli/|yokushi/(report|engine)'
# 4. Unfinished markers do not land.
if grep -rnE 'TODO|FIXME|XXX[^X]|not (yet )?implemented' src include; then
  echo "  ^ unfinished markers in src/include"
  status=1
fi
[ $status -eq 0 ] && echo "checksrc: ok"
exit $status
