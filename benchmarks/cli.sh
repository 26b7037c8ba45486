#!/usr/bin/env bash
# The command line end to end: `bin/vanort check examples/vimmerby.yaml` against a Java hello-world
# started the same way (same java, same JVM options, a class-data archive of its own), the median
# wall time of RUNS runs each after WARMUP unmeasured runs, and their ratio.
# Usage: benchmarks/cli.sh [RUNS [WARMUP]]   (default 10 and 2). Writes benchmarks/target/cli.json.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
warmup=${2:-2}
out=benchmarks/target
hello=$out/hello
mkdir -p "$hello"

if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; javac=$JAVA_HOME/bin/javac; jar=$JAVA_HOME/bin/jar
else java=java; javac=javac; jar=jar; fi

# The hello-world as a jar, like vanort's.
"$javac" -d "$hello/classes" benchmarks/src/cli/Hello.java
printf 'Main-Class: Hello\n' > "$hello/manifest.txt"
"$jar" --create --file "$hello/hello.jar" --manifest "$hello/manifest.txt" -C "$hello/classes" .
rm -f "$hello/hello.jsa"
# The options bin/vanort starts the JVM with; the archive is made by the first (warm-up) run.
hello_cmd="$java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m -XX:SharedArchiveFile=$hello/hello.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off -jar $hello/hello.jar"
if ! "$java" -XX:+AutoCreateSharedArchive -version >/dev/null 2>&1; then
  # JDK 17 has no AutoCreateSharedArchive: make the archive once, as bin/vanort does on its first run.
  "$java" -XX:ArchiveClassesAtExit="$hello/hello.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$hello/hello.jar" >/dev/null
  hello_cmd="$java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss2m -XX:SharedArchiveFile=$hello/hello.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $hello/hello.jar"
fi
vanort_cmd="bin/vanort check examples/vimmerby.yaml"

# Build the command line (and its class-data archive) outside the measurement, and make sure the
# check really checks: exit 0 (no breach) or 1 (breaches), never 2 or 3.
set +e
$vanort_cmd >/dev/null 2>"$out/cli-first-run.log"; code=$?
set -e
if [ "$code" -gt 1 ]; then
  echo "bin/vanort check examples/vimmerby.yaml failed with exit code $code:" >&2
  cat "$out/cli-first-run.log" >&2
  exit 1
fi

# How many classes the check loads, and how many of them come mapped from the class-data archives.
VANORT_JAVA_OPTS="-Xlog:class+load:file=$out/cli-classes.log" $vanort_cmd >/dev/null 2>&1 || true
classes=$(wc -l < "$out/cli-classes.log")
shared=$(grep -c 'shared objects file' "$out/cli-classes.log" || true)
printf '{"classes": %s, "shared": %s}\n' "$classes" "$shared" > "$out/cli-classes.json"

median_ms() { # command...
  local times=()
  for _ in $(seq 1 "$warmup"); do "$@" >/dev/null 2>&1 || true; done
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f\n", m / 1000}'
}

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --style basic --warmup "$warmup" --runs "$runs" -i -N --export-json "$out/cli.json" \
    -n hello-world "$hello_cmd" -n "vanort check" "$vanort_cmd" >&2
  read -r hello_ms vanort_ms < <(python3 -c "
import json; r = json.load(open('$out/cli.json'))['results']
print(' '.join('%.1f' % (x['median'] * 1000) for x in r))")
else
  hello_ms=$(median_ms $hello_cmd)
  vanort_ms=$(median_ms $vanort_cmd)
  printf '{"results": [{"command": "hello-world", "median": %s}, {"command": "vanort check", "median": %s}]}\n' \
    "$(awk "BEGIN {print $hello_ms / 1000}")" "$(awk "BEGIN {print $vanort_ms / 1000}")" > "$out/cli.json"
fi
ratio=$(awk "BEGIN {printf \"%.2f\", $vanort_ms / $hello_ms}")
echo "command                                   median (ms, $runs runs)"
echo "java hello-world (same JVM options)       $hello_ms"
echo "bin/vanort check examples/vimmerby.yaml   $vanort_ms"
echo "ratio vanort / hello-world                $ratio   (budget: at most 3)"
echo "classes loaded by the check               $classes ($shared of them mapped from class-data archives)"
