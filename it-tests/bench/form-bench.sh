#!/usr/bin/env bash
# Form and upload benchmarks (BENCHMARKS.md, "Forms and uploads"): programs that print numbers, never tests.
#
#   it-tests/bench/form-bench.sh                         both sections, 5 rounds each
#   it-tests/bench/form-bench.sh --sections login --rounds 3 --duration 5
#   it-tests/bench/form-bench.sh --help
#
# login   the Kiln bench app (one event loop) answers POST /login/form (an urlencoded form of three
#         fields: @Form String username, password, Optional<String> scope) and POST /login/json (a JSON
#         body of the same fields, a record); both warmed twice (WARMUP s each), then wrk (c=CONNECTIONS, no
#         pipelining) on each for DURATION s,
#         the server's CPU µs per request = (utime+stime over the window) / requests. The two cases
#         alternate which goes first; the server is restarted every round. Target: form ≤ 1.15 × JSON.
# upload  one file of UPLOAD_MIB MiB sent by curl (-F file=@...) to the Kiln app's POST /upload
#         (@File Upload, streamed to disk before the operation runs) and to a raw Vert.x handler
#         (RawVertxServer /upload: the multipart decoder, streamToFileSystem); MiB/s from curl's
#         time_total; fresh servers each round, the order alternating. Target: Kiln ≥ 80 % of raw.
#
# Servers are pinned to BENCH_SERVER_CPU, clients to BENCH_CLIENT_CPU; results are medians over the
# rounds, each round printed too. Run on a quiet machine (check `uptime`). Logs and TSVs go to
# it-tests/bench/target/form-results/<time>/.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
SECTIONS=login,upload
ROUNDS=5
DURATION=10
WARMUP=5
CONNECTIONS=16
UPLOAD_MIB=1024
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENT_CPU=${BENCH_CLIENT_CPU:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx512m -XX:-UseDynamicNumberOfCompilerThreads}
BUILD=1

usage() {
    cat <<USAGE
usage: $0 [options]
  --sections LIST   login,upload (default: both)
  --rounds N        rounds per section (default $ROUNDS)
  --duration S      wrk seconds per login case and round (default $DURATION)
  --warmup S        wrk seconds of warm-up per login case and round (default $WARMUP)
  --connections N   wrk connections (default $CONNECTIONS)
  --upload-mib N    MiB per upload (default $UPLOAD_MIB)
  --no-build        use the apps already built
environment: BENCH_SERVER_CPU (default 0), BENCH_CLIENT_CPU (default 1), BENCH_JAVA_OPTS ("$JAVA_OPTS")
USAGE
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --sections) SECTIONS=$2; shift ;;
        --rounds) ROUNDS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --upload-mib) UPLOAD_MIB=$2; shift ;;
        --no-build) BUILD=0 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

OUT_DIR="$BENCH_DIR/target/form-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR/logs"
CLK_TCK=$(getconf CLK_TCK)
log() { printf '[form-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# cpu_ticks, jit_ticks (CPU without the JIT compiler threads) and stop_server: lib.sh
. "$BENCH_DIR/lib.sh"
trap 'stop_server; rm -rf "$OUT_DIR/upload"' EXIT
trap 'exit 130' INT TERM

for tool in wrk curl taskset; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install wrk curl util-linux)" >&2; exit 1; }
done

if [[ $BUILD == 1 ]]; then
    log "build: the Kiln bench app (runtime and processor from this checkout, nothing installed) and the Vert.x peer"
    mvn -B -q -f "$BENCH_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests \
        >"$OUT_DIR/logs/build-kiln.log" 2>&1 || { tail -40 "$OUT_DIR/logs/build-kiln.log" >&2; exit 1; }
    mvn -B -q -f "$BENCH_DIR/vertx/pom.xml" package -DskipTests \
        >"$OUT_DIR/logs/build-vertx.log" 2>&1 || { tail -40 "$OUT_DIR/logs/build-vertx.log" >&2; exit 1; }
fi

