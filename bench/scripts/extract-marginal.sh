#!/usr/bin/env bash
# The command-line extraction rates of issue 15, as a user runs them: `planex extract --out` (the CLI jar as
# bin/planex runs it) on real-size plans written by the benchmark, SMALL and LARGE megabytes of them (default 2.4
# and 24), once as one file per plan (--threads = the core count) and once as one merged text. The marginal rate
# (LARGE - SMALL) / (cost(LARGE) - cost(SMALL)) cancels JVM start-up and most warm-up. Wall and CPU (user + sys,
# /usr/bin/time) and peak RSS per run, with the 1-minute load before it, as NDJSON; then the marginal rates.
#
#   bench/scripts/extract-marginal.sh [SMALL_MB LARGE_MB]
#
# PLANEX_JAR / PLANEX_BENCH_JAR name other jars (e.g. a copy of the CLI jar built before a change, for a
# before/after pair run back to back); PLANEX_JAVA_OPTS replaces the JVM options (default: bin/planex's for extract).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
small="${1:-2.4}"
large="${2:-24}"
jar="${PLANEX_JAR:-$root/cli/target/planex.jar}"
bench="${PLANEX_BENCH_JAR:-$root/bench/target/planex-bench.jar}"
for j in "$jar" "$bench"; do
  [ -f "$j" ] || { echo "no $j: ./mvnw -B -pl cli,bench -am -DskipTests package" >&2; exit 2; }
done
work="$(mktemp -d /tmp/extract-marginal.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for size in "$small" "$large"; do
  java -cp "$bench" io.planex.bench.extract.WriteExtractInputs "$work/in-$size" "$size" > "$work/in-$size.count"
done

run() { # name size inputs...
  local name=$1 size=$2; shift 2
  local out="$work/out"
  rm -rf "$out"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" java ${PLANEX_JAVA_OPTS:--Xmx2g -XX:TieredStopAtLevel=1} -Dfile.encoding=UTF-8 \
    -jar "$jar" extract --out "$out" "$@" > /dev/null 2> "$work/err" \
    || { echo "extract failed ($name $size):" >&2; tail -5 "$work/err" >&2; exit 1; }
  read -r wall user sys rss < <(tail -1 "$work/time")
  local bytes; bytes=$(cut -d' ' -f1 "$work/in-$size.count")
  local cpu; cpu=$(echo "$user + $sys" | bc)
  echo "$wall $cpu" > "$work/$name-$size.cost"
  printf '{"run":"%s","mb":%s,"bytes":%s,"wall":%s,"cpu":%s,"peakRssMb":%d,"load1":%s}\n' \
    "$name" "$size" "$bytes" "$wall" "$cpu" $((rss / 1024)) "$load"
}

for size in "$small" "$large"; do
  run files "$size" "$work/in-$size"/files/*.txt
  run merged "$size" "$work/in-$size/merged.txt"
done

for name in files merged; do
  read -r ws cs < "$work/$name-$small.cost"
  read -r wl cl < "$work/$name-$large.cost"
  bs=$(cut -d' ' -f1 "$work/in-$small.count")
  bl=$(cut -d' ' -f1 "$work/in-$large.count")
  printf '{"run":"%s","marginalMbPerSecWall":%s,"marginalMbPerSecCpu":%s,"cores":%d}\n' "$name" \
    "$(echo "scale=2; ($bl - $bs) / 1000000 / ($wl - $ws)" | bc)" \
    "$(echo "scale=2; ($bl - $bs) / 1000000 / ($cl - $cs)" | bc)" "$(nproc)"
done
echo "{\"uptime\":\"$(uptime | sed 's/.*load/load/')\"}"
