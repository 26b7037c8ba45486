#!/usr/bin/env bash
# Smoke mode for CI: every benchmark once, one short iteration, on 10^3 records, failing on any
# error, so that the benchmarks never rot. The figures it prints mean nothing; see run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  ./mvnw -q -B -pl benchmarks -am package -DskipTests
fi
databases=h2
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  databases=h2,postgresql
fi
# The figures of a smoke run mean nothing, so another JMH run on the machine must not stop it.
java -Djmh.ignoreLock=true -jar "$jar" -foe true -f 1 -wi 0 -i 1 -w 100ms -r 200ms -p records=1000 -p database="$databases" \
  -p rule=va.delegation-has-leadership 'CheckBenchmark|FiveRuleBenchmark|QueryBenchmark|StoreBenchmark|\.RuleBenchmark\.'
benchmarks/cli.sh 1 0
