#!/usr/bin/env python3
"""lcp_fuzz.py YOKUSHI SEED COUNT - small random tables at extreme payoff
scales through `yokushi solve --method lcp --decimals 17`; every printed
profile is checked in exact rationals (regret over each player's payoff
range at most 1e-12, plus the 17-decimal rounding). Prints the counts of
games, profiles, wrong profiles ("bad", must be 0) and games that exited 1
(a path lost, docs/MODEL.md section 6). The figures in MODEL.md come from
`scripts/lcp_fuzz.py build/yokushi 2 1500`."""
import os, random, subprocess, sys, tempfile
from fractions import Fraction


def nfg(m, n, A, B):
    body = " ".join("%r %r" % (A[i][j], B[i][j]) for j in range(n) for i in range(m))
    return 'NFG 1 R "fuzz" { "1" "2" } { %d %d }\n\n%s\n' % (m, n, body)


def main():
    binary, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    r = random.Random(seed)
    bad = fails = total = 0
    path = os.path.join(tempfile.mkdtemp(), "f.nfg")
    for _ in range(count):
        m, n, mode = r.randint(1, 6), r.randint(1, 6), r.randint(0, 3)
        scale = 10.0 ** r.choice([-9, 0, 9, 300, 307])

        def val():
            if mode == 0:
                return r.choice([-1e6, 0, 1, -1, 2, 1e6])
            if mode == 1:
                return r.randint(0, 3) * 10.0 ** r.choice([-9, 0, 6, 300])
            if mode == 2:
                return r.choice([-1, 1]) * r.random() * 10.0 ** r.randint(-12, 300)
            return float(r.randint(-2, 2)) * scale

        A = [[val() for j in range(n)] for i in range(m)]
        B = [[val() for j in range(n)] for i in range(m)]
        with open(path, "w") as f:
            f.write(nfg(m, n, A, B))
        p = subprocess.run([binary, "solve", path, "--method", "lcp", "--decimals", "17"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            fails += 1
        FA = [[Fraction(a) for a in row] for row in A]
        FB = [[Fraction(b) for b in row] for row in B]
        rA = max(map(max, FA)) - min(map(min, FA))
        rB = max(map(max, FB)) - min(map(min, FB))
        for line in p.stdout.splitlines():
            if not line.startswith("NE"):
                continue
            pr = [Fraction(x) for x in line.split(",")[1:]]
            x, y = pr[:m], pr[m:]
            Ay = [sum(FA[i][j] * y[j] for j in range(n)) for i in range(m)]
            xB = [sum(FB[i][j] * x[i] for i in range(m)) for j in range(n)]
            ga = max(Ay) - sum(x[i] * Ay[i] for i in range(m))
            gb = max(xB) - sum(y[j] * xB[j] for j in range(n))
            rel = max(ga / rA if rA else 0, gb / rB if rB else 0)
            total += 1
            if rel > Fraction(101, 10**14) + Fraction(1, 10**16):
                bad += 1
                print("wrong profile, regret %g of the range:" % float(rel), nfg(m, n, A, B))
    print("games", count, "profiles", total, "bad", bad, "exit 1", fails)


if __name__ == "__main__":
    main()
