#!/usr/bin/env bash
# The full benchmark run behind docs/BENCHMARKS.md: builds benchmarks.jar, runs every group with
# JMH (each group side by side in one run), then the command line script, and prints the tables.
# Takes about 45 minutes on 2 cores. Results: benchmarks/target/results/*.json and *.log.
# Usage: benchmarks/run.sh [group...]   groups: check five query store cli rules (default: all but
# rules, the per-rule breakdown, which takes another 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
results=benchmarks/target/results
mkdir -p "$results"
./mvnw -q -B -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(check five query store cli)

jmh() { # name, JMH arguments...
  local name=$1; shift
  java -jar "$jar" -foe true -rf json -rff "$results/$name.json" "$@" 2>&1 | tee "$results/$name.log"
}

echo "# load before: $(uptime)" | tee "$results/load.txt"
for group in "${groups[@]}"; do
  case $group in
    check) jmh check '\.CheckBenchmark\.' -prof gc ;;
    five) jmh five '\.FiveRuleBenchmark\.' -prof gc ;;
    query) jmh query '\.QueryBenchmark\.' ;;
    store) jmh store '\.StoreBenchmark\.' ;;
    rules) jmh rules '\.RuleBenchmark\.' ;;
    cli) benchmarks/cli.sh 10 2 | tee "$results/cli.log"; cp benchmarks/target/cli.json "$results/cli.json" ;;
    *) echo "unknown group $group; groups: check five query store cli rules" >&2; exit 2 ;;
  esac
  echo "# load after $group: $(uptime)" | tee -a "$results/load.txt"
done
python3 benchmarks/report.py "$results"
