#!/usr/bin/env bash
# What a signed-in user costs the server, measured from zero users (issue 23; figures in docs/benchmarks.md): the
# packaged jar in a fresh JVM (-Xmx1g) on a fresh embedded H2 database with the demo data, nobody signed in; then
# USERS real Chromium sessions, each signing in on the sign-in page and opening VIEW, in two halves; the live heap
# after two full GCs at 0, USERS/2 and USERS sessions, and the live objects that say what stayed (Vaadin UIs, HTTP
# sessions, sign-in views). Unlike SessionMemoryBenchmark, nothing is warmed first: the first users carry what the
# app builds once (classes, caches), which the first figure shows; the second is the cost of one more user.
#
# Usage: scripts/memory-per-user.sh [USER VIEW]   (default: hr employees; "mentee @open-check-in" for the check-in
#        form, the heaviest view of SessionMemoryBenchmark)
# Needs: the jar (./mvnw package), a JDK >= 21 with jcmd, node >= 18 with npm, Chromium. Environment: USERS (100),
# PORT (8194), HISTOGRAMS (a folder: keeps the live-object histogram of each step there, histogram-N.txt for N users,
# to see by class what the first users and the later ones add). Not part of .ci/run: a benchmark, a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # say, find_java, browser_driver

USER_NAME="${1:-hr}"
VIEW="${2:-employees}"
USERS="${USERS:-100}"
PORT="${PORT:-8194}"
BASE="http://127.0.0.1:${PORT}/"
PW_DIR="${PW_DIR:-$HOME/.cache/upward-heap-playwright}"
WORK="$(mktemp -d)"
JAVA="$(find_java)"
JCMD="$(dirname "$JAVA")/jcmd"
[ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (./mvnw package)" >&2; exit 2; }
[ $((USERS % 2)) = 0 ] || { echo "USERS must be even: it is measured in two halves" >&2; exit 2; }
if curl -s -o /dev/null --max-time 2 "$BASE"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi
browser_driver "$PW_DIR" open-sessions.mjs

jar="$(realpath "$APP_JAR")"
(cd "$WORK" && exec "$JAVA" -Xmx1g -jar "$jar" --server.port="$PORT") >"$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'pkill -f "sleep 100001" || true; kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${BASE}login")" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
sleep 5 # the demo data and the start-up jobs finish

live_kib() { # the live heap after two full GCs, in KiB
  "$JCMD" "$APP_PID" GC.run >/dev/null
  "$JCMD" "$APP_PID" GC.run >/dev/null
  "$JCMD" "$APP_PID" GC.heap_info | sed -n 's/.*heap .*used \([0-9]*\)K.*/\1/p' | head -1
}
live_objects() { # users: how many live instances of each class that tells what a session keeps
  local histogram="$WORK/histogram.txt"
  "$JCMD" "$APP_PID" GC.class_histogram >"$histogram"
  [ -z "${HISTOGRAMS:-}" ] || { mkdir -p "$HISTOGRAMS" && cp "$histogram" "$HISTOGRAMS/histogram-$1.txt"; }
  awk '
    $4 == "com.vaadin.flow.component.UI" { ui = $2 }
    $4 == "org.apache.catalina.session.StandardSession" { http = $2 }
    $4 == "com.upward.security.ui.LoginView" { login = $2 }
    END { printf "%d HTTP sessions, %d Vaadin UIs, %d sign-in views", http, ui, login }' "$histogram"
}
open_sessions() { # count: opens them in a browser of their own, which stays open until the end
  local log="$WORK/open-$RANDOM.log"
  mkfifo "$log.in"
  (sleep 100001 >"$log.in" &)
  node "$PW_DIR/open-sessions.mjs" "$BASE" "$USER_NAME" "$VIEW" "$1" <"$log.in" >"$log" 2>&1 &
  until grep -q -E 'OPEN|Error' "$log"; do sleep 1; done
  grep -q OPEN "$log" || { cat "$log" >&2; exit 1; }
}

say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $USERS sessions of $USER_NAME on /$VIEW"
h0="$(live_kib)"
say "0 users: live heap $h0 KiB; $(live_objects 0)"
open_sessions $((USERS / 2))
h50="$(live_kib)"
say "$((USERS / 2)) users: live heap $h50 KiB; $(live_objects $((USERS / 2)))"
open_sessions $((USERS / 2))
h100="$(live_kib)"
say "$USERS users: live heap $h100 KiB; $(live_objects "$USERS")"
awk -v a="$h0" -v b="$h50" -v c="$h100" -v n="$USERS" 'BEGIN {
  printf "Per user from zero, (heap at %d - heap at 0) / %d: %.1f KiB\n", n, n, (c - a) / n
  printf "Per additional user, (heap at %d - heap at %d) / %d: %.1f KiB\n", n, n / 2, n / 2, (c - b) / (n / 2) }'
say "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
