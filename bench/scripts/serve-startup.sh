#!/usr/bin/env bash
# Start-up of `bin/planex serve`: wall time from launching the process to the first 200 on `/`, and the CPU time
# (user + system, all threads) the server had used by then. Repeats N times, prints each run and the medians, with
# the machine's load average before and after. Usage:
#   bench/scripts/serve-startup.sh INDEX_DIR [RUNS=5]
# Extra JVM options go through PLANEX_JAVA_OPTS as for bin/planex (e.g. to compare with and without a CDS archive).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
index="${1:?usage: serve-startup.sh INDEX_DIR [RUNS]}"
runs="${2:-5}"
tick=$(getconf CLK_TCK)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ms_now() { date +%s%3N; }

# bin/planex rebuilds the jar when sources changed: do that once, outside the measurement.
"$root/bin/planex" --version >/dev/null

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
walls=(); cpus=()
for i in $(seq 1 "$runs"); do
  port=$(free_port)
  start=$(ms_now)
  "$root/bin/planex" serve --index "$index" --port "$port" 2>/dev/null &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited before answering" >&2; exit 1; }
    sleep 0.02
  done
  wall=$(( $(ms_now) - start ))
  # utime + stime of the JVM (bin/planex execs java, so $pid is the JVM), in clock ticks.
  read -r ut st < <(awk '{print $14, $15}' "/proc/$pid/stat")
  cpu=$(( (ut + st) * 1000 / tick ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: first 200 after ${wall} ms, CPU ${cpu} ms"
  walls+=("$wall"); cpus+=("$cpu")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: first 200 after $(median "${walls[@]}") ms, CPU $(median "${cpus[@]}") ms (runs: $runs)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
