# Shared by bench/soak.sh and bench/slow-reader.sh: build bench.jar, start one Java server in the
# background and wait for its port, stop it on exit. Source it after setting HERE, ROOT, JAR, BUILD.

SERVER_PID=""

# Builds bench.jar unless BUILD=0; fails when there is none to run.
build_jar() {
  if [ "$BUILD" = 1 ]; then
    echo "== building bench.jar"
    (cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests)
  fi
  [ -f "$JAR" ] || { echo "missing $JAR (run without --no-build)" >&2; exit 1; }
}

# start_server PORT LOG JAVA_ARGS...: starts java with JAVA_ARGS, its output in LOG, and waits until
# PORT accepts connections (SERVER_PID is set); prints the log and fails when the server dies first.
start_server() {
  local port=$1 log=$2
  shift 2
  java "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; exit 1; }
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the server did not listen on $port" >&2
  exit 1
}

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
