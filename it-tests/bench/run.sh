#!/usr/bin/env bash
# Kiln benchmarks: Kiln against raw Vert.x core, vertx-web, Quarkus REST and FastAPI/uvicorn, side by
# side, on the same four endpoints. See BENCHMARKS.md at the repository root for the method.
#
#   it-tests/bench/run.sh                  full run: every server, 3 rounds, 10 s per measurement
#   it-tests/bench/run.sh --smoke          a couple of seconds per server and case: checks the harness
#   it-tests/bench/run.sh --servers kiln,vertx --rounds 5
#   it-tests/bench/run.sh --help
#
# It installs what it needs (wrk, FastAPI and uvicorn from Debian), builds the apps (the Kiln app
# through it-tests/bench/pom.xml, which builds kiln-runtime and kiln-processor from this checkout in
# the same Maven run: nothing is installed into ~/.m2), then for each round starts each server in
# turn (A B A B ...), pinned to one CPU with one event loop, checks its answers, warms it up,
# measures every case with wrk pinned to the other CPU, and stops it. Results land in
# it-tests/bench/target/results/<time>/; the tables are printed at the end.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/../.." && pwd)
PY=/usr/bin/python3   # Debian's python: pyenv's python3 on PATH has no FastAPI

ALL_SERVERS=kiln,vertx,vertxweb,quarkus,fastapi
SERVERS=$ALL_SERVERS
SECTIONS=throughput,startup
ROUNDS=3
DURATION=10            # seconds per measurement
WARMUP=5               # seconds per case before measuring, each round (fresh process every round)
CONNECTIONS=64         # comma-separated list
PIPELINE_DEPTH=16
STARTUP_ROUNDS=5
RSS_REQUESTS=10000
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
BUILD=1
INSTALL=1
SMOKE=0
INTERLEAVE=0

usage() {
    cat <<EOF
usage: $0 [options]
  --smoke               1 round, 2 s per case, 1 s warm-up, 1 startup round: checks the harness end to end
  --servers LIST        comma-separated, from: $ALL_SERVERS (default: all)
  --sections LIST       throughput,startup (default: both)
  --rounds N            throughput rounds, servers interleaved in each (default $ROUNDS)
  --interleave          start every server of a round at once and measure each case on all of them back
                        to back (pairs seconds apart); default: one server at a time, all its cases
  --duration S          seconds per measurement (default $DURATION)
  --warmup S            seconds of warm-up per case (default $WARMUP)
  --connections LIST    comma-separated wrk connection counts (default $CONNECTIONS)
  --startup-rounds N    (default $STARTUP_ROUNDS)
  --no-build            use the apps already built
  --no-install          do not apt-get anything
environment: BENCH_SERVER_CPU (default 0), BENCH_CLIENT_CPU (default 1),
             BENCH_JAVA_OPTS (default "$JAVA_OPTS")
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --smoke) SMOKE=1 ;;
        --interleave) INTERLEAVE=1 ;;
        --servers) SERVERS=$2; shift ;;
        --sections) SECTIONS=$2; shift ;;
        --rounds) ROUNDS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --startup-rounds) STARTUP_ROUNDS=$2; shift ;;
        --no-build) BUILD=0 ;;
        --no-install) INSTALL=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
if [[ $SMOKE == 1 ]]; then
    ROUNDS=1; DURATION=2; WARMUP=1; STARTUP_ROUNDS=1
fi
IFS=, read -r -a SERVER_LIST <<<"$SERVERS"
IFS=, read -r -a CONNECTION_LIST <<<"$CONNECTIONS"
for server in "${SERVER_LIST[@]}"; do
    [[ ",$ALL_SERVERS," == *",$server,"* ]] || { echo "unknown server: $server (known: $ALL_SERVERS)" >&2; exit 2; }
done

OUT_DIR=$BENCH_DIR/target/results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR/logs"
THROUGHPUT_TSV=$OUT_DIR/throughput.tsv
STARTUP_TSV=$OUT_DIR/startup.tsv
FAILURES_TSV=$OUT_DIR/failures.tsv
CLK_TCK=$(getconf CLK_TCK)

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# cpu_ticks / jit_ticks: CPU of the server without its JIT compiler threads (lib.sh). Sourced before this
# script's own start_server and stop_server, which take other arguments than lib.sh's and must win.
. "$BENCH_DIR/lib.sh"

