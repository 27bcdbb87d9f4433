#!/usr/bin/env bash
# Middleware cost (BENCHMARKS.md, "Middleware and CORS"): a program that prints numbers, never a test.
#
#   it-tests/bench/middleware-bench.sh                    3 rounds, 30 s warm-up, 10 s per case
#   it-tests/bench/middleware-bench.sh --rounds 5 --duration 20
#
# Three variants of the Kiln bench app (dev.kiln.bench.kiln.BenchApp), each a fresh process every round,
# in turn (A B C D, then B C D A, ...), pinned to BENCH_SERVER_CPU with one event loop:
#   none       GET /json: no middleware, no CORS
#   mw1        GET /mw1/json: the same answer behind one event-loop @Middleware taking nothing (OneMiddlewareBenchApi)
#   mw3        GET /mw/json: the same answer behind three event-loop @Middleware (MiddlewareBenchApi)
#   mw3+cors   GET /mw/json with App.cors on (-Dbench.cors=true): every answer carries the CORS headers
# Every request sends Origin: https://app.example.com. wrk (one thread, pinned to BENCH_CLIENT_CPU)
# runs each case with 16 requests per write and without pipelining, after WARMUP seconds of pipelined load
# (in wrk runs of at most 2 s: lib.sh's warmup_runs)
# (the JIT runs on the server's one core too, so a short warm-up measures the compiler). The figure is the server's CPU µs per
# request: utime+stime of the process without its JIT compiler threads (lib.sh) across the wrk run over
# the requests wrk counted.
# Prints one line per measurement and, at the end, the medians and the ratios to "none".
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
ROUNDS=3
DURATION=10
WARMUP=30             # seconds of pipelined load before the first measurement: the JIT shares the one core
CONNECTIONS=64
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR=$BENCH_DIR/target/middleware-results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"
TSV=$OUT_DIR/middleware.tsv
CLK_TCK=$(getconf CLK_TCK)
log() { printf '[middleware-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# cpu_ticks, jit_ticks (CPU without the JIT compiler threads) and stop_server: lib.sh
. "$BENCH_DIR/lib.sh"
require_tools wrk
trap stop_server EXIT
trap 'exit 130' INT TERM

if [[ $BUILD == 1 ]]; then
    log "build: Kiln bench app"
    mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests >"$OUT_DIR/build.log" 2>&1 \
        || { tail -40 "$OUT_DIR/build.log" >&2; exit 1; }
fi


field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

run_wrk() { # PATH DEPTH SECONDS
    BENCH_DEPTH=$2 taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$3s" --timeout 5s \
        -H "Origin: https://app.example.com" \
        -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$PORT$1" 2>&1 | grep '^RESULT' || true
}

VARIANTS=(none mw1 mw3 mw3+cors)
measure() { # ROUND VARIANT
    local round=$1 variant=$2 path=/mw/json props=() depth before after line requests
    [[ $variant == none ]] && path=/json
    [[ $variant == mw1 ]] && path=/mw1/json
    [[ $variant == mw3+cors ]] && props=(-Dbench.cors=true)
    PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
    (cd "$OUT_DIR" && exec taskset -c "$SERVER_CPU" java $JAVA_OPTS "${props[@]}" \
        -cp "$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*" \
        dev.kiln.bench.kiln.BenchApp --host 127.0.0.1 --port "$PORT" --instances 1) \
        >"$OUT_DIR/$variant-round$round.log" 2>&1 &
    SERVER_PID=$!
    taskset -c "$CLIENT_CPU" "$PY" "$BENCH_DIR/bench.py" first200 "$PORT" 120 "$SERVER_PID" >/dev/null
    local answer
    answer=$(curl -s -i -H "Origin: https://app.example.com" "http://127.0.0.1:$PORT$path")
    grep -q 'Hello, World!' <<<"$answer" || { log "$variant: wrong answer: $answer"; exit 1; }
    if [[ $variant == mw3+cors ]]; then
        grep -qi '^access-control-allow-origin: https://app.example.com' <<<"$answer" \
            || { log "$variant: no CORS header: $answer"; exit 1; }
    fi
    for seconds in $(warmup_runs "$WARMUP"); do
        run_wrk "$path" 16 "$seconds" >/dev/null
    done
    for depth in 16 1; do
        run_wrk "$path" "$depth" 3 >/dev/null
        before=$(cpu_ticks "$SERVER_PID")
        line=$(run_wrk "$path" "$depth" "$DURATION")
        after=$(cpu_ticks "$SERVER_PID")
        requests=$(field requests "$line")
        awk -v r="$round" -v v="$variant" -v d="$depth" -v req="$requests" -v dur="$(field duration_us "$line")" \
            -v ticks="$((after - before))" -v hz="$CLK_TCK" -v errs="$(field err_status "$line")" \
            'BEGIN { printf "%s\t%s\t%s\t%d\t%.1f\t%.3f\t%s\n", r, v, d, req, req / (dur / 1e6), ticks / hz * 1e6 / req, errs }' \
            >>"$TSV"
        log "round $round $variant depth $depth: $(tail -1 "$TSV" | awk -F'\t' '{ printf "%.0f req/s, %.3f CPU us/req, %s bad statuses", $5, $6, $7 }')"
    done
    stop_server
}

for round in $(seq 1 "$ROUNDS"); do
    for i in 0 1 2 3; do
        measure "$round" "${VARIANTS[$(( (i + round - 1) % 4 ))]}"
    done
done

echo
echo "Median CPU µs per request over $ROUNDS rounds (ratio to none), $(nproc) CPUs, server on CPU $SERVER_CPU:"
awk -F'\t' '
    { v[$2 FS $3] = v[$2 FS $3] " " $6 }
    function median(list,   a, n, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
        printf "| variant | CPU µs/req | × none | CPU µs/req, pipelined 16 | × none |\n| --- | --- | --- | --- | --- |\n"
        split("none mw1 mw3 mw3+cors", names, " ")
        base1 = median(v["none" FS 1]); base16 = median(v["none" FS 16])
        for (k = 1; k <= 4; k++) {
            m1 = median(v[names[k] FS 1]); m16 = median(v[names[k] FS 16])
            printf "| %s | %.3f | %.3f | %.3f | %.3f |\n", names[k], m1, m1 / base1, m16, m16 / base16
        }
    }' "$TSV"
echo "raw: $TSV"
exit
}
