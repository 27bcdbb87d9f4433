"""Reads `jfr print --events jdk.ExecutionSample` text on stdin (profile.sh) and writes the event loop's
samples as ns per request (one 1 ms sample per million requests is 1 ns per request): SELF_TSV gets each
method's self time (the top frame), KILN_TSV the time under each Kiln method (a dev.kiln frame anywhere
in the stack, counted once per sample). Both end with a TOTAL row.

usage: jfr print --stack-depth 64 --events jdk.ExecutionSample F.jfr | python3 jfr_samples.py REQUESTS SELF_TSV KILN_TSV
"""
import re
import sys

requests = int(sys.argv[1])
frame = re.compile(r"^\s+(\S.*?)(?: line: .*)?$")
self_counts, kiln_counts = {}, {}
total = 0
on_loop = False
stack = None
for line in sys.stdin:
    if "sampledThread = " in line:
        on_loop = '"vert.x-eventloop' in line
    elif "stackTrace = [" in line:
        stack = []
    elif stack is not None:
        if line.strip() == "]":
            if on_loop and stack:
                total += 1
                self_counts[stack[0]] = self_counts.get(stack[0], 0) + 1
                for method in {m for m in stack if m.startswith("dev.kiln.")}:
                    kiln_counts[method] = kiln_counts.get(method, 0) + 1
            stack = None
        else:
            m = frame.match(line)
            if m and m.group(1) != "...":
                stack.append(m.group(1))


def write(path, counts):
    with open(path, "w") as out:
        for method, c in counts.items():
            out.write(f"{method}\t{c / requests * 1e6:.1f}\n")
        out.write(f"TOTAL (event loop, sampled Java)\t{total / requests * 1e6:.1f}\n")


write(sys.argv[2], self_counts)
write(sys.argv[3], kiln_counts)