# ---------------------------------------------------------------------------------------------
# One server runs at a time; its PID is in SERVER_PID until it is stopped (and reaped), so the
# EXIT trap can stop it whatever way the script ends, and never signals a PID that was reused.
SERVER_PID=
# --interleave keeps every server of a round running: server -> PID and port (throughput_round_interleaved).
declare -A RUNNING_PID=() RUNNING_PORT=()
stop_server() {
    local pid=$SERVER_PID
    [[ -n $pid ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do            # up to 10 s for a graceful stop
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "PID $pid did not stop on SIGTERM: SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
    SERVER_PID=
}
cleanup() {
    stop_server
    stop_running
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    [[ -x $PY ]] || missing+=(python3)
    command -v taskset >/dev/null || missing+=(util-linux)
    if [[ ",$SERVERS," == *",fastapi,"* ]] && ! "$PY" -c 'import fastapi, uvicorn' 2>/dev/null; then
        # uvloop and httptools are what `uvicorn[standard]` brings: FastAPI's usual production setup.
        missing+=(python3-fastapi python3-uvicorn python3-uvloop python3-httptools)
    fi
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ $INSTALL == 0 ]]; then
        echo "missing: ${missing[*]} (and --no-install given)" >&2
        exit 1
    fi
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >"$OUT_DIR/logs/apt.log" 2>&1 || {
        apt-get update -q >>"$OUT_DIR/logs/apt.log" 2>&1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >>"$OUT_DIR/logs/apt.log" 2>&1
    }
}

build_apps() {
    if [[ ",$SERVERS," == *",kiln,"* ]]; then
        log "build: Kiln app (kiln-runtime and kiln-processor from $ROOT_DIR, no install)"
        mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests \
            >"$OUT_DIR/logs/build-kiln.log" 2>&1 || { tail -40 "$OUT_DIR/logs/build-kiln.log" >&2; exit 1; }
    fi
    if [[ ",$SERVERS," == *",vertx,"* || ",$SERVERS," == *",vertxweb,"* ]]; then
        log "build: raw Vert.x and vertx-web peers"
        mvn -B -q -f "$BENCH_DIR/vertx/pom.xml" package -DskipTests \
            >"$OUT_DIR/logs/build-vertx.log" 2>&1 || { tail -40 "$OUT_DIR/logs/build-vertx.log" >&2; exit 1; }
    fi
    if [[ ",$SERVERS," == *",quarkus,"* ]]; then
        log "build: Quarkus peer"
        mvn -B -q -f "$BENCH_DIR/quarkus/pom.xml" package -DskipTests \
            >"$OUT_DIR/logs/build-quarkus.log" 2>&1 || { tail -40 "$OUT_DIR/logs/build-quarkus.log" >&2; exit 1; }
    fi
}

# The command line of a server, into the array SERVER_CMD. Every server: 127.0.0.1, the given
# port, one event loop, one process.
server_command() {
    local server=$1 port=$2
    # shellcheck disable=SC2206  # JAVA_OPTS is a list of flags on purpose
    local java=(java $JAVA_OPTS)
    case "$server" in
        kiln)
            SERVER_CMD=("${java[@]}" -cp "$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*"
                dev.kiln.bench.kiln.BenchApp --host 127.0.0.1 --port "$port" --instances 1) ;;
        vertx)
            SERVER_CMD=("${java[@]}" -cp "$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*"
                dev.kiln.bench.vertx.RawVertxServer --host 127.0.0.1 --port "$port" --instances 1) ;;
        vertxweb)
            SERVER_CMD=("${java[@]}" -cp "$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*"
                dev.kiln.bench.vertx.VertxWebServer --host 127.0.0.1 --port "$port" --instances 1) ;;
        quarkus)
            # event-loops-pool-size=1 and io-threads=1 are in its application.properties
            SERVER_CMD=("${java[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port"
                -jar "$BENCH_DIR/quarkus/target/quarkus-app/quarkus-run.jar") ;;
        fastapi)
            # one worker = one process; no access log, like every other server here
            SERVER_CMD=("$PY" -m uvicorn app:app --app-dir "$BENCH_DIR/fastapi" --host 127.0.0.1
                --port "$port" --no-access-log --log-level warning) ;;
    esac
}

