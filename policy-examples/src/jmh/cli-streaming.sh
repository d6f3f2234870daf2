#!/bin/sh
# The command-line tool on a long file, beside the SDK's in-process streaming figure:
#   1. StreamingRun: N applications generated in process through SubsidyCalculator.awards (-Xmx256m)
#   2. the same N applications written as a CSV file (StreamingInput; in target/bench, never committed)
#   3. zhengce subsidy --format csv on that file under -Xmx256m, to standard output redirected to a file
#      (the tool holds standard output back until it has succeeded: in a temporary file past 8 MiB)
#   4. the same with --output FILE (a temporary file in the directory, renamed at the end)
# and checks that the tool's awards add up to the in-process total. Prints the time per row, the
# ratio to the in-process time per application, the same in process CPU time (every thread: the machine is shared,
# so wall time says more about the other work on it than about the tool), the heap after each collection (GC log) and the peak RSS.
# Usage: policy-examples/src/jmh/cli-streaming.sh [N]   (default 10,000,000; after the -Pbench package)
set -eu
cd "$(dirname "$0")/../.."
BENCH=target/benchmarks.jar
CLI=$(ls target/policy-examples-*-cli.jar | head -n 1)
N=${1:-10000000}
[ -f "$BENCH" ] && [ -f "$CLI" ] || { echo "build first: ./mvnw -q -Pbench -pl policy-examples -am -DskipTests package" >&2; exit 1; }
out=target/bench
mkdir -p "$out"
input="$out/streaming-input.csv"
awards="$out/streaming-awards.csv"
now() { date +%s%N; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$BENCH" dev.zhengce.policy.examples.bench.StreamingRun "$N" 2>/dev/null | tee "$out/streaming-in-process.txt"
sdk=$(awk '/^sdk / {print $4}' "$out/streaming-in-process.txt")
sdkcpu=$(awk '/^sdk-cpu / {print $4}' "$out/streaming-in-process.txt")
expected=$(awk '/^total awarded/ {print $3}' "$out/streaming-in-process.txt")
java -cp "$BENCH" dev.zhengce.policy.examples.bench.StreamingInput "$N" "$input"
echo "input: $N applications, $(du -m "$input" | cut -f1) MB"
run() { # $1: stdout or output
  rm -f "$awards"
  gc="$out/streaming-gc-$1.log"
  t0=$(now)
  if [ "$1" = stdout ]; then
    /usr/bin/time -f "%M %U %S" -o "$out/streaming-rss-$1.txt" \
      java -Xmx256m -Xlog:gc:file="$gc" -jar "$CLI" subsidy --format csv "$input" >"$awards"
  else
    /usr/bin/time -f "%M %U %S" -o "$out/streaming-rss-$1.txt" \
      java -Xmx256m -Xlog:gc:file="$gc" -jar "$CLI" subsidy --format csv --output "$awards" "$input"
  fi
  t1=$(now)
  check=$(java -cp "$BENCH" dev.zhengce.policy.examples.bench.CsvTotal "$awards")
  total=$(echo "$check" | sed 's/.*amounts //')
  [ "$total" = "$expected" ] || { echo "$1: the tool's total $total differs from the in-process $expected" >&2; exit 1; }
  heap=$(grep -o -- '->[0-9]*M' "$gc" | tr -d '>M-' | sort -n | tail -n 1)
  set -- "$1" $(cat "$out/streaming-rss-$1.txt")
  awk -v l="$1" -v t=$((t1 - t0)) -v n="$N" -v s="$sdk" -v sc="$sdkcpu" -v h="$heap" -v r="$2" -v u="$3" -v k="$4" \
      -v c="$check" 'BEGIN {
    printf "tool, %-6s %8.1f s  %7.1f ns/row  ratio to in-process %.2f  heap after GC <= %s MB  peak RSS %d MB  (%s)\n",
      l, t / 1e9, t / n, (t / n) / s, h, r / 1024, c
    printf "tool, %-6s CPU %6.1f s (user %.1f, system %.1f)  %7.1f ns/row  ratio to in-process CPU %.2f (goal <= 2)\n",
      l, u + k, u, k, (u + k) * 1e9 / n, ((u + k) * 1e9 / n) / sc }'
}
run stdout
run output
rm -f "$input" "$awards"
