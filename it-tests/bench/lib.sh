# Shared by the benchmark scripts (sourced): CPU time of a server process, read from /proc.
#
# cpu_ticks PID: utime + stime of the process in clock ticks, its JIT compiler threads left out:
# fields 14 and 15 of /proc/PID/stat (the command name in field 2 may hold spaces, so count from
# after its closing parenthesis), minus the same fields of each "C1/C2 CompilerThread" task. What the
# JIT spends in a window depends on when it decides to compile, not on the requests served, and made
# one jar's figure vary by half between runs. Run the server with -XX:-UseDynamicNumberOfCompilerThreads
# so that no compiler thread exits (and takes its ticks out of the subtraction) during a window.
# jit_ticks PID: what those compiler threads spent, in clock ticks.

_ticks_of() { # the utime + stime of one /proc stat file
    local stat
    stat=$(<"$1") 2>/dev/null || { echo 0; return; }
    stat=${stat##*) }
    awk '{ print $12 + $13 }' <<<"$stat"
}

jit_ticks() {
    local task comm jit=0
    for task in /proc/"$1"/task/*; do
        comm=$(<"$task/comm") 2>/dev/null || continue
        [[ $comm == C[12]\ CompilerThre* ]] || continue
        jit=$((jit + $(_ticks_of "$task/stat")))
    done
    echo "$jit"
}

cpu_ticks() {
    echo $(($(_ticks_of "/proc/$1/stat") - $(jit_ticks "$1")))
}

# stop_server: stops the server whose PID is in SERVER_PID (SIGTERM, then SIGKILL after 10 s) and reaps it.
SERVER_PID=
stop_server() {
    local pid=$SERVER_PID
    [[ -n $pid ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    SERVER_PID=
}

# The Kiln bench app's and the Vert.x programs' class paths, as build_bench_programs leaves them.
_BENCH_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KILN_CP="$_BENCH_LIB_DIR/kiln/target/classes:$_BENCH_LIB_DIR/kiln/target/lib/*"
VERTX_CP="$_BENCH_LIB_DIR/vertx/target/classes:$_BENCH_LIB_DIR/vertx/target/lib/*"

# build_bench_programs LOG_DIR: builds the Kiln bench app (with kiln-runtime and kiln-processor from this
# checkout) and the Vert.x programs, logs in LOG_DIR; on a failure prints the log's tail and returns 1.
build_bench_programs() {
    mvn -B -q -f "$_BENCH_LIB_DIR/pom.xml" -pl :kiln-bench-app -am package -DskipTests >"$1/build-kiln.log" 2>&1 \
        || { tail -40 "$1/build-kiln.log" >&2; return 1; }
    mvn -B -q -f "$_BENCH_LIB_DIR/vertx/pom.xml" package -DskipTests >"$1/build-vertx.log" 2>&1 \
        || { tail -40 "$1/build-vertx.log" >&2; return 1; }
}

# freeport: a TCP port free on 127.0.0.1 now.
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server LOG PORT CLASSPATH MAIN [JAVA OPTIONS...]: starts a bench server on 127.0.0.1:PORT with
# --instances 1, pinned to BENCH_SERVER_CPU (default CPU 0), output to LOG; sets SERVER_PID and returns
# once it answers /__ready (at most 30 s).
start_server() {
    local log=$1 port=$2 cp=$3 main=$4
    shift 4
    (exec taskset -c "${BENCH_SERVER_CPU:-0}" java "$@" -cp "$cp" "$main" \
        --host 127.0.0.1 --port "$port" --instances 1) >"$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$port/__ready" 2>/dev/null && return 0
        sleep 0.1
    done
}

# service_classpath BUILD LOG_DIR: prints the class path of samples/service (its classes and every
# dependency, Kiln's own modules from this checkout). BUILD=1 builds the sample and the Kiln modules it
# needs first and writes the class path to samples/service/target/classpath.txt; BUILD=0 reuses it.
service_classpath() {
    local root file
    root=$(cd "$_BENCH_LIB_DIR/../.." && pwd)
    file=$root/samples/service/target/classpath.txt
    if [[ $1 == 1 ]]; then
        # One reactor run: the class path then names this checkout's Kiln jars, not ~/.m2's.
        mvn -B -q -f "$root/pom.xml" -pl samples/service -am package dependency:build-classpath -DskipTests \
            -Dkiln.errorprone=false -Dmdep.outputFile="$file" >"$2/build-service.log" 2>&1 \
            || { tail -40 "$2/build-service.log" >&2; return 1; }
    fi
    [[ -f $file ]] || { echo "no $file: run without --no-build once" >&2; return 1; }
    echo "$root/samples/service/target/classes:$(<"$file")"
}

# require_tools TOOL...: stops the script at once, naming what is missing, when a tool it runs is not
# installed (without wrk every measurement would print -nan and "bad statuses").
require_tools() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "missing: ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
        exit 1
    fi
}

# warmup_runs SECONDS: the durations of the wrk runs a warm-up of SECONDS is split into, at most 2 s each:
# every run opens its connections, so opening one is warm code too when the measured run opens its own
# (BENCHMARKS.md, "Method"). Use: for d in $(warmup_runs 8); do wrk ... -d"${d}s" ...; done
warmup_runs() {
    local left=$1
    while ((left > 0)); do
        echo $((left < 2 ? left : 2))
        left=$((left - 2))
    done
}