# A free port on 127.0.0.1 for the next server, into SERVER_PORT (picked before the clock of the
# startup measurement starts).
pick_port() {
    SERVER_PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
}

# Starts a server on SERVER_PORT pinned to SERVER_CPU; sets SERVER_PID. Logs go to LOG_FILE.
start_server() {
    local server=$1 log_file=$2
    server_command "$server" "$SERVER_PORT"
    # taskset execs the command, so $! is the server's own PID (what /proc/PID/stat must describe).
    (cd "$OUT_DIR" && exec taskset -c "$SERVER_CPU" "${SERVER_CMD[@]}") >"$log_file" 2>&1 &
    SERVER_PID=$!
}

wait_ready() {
    local timeout_s=$1
    taskset -c "$CLIENT_CPU" "$PY" "$BENCH_DIR/bench.py" first200 "$SERVER_PORT" "$timeout_s" "$SERVER_PID" 2>/dev/null
}


rss_kib() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# run_wrk URL_PATH CONNECTIONS DEPTH BODY_FILE DURATION_S -> prints the RESULT line
run_wrk() {
    local path=$1 conns=$2 depth=$3 body=$4 duration=$5
    BENCH_DEPTH=$depth BENCH_BODY_FILE=$body \
        taskset -c "$CLIENT_CPU" wrk -t1 -c"$conns" -d"${duration}s" --timeout 5s \
        -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$SERVER_PORT$path" 2>&1 | grep '^RESULT' || true
}

field() { # field NAME "RESULT a=1 b=2" -> value
    local name=$1 line=$2
    sed -n "s/.* $name=\([^ ]*\).*/\1/p" <<<" $line"
}

# The cases: name, path, pipeline depth, body file. Pipelining as TechEmpower does it for plaintext,
# and for JSON too, because the per-request overhead shows best when syscalls are batched.
CASES=(
    "plaintext|/plaintext|1|"
    "plaintext-pipelined|/plaintext|$PIPELINE_DEPTH|"
    "json|/json|1|"
    "json-pipelined|/json|$PIPELINE_DEPTH|"
    "items-get|/items/42?q=hello|1|"
    "items-post|/items|1|$BENCH_DIR/wrk/item.json"
)

record_failure() { # record_failure SECTION ROUND SERVER REASON
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$FAILURES_TSV"
}

# launch_server ROUND SERVER: starts SERVER on a fresh port, waits for its first 200 and checks its answers;
# SERVER_PID and SERVER_PORT describe it. Returns 1 (failure recorded, server stopped) when it cannot be measured.
launch_server() {
    local round=$1 server=$2
    pick_port
    start_server "$server" "$OUT_DIR/logs/$server-round$round.log"
    if ! wait_ready 120 >/dev/null; then
        log "$server did not answer 200 (log: $OUT_DIR/logs/$server-round$round.log):"
        tail -5 "$OUT_DIR/logs/$server-round$round.log" >&2 || true
        record_failure throughput "$round" "$server" "did not start"
        stop_server
        return 1
    fi
    if ! "$PY" "$BENCH_DIR/bench.py" check "$SERVER_PORT" 2>"$OUT_DIR/logs/$server-round$round.check"; then
        log "$server gave wrong answers; not measured:"
        cat "$OUT_DIR/logs/$server-round$round.check" >&2
        record_failure throughput "$round" "$server" "wrong answers"
        stop_server
        return 1
    fi
}

# warm_case CONNECTIONS CASE_SPEC SECONDS: SECONDS of the case in wrk runs of at most 2 s (warmup_runs).
warm_case() {
    local conns=$1 name path depth body seconds
    IFS='|' read -r name path depth body <<<"$2"
    for seconds in $(warmup_runs "$3"); do
        run_wrk "$path" "$conns" "$depth" "$body" "$seconds" >/dev/null
    done
}

