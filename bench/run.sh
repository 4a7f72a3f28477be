#!/usr/bin/env bash
# Flute against hand-written raw Vert.x, on the contract of shared/BENCH.md.
#
#   bench/run.sh [--short] [--no-build] [--servers "raw flute"]
#
#   --short      CI mode: start the servers and run ContractCheck against each (asserts responses,
#                never timings); exit non-zero if any check fails. No load, no wrk.
#   (default)    full mode: install wrk if missing, warm up, then per endpoint alternate raw and
#                flute under wrk (ABBA...), and print the table.
#   --no-build   use the existing bench/target/bench.jar.
#   --servers    which servers to run (default "raw flute"); "raw" alone is a smoke test.
#
# Knobs (environment): RAW_PORT=8081 FLUTE_PORT=8082 BENCH_JAVA_OPTS="-Xms512m -Xmx512m -XX:+UseParallelGC"
#   BENCH_EVENT_LOOPS=$(nproc) WRK_THREADS=$(nproc)/2 WRK_CONNECTIONS=32 DURATION=10s WARMUP=5s ROUNDS=3
#   WARMUP_PASSES=2 (passes over every endpoint, WARMUP each, before any is measured)
#   BENCH_JAR=bench/target/bench.jar (another build's jar, to measure before and after a change)
#   STEAL_MAX=2 (percent of the machine's CPU time the hypervisor may steal during a timed run;
#   a run over it is run again, up to STEAL_RETRIES=2 times, and a warning says so if it stays over)
#   FORKS=1 (fresh server processes per side, each warmed and measured in full; a JVM's JIT can
#   settle on slower code for its whole life, so one process per side measures that luck too)
#   rps, p99 and server CPU per request are the medians of every round of every fork.
#   BENCH_ENDPOINTS="plaintext json items items_422 post_items post_items_422 deps r0 r999"
#   SERVER_CPUS / WRK_CPUS (taskset CPU lists, optional: pin servers and wrk apart).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
JAR="${BENCH_JAR:-$HERE/target/bench.jar}"
OUT="$HERE/target/bench-run"

MODE=full
BUILD=1
SERVERS="${BENCH_SERVERS:-raw flute}"
while [ $# -gt 0 ]; do
  case "$1" in
    --short) MODE=short ;;
    --no-build) BUILD=0 ;;
    --servers) SERVERS="$2"; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

RAW_PORT=${RAW_PORT:-8081}
FLUTE_PORT=${FLUTE_PORT:-8082}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
EVENT_LOOPS=${BENCH_EVENT_LOOPS:-$(nproc)}
# wrk shares the machine with the server: half the cores (at least one) keeps the tail sane.
WRK_THREADS=${WRK_THREADS:-$(( $(nproc) / 2 > 0 ? $(nproc) / 2 : 1 ))}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
ROUNDS=${ROUNDS:-3}
FORKS=${FORKS:-1}
WARMUP_PASSES=${WARMUP_PASSES:-2}
ENDPOINTS=${BENCH_ENDPOINTS:-plaintext json items items_422 post_items post_items_422 deps r0 r999}
SERVER_TASKSET=${SERVER_CPUS:+taskset -c $SERVER_CPUS}
WRK_TASKSET=${WRK_CPUS:+taskset -c $WRK_CPUS}

declare -A PID PORT
PORT[raw]=$RAW_PORT
PORT[flute]=$FLUTE_PORT

