#!/usr/bin/env bash
# The soak (docs/hardening.md, "Soak"): the service sample under load for a bounded time while a chaos
# loop breaks things, then a check that nothing acknowledged was lost. A program that prints numbers,
# never a test; loopback only.
#
#   it-tests/bench/soak.sh                         10 minutes at 70% of the measured capacity
#   it-tests/bench/soak.sh --minutes 3 --no-build
#
# What runs: Debian's PostgreSQL (started when down; database kiln_soak made afresh), two instances of
# samples/service (-Xms256m -Xmx256m with the heap touched up front, so RSS shows native growth) on one
# PostgreSQL database and one attachment folder, HAProxy in front (health checks on /health/ready), and
# it-tests/bench/soak/Soak.java: the load (reads, writes, PATCHes, uploads, SSE and WebSocket clients),
# then the read-back of every acknowledged write. Every CHAOS_EVERY seconds the chaos loop injects one
# fault, in turn, and writes its window to faults.txt:
#   kill-db-connections   pg_terminate_backend on every connection of the service
#   restart-postgresql    pg_ctlcluster restart
#   provider-failures     POST /admin/faults on both instances: 20% of transactions throw for 10 s
#   fill-worker-pool      300 concurrent failing logins (BCrypt on a worker pool) from curl
#   restart-instance      SIGTERM to instance 1 (its shutdown delay drains it from HAProxy), started again
# Every 10 s each instance's RSS, open file descriptors and temporary upload files go to resources.tsv.
# The summary: answers by status, failures inside and outside fault windows, lost writes, and the RSS
# slope (MB/min, after the first 2 minutes) and descriptor/temp-file counts of each instance.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
MINUTES=10
LOAD=0.7
CHAOS_EVERY=40
BUILD=1
PG_URL=postgresql://kiln_soak:kiln_soak@127.0.0.1:5432/kiln_soak
SECRET=soak-secret-of-at-least-32-bytes-long
ADMIN=soak_admin
JAVA_OPTS=${SOAK_JAVA_OPTS:--XX:+UseParallelGC -Xms256m -Xmx256m -XX:+AlwaysPreTouch}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --minutes) MINUTES=$2; shift ;;
        --load) LOAD=$2; shift ;;
        --chaos-every) CHAOS_EVERY=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

OUT=$BENCH_DIR/target/soak-results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT/uploads"
FAULTS=$OUT/faults.txt
: >"$FAULTS"
log() { printf '[soak.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
# service_classpath: lib.sh
. "$BENCH_DIR/lib.sh"
now_ms() { date +%s%3N; }
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Background helpers, and each instance's PID in $OUT/instance<i>/pid (the chaos loop, a subshell,
# restarts an instance, so the PID lives in a file that every subshell reads).
PIDS=()
pid_of() { cat "$OUT/instance$1/pid" 2>/dev/null || true; }
cleanup() {
    for pid in ${PIDS[@]+"${PIDS[@]}"} $(pid_of 0) $(pid_of 1); do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ PostgreSQL, the build, HAProxy

command -v haproxy >/dev/null || { log "haproxy is not installed (apt-get install haproxy)"; exit 1; }
CLUSTER=$(pg_lsclusters -h | awk '{ print $1 }' | head -1)
[[ $(pg_lsclusters -h | awk '{ print $4 }' | head -1) == online ]] || pg_ctlcluster "$CLUSTER" main start
runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS kiln_soak WITH (FORCE)" -c "DROP ROLE IF EXISTS kiln_soak" \
    -c "CREATE ROLE kiln_soak LOGIN PASSWORD 'kiln_soak'" -c "CREATE DATABASE kiln_soak OWNER kiln_soak" >/dev/null

[[ $BUILD == 1 ]] && log "build: samples/service"
CP=$(service_classpath "$BUILD" "$OUT")

PORTS=("$(free_port)" "$(free_port)")
FRONT=$(free_port)

start_instance() { # INDEX
    local i=$1 dir=$OUT/instance$1
    mkdir -p "$dir/tmp"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
    (cd "$dir" && APP_DATABASE_URL=$PG_URL APP_JWT_SECRET=$SECRET APP_UPLOAD_DIR=$OUT/uploads \
        APP_ADMIN_USERNAME=$ADMIN APP_FAULT_INJECTION=true \
        exec java $JAVA_OPTS -Djava.io.tmpdir="$dir/tmp" -cp "$CP" dev.kiln.samples.service.ServiceApp \
        --host 127.0.0.1 --port "${PORTS[$i]}" --instances 1 --shutdown-delay 1s) >>"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    local deadline=$((SECONDS + 120))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/health/ready") == 200 ]]; do
        kill -0 "$(pid_of "$i")" 2>/dev/null || { log "instance $i exited: $(tail -5 "$dir/server.log")"; exit 1; }
        ((SECONDS < deadline)) || { log "instance $i did not become ready"; exit 1; }
        sleep 0.2
    done
}

start_instance 0
start_instance 1
cat >"$OUT/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    timeout check 1s
    retries 0
frontend front
    bind 127.0.0.1:$FRONT
    default_backend apps
backend apps
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 200ms fall 2 rise 2
    server app0 127.0.0.1:${PORTS[0]} check
    server app1 127.0.0.1:${PORTS[1]} check
