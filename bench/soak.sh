#!/usr/bin/env bash
# Soak: mixed contract traffic at a fixed rate against the Flute bench server for 10 minutes, the
# server's heap after a full GC and its RSS sampled every 10 s; both must stay flat within 5 %.
# A bench script, not CI.
#
#   bench/soak.sh [--no-build] [--minutes 10] [--connections 20] [--delay-ms 10]
#
# Starts `bench.jar flute` (BENCH.md's contract in Flute) with SOAK_JAVA_OPTS, drives it with wrk
# and bench/soak.lua (each connection waits --delay-ms before each request: about
# connections x 1000 / delay-ms requests per second), and every 10 s runs a full GC (jcmd GC.run)
# and reads the heap used after it (jstat) and VmRSS (/proc). Then dev.flute.bench.soak.SoakReport
# prints the Markdown table, writes bench/soak.png, and fails when a measure grew by more than 5 %
# between the first and the last minute after a one-minute warm-up. Installs wrk with apt-get
# when it is missing. Samples and logs go to bench/target/soak/.
#
# Knobs (environment): SOAK_PORT=8093 SOAK_JAVA_OPTS="-Xms256m -Xmx256m -XX:+UseParallelGC"
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR="$HERE/target/bench.jar"
BUILD=1
MINUTES=10
CONNECTIONS=20
DELAY_MS=10
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --minutes) MINUTES="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --delay-ms) DELAY_MS="$2"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${SOAK_PORT:-8093}
JAVA_OPTS=${SOAK_JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC}
OUT="$HERE/target/soak"
WRK_PID=""
# shellcheck source=bench/server-lib.sh
. "$HERE/server-lib.sh"

cleanup() {
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
  stop_server
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
build_jar
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== starting the Flute bench server ($JAVA_OPTS) on port $PORT"
# shellcheck disable=SC2086
start_server "$PORT" "$OUT/server.log" $JAVA_OPTS -jar "$JAR" flute --port "$PORT"

echo "== $MINUTES min of mixed traffic: $CONNECTIONS connections, one request each every $DELAY_MS ms"
SOAK_DELAY_MS="$DELAY_MS" wrk -t1 -c"$CONNECTIONS" -d"${MINUTES}m" --timeout 10s \
  -s "$HERE/soak.lua" "http://127.0.0.1:$PORT" >"$OUT/wrk.log" 2>&1 &
WRK_PID=$!

echo "seconds,heap_after_gc_kib,rss_kib" >"$OUT/samples.csv"
START=$(date +%s)
while kill -0 "$WRK_PID" 2>/dev/null; do
  jcmd "$SERVER_PID" GC.run >/dev/null
  HEAP=$(jstat -gc "$SERVER_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { printf "%d", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }')
  RSS=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  echo "$(( $(date +%s) - START )),$HEAP,$RSS" | tee -a "$OUT/samples.csv"
  sleep 10
done
wait "$WRK_PID" || true
WRK_PID=""
cat "$OUT/wrk.log"
grep -q ", 0 server errors" "$OUT/wrk.log" || { echo "!! the server answered 5xx during the soak" >&2; exit 1; }

echo
echo "soak of $MINUTES min against the Flute bench server, $(java -version 2>&1 | head -1), $JAVA_OPTS, $(nproc) cores"
java -cp "$JAR" dev.flute.bench.soak.SoakReport "$OUT/samples.csv" "$HERE/soak.png"
echo "plot: bench/soak.png, samples: $OUT/samples.csv"
