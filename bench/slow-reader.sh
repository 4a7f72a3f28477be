#!/usr/bin/env bash
# Back-pressure: a client reads a 1 GiB streamed body at 1 MiB/s from a Flute server with a 64 MiB
# heap; the server's heap stays flat, because the stream is paused while the connection is full.
# A bench script, not CI (the full run takes 17 minutes; FaultsTest proves the same bound in seconds).
#
#   bench/slow-reader.sh [--no-build] [--size-mib 1024] [--rate 1M] [--xmx 64m]
#
# Starts dev.flute.bench.upload.UploadServer, reads GET /download/<size-mib> with curl --limit-rate,
# samples the server's RSS every second, and at the end asks the server for each heap pool's peak
# since the start of the read (GET /memory). Fails when the body is short, or when the heap's peaks
# add up to more than a quarter of the body read (a server buffering what the client cannot take
# yet would hold most of it).
#
# Knobs (environment): SLOW_PORT=8094 WORK_DIR=bench/target/slow-reader
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR="$HERE/target/bench.jar"
BUILD=1
SIZE_MIB=1024
RATE=1M
XMX=64m
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --size-mib) SIZE_MIB="$2"; shift ;;
    --rate) RATE="$2"; shift ;;
    --xmx) XMX="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${SLOW_PORT:-8094}
WORK=${WORK_DIR:-$HERE/target/slow-reader}
SAMPLER=""
# shellcheck source=bench/server-lib.sh
. "$HERE/server-lib.sh"
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  stop_server
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_jar
rm -rf "$WORK" && mkdir -p "$WORK"
start_server "$PORT" "$WORK/server.log" -Xmx"$XMX" -cp "$JAR" dev.flute.bench.upload.UploadServer --port "$PORT"
URL="http://127.0.0.1:$PORT"
curl -sS -X POST "$URL/memory/reset" >/dev/null
( while kill -0 "$SERVER_PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; sleep 1; done ) \
  >"$WORK/rss.log" &
SAMPLER=$!

echo "== reading $SIZE_MIB MiB at $RATE/s from a server with -Xmx$XMX"
START=$(date +%s)
BYTES=$(curl -sS --limit-rate "$RATE" -o /dev/null -w '%{size_download}' "$URL/download/$SIZE_MIB")
END=$(date +%s)
curl -sS "$URL/memory" >"$WORK/memory.json"
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""
PEAKS=$(sed 's/.*"sum_of_pool_peaks":\([0-9]*\).*/\1/' "$WORK/memory.json")
RSS_FIRST=$(head -1 "$WORK/rss.log")
RSS_MAX=$(sort -n "$WORK/rss.log" | tail -1)

echo
echo "slow reader: $BYTES bytes in $((END - START)) s at $RATE/s, $(java -version 2>&1 | head -1), -Xmx$XMX"
printf '  heap pool peaks     %d MiB (sum of each heap pool'"'"'s peak during the read)\n' $((PEAKS / 1024 / 1024))
printf '  RSS                 %d MiB at the start, %d MiB at most (sampled every second)\n' \
  $((RSS_FIRST / 1024)) $((RSS_MAX / 1024))
[ "$BYTES" -eq $((SIZE_MIB * 1024 * 1024)) ] || { echo "!! short body: $BYTES bytes" >&2; exit 1; }
[ "$PEAKS" -lt $((BYTES / 4)) ] || { echo "!! the heap grew with the body" >&2; exit 1; }
