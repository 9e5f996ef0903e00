#!/usr/bin/env bash
# Side by side, in one run: `planex ingest` (the CLI jar, run as bin/planex runs it) against Tika's batch mode on
# the same folder, RUNS rounds, rotating which goes first. Each run gets a fresh index / output folder. Wall and CPU
# (user + sys of the whole process tree, /usr/bin/time) per run with the 1-minute load before it, then the medians
# and the ratios planex / tika of the medians. The machine is shared: read the load column.
#
#   bench/scripts/ingest-vs-tika.sh DOCS [RUNS]
#
# TIKA: the baseline, run as "$TIKA -i DOCS -o OUT"; default: the bench's TikaBatch (tika-app's legacy batch mode
#       rebuilt from the project's Tika: a driver JVM forking one child with cores-1 consumer threads). With a
#       tika-app jar at hand: TIKA="java -jar tika-app-3.3.1.jar -t".
# planex runs with bin/planex's options for ingest (-Xmx2g -XX:TieredStopAtLevel=1) unless PLANEX_JAVA_OPTS says otherwise.
# PLANEX_JARS: "name=jar ..." to compare builds (e.g. "before=/tmp/planex-old.jar after=cli/target/planex.jar");
#       default "planex=cli/target/planex.jar". PLANEX_JAVA_OPTS as for bin/planex.
# PLANEX_OPTS_<name>: more java options for the build called <name> only, after PLANEX_JAVA_OPTS (e.g. the same jar
#       twice, "c1=cli/target/planex.jar jit=cli/target/planex.jar" with PLANEX_OPTS_jit="-Dplanex.worker.jvmOptions=...").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
docs="$(cd "$1" && pwd)"
runs="${2:-3}"
tika="${TIKA:-java -cp $root/bench/target/planex-bench.jar io.planex.bench.ingest.TikaBatch}"
jars="${PLANEX_JARS:-planex=$root/cli/target/planex.jar}"
work="$(mktemp -d /tmp/ingest-vs-tika.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
files=$(find "$docs" -type f | wc -l)
declare -A jar_of
tools=()
for nj in $jars; do
  jar_of[${nj%%=*}]="${nj#*=}"
  [ -f "${nj#*=}" ] || { echo "no jar ${nj#*=}: ./mvnw -B -pl cli,bench -am -DskipTests package" >&2; exit 2; }
  tools+=("${nj%%=*}")
done
tools+=(tika)

run_one() { # tool run
  local out="$work/$1-$2"
  if [ "$1" = tika ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$work/time" $tika -i "$docs" -o "$out" > /dev/null 2> "$out.err" \
      || { echo "tika failed (run $2):" >&2; tail -5 "$out.err" >&2; exit 1; }
  else
    local extra="PLANEX_OPTS_$1"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$work/time" java ${PLANEX_JAVA_OPTS:--Xmx2g -XX:TieredStopAtLevel=1} ${!extra:-} -Dfile.encoding=UTF-8 \
      -jar "${jar_of[$1]}" ingest --index "$out" --progress none "$docs" > /dev/null 2> "$out.err" \
      || { echo "$1 ingest failed (run $2):" >&2; tail -5 "$out.err" >&2; exit 1; }
  fi
  rm -rf "$out"
}

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

n=${#tools[@]}
for r in $(seq 1 "$runs"); do
  for k in $(seq 0 $((n - 1))); do
    tool=${tools[$(( (k + r - 1) % n ))]}
    load=$(cut -d' ' -f1 /proc/loadavg)
    run_one "$tool" "$r"
    read -r wall user sys < <(tail -1 "$work/time")
    cpu=$(echo "$user + $sys" | bc)
    echo "$wall" >> "$work/$tool.wall"
    echo "$cpu" >> "$work/$tool.cpu"
    printf '{"tool":"%s","run":%d,"files":%d,"wall":%s,"cpu":%s,"load1":%s}\n' "$tool" "$r" "$files" "$wall" "$cpu" "$load"
  done
done
tw=$(median "$work/tika.wall"); tc=$(median "$work/tika.cpu")
for tool in "${tools[@]}"; do
  w=$(median "$work/$tool.wall"); c=$(median "$work/$tool.cpu")
  printf '{"tool":"%s","files":%d,"runs":%d,"medianWall":%s,"medianCpu":%s,"ratioWall":%.2f,"ratioCpu":%.2f}\n' \
    "$tool" "$files" "$runs" "$w" "$c" "$(echo "$w / $tw" | bc -l)" "$(echo "$c / $tc" | bc -l)"
done
echo "{\"cores\":$(getconf _NPROCESSORS_ONLN),\"uptime\":\"$(uptime | sed 's/.*load/load/')\"}"
