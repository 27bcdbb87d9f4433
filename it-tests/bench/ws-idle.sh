#!/usr/bin/env bash
# Resident memory per idle WebSocket (BENCHMARKS.md, "WebSockets"): a program that prints numbers, never a test.
#
#   it-tests/bench/ws-idle.sh                          10,000 sockets, Kiln then raw Vert.x
#   it-tests/bench/ws-idle.sh --sockets 2000 --no-build
#
# For each server (the Kiln bench app's @WebSocketRoute("/ws/echo"), and RawWebSocketServer: Vert.x
# core's ServerWebSocket), both with --instances 1, pinned to BENCH_SERVER_CPU, JVM options
# BENCH_JAVA_OPTS (default -XX:+UseParallelGC -Xms64m -Xmx512m): VmRSS of the server from
# /proc/PID/status 2 s after it answers, then dev.kiln.bench.vertx.WsIdleClient opens N
# WebSockets to it (200 handshakes at a time) and holds them (a ping every 20 s, nothing else); 3 s
# after the last one opened, VmRSS again. Prints both, and (after - before) / N per socket; then the
# same for the live Java heap (jcmd GC.class_histogram, which runs a full GC first), which does not
# depend on when the collector last ran. The class histograms are kept in target/ws-idle/<time>/.
# Loopback only; the server and the client each need N file descriptors (the script raises ulimit -n).
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$BENCH_DIR/lib.sh"
SOCKETS=10000
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m}
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sockets) SOCKETS=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --help|-h) sed -n 2,15p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

ulimit -n "$(ulimit -Hn)"
if (($(ulimit -n) < SOCKETS + 100)); then
    echo "ulimit -n is $(ulimit -n): too low for $SOCKETS sockets" >&2
    exit 2
fi

OUT_DIR="$BENCH_DIR/target/ws-idle/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"

if [[ $BUILD == 1 ]]; then
    build_bench_programs "$OUT_DIR/logs" || exit 1
fi

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

CLIENT_PID=
cleanup() {
    [[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null || true
    stop_server
}
trap cleanup EXIT

live_heap() { # bytes of live objects after a full GC; the histogram goes to the file $2
    jcmd "$1" GC.class_histogram >"$2"
    awk '/^Total/ { print $3 }' "$2"
}

# measure NAME CLASSPATH MAIN: sets RSS_BEFORE, RSS_AFTER (KiB), HEAP_BEFORE, HEAP_AFTER (bytes)
measure() {
    local name=$1 cp=$2 main=$3 port
    port=$(freeport)
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags on purpose
    start_server "$OUT_DIR/logs/$name.log" "$port" "$cp" "$main" $JAVA_OPTS
    sleep 2
    RSS_BEFORE=$(rss_kib "$SERVER_PID")
    HEAP_BEFORE=$(live_heap "$SERVER_PID" "$OUT_DIR/$name-before.histo")
    (exec taskset -c "$CLIENT_CPU" java -Xmx512m -cp "$VERTX_CP" dev.kiln.bench.vertx.WsIdleClient \
        127.0.0.1 "$port" /ws/echo "$SOCKETS") >"$OUT_DIR/logs/$name-client.log" 2>&1 &
    CLIENT_PID=$!
    until grep -q '^open ' "$OUT_DIR/logs/$name-client.log"; do
        if ! kill -0 "$CLIENT_PID" 2>/dev/null; then
            echo "$name: the client failed:" >&2
            cat "$OUT_DIR/logs/$name-client.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    sleep 3
    RSS_AFTER=$(rss_kib "$SERVER_PID")
    HEAP_AFTER=$(live_heap "$SERVER_PID" "$OUT_DIR/$name-after.histo")
    kill "$CLIENT_PID" 2>/dev/null || true
    wait "$CLIENT_PID" 2>/dev/null || true
    CLIENT_PID=
    stop_server
}

echo "load: $(uptime | sed 's/.*load average: //'); $SOCKETS idle WebSockets"
printf "%-6s %12s %12s %12s %16s %16s\n" server "RSS before" "RSS after" "RSS/socket" "live heap before" "heap/socket"
for server in kiln raw; do
    if [[ $server == kiln ]]; then
        measure kiln "$KILN_CP" dev.kiln.bench.kiln.BenchApp
    else
        measure raw "$VERTX_CP" dev.kiln.bench.vertx.RawWebSocketServer
    fi
    printf "%-6s %9s KiB %9s KiB %10s B %14s B %14s B\n" "$server" "$RSS_BEFORE" "$RSS_AFTER" \
        "$(((RSS_AFTER - RSS_BEFORE) * 1024 / SOCKETS))" "$HEAP_BEFORE" "$(((HEAP_AFTER - HEAP_BEFORE) / SOCKETS))"
done
exit
}
