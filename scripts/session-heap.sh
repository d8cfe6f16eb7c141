#!/usr/bin/env bash
# What one signed-in session holds on the server, per main view: the jar on a fresh embedded H2 database with the
# demo data, SESSIONS real Chromium sessions signed in on a view, a heap dump, and what one session holds on its
# own (scripts/heap/SessionHeap.java: objects reachable from one HTTP session and not from another's; NetBeans'
# heap reader from Maven Central). The browsers run in Node, outside the app's JVM. (The app's whole live heap is no
# measure here: it grew by 0.1–2 MB per session as the shared caches of the embedded database filled.) The figures, and how they relate to SessionMemoryBenchmark's: docs/benchmarks.md; what they led to:
# docs/decisions/017-light-server-side-ui.md.
#
# Usage: scripts/session-heap.sh [JAR]      (default target/upward-*.jar; build it with ./mvnw package)
# Needs: a JDK >= 21 with jcmd, node >= 18 with npm (playwright-core goes into a cache folder once), Chromium
# (UPWARD_CHROMIUM, default /usr/bin/chromium). Environment: PORT (8191), SESSIONS (4), DETAIL=1 for classes,
# components and listeners of each view. Not part of .ci/run: a diagnostic, a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # say, find_java

APP_JAR="${1:-$(ls target/upward-*.jar 2>/dev/null | grep -v original | head -1)}"
PORT="${PORT:-8191}"
SESSIONS="${SESSIONS:-4}"
BASE="http://127.0.0.1:${PORT}/"
PW_DIR="${PW_DIR:-$HOME/.cache/upward-heap-playwright}"
HEAP_LIB="org.netbeans.modules:org-netbeans-lib-profiler:RELEASE250"
HEAP_JAR="$HOME/.m2/repository/org/netbeans/modules/org-netbeans-lib-profiler/RELEASE250/org-netbeans-lib-profiler-RELEASE250.jar"
WORK="$(mktemp -d)"
JAVA="$(find_java)"
JCMD="$(dirname "$JAVA")/jcmd"
[ -f "$APP_JAR" ] || { echo "No jar: build it first (./mvnw package)" >&2; exit 2; }
[ "$SESSIONS" -ge 2 ] || { echo "SESSIONS must be 2 or more: one session is compared with another" >&2; exit 2; }
if curl -s -o /dev/null --max-time 2 "$BASE"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi

[ -f "$HEAP_JAR" ] || ./mvnw -B -q dependency:get -Dartifact="$HEAP_LIB" >/dev/null
browser_driver "$PW_DIR" open-sessions.mjs

# the default profile: a new H2 database in the working folder, filled with the demo data
(cd "$WORK" && exec "$JAVA" -jar "$OLDPWD/$APP_JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1) &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -s -o /dev/null --max-time 2 "${BASE}login"; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
say "App up on $BASE; $SESSIONS sessions per view"

# the demo data's active cohort (the generator is deterministic, so is its id)
cohort=2
VIEWS=("hr notifications" "hr " "exec " "hr employees" "hr cohorts/$cohort" "hr cohorts/$cohort/matching"
  "mentee checkins" "mentee @open-check-in" "mentee goals" "mentee ")
open_sessions() { # user path count: opens them and waits until they are loaded
  mkfifo "$WORK/stdin"
  : >"$WORK/open.log"
  (sleep 100000 >"$WORK/stdin" &) # holds the sessions open until killed
  node "$PW_DIR/open-sessions.mjs" "$BASE" "$1" "$2" "$3" <"$WORK/stdin" >"$WORK/open.log" 2>&1 &
  until grep -q -E 'OPEN|Error' "$WORK/open.log"; do sleep 1; done
  grep -q OPEN "$WORK/open.log" || { cat "$WORK/open.log" >&2; exit 1; }
}
close_sessions() {
  pkill -f "sleep 100000" || true # the browsers close: Vaadin drops their UIs at once (unload beacon)
  rm -f "$WORK/stdin"
  sleep 2
}
view() { # user path
  local dump="$WORK/heap-$RANDOM.hprof"
  open_sessions "$1" "$2" "$SESSIONS"
  "$JCMD" "$APP_PID" GC.heap_dump "$dump" >/dev/null
  close_sessions
  printf '%-8s %-26s ' "$1" "/$2"
  if [ "${DETAIL:-0}" = 1 ]; then echo; "$JAVA" -cp "$HEAP_JAR" scripts/heap/SessionHeap.java "$dump" 25
  else "$JAVA" -cp "$HEAP_JAR" scripts/heap/SessionHeap.java "$dump" 0 | head -1; fi
  rm -rf "$dump" "$dump".*
}
say "Warming up: one session per view (classes, query plans, caches every session shares)"
for v in "${VIEWS[@]}"; do open_sessions ${v% *} "${v#* }" 1; close_sessions; done
for v in "${VIEWS[@]}"; do view ${v% *} "${v#* }"; done
