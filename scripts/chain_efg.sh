#!/bin/sh
# chain_efg.sh N: an EFG 2 R chain of N decision nodes (2N + 1 nodes in all),
# players 1 and 2 alternating, each choosing "stop" (a terminal with small
# integer payoffs) or "go" (the next decision; the last "go" ends the game).
# Every decision roots a subgame, so the chain has N nested subgames: the
# game that shows whether subgame-perfection checks and reports are linear
# (docs/PERFORMANCE.md, "Game reports").
set -eu
n=${1:?usage: chain_efg.sh N}
awk -v N="$n" 'BEGIN {
  print "EFG 2 R \"chain\" { \"P1\" \"P2\" }\n\"\"\n"
  for (i = 1; i <= N; i++) {
    pl = (i % 2) ? 1 : 2; k[pl]++
    printf "p \"n%d\" %d %d \"d%d\" { \"stop\" \"go\" } 0\n", i, pl, k[pl], i
    printf "t \"\" %d \"o%d\" { %d, %d }\n", i, i, (i * 7) % 13, (i * 5) % 11
  }
  printf "t \"\" %d \"end\" { 1, 1 }\n", N + 1
}'
