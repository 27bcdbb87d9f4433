#!/usr/bin/env bash
# WebSocket echo benchmark (BENCHMARKS.md, "WebSockets"): a program that prints numbers, never a test.
#
#   it-tests/bench/ws-bench.sh                      3 rounds, 64 connections, 10 s each
#   it-tests/bench/ws-bench.sh --rounds 1 --seconds 5 --connections 16 --no-build
#
# Echo round trips per second on one event loop: the Kiln bench app's @WebSocketRoute("/ws/echo")
# (@NonBlocking, ws.onText(ws::sendText)) against raw Vert.x core (a ServerWebSocket whose text handler
# writes each message back), both with --instances 1, pinned to BENCH_SERVER_CPU; the client
# (dev.kiln.bench.vertx.WsEchoClient: N sockets on one Vert.x event loop, one 32-byte message in flight
# each) pinned to BENCH_CLIENT_CPU. Prints messages/s per round and the ratio Kiln / raw, and the
# server's CPU time per echo in µs over the counted seconds (lib.sh's cpu_ticks: JIT threads left out),
# the steadier figure on a machine shared with other work.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
ROUNDS=3
SECONDS_PER_ROUND=10
WARMUP=5
CONNECTIONS=64
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --seconds) SECONDS_PER_ROUND=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --help|-h) sed -n 2,13p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

OUT_DIR="$BENCH_DIR/target/ws-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"

if [[ $BUILD == 1 ]]; then
    build_bench_programs "$OUT_DIR/logs" || exit 1
fi

# run_round NAME CLASSPATH MAIN: prints the client's messages/s and the server's CPU µs per echo
run_round() {
    local name=$1 cp=$2 main=$3 port client before after rate
    port=$(freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags on purpose
    start_server "$OUT_DIR/logs/$name.log" "$port" "$cp" "$main" $JAVA_OPTS
    (exec taskset -c "$CLIENT_CPU" java -Xmx256m -cp "$VERTX_CP" dev.kiln.bench.vertx.WsEchoClient \
        127.0.0.1 "$port" /ws/echo "$CONNECTIONS" "$WARMUP" "$SECONDS_PER_ROUND") >"$OUT_DIR/logs/$name-client.log" 2>&1 &
    client=$!
    until grep -q '^counting' "$OUT_DIR/logs/$name-client.log"; do
        kill -0 "$client" 2>/dev/null || { cat "$OUT_DIR/logs/$name-client.log" >&2; exit 1; }
        sleep 0.05
    done
    before=$(cpu_ticks "$SERVER_PID")
    wait "$client"
    after=$(cpu_ticks "$SERVER_PID")
    stop_server
    rate=$(awk '/messages\/s/ { print $2 }' "$OUT_DIR/logs/$name-client.log")
    echo "$rate $(python3 -c "print(f'{($after - $before) * 1e6 / $(getconf CLK_TCK) / ($rate * $SECONDS_PER_ROUND):.1f}')")"
}

echo "load: $(uptime | sed 's/.*load average: //'); $CONNECTIONS connections, ${SECONDS_PER_ROUND} s per round"
printf "%-6s %10s %10s %7s %12s %12s\n" round kiln raw ratio "kiln µs/msg" "raw µs/msg"
for round in $(seq 1 "$ROUNDS"); do
    read -r kiln kiln_cpu < <(run_round "kiln-$round" "$KILN_CP" dev.kiln.bench.kiln.BenchApp)
    read -r raw raw_cpu < <(run_round "raw-$round" "$VERTX_CP" dev.kiln.bench.vertx.RawWebSocketServer)
    [[ -n $kiln && -n $raw ]] || { echo "a round failed: see $OUT_DIR/logs" >&2; exit 1; }
    printf "%-6s %10s %10s %7s %12s %12s\n" "$round" "$kiln" "$raw" "$(python3 -c "print(f'{$kiln/$raw:.2f}')")" \
        "$kiln_cpu" "$raw_cpu"
done
exit
}
