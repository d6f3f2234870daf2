#!/bin/sh
# Every performance figure of the README in one command (about 15 minutes on 2 cores):
# builds target/benchmarks.jar, runs the JMH suite, the 10-million streaming run under
# -Xmx256m (in process, and through the command-line tool on a CSV file), the JDBC ledger's awards per second, the cold-start pairs (the SDK, the tool, the JShell command) and the footprint.
# Results go to policy-examples/target/bench/.
# Usage: policy-examples/src/jmh/run-all.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
./mvnw -q -B -Pbench -pl policy-examples -am -DskipTests package
out=policy-examples/target/bench
mkdir -p "$out"
{ echo "nproc $(nproc)"; java -version 2>&1 | head -1; grep -m1 'model name' /proc/cpuinfo; echo "before: $(uptime)"; } | tee "$out/machine.txt"
# the CPU time and allocation of the benchmark threads per operation beside the time (see ThreadCostProfiler)
java -jar policy-examples/target/benchmarks.jar -prof dev.zhengce.policy.examples.bench.ThreadCostProfiler \
    -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
java -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.Summary "$out/jmh.json" | tee "$out/summary.md"
java -Xmx256m -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.StreamingRun 2>/dev/null | tee "$out/streaming.txt"
# the command-line tool on the same 10,000,000 applications as a CSV file, beside the in-process run
"$here/cli-streaming.sh" | tee "$out/cli-streaming.txt"
java -cp policy-examples/target/benchmarks.jar dev.zhengce.policy.examples.bench.LedgerRun 2>/dev/null | tee "$out/ledger.txt"
"$here/cold-start.sh" 20 | tee "$out/cold-start.txt"
"$here/cold-start-cli.sh" 20 | tee "$out/cold-start-cli.txt"
# builds again without -Pbench first: the README's JShell command with a reader's class path
"$here/cold-start-jshell.sh" 20 | tee "$out/cold-start-jshell.txt"
"$here/footprint.sh" | tee "$out/footprint.txt"
echo "after: $(uptime)" | tee -a "$out/machine.txt"
