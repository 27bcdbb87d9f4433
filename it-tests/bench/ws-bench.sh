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
# each) pinned to BENCH_CLIENT_CPU. Prints messages/s per round and the ratio Kiln / raw.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROUNDS=3
SECONDS_PER_ROUND=10
WARMUP=5
CONNECTIONS=64
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --seconds) SECONDS_PER_ROUND=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --help|-h) sed -n 2,12p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

OUT_DIR="$BENCH_DIR/target/ws-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"
KILN_CP="$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*"
VERTX_CP="$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*"

if [[ $BUILD == 1 ]]; then
    mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests >"$OUT_DIR/logs/build-kiln.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-kiln.log" >&2; exit 1; }
    mvn -B -q -f "$BENCH_DIR/vertx/pom.xml" package -DskipTests >"$OUT_DIR/logs/build-vertx.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-vertx.log" >&2; exit 1; }
fi

freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# run_round NAME CLASSPATH MAIN: prints the client's messages/s
run_round() {
    local name=$1 cp=$2 main=$3 port pid rate
    port=$(freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags on purpose
    (exec taskset -c "$SERVER_CPU" java $JAVA_OPTS -cp "$cp" "$main" \
        --host 127.0.0.1 --port "$port" --instances 1) >"$OUT_DIR/logs/$name.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$port/__ready" 2>/dev/null && break
        sleep 0.1
    done
    rate=$(taskset -c "$CLIENT_CPU" java -Xmx256m -cp "$VERTX_CP" dev.kiln.bench.vertx.WsEchoClient \
        127.0.0.1 "$port" /ws/echo "$CONNECTIONS" "$WARMUP" "$SECONDS_PER_ROUND" | awk '/messages\/s/ { print $2 }')
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$rate"
}

echo "load: $(uptime | sed 's/.*load average: //'); $CONNECTIONS connections, ${SECONDS_PER_ROUND} s per round"
printf "%-6s %12s %12s %7s\n" round kiln raw ratio
for round in $(seq 1 "$ROUNDS"); do
    kiln=$(run_round "kiln-$round" "$KILN_CP" dev.kiln.bench.kiln.BenchApp)
    raw=$(run_round "raw-$round" "$VERTX_CP" dev.kiln.bench.vertx.RawWebSocketServer)
    printf "%-6s %12s %12s %7s\n" "$round" "$kiln" "$raw" "$(python3 -c "print(f'{$kiln/$raw:.2f}')")"
done
