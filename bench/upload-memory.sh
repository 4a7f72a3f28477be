#!/usr/bin/env bash
# Heap and RSS of a Flute server while it receives a 1 GiB upload with a 64 MiB heap.
#
#   bench/upload-memory.sh [--no-build] [--size-mib 1024] [--xmx 64m]
#
# Starts dev.flute.bench.upload.UploadServer with -Xmx64m, uploads a file of random bytes with
# curl (multipart, field "file"), and samples while it streams: the heap every 100 ms with jstat
# (used = survivors + eden + old), the RSS every 100 ms from /proc, and at the end the JVM's own
# per-pool heap peaks and the process's peak RSS (VmHWM). It fails when the upload is not
# answered with its exact size, or when a temporary file is left behind.
#
# Knobs (environment): UPLOAD_PORT=8091 UPLOAD_JAVA_OPTS="" (added after -Xmx) WORK_DIR=$(mktemp -d)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR="$HERE/target/bench.jar"
BUILD=1
SIZE_MIB=1024
XMX=64m
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --size-mib) SIZE_MIB="$2"; shift ;;
    --xmx) XMX="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
PORT=${UPLOAD_PORT:-8091}
WORK=${WORK_DIR:-$(mktemp -d)}
TMP=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.io.tmpdir/ {print $2}')
SERVER_PID=""
SAMPLERS=()

cleanup() {
  local p
  for p in "${SAMPLERS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -f "$WORK/upload.bin"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$BUILD" = 1 ]; then
  echo "== building bench.jar"
  (cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests)
fi
[ -f "$JAR" ] || { echo "missing $JAR (run without --no-build)" >&2; exit 1; }
mkdir -p "$WORK"

echo "== writing $SIZE_MIB MiB of random bytes to $WORK/upload.bin"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom >"$WORK/upload.bin"
SIZE=$(stat -c %s "$WORK/upload.bin")
LEFT_BEFORE=$(find "$TMP" -maxdepth 1 -name 'flute-upload-*' | wc -l)

echo "== starting the upload server with -Xmx$XMX on port $PORT"
# shellcheck disable=SC2086
java -Xmx"$XMX" ${UPLOAD_JAVA_OPTS:-} -cp "$JAR" dev.flute.bench.upload.UploadServer --port "$PORT" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done
URL="http://127.0.0.1:$PORT"

curl -sS -X POST "$URL/memory/reset" >"$WORK/memory-before.json"
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")

jstat -gc "$SERVER_PID" 100 >"$WORK/jstat.log" &
SAMPLERS+=($!)
( while kill -0 "$SERVER_PID" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"
    sleep 0.1
  done ) >"$WORK/rss.log" &
SAMPLERS+=($!)

echo "== uploading $SIZE bytes"
START=$(date +%s.%N)
REPLY=$(curl -sS -F "file=@$WORK/upload.bin;type=application/octet-stream" "$URL/upload")
END=$(date +%s.%N)
sleep 0.3
for p in "${SAMPLERS[@]}"; do kill "$p" 2>/dev/null || true; done
SAMPLERS=()
curl -sS "$URL/memory" >"$WORK/memory-after.json"
HWM=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")

# Uploads are deleted once the response is sent: give the cleanup a moment, then count.
LEFT=0
for _ in $(seq 1 50); do
  LEFT=$(( $(find "$TMP" -maxdepth 1 -name 'flute-upload-*' | wc -l) - LEFT_BEFORE ))
  [ "$LEFT" -le 0 ] && break
  sleep 0.1
done

HEAP_MAX_USED_KB=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
  END { printf "%d", max }' "$WORK/jstat.log")
HEAP_MAX_COMMITTED_KB=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { c = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]; if (c > max) max = c }
  END { printf "%d", max }' "$WORK/jstat.log")
GCS=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { if (!seen) { y0 = $col["YGC"]; f0 = $col["FGC"]; seen = 1 } y = $col["YGC"]; f = $col["FGC"] }
  END { printf "%d young, %d full", y - y0, f - f0 }' "$WORK/jstat.log")
RSS_MAX=$(sort -n "$WORK/rss.log" | tail -1)
SAMPLES=$(grep -c '^[ ]*[0-9]' "$WORK/jstat.log" || true)
SECONDS_TAKEN=$(echo "$END - $START" | bc)
POOL_PEAKS=$(sed 's/.*"sum_of_pool_peaks":\([0-9]*\).*/\1/' "$WORK/memory-after.json")

echo
echo "upload of $SIZE bytes ($SIZE_MIB MiB) through -Xmx$XMX, $(java -version 2>&1 | head -1)"
printf '  answer              %s\n' "$REPLY"
printf '  time                %.1f s (%.0f MiB/s)\n' "$SECONDS_TAKEN" "$(echo "$SIZE_MIB / $SECONDS_TAKEN" | bc -l)"
printf '  heap used, max      %d MiB (jstat every 100 ms, %s samples)\n' $((HEAP_MAX_USED_KB / 1024)) "$SAMPLES"
printf '  heap committed, max %d MiB\n' $((HEAP_MAX_COMMITTED_KB / 1024))
printf '  heap pool peaks     %d MiB (sum of each pool'"'"'s peak, from the JVM)\n' $((POOL_PEAKS / 1024 / 1024))
printf '  GCs during upload   %s\n' "$GCS"
printf '  RSS before          %d MiB\n' $((RSS_BEFORE / 1024))
printf '  RSS max             %d MiB (sampled every 100 ms); peak over the process life (VmHWM) %d MiB\n' \
  $((RSS_MAX / 1024)) $((HWM / 1024))
printf '  temp files left     %d\n' "$LEFT"
printf '  samples and logs    %s\n' "$WORK"

case "$REPLY" in
  *"\"size\":$SIZE"*) ;;
  *) echo "!! the server did not answer with the uploaded size" >&2; exit 1 ;;
esac
[ "$LEFT" -le 0 ] || { echo "!! $LEFT temporary upload file(s) left in $TMP" >&2; exit 1; }
