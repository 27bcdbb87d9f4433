#!/usr/bin/env bash
# Idle connections and slow readers against one server (docs/hardening.md): a program that prints
# numbers, never a test (IdleAndSlowClientsIT is the scaled-down test).
#
#   it-tests/bench/idle-slow-clients.sh                      10,000 idle + 1,000 slow readers, 30 s
#   it-tests/bench/idle-slow-clients.sh --idle 2000 --slow 200 --seconds 20 --no-build
#
# Starts the Kiln bench app (one event loop), then dev.kiln.bench.vertx.IdleAndSlowClients: IDLE
# keep-alive connections that asked GET /plaintext once and say nothing more, then SLOW readers of an
# endless GET /lines that each take RATE bytes a second; meanwhile a fresh client asks GET /plaintext
# on a new connection once a second. Prints the server's VmRSS before the clients, once all are
# connected, and at the end (after a GC each time), its Java heap used and open file descriptors, and the fresh client's
# latency (median and worst, ms; -1: failed or over 10 s) over the window. Loopback only; raises
# `ulimit -n` for both processes. Kiln closes a keep-alive connection idle for headerReadTimeout
# (10 s): the server gets -Dbench.headerReadTimeout=HEADER_TIMEOUT (default 600 s; 10 to see the
# default at work), and the window stays under the 60 s idle timeout of the slow readers' sockets.
# Also prints the kernel's TCP memory (pages, /proc/net/sockstat) at each point: on loopback Linux
# grows each socket's send buffer to about 1 MB, so the slow readers first take about that much each
# before back-pressure holds them; --send-buffer BYTES fixes the server's (SO_SNDBUF, no autotuning).
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
IDLE=10000
SLOW=1000
RATE=1024
SECONDS_MEASURED=30
HEADER_TIMEOUT=600
SEND_BUFFER=
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m}
BUILD=1

usage() {
    cat <<EOF
usage: $0 [--idle N] [--slow N] [--rate BYTES_PER_S] [--seconds S] [--header-timeout S] [--send-buffer BYTES] [--no-build]
  defaults: --idle $IDLE --slow $SLOW --rate $RATE --seconds $SECONDS_MEASURED --header-timeout $HEADER_TIMEOUT
environment: BENCH_JAVA_OPTS (server JVM, default "$JAVA_OPTS")
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --idle) IDLE=$2; shift ;;
        --slow) SLOW=$2; shift ;;
        --rate) RATE=$2; shift ;;
        --seconds) SECONDS_MEASURED=$2; shift ;;
        --header-timeout) HEADER_TIMEOUT=$2; shift ;;
        --send-buffer) SEND_BUFFER=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR="$BENCH_DIR/target/idle-slow-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
log "open files: $(ulimit -n); load: $(uptime | sed 's/.*load average: //')"
if (( $(ulimit -n) < (IDLE + SLOW) + 1000 )); then
    echo "ulimit -n is $(ulimit -n): too few for $((IDLE + SLOW)) connections" >&2
    exit 1
fi

if [[ $BUILD == 1 ]]; then
    log "build: the Kiln bench app (this checkout, nothing installed) and the Vert.x clients"
    mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests >"$OUT_DIR/logs/build-kiln.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-kiln.log" >&2; exit 1; }
    mvn -B -q -f "$BENCH_DIR/vertx/pom.xml" package -DskipTests >"$OUT_DIR/logs/build-vertx.log" 2>&1 \
        || { tail -40 "$OUT_DIR/logs/build-vertx.log" >&2; exit 1; }
fi

. "$BENCH_DIR/lib.sh"
rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
fds() { ls "/proc/$1/fd" | wc -l; }
tcp_pages() { awk '/^TCP:/ { for (i = 1; i < NF; i++) if ($i == "mem") print $(i + 1) }' /proc/net/sockstat; }
gc() { jcmd "$1" GC.run >/dev/null 2>&1 || true; sleep 1; }
# MiB used in the Java heap (young and old generations) after the last GC, from jcmd GC.heap_info
heap_mib() {
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/Gen|garbage-first heap/ {
        for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } }
        END { printf "%.1f", s / 1024 }'
}