# Every server started, also when the script stops half-way.
stop_servers() {
  local s
  for s in "${!PID[@]}"; do
    kill "${PID[$s]}" 2>/dev/null || true
    wait "${PID[$s]}" 2>/dev/null || true
  done
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

if [ "$BUILD" = 1 ]; then
  echo "== building bench.jar"
  (cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests)
fi
[ -f "$JAR" ] || { echo "missing $JAR (run without --no-build)" >&2; exit 1; }
mkdir -p "$OUT"

start_server() { # name
  local s=$1
  echo "== starting $s on port ${PORT[$s]}"
  # Identical JVM flags and event-loop count for both; only the mode differs.
  # shellcheck disable=SC2086
  $SERVER_TASKSET java $JAVA_OPTS -Dbench.eventLoops="$EVENT_LOOPS" -jar "$JAR" "$s" --port "${PORT[$s]}" \
    >"$OUT/$s.log" 2>&1 &
  PID[$s]=$!
}

wait_ready() { # name
  local s=$1 i
  for i in $(seq 1 300); do
    if ! kill -0 "${PID[$s]}" 2>/dev/null; then
      echo "!! $s server exited before listening:" >&2
      sed 's/^/   /' "$OUT/$s.log" >&2
      return 1
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/${PORT[$s]}") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "!! $s server not listening on ${PORT[$s]} after 30s" >&2
  return 1
}

start_servers() {
  local s
  for s in $SERVERS; do start_server "$s"; done
  for s in $SERVERS; do wait_ready "$s"; done
}


start_servers

if [ "$MODE" = short ]; then
  failed=0
  for s in $SERVERS; do
    echo "== contract check: $s"
    java -jar "$JAR" check --port "${PORT[$s]}" || failed=1
  done
  if [ "$failed" = 0 ]; then echo "== contract: all servers pass"; else echo "== contract: FAILURES (see above)"; fi
  exit "$failed"
fi

# ---- full mode ---------------------------------------------------------------------------------

if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# Requests must be answered correctly before they are timed.
for s in $SERVERS; do
  echo "== contract check: $s"
  java -jar "$JAR" check --port "${PORT[$s]}" >"$OUT/check-$s.txt" || {
    grep -v '^PASS' "$OUT/check-$s.txt" >&2; exit 1; }
  tail -n 1 "$OUT/check-$s.txt"
done

Q51=$(printf 'x%.0s' $(seq 1 51))
endpoint() { # name -> sets EP_PATH EP_ARGS EP_EXPECT (2xx|4xx)
  EP_ARGS=()
  EP_EXPECT=2xx
  case "$1" in
    plaintext) EP_PATH=/plaintext ;;
    json) EP_PATH=/json ;;
    items) EP_PATH="/items/5?q=x" ;;
    items_422) EP_PATH="/items/abc?q=$Q51&limit=0"; EP_EXPECT=4xx ;;
    post_items) EP_PATH=/items/; EP_ARGS=(-s "$HERE/post_item.lua") ;;
    post_items_422) EP_PATH=/items/; EP_ARGS=(-s "$HERE/post_item_invalid.lua"); EP_EXPECT=4xx ;;
    deps) EP_PATH=/deps/; EP_ARGS=(-H "X-Token: bench") ;;
    r0) EP_PATH="/r0/items/5?q=x" ;;
    r999) EP_PATH="/r999/items/5?q=x" ;;
    *) echo "unknown endpoint $1" >&2; exit 2 ;;
  esac
}

