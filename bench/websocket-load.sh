#!/usr/bin/env bash
# Websocket load on loopback: N concurrent sockets on one Flute server process with a 512 MiB heap,
# and the hub's broadcast fan-out. Not a test: it prints the numbers.
#
#   bench/websocket-load.sh [--no-build] [--connections 10000] [--broadcasts 50] [--message-bytes 64] [--xmx 512m]
#
# Starts dev.flute.websocket.bench.LoadServer (-Xmx512m, one verticle per core; every socket of
# /bench joins one hub room and broadcasts what it receives) and, in a second process so each side
# has its own open-file limit, dev.flute.websocket.bench.LoadClient, which opens the sockets, asks
# the server for its heap (after GC) and RSS with all of them open, then times one broadcast to every
# socket and a burst of broadcasts sent back to back (deliveries per second).
#
# Knobs (environment): WS_LOAD_PORT=8097
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
MODULE="$ROOT/dsl-websocket"
BUILD=1
CONNECTIONS=10000
BROADCASTS=50
MESSAGE_BYTES=64
XMX=512m
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --broadcasts) BROADCASTS="$2"; shift ;;
    --message-bytes) MESSAGE_BYTES="$2"; shift ;;
    --xmx) XMX="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${WS_LOAD_PORT:-8097}

# Each process holds one descriptor per socket, plus jars and the JVM's own.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
NEED=$((CONNECTIONS + 1000))
if [ "$(ulimit -n)" -lt "$NEED" ]; then
  ulimit -n "$NEED" 2>/dev/null || { echo "the open-file limit $(ulimit -n) is below $NEED; raise it (ulimit -Hn)" >&2; exit 1; }
fi

CP_FILE="$MODULE/target/websocket-load.classpath"
if [ "$BUILD" = 1 ] || [ ! -f "$CP_FILE" ]; then
  echo "== compiling dsl-websocket and its test classes"
  (cd "$ROOT" && mvn -q -B -o -pl dsl-websocket test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE")
fi
CP="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")"

SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOG=$(mktemp)
echo "== server: -Xmx$XMX on 127.0.0.1:$PORT ($(nproc) cores; open-file limit $(ulimit -n))"
java -Xmx"$XMX" -cp "$CP" dev.flute.websocket.bench.LoadServer "$PORT" >"$LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  grep -q '^READY' "$LOG" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
grep -q '^READY' "$LOG" || { echo "the server did not start" >&2; cat "$LOG" >&2; exit 1; }

echo "== client: $CONNECTIONS sockets, $BROADCASTS broadcasts of $MESSAGE_BYTES bytes"
java -Xmx1g -cp "$CP" dev.flute.websocket.bench.LoadClient "$PORT" "$CONNECTIONS" "$BROADCASTS" "$MESSAGE_BYTES"
if grep -q "OutOfMemoryError" "$LOG"; then echo "the server ran out of heap" >&2; exit 1; fi
