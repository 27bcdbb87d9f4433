"""Helpers for run.sh, standard library only (run with Debian's /usr/bin/python3).

    bench.py freeport                      print a free TCP port on 127.0.0.1
    bench.py first200 PORT TIMEOUT_S [PID] poll GET /plaintext until a 200; print the wall clock (ns) of it;
                                           give up early when process PID has exited
    bench.py check PORT                    check that the four endpoints answer what every server must answer
    bench.py load PORT COUNT TIMEOUT_S     send COUNT GET /plaintext on one keep-alive connection
    bench.py report RESULTS_DIR            print the throughput and startup tables (Markdown)
"""
import http.client
import json
import os
import socket
import statistics
import sys
import time

ITEM_BODY = {"name": "Widget", "price": 9.99, "quantity": 3, "tags": ["a", "b"], "active": True, "sku": "ABC-1234"}

# The order servers appear in the tables; raw Vert.x core is the reference of every ratio.
SERVER_ORDER = ["vertx", "kiln", "vertxweb", "quarkus", "fastapi"]
SERVER_NAMES = {
    "vertx": "raw Vert.x core",
    "kiln": "Kiln",
    "vertxweb": "vertx-web Router",
    "quarkus": "Quarkus REST",
    "fastapi": "FastAPI/uvicorn",
}
REFERENCE = "vertx"


def freeport():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def _exited(pid):
    """True once the process is gone or a zombie (exited, not yet reaped by run.sh)."""
    try:
        with open("/proc/%s/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def first200(port, timeout_s, pid=None):
    """Polls every 2 ms; a refused connection is the normal answer while the server starts."""
    deadline = time.monotonic() + float(timeout_s)
    while time.monotonic() < deadline:
        if pid is not None and _exited(pid):
            print("the server exited before answering", file=sys.stderr)
            return 1
        try:
            conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=2)
            conn.request("GET", "/plaintext")
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                print(time.time_ns())
                return 0
        except OSError:
            pass
        time.sleep(0.002)
    print("no 200 from /plaintext within %ss" % timeout_s, file=sys.stderr)
    return 1


def load(port, count, timeout_s):
    """A load bounded in count and in time: wrk can only be bounded in time."""
    deadline = time.monotonic() + float(timeout_s)
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
    sent = 0
    try:
        while sent < int(count) and time.monotonic() < deadline:
            conn.request("GET", "/plaintext")
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                print("GET /plaintext answered %d" % response.status, file=sys.stderr)
                return 1
            sent += 1
    finally:
        conn.close()
    if sent < int(count):
        print("only %d of %s requests within %ss" % (sent, count, timeout_s), file=sys.stderr)
        return 1
    return 0


