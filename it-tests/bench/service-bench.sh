#!/usr/bin/env bash
# The service sample against its FastAPI twin (BENCHMARKS.md, "Service sample"): a program that prints
# numbers, never a test.
#
#   it-tests/bench/service-bench.sh                          3 rounds, 10 s per case
#   it-tests/bench/service-bench.sh --rounds 5 --no-build --servers kiln-pg,fastapi-pg,kiln-h2
#
# Servers, each a fresh process every round, in turn, pinned to BENCH_SERVER_CPU:
#   kiln-pg     samples/service (one event loop, APP_POOL_SIZE connections and db threads) on PostgreSQL
#   fastapi-pg  it-tests/bench/service-twin/app.py (uvicorn, one process) on the same PostgreSQL database
#   kiln-h2     samples/service on its default embedded H2 file (a fresh one per round)
# PostgreSQL (Debian's cluster, started here if it is down) and wrk (one thread, CONNECTIONS
# connections) share BENCH_CLIENT_CPU. Each round signs up a user per server, logs in (OAuth2 password
# flow), makes SEED items, then measures GET /items?limit=20 and POST /items (JSON, bearer token, a new
# title per request). Figures: req/s and the server's CPU µs per request (utime+stime without the JVM's
# JIT compiler threads, lib.sh; PostgreSQL's own CPU is not in it).
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
PY=/usr/bin/python3
ROUNDS=3
DURATION=10
WARMUP=10
CONNECTIONS=32
SEED=100
SERVERS=kiln-pg,fastapi-pg,kiln-h2
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
PG_URL=postgresql://kiln_bench:kiln_bench@127.0.0.1:5432/kiln_bench
SECRET=service-bench-secret-of-at-least-32-bytes
BUILD=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --servers) SERVERS=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR=$BENCH_DIR/target/service-results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT_DIR"
TSV=$OUT_DIR/service.tsv
CLK_TCK=$(getconf CLK_TCK)
log() { printf '[service-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# cpu_ticks (CPU without the JIT compiler threads), stop_server and service_classpath: lib.sh
. "$BENCH_DIR/lib.sh"
require_tools wrk
trap stop_server EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ what the servers need

if ! "$PY" -c 'import fastapi, uvicorn, sqlalchemy, psycopg2, jwt, passlib, multipart' 2>/dev/null; then
    log "apt-get install the twin's Debian packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-fastapi python3-uvicorn python3-uvloop \
        python3-httptools python3-sqlalchemy python3-psycopg2 python3-jwt python3-passlib python3-bcrypt \
        python3-multipart >"$OUT_DIR/apt.log" 2>&1
fi
if [[ $(pg_lsclusters -h 2>/dev/null | awk '{ print $4 }' | head -1) != online ]]; then
    log "start PostgreSQL"
    pg_ctlcluster "$(pg_lsclusters -h | awk '{ print $1 }' | head -1)" main start
fi
taskset -pc "$CLIENT_CPU" "$(head -1 /var/run/postgresql/*.pid)" >/dev/null
runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS kiln_bench WITH (FORCE)" \
    -c "DROP ROLE IF EXISTS kiln_bench" \
    -c "CREATE ROLE kiln_bench LOGIN PASSWORD 'kiln_bench'" \
    -c "CREATE DATABASE kiln_bench OWNER kiln_bench" >/dev/null

[[ $BUILD == 1 ]] && log "build: samples/service"
CLASSPATH_SERVICE=$(service_classpath "$BUILD" "$OUT_DIR")

# ------------------------------------------------------------------ one server, one round

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

start() { # SERVER ROUND
    local server=$1 round=$2
    PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
    local dir=$OUT_DIR/$server-round$round
    mkdir -p "$dir"
    case $server in
        kiln-pg|kiln-h2)
            local url=$PG_URL
            [[ $server == kiln-h2 ]] && url=jdbc:h2:./data/service
            # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
            (cd "$dir" && APP_DATABASE_URL=$url APP_JWT_SECRET=$SECRET exec taskset -c "$SERVER_CPU" \
                java $JAVA_OPTS -cp "$CLASSPATH_SERVICE" dev.kiln.samples.service.ServiceApp \
                --host 127.0.0.1 --port "$PORT" --instances 1) >"$dir/server.log" 2>&1 &
            ;;
        fastapi-pg)
            (cd "$dir" && APP_DATABASE_URL=$PG_URL APP_JWT_SECRET=$SECRET exec taskset -c "$SERVER_CPU" \
                "$PY" -m uvicorn app:app --app-dir "$BENCH_DIR/service-twin" --host 127.0.0.1 --port "$PORT" \
                --no-access-log --log-level warning) >"$dir/server.log" 2>&1 &
            ;;
    esac
    SERVER_PID=$!
    local deadline=$((SECONDS + 120))
    until curl -s -o /dev/null "http://127.0.0.1:$PORT/openapi.json"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "$server exited: $(tail -5 "$dir/server.log")"; exit 1; }
        ((SECONDS < deadline)) || { log "$server did not start"; exit 1; }
        sleep 0.1
    done
}

