#!/bin/sh
# Runtime footprint of policy-calc: its jar plus its runtime class path as Maven resolves it
# (dependency:build-classpath), jar by jar, and the total.
# Usage: policy-examples/src/jmh/footprint.sh   (from anywhere; builds policy-model and policy-calc)
set -eu
cd "$(dirname "$0")/../../.."
out=$(mktemp)
./mvnw -q -B -pl policy-calc -am -DskipTests package dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$out" >/dev/null
{ ls policy-calc/target/policy-calc-*.jar; tr ':' '\n' <"$out"; } | grep -v '^$' | while read -r jar; do
  printf '%9d  %s\n' "$(stat -c %s "$jar")" "$(basename "$jar")"
done | sort -rn | awk '{ print; total += $1 } END { printf "%9d  total (%.2f MB, %.2f MiB; goal < 4 MB)\n", total, total / 1e6, total / 1048576 }'
rm -f "$out"