def _call(port, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    content_type = response.getheader("Content-Type") or ""
    conn.close()
    return response.status, content_type.lower(), data


def check(port):
    """Every server must give the same answers, or its numbers would not be comparable."""
    problems = []

    def expect(what, ok, got):
        if not ok:
            problems.append("%s: got %r" % (what, got))

    status, ctype, data = _call(port, "GET", "/plaintext")
    expect("GET /plaintext is 200 text/plain 'Hello, World!'",
           status == 200 and ctype.startswith("text/plain") and data == b"Hello, World!", (status, ctype, data))

    status, ctype, data = _call(port, "GET", "/json")
    expect("GET /json is 200 application/json {'message': 'Hello, World!'}",
           status == 200 and ctype.startswith("application/json")
           and _json(data) == {"message": "Hello, World!"}, (status, ctype, data))

    status, ctype, data = _call(port, "GET", "/items/42?q=hello")
    expect("GET /items/42?q=hello echoes {'id': 42, 'q': 'hello'}",
           status == 200 and _json(data) == {"id": 42, "q": "hello"}, (status, data))

    status, ctype, data = _call(port, "POST", "/items", json.dumps(ITEM_BODY))
    expect("POST /items echoes the body", status == 200 and _json(data) == ITEM_BODY, (status, data))

    invalid = dict(ITEM_BODY, price=-1, sku="nope")
    status, ctype, data = _call(port, "POST", "/items", json.dumps(invalid))
    # FastAPI and Kiln answer 422, Quarkus 400: the body is rejected either way.
    expect("POST /items with a negative price and a bad sku is rejected", status in (400, 422), (status, data))

    for problem in problems:
        print("check failed: " + problem, file=sys.stderr)
    return 1 if problems else 0


def _json(data):
    try:
        return json.loads(data)
    except ValueError:
        return None


def _read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    header, rows = lines[0], lines[1:]
    return [dict(zip(header, row)) for row in rows]


def _median(values):
    return statistics.median(values) if values else None


def _fmt(value, pattern):
    return "—" if value is None else pattern % value


def report(results_dir):
    failures = _read_tsv(os.path.join(results_dir, "failures.tsv"))
    throughput = _read_tsv(os.path.join(results_dir, "throughput.tsv"))
    if throughput or any(f["section"] == "throughput" for f in failures):
        print(_throughput_table(throughput, [f for f in failures if f["section"] == "throughput"]))
    startup = _read_tsv(os.path.join(results_dir, "startup.tsv"))
    if startup or any(f["section"] == "startup" for f in failures):
        print(_startup_table(startup, [f for f in failures if f["section"] == "startup"]))
    print(_targets(throughput, startup))
    return 0


def _throughput_table(rows, failures):
    if not rows and not failures:
        return "No throughput results.\n"
    cases = []
    for row in rows:
        key = (row["case"], int(row["connections"]))
        if key not in cases:
            cases.append(key)
    servers = [s for s in SERVER_ORDER if any(r["server"] == s for r in rows + failures)]
    rounds = len({r["round"] for r in rows})
    out = ["## Throughput (median of %d round%s)" % (rounds, "" if rounds == 1 else "s"), "",
           "req/s: wrk's count over its duration. CPU µs/req: the server process's utime+stime over the "
           "measured window, its JIT compiler threads left out, divided by the requests answered (JIT: what "
           "those threads spent, per request). p99: wrk's latency percentile. "
           "rps×: req/s relative to raw Vert.x core. CPU×: raw Vert.x core's CPU µs/req divided by the "
           "server's (1.00 = as frugal as the floor; higher is better), the median of each round's ratio "
           "and, in brackets, the lowest and highest of them.", "",
           "| case | conns | server | req/s | CPU µs/req | JIT µs/req | p99 ms | rps× | CPU× (spread) | errors |",
           "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for case, conns in cases:
        medians = {}
        for server in servers:
            mine = [r for r in rows if r["server"] == server and r["case"] == case and int(r["connections"]) == conns]
            if not mine:
                continue
            medians[server] = (
                _median([float(r["rps"]) for r in mine]),
                _median([float(r["cpu_us_per_req"]) for r in mine if r["cpu_us_per_req"] != "nan"]),
                # wrk sometimes reports 0 for a pipelined run's percentiles: missing, not 0 ms
                _median([float(r["p99_us"]) / 1000.0 for r in mine if float(r["p99_us"]) > 0]),
                sum(int(r["errors"]) for r in mine),
            )
        ref = medians.get(REFERENCE)
        for server in servers:
            failed = [f for f in failures if f["server"] == server]
            if server not in medians:
                reason = failed[0]["reason"] if failed else "not measured"
                out.append("| %s | %d | %s | — | — | — | — | — | — | %s |" % (case, conns, SERVER_NAMES[server], reason))
                continue
            rps, cpu, p99, errors = medians[server]
            jit = _median([float(r["jit_us_per_req"]) for r in rows if r["server"] == server and r["case"] == case
                           and int(r["connections"]) == conns and r.get("jit_us_per_req", "nan") != "nan"])
            rps_ratio = rps / ref[0] if ref and ref[0] else None
            out.append("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %d |" % (
                case, conns, SERVER_NAMES[server], _fmt(rps, "%.0f"), _fmt(cpu, "%.2f"), _fmt(jit, "%.2f"),
                _fmt(p99, "%.2f"), _fmt(rps_ratio, "%.2f"), _spread(_round_ratios(rows, server, case, conns)), errors))
    return "\n".join(out) + "\n"


def _round_ratios(rows, server, case, conns):
    """Raw Vert.x's CPU µs/req over the server's, one ratio per round that measured both."""
    def cpu_by_round(who):
        return {r["round"]: float(r["cpu_us_per_req"]) for r in rows
                if r["server"] == who and r["case"] == case and int(r["connections"]) == conns
                and r["cpu_us_per_req"] != "nan" and float(r["cpu_us_per_req"]) > 0}
    mine, ref = cpu_by_round(server), cpu_by_round(REFERENCE)
    return [ref[k] / mine[k] for k in sorted(mine) if k in ref]


def _spread(ratios):
    """'0.97 (0.95–0.99)': the median of the rounds' ratios, then their lowest and highest."""
    if not ratios:
        return "—"
    if len(ratios) == 1:
        return "%.2f" % ratios[0]
    return "%.2f (%.2f–%.2f)" % (_median(ratios), min(ratios), max(ratios))


def _medians(rows, server, case, conns):
    """(req/s, CPU µs/req) medians of one server and case, or None when it was not measured."""
    mine = [r for r in rows if r["server"] == server and r["case"] == case and int(r["connections"]) == conns]
    if not mine:
        return None
    cpu = [float(r["cpu_us_per_req"]) for r in mine if r["cpu_us_per_req"] != "nan"]
    return _median([float(r["rps"]) for r in mine]), _median(cpu)


def _targets(throughput, startup):
    """Kiln's targets (BENCHMARKS.md), checked against this run's medians."""
    out = ["## Kiln's targets in this run", "", "| target | case | value | met |", "| --- | --- | ---: | --- |"]

    def verdict(value, ok):
        return ("n/a", "—") if value is None else (value, "yes" if ok else "**no**")

    conns_seen = sorted({int(r["connections"]) for r in throughput})
    for conns in conns_seen:
        for case in ("plaintext", "plaintext-pipelined", "json", "json-pipelined"):
            ratios = _round_ratios(throughput, "kiln", case, conns)
            ratio = _median(ratios)
            value, met = verdict(ratio, ratio is not None and ratio >= 0.97)
            out.append("| CPU× vs raw Vert.x ≥ 0.97 | %s c=%d | %s | %s |"
                       % (case, conns, value if value == "n/a" else _spread(ratios), met))
            kiln = _medians(throughput, "kiln", case, conns)
            web = _medians(throughput, "vertxweb", case, conns)
            ratio = web[1] / kiln[1] if kiln and web and kiln[1] and web[1] else None
            value, met = verdict(ratio, ratio is not None and ratio > 1.0)
            out.append("| ahead of vertx-web (its CPU µs/req ÷ Kiln's > 1) | %s c=%d | %s | %s |"
                       % (case, conns, value if value == "n/a" else "%.2f" % value, met))
        kiln, fastapi = _medians(throughput, "kiln", "json", conns), _medians(throughput, "fastapi", "json", conns)
        ratio = kiln[0] / fastapi[0] if kiln and fastapi and fastapi[0] else None
        value, met = verdict(ratio, ratio is not None and ratio >= 10)
        out.append("| ≥ 10× FastAPI req/s | json c=%d | %s | %s |"
                   % (conns, value if value == "n/a" else "%.1f×" % value, met))
    kiln = [float(r["first_200_ms"]) for r in startup if r["server"] == "kiln"]
    ref = [float(r["first_200_ms"]) for r in startup if r["server"] == REFERENCE]
    delta = _median(kiln) - _median(ref) if kiln and ref else None
    value, met = verdict(delta, delta is not None and delta <= 100)
    out.append("| first 200 within 100 ms of raw Vert.x | startup | %s | %s |"
               % (value if value == "n/a" else "%+.0f ms" % value, met))
    return "\n".join(out) + "\n"


def _startup_table(rows, failures):
    servers = [s for s in SERVER_ORDER if any(r["server"] == s for r in rows + failures)]
    rounds = len({r["round"] for r in rows + failures})
    requests = rows[0]["rss_after_requests"] if rows else "N"
    out = ["## Startup (median of %d round%s)" % (rounds, "" if rounds == 1 else "s"), "",
           "first 200: from the launch of the process to the first 200 from GET /plaintext. "
           "RSS: the server's resident set after %s requests on one keep-alive connection." % requests, "",
           "| server | first 200 ms | Δ vs raw Vert.x ms | RSS MiB |", "| --- | ---: | ---: | ---: |"]
    medians = {}
    for server in servers:
        mine = [r for r in rows if r["server"] == server]
        if not mine:
            continue
        medians[server] = (_median([float(r["first_200_ms"]) for r in mine]),
                           _median([float(r["rss_kib"]) / 1024.0 for r in mine if r["rss_kib"] != "nan"]))
    ref = medians.get(REFERENCE)
    for server in servers:
        if server not in medians:
            reason = next((f["reason"] for f in failures if f["server"] == server), "not measured")
            out.append("| %s | — (%s) | — | — |" % (SERVER_NAMES[server], reason))
            continue
        first, rss = medians[server]
        delta = first - ref[0] if ref else None
        out.append("| %s | %s | %s | %s |" % (SERVER_NAMES[server], _fmt(first, "%.0f"), _fmt(delta, "%+.0f"),
                                             _fmt(rss, "%.0f")))
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command, args = argv[1], argv[2:]
    if command == "freeport":
        freeport()
        return 0
    if command == "first200":
        return first200(*args)
    if command == "check":
        return check(*args)
    if command == "load":
        return load(*args)
    if command == "report":
        return report(*args)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
