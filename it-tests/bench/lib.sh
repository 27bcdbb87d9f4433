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