# measure_case ROUND SERVER CONNECTIONS CASE_SPEC: one measurement of the server at SERVER_PID and
# SERVER_PORT, appended to THROUGHPUT_TSV.
measure_case() {
    local round=$1 server=$2 conns=$3 name path depth body line before after jit_before jit_after requests duration_us
    IFS='|' read -r name path depth body <<<"$4"
    before=$(cpu_ticks "$SERVER_PID") jit_before=$(jit_ticks "$SERVER_PID")
    line=$(run_wrk "$path" "$conns" "$depth" "$body" "$DURATION")
    after=$(cpu_ticks "$SERVER_PID") jit_after=$(jit_ticks "$SERVER_PID")
    if [[ -z $line ]]; then
        log "$server $name: wrk printed no result"
        return 0
    fi
    requests=$(field requests "$line")
    duration_us=$(field duration_us "$line")
    awk -v r="$round" -v s="$server" -v c="$name" -v n="$conns" -v d="$depth" -v req="$requests" \
        -v dur="$duration_us" -v ticks="$((after - before))" -v jit="$((jit_after - jit_before))" -v hz="$CLK_TCK" \
        -v p50="$(field p50_us "$line")" -v p99="$(field p99_us "$line")" \
        -v errs="$(( $(field err_connect "$line") + $(field err_read "$line") + $(field err_write "$line") + $(field err_status "$line") + $(field err_timeout "$line") ))" \
        'BEGIN {
            rps = dur > 0 ? req / (dur / 1e6) : 0
            cpu = req > 0 ? ticks / hz * 1e6 / req : "nan"
            jitcpu = req > 0 ? jit / hz * 1e6 / req : "nan"
            printf "%s\t%s\t%s\t%s\t%s\t%d\t%.0f\t%.1f\t%s\t%s\t%s\t%d\t%s\n", r, s, c, n, d, req, dur, rps, cpu, p50, p99, errs, jitcpu
        }' >>"$THROUGHPUT_TSV"
    log "  $server $name c=$conns: $(tail -1 "$THROUGHPUT_TSV" | awk -F'\t' '{ printf "%.0f req/s, %.2f CPU us/req (JIT %.2f more), p99 %.2f ms, %d errors", $8, $9, $13, $11 / 1000, $12 }')"
}

# One round of one server: start it, warm every case, measure every case, stop it.
throughput_round() {
    local round=$1 server=$2 case_spec conns
    log "round $round: $server"
    launch_server "$round" "$server" || return 0
    for conns in "${CONNECTION_LIST[@]}"; do
        for case_spec in "${CASES[@]}"; do
            warm_case "$conns" "$case_spec" "$WARMUP"
        done
        for case_spec in "${CASES[@]}"; do
            kill -0 "$SERVER_PID" 2>/dev/null || { record_failure throughput "$round" "$server" "died"; break 2; }
            measure_case "$round" "$server" "$conns" "$case_spec"
        done
    done
    stop_server
}

