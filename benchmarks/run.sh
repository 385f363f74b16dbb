#!/usr/bin/env bash
# Runs the benchmarks and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh            every part: each JMH package, then the memory measurements
#   benchmarks/run.sh scale      one part: the JMH benchmarks of org.sharedoutcomes.benchmarks.scale
#   benchmarks/run.sh memory     the retained heap of the L model (ModelMemory)
#   benchmarks/run.sh readmemory the heap needed to read a model of a million commitments from
#                                JSON (ReadMemory: child JVMs at decreasing -Xmx; ~15 minutes)
#   benchmarks/run.sh --list     the parts and benchmarks there are
#
# Settings fit a 2-core machine shared with others: one fork, short warm-up and measurement.
# Override them with environment variables:
#   JMH_OPTS   JMH options   (default: -f 1 -wi 2 -w 2s -i 3 -r 2s)
#   HEAP       the benchmark JVM's heap, given as both -Xms and -Xmx (default 8g: the L model,
#              a builder of it and the garbage of one operation fit; see benchmarks/README.md
#              for the heap each size needs). A fixed heap, so figures at L do not swing with
#              how far the collector grew it; it replaces the heap a benchmark's @Fork names
#              (JsonBenchmark's 8g is the default anyway). For readmemory the parent's, which
#              builds the model (its children's -Xmx is what is searched)
#   GC_OPTS    the benchmark JVM's collector (default -XX:+UseParallelGC: throughput, no
#              concurrent GC threads competing for the two cores; set it empty for the JVM's
#              default, G1)
#   READMEMORY_COMMITMENTS  the model size of readmemory (default 1000000)
#   SKIP_BUILD=1  reuse benchmarks/target/benchmarks.jar
#   JMH_IGNORE_LOCK=true  run even if another JMH run holds /tmp/jmh.lock (figures get noisier)
# Before each part, HostCheck (a few seconds) takes three figures of the machine's state (CPU,
# memory latency, first touch of the heap), shown beside the part's date in RESULTS.md.
# Raw results stay in benchmarks/results/ (one JSON per part), so running one part keeps the
# others' figures in RESULTS.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
results="$here/results"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 2 -w 2s -i 3 -r 2s}"
HEAP="${HEAP:-8g}"
GC_OPTS="${GC_OPTS--XX:+UseParallelGC}"
READMEMORY_COMMITMENTS="${READMEMORY_COMMITMENTS:-1000000}"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  echo "== building $jar" >&2
  (cd "$root" && mvn -B -q -Pbenchmarks-jar -pl benchmarks -am package \
      -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
fi

# parts = the packages under org.sharedoutcomes.benchmarks that hold benchmarks, memory and
# readmemory
mapfile -t jmh_parts < <(java -jar "$jar" -l | sed -n 's/^org\.sharedoutcomes\.benchmarks\.\([a-z0-9_]*\)\..*/\1/p' | sort -u)
all_parts=("${jmh_parts[@]}" memory readmemory)

if [[ "${1:-}" == "--list" || "${1:-}" == "-l" ]]; then
  printf 'parts: %s\n\n' "${all_parts[*]}"
  java -jar "$jar" -l
  exit 0
fi

if [[ $# -gt 0 ]]; then
  parts=("$@")
else
  parts=("${all_parts[@]}")
fi
for p in "${parts[@]}"; do
  if [[ ! " ${all_parts[*]} " == *" $p "* ]]; then
    echo "unknown part '$p'; the parts are: ${all_parts[*]}" >&2
    exit 2
  fi
done

mkdir -p "$results"
machine_env() {
  {
    echo "date=$(date -u '+%Y-%m-%d %H:%M')"
    echo "cpus=$(nproc)"
    echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "jdk=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.name = //p' | head -1) $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p' | head -1)"
    echo "heap=-Xms$HEAP -Xmx$HEAP $GC_OPTS"
    # shellcheck disable=SC2086
    echo "host=$(java "-Xms$HEAP" "-Xmx$HEAP" $GC_OPTS -cp "$jar" org.sharedoutcomes.benchmarks.internal.HostCheck 2>/dev/null || echo '?')"
    echo "commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- '*.java' '*pom.xml' 2>/dev/null || echo ' (with local changes)')"
    echo "jmh=$1"
  } > "$results/$2.env"
}

for p in "${parts[@]}"; do
  if [[ "$p" == memory ]]; then
    echo "== memory: retained heap of the L model" >&2
    machine_env "(not JMH: ModelMemory L)" memory
    # shellcheck disable=SC2086
    java "-Xms$HEAP" "-Xmx$HEAP" $GC_OPTS -cp "$jar" org.sharedoutcomes.benchmarks.scale.ModelMemory L "$results/memory.md"
  elif [[ "$p" == readmemory ]]; then
    echo "== readmemory: heap needed to read $READMEMORY_COMMITMENTS commitments from JSON" >&2
    machine_env "(not JMH: ReadMemory $READMEMORY_COMMITMENTS; children get GC_OPTS)" readmemory
    # shellcheck disable=SC2086
    java "-Xms$HEAP" "-Xmx$HEAP" $GC_OPTS -cp "$jar" org.sharedoutcomes.benchmarks.jsonscale.ReadMemory \
        "$READMEMORY_COMMITMENTS" "$results/readmemory.md"
  else
    echo "== $p: JMH $JMH_OPTS" >&2
    machine_env "$JMH_OPTS" "$p"
    # shellcheck disable=SC2086
    java "-Djmh.ignoreLock=${JMH_IGNORE_LOCK:-false}" -jar "$jar" "org\\.sharedoutcomes\\.benchmarks\\.$p\\." $JMH_OPTS \
        -jvmArgsAppend "-Xms$HEAP -Xmx$HEAP $GC_OPTS" -rf json -rff "$results/jmh-$p.json"
  fi
done

python3 "$here/report.py"
echo "== wrote $here/RESULTS.md" >&2
