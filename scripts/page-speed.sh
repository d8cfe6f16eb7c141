#!/usr/bin/env bash
# What a user waits for, measured in Chromium (issue 23; figures in docs/benchmarks.md): the packaged app on a fresh
# embedded H2 database with the demo data, its cold start (from `java -jar` to the first 200 on /login), the size of
# the production bundle, and for each main view the time from navigation to its first useful content, RUNS full
# page loads and RUNS in-app navigations (scripts/lib/page-speed.mjs), with medians, p90 and a breakdown.
#
# Usage: scripts/page-speed.sh [VIEW-FILTER]      e.g. scripts/page-speed.sh directory,hr-home
# Needs: the jar (./mvnw package), a JDK >= 21, node >= 18 with npm (playwright-core goes into a cache folder once),
# Chromium (UPWARD_CHROMIUM, default /usr/bin/chromium). Environment: RUNS (10), PORT (8193), OUT (target/page-speed).
# Not part of .ci/run: a benchmark, a few minutes; run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # say, now, secs, start_embedded_app, browser_driver

RUNS="${RUNS:-10}"
PORT="${PORT:-8193}"
OUT="${OUT:-target/page-speed}"
BASE="http://127.0.0.1:${PORT}/"
PW_DIR="${PW_DIR:-$HOME/.cache/upward-heap-playwright}"
BUNDLE=META-INF/VAADIN/webapp/VAADIN/build
WORK="$(mktemp -d)"
[ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (./mvnw package)" >&2; exit 2; }
mkdir -p "$OUT"
if curl -s -o /dev/null --max-time 2 "$BASE"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi
browser_driver "$PW_DIR" page-speed.mjs
cp scripts/lib/page-speed-summary.mjs "$PW_DIR/"

say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$WORK" && unzip -q "$(cd "$OLDPWD" && realpath "$APP_JAR")" 'META-INF/VAADIN/webapp/*')
js=("$WORK"/$BUNDLE/*.js)
entry="$(grep -o 'VAADIN/build/indexhtml-[^"]*\.js' "$WORK/META-INF/VAADIN/webapp/index.html" | head -1)"
say "Production bundle: ${#js[@]} JavaScript files, $(cat "${js[@]}" | wc -c) bytes," \
  "$(cat "$WORK"/$BUNDLE/*.js.br | wc -c) bytes as shipped brotli files; the entry $(basename "$entry"):" \
  "$(wc -c <"$WORK/META-INF/VAADIN/webapp/$entry") bytes, $(wc -c <"$WORK/META-INF/VAADIN/webapp/$entry.br") brotli"

started="$(now)"
mkdir "$WORK/app"
start_embedded_app "$WORK/app" "$PORT" "$WORK/app.log"
trap 'kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${BASE}login")" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 0.1
done
say "Cold start to the sign-in page: $(secs "$started" "$(now)") s (fresh embedded database, demo data)"

node "$PW_DIR/page-speed.mjs" "$BASE" "$RUNS" "${1:-}" >"$OUT/runs.jsonl"
say "Load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
node "$PW_DIR/page-speed-summary.mjs" <"$OUT/runs.jsonl" | tee "$OUT/summary.md"