# Signs up and logs in USER; prints the access token.
login() { # USER
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"correct horse battery\"}" \
        "http://127.0.0.1:$PORT/users")
    [[ $code == 201 ]] || { log "sign-up of $1: $code"; exit 1; }
    curl -s -d "username=$1&password=correct+horse+battery" "http://127.0.0.1:$PORT/token" \
        | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

run_wrk() { # SECONDS PATH [TEMPLATE]
    BENCH_AUTH="Bearer $TOKEN" BENCH_TEMPLATE=${3:-} taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$1s" \
        --timeout 10s -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$PORT$2" 2>&1 | grep '^RESULT' || true
}

measure() { # ROUND SERVER
    local round=$1 server=$2 user case path template before after line requests
    start "$server" "$round"
    user=bench_${server//-/_}_${round}_$RANDOM
    TOKEN=$(login "$user")
    for i in $(seq 1 "$SEED"); do
        curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
            -d "{\"title\":\"seed $i\",\"description\":\"made before the run\"}" "http://127.0.0.1:$PORT/items"
    done
    local listed
    listed=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/items?limit=20")
    [[ $("$PY" -c 'import json, sys; p = json.load(sys.stdin); print(len(p["items"]), p["total"])' <<<"$listed") == "20 $SEED" ]] \
        || { log "$server: wrong page: ${listed:0:300}"; exit 1; }
    for case in list create; do
        path=/items?limit=20 template=
        [[ $case == create ]] && path=/items template="{\"title\":\"wrk $round %d\",\"description\":\"made by wrk\"}"
        for seconds in $(warmup_runs "$WARMUP"); do
            run_wrk "$seconds" "$path" "${template//wrk /warm }" >/dev/null
        done
        before=$(cpu_ticks "$SERVER_PID")
        line=$(run_wrk "$DURATION" "$path" "$template")
        after=$(cpu_ticks "$SERVER_PID")
        requests=$(field requests "$line")
        awk -v r="$round" -v s="$server" -v c="$case" -v req="$requests" -v dur="$(field duration_us "$line")" \
            -v ticks="$((after - before))" -v hz="$CLK_TCK" -v p99="$(field p99_us "$line")" \
            -v errs="$(field err_status "$line")" \
            'BEGIN { printf "%s\t%s\t%s\t%d\t%.1f\t%.1f\t%.2f\t%s\n", r, s, c, req, req / (dur / 1e6), ticks / hz * 1e6 / req, p99 / 1000, errs }' \
            >>"$TSV"
        log "round $round $server $case: $(tail -1 "$TSV" | awk -F'\t' '{ printf "%.0f req/s, %.1f CPU us/req, p99 %s ms, %s bad statuses", $5, $6, $7, $8 }')"
    done
    stop_server
}

IFS=, read -r -a LIST <<<"$SERVERS"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!LIST[@]}"; do
        measure "$round" "${LIST[$(( (i + round - 1) % ${#LIST[@]} ))]}"
    done
done

echo
echo "Medians over $ROUNDS rounds (min-max), server on CPU $SERVER_CPU, PostgreSQL and wrk on CPU $CLIENT_CPU:"
awk -F'\t' '
    { k = $2 FS $3; rate[k] = rate[k] " " $5; cpu[k] = cpu[k] " " $6; p99[k] = p99[k] " " $7; bad[k] += $8; seen[$2] = 1 }
    function sorted(list, a,   n, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n
    }
    function median(list,   a, n) { n = sorted(list, a); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    function spread(list,   a, n) { n = sorted(list, a); return sprintf("%s-%s", a[1], a[n]) }
    END {
        printf "| case | server | req/s | CPU µs/req | p99 ms | non-2xx |\n| --- | --- | ---: | ---: | ---: | ---: |\n"
        split("list create", cases, " ")
        for (c = 1; c <= 2; c++) for (s in seen) {
            k = s FS cases[c]
            printf "| %s | %s | %.0f (%s) | %.1f (%s) | %.2f | %d |\n", cases[c] == "list" ? "GET /items?limit=20" : "POST /items", s, median(rate[k]), spread(rate[k]), median(cpu[k]), spread(cpu[k]), median(p99[k]), bad[k]
        }
    }' "$TSV"
echo "raw: $TSV"
exit
}
