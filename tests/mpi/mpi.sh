#!/bin/sh
# The MPI build (`-DYK_MPI=ON`, `make mpi`): `mpirun -np 1, 2 and 3` give
# byte for byte the output of the non-MPI build, for sensitivity and sweep
# (points spread over ranks and gathered in point order), crisis (its
# replicate blocks spread, their accumulators gathered and merged in block
# order) and cascade (every rank runs the replicates; rank 0 writes); any
# thread count too; errors come once, with the usual exit code; --out is written
# by rank 0 alone.
# Usage: mpi.sh YOKUSHI_MPI YOKUSHI (the non-MPI build's program).
set -u
mpi=$1
ref=$2
pass=0; fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
command -v mpirun >/dev/null || { echo "SKIP: no mpirun"; exit 0; }
tmp=$(mktemp -d)
run_np() { np=$1; shift; mpirun -np "$np" --oversubscribe --allow-run-as-root "$mpi" "$@"; }

same_for_all() {
  name=$1; shift
  "$ref" "$@" > "$tmp/ref.out" 2>/dev/null
  check "$name: the non-MPI build runs" "[ -s '$tmp/ref.out' ]"
  for np in 1 2 3; do
    for th in 1 2; do
      run_np "$np" "$@" --threads "$th" > "$tmp/np.out" 2>/dev/null
      check "$name: -np $np --threads $th equals the non-MPI build" "cmp -s '$tmp/ref.out' '$tmp/np.out'"
    done
  done
}

same_for_all "sensitivity crisis" sensitivity ukraine-2022 --engine crisis --measure p_attack \
  --id ukraine-2022 --uncertain --samples 16 --replicates 1 --format json
same_for_all "sensitivity morris" sensitivity ukraine-2022 --method morris --samples 8 \
  --params states.RUS.resolve,hesitancy --measure p_attack --id ukraine-2022 --replicates 20 --format csv
same_for_all "sweep cascade 2-D" sweep japan-2024 --engine cascade --measure expected_nuclear_states \
  --year 2035 --set hazard_threat=0.01:0.05:3 --set states.KOR.public_support_nuclear=0.2:0.9:2 \
  --replicates 100 --format csv
same_for_all "sweep crisis 2-D" sweep ukraine-2022 --measure p_attack --id ukraine-2022 \
  --set states.RUS.resolve=0.2:0.9:3 --set alliances.USA-UKR.commitment=0:1:3 --replicates 200 --format json
same_for_all "crisis" crisis ukraine-2022 --replicates 2000 --format json
same_for_all "crisis, a nuclear T, CSV" crisis ukraine-nuclear --replicates 5000 --format csv
same_for_all "crisis --vary" crisis ukraine-2022 --vary kappa=0:1:4 --replicates 1000 --format json
same_for_all "cascade" cascade japan-2024 --replicates 200 --format csv

check "an error comes once with exit 2" \
  "run_np 3 sensitivity ukraine-2022 --measure nope --samples 8 --replicates 1 2>&1 >/dev/null | grep -c 'gives no row nope' | grep -qx 1"
run_np 3 sweep ukraine-2022 --set states.RUS.resolve=0.5:1.5:3 --replicates 10 >/dev/null 2>&1
check "a range error exits 2 under mpirun" "[ \$? -eq 2 ]"
run_np 3 sensitivity ukraine-2022 --test-function ishigami --samples 64 --format json --out "$tmp/out" >/dev/null 2>&1
"$ref" sensitivity ukraine-2022 --test-function ishigami --samples 64 --format json > "$tmp/ish.json"
check "--out written once, by rank 0" "cmp -s '$tmp/out/ukraine-2022.sensitivity.json' '$tmp/ish.json'"

rm -rf "$tmp"
echo "mpi.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