CFG
haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$FRONT/health/live"; do sleep 0.2; done
BASE=http://127.0.0.1:$FRONT
log "two instances on ${PORTS[*]}, HAProxy on $FRONT, results in $OUT"

# The admin account that may ask for the admin scope (POST /admin/faults).
curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"$ADMIN\",\"email\":\"$ADMIN@example.com\",\"password\":\"soak admin password\"}" "$BASE/users"
ADMIN_TOKEN=$(curl -s -d "username=$ADMIN&password=soak+admin+password&scope=items+admin" "$BASE/token" \
    | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')

# ------------------------------------------------------------------ resources and chaos

sample_resources() {
    echo -e "time_ms\tinstance\tpid\trss_kb\tfds\ttmp_files" >"$OUT/resources.tsv"
    while true; do
        for i in 0 1; do
            local pid
            pid=$(pid_of "$i")
            [[ -n $pid && -d /proc/$pid ]] || continue
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(now_ms)" "$i" "$pid" \
                "$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)" \
                "$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)" \
                "$(find "$OUT/instance$i/tmp" -type f 2>/dev/null | wc -l)" >>"$OUT/resources.tsv"
        done
        sleep 10
    done
}

fault() { # NAME COMMAND...: runs the command and records its window
    local name=$1 start
    shift
    start=$(now_ms)
    log "chaos: $name"
    "$@" || log "chaos: $name failed"
    echo "$start $(now_ms) $name" >>"$FAULTS"
}

kill_db_connections() {
    runuser -u postgres -- psql -q -t -c \
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'kiln_soak'" >/dev/null
}
restart_postgresql() { pg_ctlcluster "$CLUSTER" main restart; }
provider_failures() {
    for port in "${PORTS[@]}"; do
        curl -s -f -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
            -d '{"transactionFailureRate":0.2,"seconds":10}' "http://127.0.0.1:$port/admin/faults"
    done
    sleep 10
}
fill_worker_pool() {
    seq 1 300 | xargs -P 300 -I{} curl -s -o /dev/null -d "username=$ADMIN&password=wrong+password+{}" "$BASE/token"
}
restart_instance() {
    local pid
    pid=$(pid_of 1)
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    start_instance 1
}

chaos() {
    local faults=(kill_db_connections restart_postgresql provider_failures fill_worker_pool restart_instance) n=0
    # Not during the capacity probe: Soak.java writes $OUT/load-started when the soak proper begins.
    until [[ -f $OUT/load-started ]]; do sleep 1; done
    # Stops when the load is over (Soak.java writes $OUT/load-done), after the fault under way, and says so.
    while pause "$CHAOS_EVERY"; do
        local f=${faults[$((n % ${#faults[@]}))]}
        fault "${f//_/-}" "$f"
        n=$((n + 1))
    done
    touch "$OUT/chaos-stopped"
}

pause() { # SECONDS: sleeps, returns 1 as soon as the load is over
    local until=$((SECONDS + $1))
    while ((SECONDS < until)); do
        [[ -f $OUT/load-done ]] && return 1
        sleep 1
    done
    [[ ! -f $OUT/load-done ]]
}

sample_resources &
PIDS+=($!)
chaos &
CHAOS_PID=$!
PIDS+=($CHAOS_PID)

# ------------------------------------------------------------------ the load, then the check

set +e
java "$BENCH_DIR/soak/Soak.java" --base "$BASE" --minutes "$MINUTES" --load "$LOAD" --faults "$FAULTS" --out "$OUT" \
    --started "$OUT/load-started" --done "$OUT/load-done" --chaos-stopped "$OUT/chaos-stopped" --probe-seconds 20 2>&1 | tee "$OUT/soak.log"
STATUS=${PIPESTATUS[0]}
set -e
kill "$CHAOS_PID" 2>/dev/null || true

echo
echo "Resources per instance process (after its first 2 minutes; RSS slope by least squares):"
awk -F'\t' 'NR > 1 {
        key = $2 " pid " $3
        if (!(key in first)) { first[key] = $1; order[++n] = key }
        t = ($1 - first[key]) / 60000
        if (t < 2) next
        c[key]++; sx[key] += t; sy[key] += $4 / 1024; sxx[key] += t * t; sxy[key] += t * $4 / 1024
        if (!(key in rss0)) { rss0[key] = $4; fd0[key] = $5; tmp0[key] = $6 }
        rss1[key] = $4; fd1[key] = $5; tmp1[key] = $6; span[key] = t
    }
    END {
        printf "| instance | minutes | RSS MB start → end | slope MB/min | fds start → end | temp files start → end |\n| --- | ---: | --- | ---: | --- | --- |\n"
        for (i = 1; i <= n; i++) {
            k = order[i]
            if (c[k] < 3) { printf "| %s | (ran under 2.5 min) | | | | |\n", k; continue }
            slope = (c[k] * sxy[k] - sx[k] * sy[k]) / (c[k] * sxx[k] - sx[k] * sx[k])
            printf "| %s | %.1f | %.0f → %.0f | %.2f | %d → %d | %d → %d |\n", k, span[k], rss0[k] / 1024, rss1[k] / 1024, slope, fd0[k], fd1[k], tmp0[k], tmp1[k]
        }
    }' "$OUT/resources.tsv" | tee "$OUT/resources.md"
echo "faults injected: $(wc -l <"$FAULTS"); results: $OUT"
exit "$STATUS"
exit
}