# run_wrk server endpoint duration -> "rps p99_ms requests non2xx socket_errors"
run_wrk() {
  local s=$1 name=$2 dur=$3 out
  endpoint "$name"
  # shellcheck disable=SC2086
  out=$($WRK_TASKSET wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$dur" --latency "${EP_ARGS[@]}" \
    "http://127.0.0.1:${PORT[$s]}$EP_PATH" 2>&1)
  printf '### %s %s %s\n%s\n\n' "$s" "$name" "$dur" "$out" >>"$OUT/wrk.log"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                     if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { reqs = $1 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(/,/, ""); errs = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %d %d\n", rps, p99, reqs, non2xx, errs }' <<<"$out"
}

cpu_ticks() { # server -> CPU time the server process has used (user + system), in clock ticks
  awk '{ print $14 + $15 }' "/proc/${PID[$1]}/stat"
}

machine_ticks() { # -> "stolen total" clock ticks summed over every CPU since boot
  awk '$1 == "cpu" { t = 0; for (i = 2; i <= NF; i++) t += $i; print $9, t }' /proc/stat
}

# measure server endpoint -> "rps p99_ms requests non2xx socket_errors cpu_us_per_request steal_pct":
# one timed run, with the CPU time the server spent on it and the share the hypervisor stole.
measure() {
  local s=$1 name=$2 ticks0 ticks1 stolen0 total0 stolen1 total1 rps p99 reqs non2xx errs
  ticks0=$(cpu_ticks "$s"); read -r stolen0 total0 < <(machine_ticks)
  read -r rps p99 reqs non2xx errs < <(run_wrk "$s" "$name" "$DURATION")
  ticks1=$(cpu_ticks "$s"); read -r stolen1 total1 < <(machine_ticks)
  awk -v r="$rps $p99 $reqs $non2xx $errs" -v t=$((ticks1 - ticks0)) -v hz="$CLK_TCK" -v n="$reqs" \
    -v st=$((stolen1 - stolen0)) -v tt=$((total1 - total0)) \
    'BEGIN { printf "%s %.2f %.2f\n", r, (n > 0 ? t * 1e6 / hz / n : 0), (tt > 0 ? 100 * st / tt : 0) }'
}

median() { # numbers... -> their median (the mean of the middle two for an even count)
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

rss_mib() { # server -> VmRSS in MiB
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/${PID[$1]}/status"
}

describe_machine() {
  echo "- nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//');" \
    "memory: $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  # Other work on the machine skews both servers: say how busy it was.
  echo "- load average (1/5/15 min): $LOAD_BEFORE at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "- kernel: $(uname -sr)"
  echo "- java: $(java -version 2>&1 | sed -n '2p')"
  echo "- wrk: $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
  echo "- JVM flags (both): $JAVA_OPTS; event loops (both): $EVENT_LOOPS"
  echo "- wrk: $WRK_THREADS threads, $WRK_CONNECTIONS connections, $DURATION per run after $WARMUP_PASSES warm-up passes" \
    "over every endpoint and $WARMUP more on the endpoint," \
    "$ROUNDS rounds alternating A/B per endpoint, in each of $FORKS fork(s) (fresh servers, warmed again)${SERVER_CPUS:+; servers on CPUs $SERVER_CPUS}${WRK_CPUS:+; wrk on CPUs $WRK_CPUS}"
  echo "- CPU/req: the server process's user + system time (its JIT and GC threads included) over the" \
    "requests it answered in the run; a run during which the hypervisor stole more than $STEAL_MAX% of" \
    "the machine's CPU time was run again (up to $STEAL_RETRIES times)"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CLK_TCK=$(getconf CLK_TCK)
STEAL_MAX=${STEAL_MAX:-2}
STEAL_RETRIES=${STEAL_RETRIES:-2}
: >"$OUT/wrk.log"
declare -A RPS P99 CPU RSS T_RPS T_P99 T_CPU T_RSS
WARNINGS=()
for s in $SERVERS; do for name in $ENDPOINTS; do RSS[$name/$s]=0; done; done
measure_fork() { # fork: warm up every endpoint, then the timed rounds of each
  # A server in service answers all its routes: the JIT must have seen them all (call sites shared
  # by every route turn polymorphic) and finished compiling before anything is timed, or the first
  # endpoints are measured monomorphic and the later ones while C2 still competes for the CPU.
  echo "== warming up: $WARMUP_PASSES passes over every endpoint, $WARMUP each"
  for pass in $(seq 1 "$WARMUP_PASSES"); do
    for name in $ENDPOINTS; do
      for s in $SERVERS; do run_wrk "$s" "$name" "$WARMUP" >/dev/null; done
    done
  done
  echo "== measuring: $ENDPOINTS"
  for name in $ENDPOINTS; do
    endpoint "$name"
    for s in $SERVERS; do
      run_wrk "$s" "$name" "$WARMUP" >/dev/null
    done
    for r in $(seq 1 "$ROUNDS"); do
      order=$SERVERS
      if [ $((r % 2)) = 0 ]; then order=$(echo "$SERVERS" | awk '{ for (i = NF; i > 0; i--) printf "%s ", $i }'); fi
      for s in $order; do
        # On a shared machine a neighbour can take the CPU mid-run: such a run measures the neighbour.
        for try in $(seq 0 "$STEAL_RETRIES"); do
          read -r rps p99 reqs non2xx errs cpu steal < <(measure "$s" "$name")
          echo "   $name fork $fork round $r $s: $rps req/s, p99 ${p99} ms, ${cpu} us CPU/request, ${steal}% stolen"
          if awk -v a="$steal" -v m="$STEAL_MAX" 'BEGIN { exit !(a <= m) }'; then break; fi
          if [ "$try" = "$STEAL_RETRIES" ]; then
            WARNINGS+=("$name/$s fork $fork round $r: ${steal}% of the CPU time stolen by the hypervisor, kept after $STEAL_RETRIES re-runs")
          fi
        done
        RPS[$name/$s]="${RPS[$name/$s]:-} $rps"
        P99[$name/$s]="${P99[$name/$s]:-} $p99"
        CPU[$name/$s]="${CPU[$name/$s]:-} $cpu"
        rss=$(rss_mib "$s")
        if [ "$rss" -gt "${RSS[$name/$s]}" ]; then RSS[$name/$s]=$rss; fi
        if [ "$EP_EXPECT" = 2xx ] && [ "$non2xx" != 0 ]; then
          WARNINGS+=("$name/$s fork $fork round $r: $non2xx non-2xx responses")
        fi
        if [ "$EP_EXPECT" = 4xx ] && [ "$non2xx" != "$reqs" ]; then
          WARNINGS+=("$name/$s fork $fork round $r: only $non2xx of $reqs responses were errors")
        fi
        if [ "$errs" != 0 ]; then WARNINGS+=("$name/$s fork $fork round $r: $errs socket errors"); fi
      done
    done
  done
}

for fork in $(seq 1 "$FORKS"); do
  if [ "$fork" -gt 1 ]; then
    echo "== fork $fork of $FORKS: fresh servers"
    stop_servers
    start_servers
  fi
  measure_fork
done
for name in $ENDPOINTS; do
  for s in $SERVERS; do
    # shellcheck disable=SC2086
    T_RPS[$name/$s]=$(median ${RPS[$name/$s]}); T_P99[$name/$s]=$(median ${P99[$name/$s]})
    # shellcheck disable=SC2086
    T_CPU[$name/$s]=$(median ${CPU[$name/$s]}); T_RSS[$name/$s]=${RSS[$name/$s]}
  done
done

ratio() { # a b -> a / b, or nothing when either is missing or b is 0
  if [ -n "$1" ] && [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) print a / b }'; fi
}

# "flute rates" "raw rates" -> "median (lowest–highest)" of flute/raw round by round, or "-".
# A round runs both servers back to back, so its ratio leaves out what changed between rounds; the
# spread says how far one round's verdict can be trusted on this machine.
round_pairs() {
  if [ -z "$1" ] || [ -z "$2" ]; then echo "-"; return; fi
  local ratios
  ratios=$(awk -v f="$1" -v r="$2" 'BEGIN {
    n = split(f, fs, " "); split(r, rs, " "); for (i = 1; i <= n; i++) print fs[i] / rs[i] }' | sort -g)
  # shellcheck disable=SC2086
  printf '%.3f (%.2f–%.2f)' "$(median $ratios)" "$(head -n 1 <<<"$ratios")" "$(tail -n 1 <<<"$ratios")"
}

fmt() { # number format -> formatted or "-"
  if [ -z "$1" ]; then echo "-"; else awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; fi
}

{
  echo "| endpoint | raw rps | flute rps | flute/raw | round pairs | p99 raw | p99 flute | CPU/req raw | CPU/req flute | CPU flute/raw | RSS raw | RSS flute |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for name in $ENDPOINTS; do
    rr=${T_RPS[$name/raw]:-} fr=${T_RPS[$name/flute]:-} rp=${T_P99[$name/raw]:-} fp=${T_P99[$name/flute]:-}
    rm=${T_RSS[$name/raw]:-} fm=${T_RSS[$name/flute]:-} rc=${T_CPU[$name/raw]:-} fc=${T_CPU[$name/flute]:-}
    echo "| $name | $(fmt "$rr" '%.0f') | $(fmt "$fr" '%.0f') | $(fmt "$(ratio "$fr" "$rr")" '%.3f') |" \
      "$(round_pairs "${RPS[$name/flute]:-}" "${RPS[$name/raw]:-}") | $(fmt "$rp" '%.2f ms') | $(fmt "$fp" '%.2f ms') | $(fmt "$rc" '%.1f us') | $(fmt "$fc" '%.1f us') |" \
      "$(fmt "$(ratio "$fc" "$rc")" '%.3f') | $(fmt "$rm" '%d MiB') | $(fmt "$fm" '%d MiB') |"
  done
  echo
  describe_machine
  if [ ${#WARNINGS[@]} -gt 0 ]; then
    echo
    echo "Warnings:"
    for w in "${WARNINGS[@]}"; do echo "- $w"; done
  fi
} | tee "$OUT/results.md"
echo "(table saved to $OUT/results.md, wrk output in $OUT/wrk.log)"
