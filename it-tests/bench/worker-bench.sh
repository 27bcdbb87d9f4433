#!/usr/bin/env bash
# Worker pools (BENCHMARKS.md, "Worker hops and virtual threads"): a program that prints numbers, never a test.
#
#   it-tests/bench/worker-bench.sh                         3 rounds of both parts
#   it-tests/bench/worker-bench.sh --rounds 5 --no-build --part hop|sleep
#   it-tests/bench/worker-bench.sh --part sleep --sleep-ms 200   an ideal rate this machine's HTTP can carry
#
# Part "hop": what one worker hop costs. The Kiln bench app (one event loop, pinned to BENCH_SERVER_CPU)
# answers GET /json on the event loop and GET /worker/json from a plain method on the default worker
# pool; wrk (one thread, 64 connections, pinned to BENCH_CLIENT_CPU) runs each pipelined (16) and not,
# after WARMUP s of load. Figure: the server's CPU µs per request without its JIT compiler threads
# (lib.sh); the hop's cost is the difference. The same pair on raw Vert.x core (RawVertxServer: GET /json
# and GET /worker/json, the body made in executeBlocking) is the peer: what the handoff itself costs
# there. Each variant is a fresh process every round, in turn.
#
# Part "sleep": 2,000 concurrent blocking operations (GET /sleep?ms=SLEEP_MS, default 20, a Thread.sleep on
# the pool "sleepy") on Java 21+ (JAVA21, default Temurin 25): the pool on virtual threads
# (App.virtualThreads) against 20 and 200 platform threads. wrk: 2 threads, CONCURRENCY connections,
# SLEEP_SECONDS s; the server is not pinned (2 CPUs, two event loops), so client and server share the
# machine's two cores. Figures: req/s against the ideal (min(concurrency, threads) / SLEEP_MS), p99
# latency, and the server's platform-thread count (/proc/PID/status Threads) at the end of the run.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
ROUNDS=3
DURATION=8
WARMUP=15
SLEEP_SECONDS=10
CONCURRENCY=2000
SLEEP_MS=20
PART=all
JAVA21=${JAVA21:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --part) PART=$2; shift ;;
        --concurrency) CONCURRENCY=$2; shift ;;
        --sleep-ms) SLEEP_MS=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR=$BENCH_DIR/target/worker-results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"
