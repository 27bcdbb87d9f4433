#!/usr/bin/env bash
# The server's resident memory around one large multipart upload (BENCHMARKS.md, "Uploads: memory").
#
#   it-tests/bench/upload-rss.sh                 1 GiB, server JVM with -Xmx64m
#   it-tests/bench/upload-rss.sh 4096 -Xmx256m   4 GiB, server JVM options of your choice
#
# Builds the runtime's test classes (offline), starts dev.kiln.runtime.forms.UploadServer in its own
# JVM, uploads a 1 MiB file to warm it, then one file of the given size that the client makes as it
# sends it (nothing is stored on the client), and prints VmRSS before and after and VmHWM (the peak)
# from /proc/<pid>/status. The file lands in a temporary directory on the same disk as java.io.tmpdir
# and is deleted after the response.
set -euo pipefail
# One block, read whole before it runs: a run goes on unchanged if the file is edited meanwhile.
{
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MIB=${1:-1024}
shift || true
OPTIONS=("$@")
if [ ${#OPTIONS[@]} -eq 0 ]; then
    OPTIONS=(-Xmx64m)
fi
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -q -o -f "$ROOT_DIR/pom.xml" -pl runtime test-compile dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="$ROOT_DIR/runtime/target/test-classes:$ROOT_DIR/runtime/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" dev.kiln.runtime.forms.LargeUpload "$MIB" "${OPTIONS[@]}"
exit
}