# --interleave: one round of every server at once. Each is started and warmed on every case in turn
# (they share SERVER_CPU, and an idle one takes none of it), then each case is measured on every
# server back to back, after a 2 s warm-up of that case: the measurements a ratio pairs are seconds
# apart, not a server's whole round apart, so a change in the machine's speed between them is smaller.
# The servers' order turns with the round.
stop_running() {
    local server
    for server in "${!RUNNING_PID[@]}"; do
        SERVER_PID=${RUNNING_PID[$server]}
        stop_server
        unset "RUNNING_PID[$server]" "RUNNING_PORT[$server]"
    done
}
throughput_round_interleaved() {
    local round=$1 n=${#SERVER_LIST[@]} i server case_spec conns order=()
    for ((i = 0; i < n; i++)); do
        order+=("${SERVER_LIST[$(((i + round - 1) % n))]}")
    done
    log "round $round, interleaved: ${order[*]}"
    for server in "${order[@]}"; do
        launch_server "$round" "$server" || continue
        for conns in "${CONNECTION_LIST[@]}"; do
            for case_spec in "${CASES[@]}"; do
                warm_case "$conns" "$case_spec" "$WARMUP"
            done
        done
        RUNNING_PID[$server]=$SERVER_PID RUNNING_PORT[$server]=$SERVER_PORT
        SERVER_PID=
    done
    for conns in "${CONNECTION_LIST[@]}"; do
        for case_spec in "${CASES[@]}"; do
            for server in "${order[@]}"; do
                [[ -n ${RUNNING_PID[$server]:-} ]] || continue
                SERVER_PID=${RUNNING_PID[$server]} SERVER_PORT=${RUNNING_PORT[$server]}
                if ! kill -0 "$SERVER_PID" 2>/dev/null; then
                    record_failure throughput "$round" "$server" "died"
                    stop_server   # reaps it
                    unset "RUNNING_PID[$server]" "RUNNING_PORT[$server]"
                    continue
                fi
                warm_case "$conns" "$case_spec" 2
                measure_case "$round" "$server" "$conns" "$case_spec"
            done
        done
    done
    SERVER_PID=
    stop_running
}

startup_round() {
    local round=$1 server=$2 t0 t1 rss
    log "startup round $round: $server"
    pick_port
    t0=$(date +%s%N)
    start_server "$server" "$OUT_DIR/logs/$server-startup$round.log"
    if ! t1=$(wait_ready 120); then
        record_failure startup "$round" "$server" "did not start"
        stop_server
        return 0
    fi
    if ! taskset -c "$CLIENT_CPU" "$PY" "$BENCH_DIR/bench.py" load "$SERVER_PORT" "$RSS_REQUESTS" 120 \
            2>>"$OUT_DIR/logs/$server-startup$round.log"; then
        record_failure startup "$round" "$server" "failed under load"
        stop_server
        return 0
    fi
    rss=$(rss_kib "$SERVER_PID" 2>/dev/null || echo nan)
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$(( (t1 - t0) / 1000 ))" "$rss" "$RSS_REQUESTS" \
        | awk -F'\t' -v OFS='\t' '{ $3 = sprintf("%.1f", $3 / 1000); print }' >>"$STARTUP_TSV"
    log "  first 200 after $(tail -1 "$STARTUP_TSV" | cut -f3) ms, RSS $(( ${rss/nan/0} / 1024 )) MiB after $RSS_REQUESTS requests"
    stop_server
}

machine_summary() {
    {
        echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "cpu: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo) x $(nproc)"
        echo "kernel: $(uname -r)"
        echo "java: $(java -version 2>&1 | head -1)"
        echo "java options: $JAVA_OPTS"
        echo "python: $("$PY" --version 2>&1)"
        echo "wrk: $(wrk --version 2>&1 | head -1)"
        echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
        echo "settings: servers=$SERVERS rounds=$ROUNDS duration=${DURATION}s warmup=${WARMUP}s connections=$CONNECTIONS pipeline=$PIPELINE_DEPTH server_cpu=$SERVER_CPU client_cpu=$CLIENT_CPU smoke=$SMOKE interleave=$INTERLEAVE"
    } >"$OUT_DIR/machine.txt"
}

# ---------------------------------------------------------------------------------------------
install_tools
[[ $BUILD == 1 ]] && build_apps
machine_summary
printf 'round\tserver\tcase\tconnections\tdepth\trequests\tduration_us\trps\tcpu_us_per_req\tp50_us\tp99_us\terrors\tjit_us_per_req\n' >"$THROUGHPUT_TSV"
printf 'section\tround\tserver\treason\n' >"$FAILURES_TSV"

if [[ ",$SECTIONS," == *",throughput,"* ]]; then
    for round in $(seq 1 "$ROUNDS"); do
        if [[ $INTERLEAVE == 1 ]]; then
            throughput_round_interleaved "$round"
            continue
        fi
        for server in "${SERVER_LIST[@]}"; do
            throughput_round "$round" "$server"
        done
    done
fi
if [[ ",$SECTIONS," == *",startup,"* ]]; then
    printf 'round\tserver\tfirst_200_ms\trss_kib\trss_after_requests\n' >"$STARTUP_TSV"
    for round in $(seq 1 "$STARTUP_ROUNDS"); do
        for server in "${SERVER_LIST[@]}"; do
            startup_round "$round" "$server"
        done
    done
fi

{
    [[ $SMOKE == 1 ]] && printf '> SMOKE RUN: %ss per case, 1 round. The numbers only show that the harness works.\n\n' "$DURATION"
    echo '```'
    cat "$OUT_DIR/machine.txt"
    echo '```'
    echo
    "$PY" "$BENCH_DIR/bench.py" report "$OUT_DIR"
} | tee "$OUT_DIR/report.md"
log "results: $OUT_DIR"

# A server that could not be measured is a failed run, after the tables are printed.
if [[ $(wc -l <"$FAILURES_TSV") -gt 1 ]]; then
    log "some servers were not measured: see $FAILURES_TSV"
    exit 1
fi
exit
}