# start_server NAME LOG [java options...]: pinned to SERVER_CPU, one event loop, a free port in SERVER_PORT
start_server() {
    local name=$1 log_file=$2
    shift 2
    SERVER_PORT=$("$PY" "$BENCH_DIR/bench.py" freeport)
    # shellcheck disable=SC2206
    local java=(java $JAVA_OPTS "$@")
    case "$name" in
        kiln) cmd=("${java[@]}" -cp "$BENCH_DIR/kiln/target/classes:$BENCH_DIR/kiln/target/lib/*"
                   dev.kiln.bench.kiln.BenchApp --host 127.0.0.1 --port "$SERVER_PORT" --instances 1) ;;
        vertx) cmd=("${java[@]}" -cp "$BENCH_DIR/vertx/target/classes:$BENCH_DIR/vertx/target/lib/*"
                   dev.kiln.bench.vertx.RawVertxServer --host 127.0.0.1 --port "$SERVER_PORT" --instances 1) ;;
    esac
    (cd "$OUT_DIR" && exec taskset -c "$SERVER_CPU" "${cmd[@]}") >"$log_file" 2>&1 &
    SERVER_PID=$!
    taskset -c "$CLIENT_CPU" "$PY" "$BENCH_DIR/bench.py" first200 "$SERVER_PORT" 120 "$SERVER_PID" >/dev/null
}


median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---------------------------------------------------------------------------------------------- login
FORM_BODY=$OUT_DIR/login.form
JSON_BODY=$OUT_DIR/login.json
printf 'username=johndoe%%40example.com&password=secret%%21horse&scope=items%%3Aread+users%%3Ame' >"$FORM_BODY"
printf '{"username":"johndoe@example.com","password":"secret!horse","scope":"items:read users:me"}' >"$JSON_BODY"
LOGIN_TSV=$OUT_DIR/login.tsv

login_warmup() { # login_warmup PATH BODY TYPE
    local seconds
    for seconds in $(warmup_runs "$WARMUP"); do
        BENCH_BODY_FILE=$2 BENCH_CONTENT_TYPE=$3 taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" \
            -d"${seconds}s" -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$SERVER_PORT$1" >/dev/null 2>&1
    done
}

