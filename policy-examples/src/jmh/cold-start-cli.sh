#!/bin/sh
# Cold start of the command-line tool: paired, alternating runs of
#   cli:  policy-examples/zhengce (the launcher, with its static class-data-sharing archive) computing one award
#   jar:  java -jar on the same jar without an archive, computing the same award
#   bare: a JVM that loads Jackson and Moneta and prints one amount (ColdStartBare)
# and prints the medians and the median per-pair ratios against bare.
# Usage: policy-examples/src/jmh/cold-start-cli.sh [pairs]   (after the -Pbench package, which builds both jars)
set -eu
cd "$(dirname "$0")/../.."
BENCH=target/benchmarks.jar
CLI=$(ls target/policy-examples-*-cli.jar | head -n 1)
ONE=src/jmh/one-award.json
PAIRS=${1:-20}
[ -f "$BENCH" ] && [ -f "$CLI" ] || { echo "build first: ./mvnw -q -Pbench -pl policy-examples -am -DskipTests package" >&2; exit 1; }
now() { date +%s%N; }
cli() { ./zhengce subsidy --format csv "$ONE" >/dev/null 2>&1; }
jar() { java -jar "$CLI" subsidy --format csv "$ONE" >/dev/null 2>&1; }
bare() { java -cp "$BENCH" dev.zhengce.policy.examples.bench.ColdStartBare >/dev/null 2>&1; }
# unmeasured: the launcher records its archive; the page cache holds the jars and the JDK
rm -f target/zhengce.jsa
cli; cli; jar; bare
out=$(mktemp)
i=0
while [ "$i" -lt "$PAIRS" ]; do
  if [ $((i % 2)) -eq 0 ]; then
    t0=$(now); cli; t1=$(now); jar; t2=$(now); bare; t3=$(now)
  else
    t0=$(now); bare; t1=$(now); jar; t2=$(now); cli; t3=$(now)
    set -- $((t3 - t2)) $((t2 - t1)) $((t1 - t0)); echo "$1 $2 $3" >>"$out"; i=$((i + 1)); continue
  fi
  echo "$((t1 - t0)) $((t2 - t1)) $((t3 - t2))" >>"$out"
  i=$((i + 1))
done
./zhengce subsidy --format csv "$ONE" | tail -n 1 | sed 's/^/cli prints  /'
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
c=$(cut -d' ' -f1 "$out" | median); j=$(cut -d' ' -f2 "$out" | median); b=$(cut -d' ' -f3 "$out" | median)
rc=$(awk '{printf "%.4f\n", $1 / $3}' "$out" | median); rj=$(awk '{printf "%.4f\n", $2 / $3}' "$out" | median)
rm -f "$out"
awk -v c="$c" -v j="$j" -v b="$b" -v rc="$rc" -v rj="$rj" -v n="$PAIRS" 'BEGIN {
  printf "runs %d each\nlauncher (archive) median %.0f ms, ratio %.2f\njava -jar (no archive) median %.0f ms, ratio %.2f\nbare median %.0f ms\n(goal <= 1.5)\n", n, c / 1e6, rc, j / 1e6, rj, b / 1e6 }'
