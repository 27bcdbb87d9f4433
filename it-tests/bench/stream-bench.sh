#!/usr/bin/env bash
# Streaming benchmarks (BENCHMARKS.md, "Streaming"): programs that print numbers, never tests.
#
#   it-tests/bench/stream-bench.sh                          every section, 3 rounds each
#   it-tests/bench/stream-bench.sh --sections sse --clients 2000 --rounds 1
#   it-tests/bench/stream-bench.sh --help
#
# sse     10,000 server-sent event clients on one event loop (the Kiln bench app, --instances 1), one
#         event a second to each: server RSS per connection (after a GC, with N clients against
#         before them) and server CPU per event delivered (utime+stime over a window / events the
#         clients counted). Client: dev.kiln.bench.vertx.SseClients (Vert.x NetClient, one event loop).
# jsonl   1 GiB of JSON Lines (GET /lines, a Stream pulled on a worker) to a reader that takes
#         JSONL_RATE bytes a second (curl --limit-rate): the server's VmRSS sampled every 200 ms,
#         its peak above the idle RSS (the back-pressure target: under 64 MiB).
# static  one file served by Kiln's App.staticFiles and by vertx-web's StaticHandler (the same file,
#         the same one-event-loop server setup), wrk for STATIC_SECONDS per round: requests/s and the
#         ratio Kiln / vertx-web.
#
# Servers are pinned to BENCH_SERVER_CPU, clients to BENCH_CLIENT_CPU; run on a quiet machine
# (check `uptime`). It builds the apps (--no-build reuses them) and keeps logs and TSVs in
# it-tests/bench/target/stream-results/<time>/.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
SECTIONS=sse,jsonl,static
ROUNDS=3
CLIENTS=10000
SSE_WINDOW=20          # seconds of events measured once every client is connected
JSONL_MIB=1024
JSONL_RATE=20M         # curl --limit-rate: the slow reader (the server makes 90+ MiB/s here)
STATIC_SECONDS=10
STATIC_SIZE=16384      # bytes of the served file
STATIC_CONNECTIONS=64
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
# The JSON Lines server also gets a fixed young generation: ParallelGC otherwise grows it with the
# allocation rate (tens of MiB of garbage heap), which would hide what is measured, the bytes buffered.
JSONL_JAVA_OPTS=${BENCH_JSONL_JAVA_OPTS:--Xmn16m}
BUILD=1

usage() {
    cat <<EOF
usage: $0 [options]
  --sections LIST     sse,jsonl,static (default: all)
  --rounds N          rounds per section (default $ROUNDS)
  --clients N         SSE clients (default $CLIENTS)
  --sse-window S      seconds of events measured (default $SSE_WINDOW)
  --jsonl-mib N       MiB of JSON Lines (default $JSONL_MIB)
  --jsonl-rate R      the reader's rate, as curl's --limit-rate (default $JSONL_RATE)
  --static-seconds S  wrk seconds per server and round (default $STATIC_SECONDS)
  --no-build          use the apps already built
environment: BENCH_SERVER_CPU (default 0), BENCH_CLIENT_CPU (default 1), BENCH_JAVA_OPTS ("$JAVA_OPTS"),
             BENCH_JSONL_JAVA_OPTS (added for the JSON Lines server, default "$JSONL_JAVA_OPTS")
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sections) SECTIONS=$2; shift ;;
        --rounds) ROUNDS=$2; shift ;;
        --clients) CLIENTS=$2; shift ;;
        --sse-window) SSE_WINDOW=$2; shift ;;
        --jsonl-mib) JSONL_MIB=$2; shift ;;
        --jsonl-rate) JSONL_RATE=$2; shift ;;
        --static-seconds) STATIC_SECONDS=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR="$BENCH_DIR/target/stream-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# 10,000 sockets on each side, plus Vert.x's own.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
log "open files: $(ulimit -n); load: $(uptime | sed 's/.*load average: //')"

KILN_CP="$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*"
VERTX_CP="$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*"

if [[ $BUILD == 1 ]]; then
    log "build: Kiln bench app (this checkout, no install) and the Vert.x programs"
    mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests >"$OUT_DIR/logs/build-kiln.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-kiln.log" >&2; exit 1; }
    mvn -B -q -f "$BENCH_DIR/vertx/pom.xml" package -DskipTests >"$OUT_DIR/logs/build-vertx.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-vertx.log" >&2; exit 1; }
fi

# cpu_ticks / jit_ticks: CPU of the server without its JIT compiler threads (lib.sh)
. "$BENCH_DIR/lib.sh"
require_tools wrk
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
CLK_TCK=$(getconf CLK_TCK)