login_case() { # login_case ROUND NAME PATH BODY TYPE
    local round=$1 name=$2 path=$3 body=$4 type=$5 before after line requests
    before=$(cpu_ticks "$SERVER_PID")
    line=$(BENCH_BODY_FILE=$body BENCH_CONTENT_TYPE=$type taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" \
        -d"${DURATION}s" -s "$BENCH_DIR/wrk/bench.lua" "http://127.0.0.1:$SERVER_PORT$path" 2>&1 | grep '^RESULT')
    after=$(cpu_ticks "$SERVER_PID")
    requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")
    errors=$(sed -n 's/.*err_status=\([0-9]*\).*/\1/p' <<<"$line")
    awk -v r="$round" -v n="$name" -v req="$requests" -v t="$((after - before))" -v hz="$CLK_TCK" -v d="$DURATION" \
        -v e="$errors" 'BEGIN { printf "%s\t%s\t%d\t%.0f\t%.2f\t%s\n", r, n, req, req / d, t / hz * 1e6 / req, e }' \
        >>"$LOGIN_TSV"
    log "  $name: $(tail -1 "$LOGIN_TSV" | awk -F'\t' '{ printf "%s req/s, %s CPU us/req, %s non-2xx", $4, $5, $6 }')"
}

if [[ ",$SECTIONS," == *",login,"* ]]; then
    for round in $(seq 1 "$ROUNDS"); do
        log "login round $round"
        start_server kiln "$OUT_DIR/logs/kiln-login$round.log"
        # both cases warm (JIT) before either is measured, as run.sh does
        login_warmup /login/form "$FORM_BODY" application/x-www-form-urlencoded
        login_warmup /login/json "$JSON_BODY" application/json
        login_warmup /login/form "$FORM_BODY" application/x-www-form-urlencoded
        login_warmup /login/json "$JSON_BODY" application/json
        if (( round % 2 )); then
            login_case "$round" form /login/form "$FORM_BODY" application/x-www-form-urlencoded
            login_case "$round" json /login/json "$JSON_BODY" application/json
        else
            login_case "$round" json /login/json "$JSON_BODY" application/json
            login_case "$round" form /login/form "$FORM_BODY" application/x-www-form-urlencoded
        fi
        stop_server
    done
fi

# ---------------------------------------------------------------------------------------------- upload
UPLOAD_TSV=$OUT_DIR/upload.tsv
upload_once() { # upload_once ROUND SERVER
    local round=$1 server=$2 result
    if [[ $server == kiln ]]; then
        start_server kiln "$OUT_DIR/logs/kiln-upload$round.log" "-Dbench.maxUpload=$(( (UPLOAD_MIB + 1) * 1048576 ))"
    else
        start_server vertx "$OUT_DIR/logs/vertx-upload$round.log"
    fi
    # one small upload first, so that neither server is measured cold on its first multipart request
    taskset -c "$CLIENT_CPU" curl -sS -o /dev/null -F "file=@$OUT_DIR/upload/warm.bin" "http://127.0.0.1:$SERVER_PORT/upload"
    result=$(taskset -c "$CLIENT_CPU" curl -sS -o "$OUT_DIR/logs/$server-upload$round.body" \
        -w '%{http_code} %{time_total} %{size_upload}' -F "file=@$OUT_DIR/upload/file.bin" \
        "http://127.0.0.1:$SERVER_PORT/upload")
    stop_server
    read -r code seconds bytes <<<"$result"
    [[ $code == 200 ]] || { log "$server answered $code: $(cat "$OUT_DIR/logs/$server-upload$round.body")"; return 0; }
    awk -v r="$round" -v s="$server" -v t="$seconds" -v b="$bytes" \
        'BEGIN { printf "%s\t%s\t%.3f\t%.1f\n", r, s, t, b / 1048576 / t }' >>"$UPLOAD_TSV"
    log "  $server: $(tail -1 "$UPLOAD_TSV" | awk -F'\t' '{ printf "%s s, %s MiB/s", $3, $4 }')"
}

if [[ ",$SECTIONS," == *",upload,"* ]]; then
    mkdir -p "$OUT_DIR/upload"
    head -c 1048576 /dev/urandom >"$OUT_DIR/upload/warm.bin"
    log "making a $UPLOAD_MIB MiB file"
    head -c $(( UPLOAD_MIB * 1048576 )) /dev/urandom >"$OUT_DIR/upload/file.bin"
    for round in $(seq 1 "$ROUNDS"); do
        log "upload round $round"
        if (( round % 2 )); then
            upload_once "$round" kiln
            upload_once "$round" vertx
        else
            upload_once "$round" vertx
            upload_once "$round" kiln
        fi
    done
fi

# ---------------------------------------------------------------------------------------------- summary
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  cpu: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo) x $(nproc)"
    echo "java: $(java -version 2>&1 | head -1)  options: $JAVA_OPTS  server cpu $SERVER_CPU, client cpu $CLIENT_CPU"
    if [[ -s ${LOGIN_TSV:-} ]]; then
        form=$(awk -F'\t' '$2 == "form" { print $5 }' "$LOGIN_TSV" | median)
        json=$(awk -F'\t' '$2 == "json" { print $5 }' "$LOGIN_TSV" | median)
        echo
        echo "login, $ROUNDS rounds x ${DURATION} s, c=$CONNECTIONS: CPU us/req per round (form, json)"
        awk -F'\t' '{ printf "  round %s %s: %s req/s, %s us/req\n", $1, $2, $4, $5 }' "$LOGIN_TSV"
        awk -v f="$form" -v j="$json" 'BEGIN { printf "median: form %.2f us/req, json %.2f us/req, form/json %.3f (target <= 1.15)\n", f, j, f / j }'
    fi
    if [[ -s ${UPLOAD_TSV:-} ]]; then
        kiln=$(awk -F'\t' '$2 == "kiln" { print $4 }' "$UPLOAD_TSV" | median)
        vertx=$(awk -F'\t' '$2 == "vertx" { print $4 }' "$UPLOAD_TSV" | median)
        echo
        echo "upload of $UPLOAD_MIB MiB by curl, $ROUNDS rounds: MiB/s per round"
        awk -F'\t' '{ printf "  round %s %s: %s s, %s MiB/s\n", $1, $2, $3, $4 }' "$UPLOAD_TSV"
        awk -v k="$kiln" -v v="$vertx" 'BEGIN { printf "median: kiln %.1f MiB/s, raw vert.x %.1f MiB/s, kiln/raw %.3f (target >= 0.80)\n", k, v, k / v }'
    fi
} | tee "$OUT_DIR/summary.txt"
exit
}