SERVER_PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
# shellcheck disable=SC2086
(exec java $JAVA_OPTS -Dbench.headerReadTimeout="$HEADER_TIMEOUT" ${SEND_BUFFER:+-Dbench.sendBuffer=$SEND_BUFFER} -cp "$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*" dev.kiln.bench.kiln.BenchApp \
    --host 127.0.0.1 --port "$SERVER_PORT" --instances 1) >"$OUT_DIR/logs/server.log" 2>&1 &
SERVER_PID=$!
CLIENT_PID=
cleanup() {
    [[ -n $CLIENT_PID ]] && { kill "$CLIENT_PID" 2>/dev/null || true; wait "$CLIENT_PID" 2>/dev/null || true; }
    stop_server
}
trap cleanup EXIT
for _ in $(seq 1 300); do
    curl -s -o /dev/null "http://127.0.0.1:$SERVER_PORT/plaintext" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$OUT_DIR/logs/server.log" >&2; exit 1; }
    sleep 0.1
done
curl -s -o /dev/null "http://127.0.0.1:$SERVER_PORT/lines?count=10000"
gc "$SERVER_PID"
RSS0=$(rss_mib "$SERVER_PID")
HEAP0=$(heap_mib "$SERVER_PID")
FDS0=$(fds "$SERVER_PID")
TCP0=$(tcp_pages)

CLIENT_LOG="$OUT_DIR/logs/clients.log"
java -Xmx1g -cp "$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*" dev.kiln.bench.vertx.IdleAndSlowClients \
    127.0.0.1 "$SERVER_PORT" "$IDLE" "$SLOW" "$RATE" >"$CLIENT_LOG" 2>&1 &
CLIENT_PID=$!
for _ in $(seq 1 120); do
    grep -q '^ready' "$CLIENT_LOG" && break
    kill -0 "$CLIENT_PID" 2>/dev/null || { tail -20 "$CLIENT_LOG" >&2; exit 1; }
    sleep 1
done
grep -q '^ready' "$CLIENT_LOG" || { echo "the clients did not connect within 120 s" >&2; tail -5 "$CLIENT_LOG" >&2; exit 1; }
gc "$SERVER_PID"
RSS1=$(rss_mib "$SERVER_PID")
HEAP1=$(heap_mib "$SERVER_PID")
FDS1=$(fds "$SERVER_PID")
TCP1=$(tcp_pages)
FROM=$(wc -l <"$CLIENT_LOG")
sleep "$SECONDS_MEASURED"
gc "$SERVER_PID"
RSS2=$(rss_mib "$SERVER_PID")
HEAP2=$(heap_mib "$SERVER_PID")
FDS2=$(fds "$SERVER_PID")
TCP2=$(tcp_pages)
LAST=$(grep -E '^[0-9]+ ' "$CLIENT_LOG" | tail -1)

echo "idle $IDLE, slow readers $SLOW at $RATE B/s, window ${SECONDS_MEASURED} s${SEND_BUFFER:+, server send buffer $SEND_BUFFER B}; load: $(uptime | sed 's/.*load average: //')"
echo "server VmRSS (MiB, after a GC): before $RSS0, all connected $RSS1, end $RSS2; Java heap used: $HEAP0, $HEAP1, $HEAP2"
echo "server open fds: before $FDS0, all connected $FDS1, end $FDS2; kernel TCP memory (pages, all sockets): $TCP0, $TCP1, $TCP2"
echo "at the end: $(awk '{ printf "%d idle open, %d slow readers open (%d of them answered other than 200), %d bytes read by them", $2, $3, $6, $4 }' <<<"$LAST")"
tail -n +"$((FROM + 1))" "$CLIENT_LOG" | grep -E '^[0-9]+ ' | awk '{ print $5 }' | sort -n | awk '
    { v[NR] = $1; if ($1 < 0) failed++ }
    END { printf "fresh client GET /plaintext on a new connection, once a second: %d samples, median %s ms, worst %s ms, failed %d\n",
                 NR, v[int((NR + 1) / 2)], v[NR], failed }'
exit
}