CLK_TCK=$(getconf CLK_TCK)
log() { printf '[worker-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# cpu_ticks (CPU without the JIT compiler threads) and stop_server: lib.sh
. "$BENCH_DIR/lib.sh"
require_tools wrk
trap stop_server EXIT
trap 'exit 130' INT TERM

if [[ $BUILD == 1 ]]; then
    log "build: Kiln bench app and the Vert.x programs"
    build_bench_programs "$OUT_DIR" || exit 1
fi

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

start_server() { # JAVA CPUS NAME PROPS... (MAIN and CP: the Kiln bench app unless set)
    local java=$1 cpus=$2 name=$3
    shift 3
    PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
    (cd "$OUT_DIR" && exec taskset -c "$cpus" "$java" $JAVA_OPTS "$@" -cp "${CP:-$KILN_CP}" \
        "${MAIN:-dev.kiln.bench.kiln.BenchApp}" --host 127.0.0.1 --port "$PORT" --instances "${INSTANCES:-1}") \
        >"$OUT_DIR/$name.log" 2>&1 &
    SERVER_PID=$!
    taskset -c "$CLIENT_CPU" "$PY" "$BENCH_DIR/bench.py" first200 "$PORT" 120 "$SERVER_PID" >/dev/null
}

run_wrk() { # THREADS CONNECTIONS DEPTH SECONDS PATH
    BENCH_DEPTH=$3 taskset -c "$CLIENT_CPU" wrk -t"$1" -c"$2" -d"$4s" --timeout 10s \
        -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$PORT$5" 2>&1 | grep '^RESULT' || true
}

hop_part() {
    local tsv=$OUT_DIR/hop.tsv variants=(loop worker vertx-loop vertx-worker) round i variant path depth before after line requests
    for round in $(seq 1 "$ROUNDS"); do
        for i in 0 1 2 3; do
            variant=${variants[$(( (i + round - 1) % 4 ))]}
            path=/json
            [[ $variant == *worker ]] && path=/worker/json
            if [[ $variant == vertx-* ]]; then
                CP=$VERTX_CP MAIN=dev.kiln.bench.vertx.RawVertxServer start_server java "$SERVER_CPU" "hop-$variant-round$round"
            else
                start_server java "$SERVER_CPU" "hop-$variant-round$round"
            fi
            curl -s "http://127.0.0.1:$PORT$path" | grep -q 'Hello, World!' || { log "$variant: wrong answer"; exit 1; }
            for seconds in $(warmup_runs "$WARMUP"); do
                run_wrk 1 64 16 "$seconds" "$path" >/dev/null
            done
            for depth in 16 1; do
                run_wrk 1 64 "$depth" 3 "$path" >/dev/null
                before=$(cpu_ticks "$SERVER_PID")
                line=$(run_wrk 1 64 "$depth" "$DURATION" "$path")
                after=$(cpu_ticks "$SERVER_PID")
                requests=$(field requests "$line")
                awk -v r="$round" -v v="$variant" -v d="$depth" -v req="$requests" -v dur="$(field duration_us "$line")" \
                    -v ticks="$((after - before))" -v hz="$CLK_TCK" -v errs="$(field err_status "$line")" \
                    'BEGIN { printf "%s\t%s\t%s\t%d\t%.1f\t%.3f\t%s\n", r, v, d, req, req / (dur / 1e6), ticks / hz * 1e6 / req, errs }' \
                    >>"$tsv"
                log "hop round $round $variant depth $depth: $(tail -1 "$tsv" | awk -F'\t' '{ printf "%.0f req/s, %.3f CPU us/req, %s bad statuses", $5, $6, $7 }')"
            done
            stop_server
        done
    done
    echo
    echo "Worker hop: median CPU µs per request over $ROUNDS rounds (min-max), server on CPU $SERVER_CPU:"
    awk -F'\t' '
        { v[$2 FS $3] = v[$2 FS $3] " " $6 }
        function sorted(list, a,   n, i, j, t) {
            n = split(list, a, " ")
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n
        }
        function median(list,   a, n) { n = sorted(list, a); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        function spread(list,   a, n) { n = sorted(list, a); return sprintf("%.3f-%.3f", a[1], a[n]) }
        END {
            printf "| server | pipelining | event loop | worker | one hop costs |\n| --- | --- | --- | --- | --- |\n"
            names[1] = "Kiln"; names[2] = "raw Vert.x"; prefix[1] = ""; prefix[2] = "vertx-"
            for (s = 1; s <= 2; s++) {
                for (d = 16; d >= 1; d -= 15) {
                    lk = prefix[s] "loop" FS d; wk = prefix[s] "worker" FS d
                    if (!(lk in v)) continue
                    l = median(v[lk]); w = median(v[wk])
                    printf "| %s | %s | %.3f (%s) | %.3f (%s) | %.3f µs |\n", names[s], d == 16 ? "16" : "none", l, spread(v[lk]), w, spread(v[wk]), w - l
                }
            }
        }' "$tsv"
    echo "raw: $tsv"
}

sleep_part() {
    local tsv=$OUT_DIR/sleep.tsv variants=(virtual platform20 platform200) round i variant props threads line ideal
    [[ -x $JAVA21 ]] || { log "no Java 21+ at $JAVA21 (set JAVA21): the sleep part needs virtual threads"; return; }
    ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    for round in $(seq 1 "$ROUNDS"); do
        for i in 0 1 2; do
            variant=${variants[$(( (i + round - 1) % 3 ))]}
            case $variant in
                virtual) props=(-Dbench.virtual=true); threads=$CONCURRENCY ;;
                platform20) props=(-Dbench.sleepyThreads=20); threads=20 ;;
                platform200) props=(-Dbench.sleepyThreads=200); threads=200 ;;
            esac
            INSTANCES=2 start_server "$JAVA21" 0-1 "sleep-$variant-round$round" "${props[@]}"
            curl -s "http://127.0.0.1:$PORT/sleep?ms=$SLEEP_MS" | grep -q slept || { log "$variant: wrong answer"; exit 1; }
            run_wrk 2 "$CONCURRENCY" 1 3 "/sleep?ms=$SLEEP_MS" >/dev/null
            line=$(run_wrk 2 "$CONCURRENCY" 1 "$SLEEP_SECONDS" "/sleep?ms=$SLEEP_MS")
            local platform
            platform=$(awk '/^Threads:/ { print $2 }' "/proc/$SERVER_PID/status")
            ideal=$(( (threads < CONCURRENCY ? threads : CONCURRENCY) * 1000 / SLEEP_MS ))
            awk -v r="$round" -v v="$variant" -v req="$(field requests "$line")" -v dur="$(field duration_us "$line")" \
                -v p99="$(field p99_us "$line")" -v ideal="$ideal" -v threads="$platform" \
                -v errs="$(field err_status "$line")" -v tmo="$(field err_timeout "$line")" \
                'BEGIN { rate = req / (dur / 1e6); printf "%s\t%s\t%.0f\t%d\t%.2f\t%.1f\t%s\t%s\t%s\n", r, v, rate, ideal, rate / ideal, p99 / 1000, threads, errs, tmo }' \
                >>"$tsv"
            log "sleep round $round $variant: $(tail -1 "$tsv" | awk -F'\t' '{ printf "%s req/s of ideal %s (%.2f), p99 %s ms, %s platform threads, %s bad statuses, %s timeouts", $3, $4, $5, $6, $7, $8, $9 }')"
            stop_server
        done
    done
    echo
    echo "$CONCURRENCY concurrent GET /sleep?ms=$SLEEP_MS on $("$JAVA21" -version 2>&1 | head -1), medians over $ROUNDS rounds:"
    awk -F'\t' '
        { rate[$2] = rate[$2] " " $3; frac[$2] = frac[$2] " " $5; p99[$2] = p99[$2] " " $6; thr[$2] = thr[$2] " " $7; ideal[$2] = $4 }
        function median(list,   a, n, i, j, t) {
            n = split(list, a, " ")
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END {
            printf "| sleepy pool | req/s | ideal | of ideal | p99 ms | platform threads |\n| --- | --- | --- | --- | --- | --- |\n"
            split("virtual platform20 platform200", names, " ")
            for (k = 1; k <= 3; k++) {
                n = names[k]
                printf "| %s | %.0f | %d | %.2f | %.1f | %d |\n", n, median(rate[n]), ideal[n], median(frac[n]), median(p99[n]), median(thr[n])
            }
        }' "$tsv"
    echo "raw: $tsv"
}

[[ $PART == all || $PART == hop ]] && hop_part
[[ $PART == all || $PART == sleep ]] && sleep_part
exit 0
exit
}
