#!/usr/bin/env bash
# Where a server's time per request goes (BENCHMARKS.md, "JIT stability"): a program that prints numbers.
#
#   it-tests/bench/profile.sh /json                          the Kiln bench app, 3 processes
#   it-tests/bench/profile.sh /mw/json --processes 2 -- -Dbench.cors=true
#   it-tests/bench/profile.sh /plaintext --server vertx       raw Vert.x core (RawVertxServer), the floor
#
# Starts the Kiln bench app pinned to BENCH_SERVER_CPU (one event loop) PROCESSES times, each a fresh
# process: WARMUP s of pipelined wrk (16 deep, 64 connections, pinned to BENCH_CLIENT_CPU), then SECONDS
# s recorded by JFR with the event loop sampled every millisecond. Prints, per process, the server's CPU
# µs per request without the JIT threads (lib.sh), then the event loop's self time per request of the
# methods whose figure differs most between processes (one 1 ms sample per million requests is 1 ns
# per request). The same jar compiled differently by the JIT in two processes shows up there. Then the
# methods with the most self time per request (median over the processes), and, for Kiln, the time
# spent under each Kiln frame (dev.kiln.*, inclusive): what Kiln adds on top of Vert.x and Netty.
# Recordings stay in target/profile-results/<time>/.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROCESSES=3
WARMUP=20
SECONDS_RECORDED=15
JFR_TOOL=${JFR_TOOL:-$( [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr ]] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr || echo jfr )}
SERVER=kiln
PATH_ARG=${1:?usage: profile.sh PATH [--server kiln|vertx] [--processes N] [--warmup S] [--seconds S] [-- JAVA OPTIONS]}
shift
EXTRA=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --processes) PROCESSES=$2; shift ;;
        --server) SERVER=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --seconds) SECONDS_RECORDED=$2; shift ;;
        --) shift; EXTRA=("$@"); break ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

. "$BENCH_DIR/lib.sh"
require_tools wrk
case "$SERVER" in
    kiln) SERVER_CP=$KILN_CP; SERVER_MAIN=dev.kiln.bench.kiln.BenchApp ;;
    vertx) SERVER_CP=$VERTX_CP; SERVER_MAIN=dev.kiln.bench.vertx.RawVertxServer ;;
    *) echo "unknown server: $SERVER (kiln or vertx)" >&2; exit 2 ;;
esac
trap stop_server EXIT
OUT_DIR=$BENCH_DIR/target/profile-results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"
cat >"$OUT_DIR/sampling.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
JFC

wrk_run() { # SECONDS
    BENCH_DEPTH=16 taskset -c "${BENCH_CLIENT_CPU:-1}" wrk -t1 -c64 -d"$1s" -H "Origin: https://app.example.com" \
        -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$PORT$PATH_ARG" 2>&1 | grep '^RESULT' || true
}

for p in $(seq 1 "$PROCESSES"); do
    PORT=$(freeport)
    start_server "$OUT_DIR/server-$p.log" "$PORT" "$SERVER_CP" "$SERVER_MAIN" \
        -XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads \
        -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints "${EXTRA[@]}"
    for seconds in $(warmup_runs "$WARMUP"); do
        wrk_run "$seconds" >/dev/null
    done
    jcmd "$SERVER_PID" JFR.start name=profile settings="$OUT_DIR/sampling.jfc" filename="$OUT_DIR/process-$p.jfr" >/dev/null
    before=$(cpu_ticks "$SERVER_PID")
    line=$(wrk_run "$SECONDS_RECORDED")
    after=$(cpu_ticks "$SERVER_PID")
    jcmd "$SERVER_PID" JFR.stop name=profile >/dev/null
    stop_server
    requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<" $line")
    echo "process $p: $requests requests, $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$requests" \
        'BEGIN { printf "%.3f", t / hz * 1e6 / r }') CPU µs/req"
    # self samples per method on the event loop, and samples under each Kiln frame, over the requests
    "$JFR_TOOL" print --stack-depth 64 --events jdk.ExecutionSample "$OUT_DIR/process-$p.jfr" \
        | python3 "$BENCH_DIR/jfr_samples.py" "$requests" "$OUT_DIR/self-$p.tsv" "$OUT_DIR/kiln-$p.tsv"
done

echo
echo "Event loop self time, ns per request, by process (the 20 methods that differ most):"
python3 - "$OUT_DIR" "$PROCESSES" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
rows = {}
for p in range(1, n + 1):
    for line in open(f"{out}/self-{p}.tsv"):
        method, ns = line.rstrip("\n").split("\t")
        rows.setdefault(method, [0.0] * n)[p - 1] = float(ns)
ranked = sorted(rows.items(), key=lambda kv: -(max(kv[1]) - min(kv[1])))
def table(ranked, limit):
    print("| method | " + " | ".join(f"process {p}" for p in range(1, n + 1)) + " | median |")
    print("| --- |" + " ---: |" * (n + 1))
    for method, values in ranked[:limit]:
        median = sorted(values)[n // 2]
        print(f"| `{method}` | " + " | ".join(f"{v:.0f}" for v in values) + f" | {median:.0f} |")
table(ranked, 20)
print()
print("Event loop self time, ns per request: the 25 largest (median over the processes):")
table(sorted(rows.items(), key=lambda kv: -sorted(kv[1])[n // 2]), 25)
kiln = {}
for p in range(1, n + 1):
    for line in open(f"{out}/kiln-{p}.tsv"):
        method, ns = line.rstrip("\n").split("\t")
        kiln.setdefault(method, [0.0] * n)[p - 1] = float(ns)
if kiln:
    print()
    print("Event loop time under each Kiln frame (inclusive), ns per request, the 30 largest:")
    table(sorted(kiln.items(), key=lambda kv: -sorted(kv[1])[n // 2]), 30)
PY
echo "recordings: $OUT_DIR"
exit
}
