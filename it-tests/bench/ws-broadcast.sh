#!/usr/bin/env bash
# Broadcast latency across two clustered processes (BENCHMARKS.md, "WebSockets"): a program that prints
# numbers, never a test.
#
#   it-tests/bench/ws-broadcast.sh                             200 listeners, 100 broadcasts/s, 20 s
#   it-tests/bench/ws-broadcast.sh --sockets 1000 --rate 50 --seconds 10 --no-build
#
# Two Kiln processes (dev.kiln.bench.kiln.ClusterBenchApp: the bench app, --instances 1, its event bus
# clustered by Hazelcast on loopback as WebSocketClusterIT's nodes are) and one client
# (dev.kiln.bench.vertx.WsBroadcastClient): N listeners in one room, half on each process, and a
# sender on the first process whose every message the server broadcasts to the room (Rooms.broadcast).
# The sender sends its clock every 1000/rate ms; each listener records receive - send (one clock, the
# client's). After a 5 s warm-up it prints p50/p99/max for the listeners on the sender's process, on
# the other one (the event bus over Hazelcast's TCP), and all, with the broadcasts that never arrived.
# Nothing is pinned to a CPU (three JVMs on this machine's cores). Loopback only.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
SOCKETS=200
RATE=100
SECONDS_TO_COUNT=20
WARMUP=5
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sockets) SOCKETS=$2; shift 2 ;;
        --rate) RATE=$2; shift 2 ;;
        --seconds) SECONDS_TO_COUNT=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --help|-h) sed -n 2,15p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

ulimit -n "$(ulimit -Hn)"
OUT_DIR="$BENCH_DIR/target/ws-broadcast/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"

if [[ $BUILD == 1 ]]; then
    build_bench_programs "$OUT_DIR/logs" || exit 1
fi

NODE_PIDS=()
cleanup() {
    local pid
    for pid in "${NODE_PIDS[@]}"; do
        SERVER_PID=$pid
        stop_server
    done
}
trap cleanup EXIT

CLUSTER="kiln-bench-$$"
HTTP_PORTS=("$(freeport)" "$(freeport)")
MEMBER_PORTS=("$(freeport)" "$(freeport)")
for node in 0 1; do
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags on purpose
    java $JAVA_OPTS -cp "$KILN_CP" dev.kiln.bench.kiln.ClusterBenchApp --host 127.0.0.1 \
        --port "${HTTP_PORTS[$node]}" --instances 1 --cluster "$CLUSTER" \
        --member "${MEMBER_PORTS[$node]}" --peer "${MEMBER_PORTS[$((1 - node))]}" \
        >"$OUT_DIR/logs/node-$node.log" 2>&1 &
    NODE_PIDS+=($!)
done
for node in 0 1; do
    ready=0
    for _ in $(seq 1 1200); do
        curl -s -o /dev/null "http://127.0.0.1:${HTTP_PORTS[$node]}/__ready" 2>/dev/null && { ready=1; break; }
        sleep 0.1
    done
    if [[ $ready == 0 ]]; then
        echo "node $node did not start; its log:" >&2
        tail -40 "$OUT_DIR/logs/node-$node.log" >&2
        exit 1
    fi
done

echo "load: $(uptime | sed 's/.*load average: //')"
java -Xmx512m -cp "$VERTX_CP" dev.kiln.bench.vertx.WsBroadcastClient 127.0.0.1 "${HTTP_PORTS[0]}" "${HTTP_PORTS[1]}" \
    bench "$SOCKETS" "$RATE" "$WARMUP" "$SECONDS_TO_COUNT" | tee "$OUT_DIR/result.txt"
exit
}
