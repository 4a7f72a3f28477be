#!/bin/sh
# Issue #17, finding 1: a urlencoded body of bare names (a&a&a…, 2 MiB) to a form route, while four
# plain GETs are timed. Before the fix the body took a minute on one event loop and a GET that
# landed on that loop waited as long.
#   java -jar examples/target/examples.jar oauth2-jwt --port 8000 &
#   bench/security/flood.sh 8000 /token
set -eu
PORT=$1
ROUTE=${2:-/token}
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT
python3 -c "import sys; sys.stdout.write('a&' * (1 << 20))" > "$BODY"
curl -s -o /dev/null -w "flood: %{http_code} in %{time_total}s\n" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$BODY" "http://127.0.0.1:$PORT$ROUTE" &
sleep 0.5
for i in 1 2 3 4; do
    curl -s -o /dev/null -w "concurrent GET /docs: %{http_code} in %{time_total}s\n" "http://127.0.0.1:$PORT/docs"
done
wait
