#!/bin/sh
# Cold start: paired, alternating runs of two fresh JVMs on the same class path
#   sdk:  loads the bundled catalog, computes one award, prints it (ColdStartSdk)
#   bare: loads Jackson and Moneta, computes and prints one amount (ColdStartBare)
# and prints the median wall time of each and the median of the per-pair ratios.
# Usage: policy-examples/src/jmh/cold-start.sh [pairs]   (after the -Pbench package)
set -eu
cd "$(dirname "$0")/../.."
JAR=target/benchmarks.jar
PAIRS=${1:-20}
P=dev.zhengce.policy.examples.bench
[ -f "$JAR" ] || { echo "build first: ./mvnw -q -Pbench -pl policy-examples -am -DskipTests package" >&2; exit 1; }
now() { date +%s%N; }
run() { java -cp "$JAR" "$P.$1" >/dev/null 2>&1; }
# one unmeasured pair: the page cache holds the jar and the JDK from here on
run ColdStartSdk; run ColdStartBare
out=$(mktemp)
i=0
while [ "$i" -lt "$PAIRS" ]; do
  if [ $((i % 2)) -eq 0 ]; then first=ColdStartSdk; second=ColdStartBare; else first=ColdStartBare; second=ColdStartSdk; fi
  t0=$(now); run $first; t1=$(now); run $second; t2=$(now)
  if [ "$first" = ColdStartSdk ]; then echo "$((t1 - t0)) $((t2 - t1))" >>"$out"; else echo "$((t2 - t1)) $((t1 - t0))" >>"$out"; fi
  i=$((i + 1))
done
java -cp "$JAR" "$P.ColdStartSdk" 2>/dev/null | sed 's/^/sdk prints  /'
java -cp "$JAR" "$P.ColdStartBare" 2>/dev/null | sed 's/^/bare prints /'
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
sdk=$(cut -d' ' -f1 "$out" | median)
bare=$(cut -d' ' -f2 "$out" | median)
ratio=$(awk '{printf "%.4f\n", $1 / $2}' "$out" | median)
rm -f "$out"
awk -v s="$sdk" -v b="$bare" -v r="$ratio" -v n="$PAIRS" 'BEGIN {
  printf "pairs %d\nsdk  median %.0f ms\nbare median %.0f ms\nratio (median of pairs) %.2f (goal <= 1.5)\n", n, s / 1e6, b / 1e6, r }'
