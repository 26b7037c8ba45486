#!/usr/bin/env bash
# The full benchmark run behind docs/BENCHMARKS.md: builds benchmarks.jar, runs every group with
# JMH (each group side by side in one run), then the command line script, and prints the tables.
# Takes about 15 minutes on 2 cores with the default JMH options: one fork, 2 warm-up and 4 measured
# iterations of 1 s (JMH_OPTS overrides them, e.g. JMH_OPTS='-f 1 -wi 3 -w 2s -i 5 -r 2s' for the
# longer runs of the earlier reports). Records the load average before and after every group in
# load.txt, which the report quotes. Results: benchmarks/target/results/*.json, *.log, load.txt.
# Usage: benchmarks/run.sh [group...]   groups: check heap five query store cli rules (default: all
# but rules, the per-rule breakdown, which takes another 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
results=benchmarks/target/results
mkdir -p "$results"
./mvnw -q -B -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(check heap five query store cli)

# shellcheck disable=SC2206 # a list of options
jmh_opts=(${JMH_OPTS:--f 1 -wi 2 -w 1s -i 4 -r 1s})
jmh() { # name, JMH arguments...
  local name=$1; shift
  java -jar "$jar" -foe true -rf json -rff "$results/$name.json" "$@" 2>&1 | tee "$results/$name.log"
}

# One line per group and moment: group, before|after, UTC time, the 1, 5 and 15 minute load averages.
load() { # group, moment
  read -r one five fifteen _ < /proc/loadavg
  printf '%s %s %s %s %s %s\n' "$1" "$2" "$(date -u +%H:%M:%S)" "$one" "$five" "$fifteen" | tee -a "$results/load.txt"
}

{
  echo "# $(date -u +%Y-%m-%d) $(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "# $(java -version 2>&1 | head -n 1); JMH options: ${jmh_opts[*]}"
  echo "# group moment time load1 load5 load15"
} > "$results/load.txt"
for group in "${groups[@]}"; do
  load "$group" before
  case $group in
    check) jmh check '\.CheckBenchmark\.' -prof gc "${jmh_opts[@]}" ;;
    # 10^6 records inside -Xmx512m (the budget's heap): the full check alone, a failure to fit is reported,
    # not fatal, so that the other groups still run.
    heap) jmh heap '\.CheckBenchmark\.vanortFullCheck$' -p records=1000000 -jvmArgsAppend '-Xmx512m -Xms512m' \
        -prof gc "${jmh_opts[@]}" || echo "heap: 10^6 records did not run in -Xmx512m (see $results/heap.log)" ;;
    five) jmh five '\.FiveRuleBenchmark\.' -prof gc "${jmh_opts[@]}" ;;
    query) jmh query '\.QueryBenchmark\.' "${jmh_opts[@]}" ;;
    store) jmh store '\.StoreBenchmark\.' ;;
    rules) jmh rules '\.RuleBenchmark\.' "${jmh_opts[@]}" ;;
    cli) benchmarks/cli.sh 10 2 | tee "$results/cli.log"; cp benchmarks/target/cli.json benchmarks/target/cli-classes.json "$results/" ;;
    *) echo "unknown group $group; groups: check heap five query store cli rules" >&2; exit 2 ;;
  esac
  load "$group" after
done
python3 benchmarks/report.py "$results"
