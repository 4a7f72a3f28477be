#!/usr/bin/env bash
# The cost curves of issue #16, raw Vert.x beside Flute, drawn as PNGs into bench/curves/.
#
#   bench/curves.sh [--no-build] [--only routes,body,deps,errors,connections]   (about 25 minutes)
#
# Each point starts a fresh JVM per server (dev.flute.bench.curves.CurveServer, the same JVM flags
# and event-loop count for both), checks that both answer the point's request alike, warms up with
# wrk, then measures with wrk; CURVES_ROUNDS times, the order of the servers alternating, keeping
# each server's better run (a shared machine's load only slows a run down). Writes
# bench/curves/curves.csv, curves.md (the tables) and routes.png, body-time.png, body-heap.png,
# deps.png, errors.png, connections.png; server logs go to bench/curves/logs/ (not committed).
#
# Knobs (environment): CURVES_WARMUP=5 CURVES_DURATION=5 (seconds per run) CURVES_ROUNDS=2
#   BENCH_JAVA_OPTS="-Xms512m -Xmx512m -XX:+UseParallelGC" BENCH_EVENT_LOOPS=$(nproc)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR="$HERE/target/bench.jar"
BUILD=1
ONLY=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --only) ONLY=(--only "$2"); shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$BUILD" = 1 ]; then
  echo "== building bench.jar"
  (cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests)
fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# 10,000 connections take as many descriptors in wrk and in the server: the soft limit up to the hard one.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "== open files: $(ulimit -n); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dbench.eventLoops="${BENCH_EVENT_LOOPS:-$(nproc)}" -cp "$JAR" dev.flute.bench.curves.Curves \
  --out "$HERE/curves" --warmup "${CURVES_WARMUP:-5}" --duration "${CURVES_DURATION:-5}" \
  --rounds "${CURVES_ROUNDS:-2}" \
  --java-opts "${BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}" "${ONLY[@]}"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