# start_java NAME CLASSPATH MAIN [JVM flags...] -- [args...]: pinned to SERVER_CPU; sets SERVER_PID, SERVER_PORT.
start_server() {
    local name=$1 cp=$2 main=$3
    shift 3
    local flags=() args=()
    while [[ $# -gt 0 && $1 != -- ]]; do flags+=("$1"); shift; done
    [[ $# -gt 0 ]] && shift
    args=("$@")
    SERVER_PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags on purpose
    (exec taskset -c "$SERVER_CPU" java $JAVA_OPTS "${flags[@]}" -cp "$cp" "$main" \
        --host 127.0.0.1 --port "$SERVER_PORT" --instances 1 "${args[@]}") >"$OUT_DIR/logs/$name.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        if curl -s -o /dev/null "http://127.0.0.1:$SERVER_PORT/__ready" 2>/dev/null; then return 0; fi
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$OUT_DIR/logs/$name.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "$name did not start" >&2
    exit 1
}

stop_server() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
}

gc() { jcmd "$1" GC.run >/dev/null 2>&1 || true; sleep 1; }

# ---------------------------------------------------------------------------------------------- sse
sse_round() {
    local round=$1
    start_server "kiln-sse-$round" "$KILN_CP" dev.kiln.bench.kiln.BenchApp
    # Warm the path with a few clients, then measure the idle RSS.
    curl -s -N --max-time 3 "http://127.0.0.1:$SERVER_PORT/events" >/dev/null || true
    gc "$SERVER_PID"
    local rss0 rss1 ticks0 ticks1 events0 events1 open
    rss0=$(rss_kib "$SERVER_PID")
    taskset -c "$CLIENT_CPU" java -Xmx512m -cp "$VERTX_CP" dev.kiln.bench.vertx.SseClients \
        127.0.0.1 "$SERVER_PORT" /events "$CLIENTS" >"$OUT_DIR/logs/sse-clients-$round.log" 2>&1 &
    local client=$!
    # Wait until every client is connected and has had its first events.
    for _ in $(seq 1 120); do
        sleep 1
        open=$(tail -1 "$OUT_DIR/logs/sse-clients-$round.log" | awk '{ print $2 }')
        [[ ${open:-0} -ge $CLIENTS ]] && break
    done
    sleep 3
    gc "$SERVER_PID"
    rss1=$(rss_kib "$SERVER_PID")
    ticks0=$(cpu_ticks "$SERVER_PID")
    events0=$(tail -1 "$OUT_DIR/logs/sse-clients-$round.log" | awk '{ print $3 }')
    sleep "$SSE_WINDOW"
    ticks1=$(cpu_ticks "$SERVER_PID")
    events1=$(tail -1 "$OUT_DIR/logs/sse-clients-$round.log" | awk '{ print $3 }')
    open=$(tail -1 "$OUT_DIR/logs/sse-clients-$round.log" | awk '{ print $2 }')
    kill "$client" 2>/dev/null || true
    wait "$client" 2>/dev/null || true
    stop_server
    awk -v r="$round" -v n="$open" -v a="$rss0" -v b="$rss1" -v t="$((ticks1 - ticks0))" \
        -v e="$((events1 - events0))" -v hz="$CLK_TCK" 'BEGIN {
            printf "%s\t%d\t%d\t%d\t%.2f\t%d\t%.2f\n", r, n, a, b, (b - a) / n, e, (e > 0 ? t / hz * 1e6 / e : -1)
        }' | tee -a "$OUT_DIR/sse.tsv"
}

# -------------------------------------------------------------------------------------------- jsonl
jsonl_round() {
    local round=$1
    # shellcheck disable=SC2086  # a list of flags on purpose
    start_server "kiln-jsonl-$round" "$KILN_CP" dev.kiln.bench.kiln.BenchApp $JSONL_JAVA_OPTS
    # Warm up, then the idle RSS.
    curl -s "http://127.0.0.1:$SERVER_PORT/lines?count=100000" >/dev/null
    gc "$SERVER_PID"
    local idle peak=0 rss bytes count t0 t1
    idle=$(rss_kib "$SERVER_PID")
    # ~100-byte lines: {"n":1234567,"text":"xxx...x"} and the line break
    count=$(( JSONL_MIB * 1024 * 1024 / 100 ))
    t0=$(date +%s%N)
    taskset -c "$CLIENT_CPU" curl -s --limit-rate "$JSONL_RATE" -o /dev/null -w '%{size_download}\n' \
        "http://127.0.0.1:$SERVER_PORT/lines?count=$count&size=100" >"$OUT_DIR/logs/jsonl-client-$round.log" &
    local client=$!
    while kill -0 "$client" 2>/dev/null; do
        rss=$(rss_kib "$SERVER_PID")
        (( rss > peak )) && peak=$rss
        sleep 0.2
    done
    wait "$client" || true
    t1=$(date +%s%N)
    bytes=$(tail -1 "$OUT_DIR/logs/jsonl-client-$round.log")
    stop_server
    awk -v r="$round" -v i="$idle" -v p="$peak" -v b="$bytes" -v s="$(( (t1 - t0) / 1000000 ))" 'BEGIN {
            printf "%s\t%d\t%d\t%.1f\t%.0f\t%.1f\n", r, i, p, (p - i) / 1024, b / 1048576, b / 1048576 / (s / 1000)
        }' | tee -a "$OUT_DIR/jsonl.tsv"
}

# ------------------------------------------------------------------------------------------- static
static_round() {
    local round=$1 folder=$OUT_DIR/static server result
    mkdir -p "$folder"
    [[ -f $folder/file.bin ]] || head -c "$STATIC_SIZE" /dev/urandom >"$folder/file.bin"
    for server in kiln vertxweb; do
        if [[ $server == kiln ]]; then
            start_server "static-kiln-$round" "$KILN_CP" dev.kiln.bench.kiln.BenchApp "-Dbench.static=$folder"
        else
            start_server "static-vertxweb-$round" "$VERTX_CP" dev.kiln.bench.vertx.VertxWebServer "-Dbench.static=$folder"
        fi
        cmp -s <(curl -s "http://127.0.0.1:$SERVER_PORT/static/file.bin") "$folder/file.bin" \
            || { echo "$server did not serve the file" >&2; stop_server; exit 1; }
        # warm-up, then the measurement
        taskset -c "$CLIENT_CPU" wrk -t1 -c"$STATIC_CONNECTIONS" -d3s "http://127.0.0.1:$SERVER_PORT/static/file.bin" >/dev/null
        local ticks0 ticks1
        ticks0=$(cpu_ticks "$SERVER_PID")
        result=$(BENCH_DEPTH=1 taskset -c "$CLIENT_CPU" wrk -t1 -c"$STATIC_CONNECTIONS" -d"${STATIC_SECONDS}s" \
            --timeout 5s -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$SERVER_PORT/static/file.bin" | grep '^RESULT')
        ticks1=$(cpu_ticks "$SERVER_PID")
        stop_server
        # CPU time per request is the steadier figure on a shared machine (BENCHMARKS.md, "Method").
        awk -v r="$round" -v s="$server" -v line="$result" -v t="$((ticks1 - ticks0))" -v hz="$CLK_TCK" 'BEGIN {
                split(line, f, /[ =]/); for (i = 2; i < length(f); i += 2) v[f[i]] = f[i + 1]
                errors = v["err_connect"] + v["err_read"] + v["err_write"] + v["err_status"] + v["err_timeout"]
                printf "%s\t%s\t%.0f\t%.1f\t%.0f\t%d\n", r, s, v["requests"] / (v["duration_us"] / 1e6),
                    t / hz * 1e6 / v["requests"], v["p99_us"], errors
            }' | tee -a "$OUT_DIR/static.tsv"
    done
}

IFS=, read -r -a SECTION_LIST <<<"$SECTIONS"
for section in "${SECTION_LIST[@]}"; do
    case "$section" in
        sse)
            printf 'round\tclients\trss_before_kib\trss_after_kib\tkib_per_connection\tevents\tcpu_us_per_event\n' >"$OUT_DIR/sse.tsv"
            for round in $(seq 1 "$ROUNDS"); do log "sse round $round: $CLIENTS clients"; sse_round "$round"; done ;;
        jsonl)
            printf 'round\tidle_rss_kib\tpeak_rss_kib\tpeak_above_idle_mib\tmib_read\tmib_per_s\n' >"$OUT_DIR/jsonl.tsv"
            for round in $(seq 1 "$ROUNDS"); do log "jsonl round $round: $JSONL_MIB MiB at $JSONL_RATE/s"; jsonl_round "$round"; done ;;
        static)
            printf 'round\tserver\trequests_per_s\tcpu_us_per_request\tp99_us\terrors\n' >"$OUT_DIR/static.tsv"
            for round in $(seq 1 "$ROUNDS"); do log "static round $round: $STATIC_SIZE bytes"; static_round "$round"; done ;;
        *) echo "unknown section: $section" >&2; exit 2 ;;
    esac
done
log "results in $OUT_DIR"
exit
}
