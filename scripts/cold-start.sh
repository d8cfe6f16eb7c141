#!/usr/bin/env bash
# Cold start (issue 23; figures in docs/benchmarks.md, "Cold start"): from starting `java` to the first 200 on /login,
# on a fresh embedded H2 database that the app fills with the demo data, three ways, in turn, RUNS times each:
#   jar        java -jar upward.jar, the packaged jar as built
#   extracted  the jar extracted as deploy/fast-start.sh does (the application jar beside its libraries)
#   aot-cache  extracted, with the JDK AOT cache of deploy/fast-start.sh's training run: how the Docker image starts
# Usage: scripts/cold-start.sh     Needs the jar (./mvnw package) and a JDK >= 25 for the AOT cache.
# Environment: RUNS (5), PORT (8194). A benchmark, not part of .ci/run: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # say, now, secs, find_java, start_embedded_app

RUNS="${RUNS:-5}"
PORT="${PORT:-8194}"
[ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (./mvnw package)" >&2; exit 2; }
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi
java="$(find_java)"
PACKAGED_JAR="$(realpath "$APP_JAR")"
WORK="$(mktemp -d)"
APP_PID=""
trap '[ -z "$APP_PID" ] || kill "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)"
started="$(now)"
deploy/fast-start.sh "$PACKAGED_JAR" "$WORK/fast" "$java"
say "deploy/fast-start.sh: extracted and trained in $(secs "$started" "$(now)") s; AOT cache" \
  "$(du -m "$WORK/fast/upward.aot" | cut -f1) MB"

# cold_start WAY: seconds from starting java to the first 200 on /login, on a new embedded database
cold_start() {
  local way="$1" begun
  case "$way" in
    jar) APP_JAR="$PACKAGED_JAR" APP_JAVA_OPTS="" ;;
    extracted) APP_JAR="$WORK/fast/upward.jar" APP_JAVA_OPTS="" ;;
    aot-cache) APP_JAR="$WORK/fast/upward.jar" APP_JAVA_OPTS="-XX:AOTCache=$WORK/fast/upward.aot" ;;
  esac
  rm -rf "$WORK/app" && mkdir "$WORK/app"
  begun="$(now)"
  start_embedded_app "$WORK/app" "$PORT" "$WORK/app.log"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/login")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  secs "$begun" "$(now)"
  kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

declare -A times
for run in $(seq 1 "$RUNS"); do
  for way in jar extracted aot-cache; do
    t="$(cold_start "$way")"
    times[$way]="${times[$way]:-} $t"
    say "run $run, $way: $t s (load average $(cut -d' ' -f1 /proc/loadavg))"
  done
done
echo
echo "| Way | Runs | Median s | Range s |"
echo "|---|---|---|---|"
for way in jar extracted aot-cache; do
  # shellcheck disable=SC2086 # the list of times
  printf '%s\n' ${times[$way]} | sort -n | awk -v way="$way" '{ t[NR] = $1 } END {
    m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "| %s | %d | %.1f | %.1f–%.1f |\n", way, NR, m, t[1], t[NR] }'
done
