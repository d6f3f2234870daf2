#!/bin/sh
# Cold start of the README's JShell command: paired, alternating runs of
#   readme: policy-examples/jshell -q (the SDK on the class path, DEFAULT plus our start-up script)
#           fed a snippet that computes one award and prints its amount, then /exit
#   bare:   jshell -q (the same JDK, DEFAULT start-up) fed a snippet that prints a BigDecimal, then /exit
# and prints the median wall time of each and the median of the per-pair ratios. Every run's
# output is checked for 1000000.04 (8 % of 12,500,000.55, rounded to the fen) and no exception.
# Usage: policy-examples/src/jmh/cold-start-jshell.sh [pairs]
#   (builds first as a reader would, without -Pbench, whose build puts JMH on the class path)
set -eu
cd "$(dirname "$0")/../.."
PAIRS=${1:-20}
AWARD='System.out.println(policy.subsidies().award(Application.builder().id("A-1").rule("intelligent-transformation-subsidy")'
AWARD=$AWARD'.cost("software-investment", "3000000.00").cost("hardware-investment", "9500000.55").build()).amount().orElseThrow())'
BARE='System.out.println(new java.math.BigDecimal("1000000.04"))'
(cd .. && ./mvnw -q -B -pl policy-examples -am -DskipTests package)
runs=$(mktemp -d)
now() { date +%s%N; }
readme() { printf '%s\n/exit\n' "$AWARD" | ./jshell -q >"$runs/readme.out" 2>&1; }
bare() { printf '%s\n/exit\n' "$BARE" | jshell -q >"$runs/bare.out" 2>&1; }
check() {
  if ! grep -q '1000000\.04' "$runs/$1.out" || grep -q -e Exception -e Error "$runs/$1.out"; then
    echo "$1 did not print the amount:" >&2
    cat "$runs/$1.out" >&2
    exit 1
  fi
}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
# one unmeasured pair: the launcher records its class-data-sharing archive if the jars are newer,
# and the page cache holds the JDK and the jars from here on
readme; check readme; bare; check bare
i=0
while [ "$i" -lt "$PAIRS" ]; do
  if [ $((i % 2)) -eq 0 ]; then
    t0=$(now); readme; t1=$(now); bare; t2=$(now)
    echo "$((t1 - t0)) $((t2 - t1))" >>"$runs/times"
  else
    t0=$(now); bare; t1=$(now); readme; t2=$(now)
    echo "$((t2 - t1)) $((t1 - t0))" >>"$runs/times"
  fi
  check readme; check bare
  i=$((i + 1))
done
sed 's/^/readme prints  /' "$runs/readme.out"; echo
sed 's/^/bare prints    /' "$runs/bare.out"; echo
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
r=$(cut -d' ' -f1 "$runs/times" | median)
b=$(cut -d' ' -f2 "$runs/times" | median)
ratio=$(awk '{printf "%.4f\n", $1 / $2}' "$runs/times" | median)
rm -r "$runs"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v r="$r" -v b="$b" -v q="$ratio" -v n="$PAIRS" 'BEGIN {
  printf "pairs %d\npolicy-examples/jshell median %.0f ms\nbare jshell median %.0f ms\nratio (median of pairs) %.2f (goal <= 1.5)\n", n, r / 1e6, b / 1e6, q }'
