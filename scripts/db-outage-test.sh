#!/usr/bin/env bash
# Database outage drill (issue 9). Runs the packaged app on a fresh MariaDB database with demo data, signs in with
# a real browser, STOPS THE MariaDB SERVER for about half a minute, records what browsers and HTTP clients get
# meanwhile, starts the server again and checks that the app recovers by itself and that nothing was half-written.
# Prints PASS/FAIL per check and exits non-zero on any failure. Results: docs/reliability.md.
#
# It stops the whole database server (every database on it), so it is NOT part of .ci/run. Run it by hand, as root,
# where a short outage is acceptable:  scripts/db-outage-test.sh
# Needs the jar (./mvnw package), the mysql client, start-stop-daemon, jq, node >= 18 with npm (playwright-core is
# installed into a cache folder once) and Chromium (UPWARD_CHROMIUM, default /usr/bin/chromium).
# Environment: PORT (18480), JAR, KEEP_DB=1 keeps the database afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh

DB=upward_rel_outage
PORT="${PORT:-18480}"
BASE="http://127.0.0.1:${PORT}/"
PIDFILE=/run/mysqld/mysqld.pid
MARIADBD=/usr/sbin/mariadbd
MAX_OUTAGE=55           # seconds; a watchdog starts the server again whatever happens here
FAIL_WITHIN_MS=10000    # a request during the outage must fail within this (Hikari's connection-timeout is 3 s)
PW_DIR="${PW_DIR:-$HOME/.cache/upward-outage-playwright}"
UNAVAILABLE="The service is temporarily unavailable. Please try again in a moment."
WORK="$(mktemp -d /tmp/upward-outage.XXXXXX)"

sql() { local_sql "$@"; }
db_answers() { mysql -uroot -h127.0.0.1 -e 'SELECT 1' >/dev/null 2>&1; }
RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $*"); say "PASS  $*"; }
fail() { RESULTS+=("FAIL  $*"); say "FAIL  $*"; FAILED=1; }
expect() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# no stack trace, exception name or driver detail in what a user or client receives
clean() { ! grep -Eq 'Exception|[[:space:]]at [a-z]+\.[A-Za-z.$]+\(|SQLState|Hikari|java\.|org\.springframework' <<<"$1"; }
contains() { grep -qF -- "$2" <<<"$1"; }
below() { [ "$1" -lt "$2" ]; }
says_down() { jq -e '.status == "DOWN" and (has("components") or has("details") | not)' <<<"$1" >/dev/null; }

stop_db() { start-stop-daemon --stop --quiet --pidfile "$PIDFILE" --exec "$MARIADBD" --retry TERM/30; }
start_db() {
  start-stop-daemon --start --quiet --oknodo --background --exec "$MARIADBD"
  for _ in $(seq 1 240); do db_answers && return 0; sleep 0.25; done
  return 1
}

cleanup() {
  set +e
  [ -n "${WATCHDOG:-}" ] && kill "$WATCHDOG" 2>/dev/null
  if ! db_answers; then
    say "Starting MariaDB again (cleanup)"
    start_db || say "MariaDB did not come back: start it by hand: start-stop-daemon --start --background --exec $MARIADBD"
  fi
  stop_browser
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  [ "${KEEP_DB:-0}" = 1 ] || sql -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null
  say "Logs kept in $WORK (app.log, browser.err)"
}
trap cleanup EXIT

# Exact per-table row counts, one "table count" line each.
row_counts() {
  local tables query=""
  tables="$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB'
                    AND table_type = 'BASE TABLE' ORDER BY table_name")"
  for t in $tables; do query+="SELECT '$t', COUNT(*) FROM \`$t\` UNION ALL "; done
  sql "$DB" -e "${query% UNION ALL }"
}
count_of() { awk -v t="$1" '$1 == t { print $2 }' <<<"$2"; }

# curl: prints "status seconds redirect" and keeps the body in $WORK/body
http() { curl -s -o "$WORK/body" -w '%{http_code} %{time_total} %{redirect_url}' --max-time 60 "$@" || true; }
# a sign-in as the login form sends it: the page first (its cookie and CSRF token), then the POST (timed)
http_login() {
  rm -f "$WORK/login-jar"
  curl -s -o "$WORK/login-page" -c "$WORK/login-jar" --max-time 60 "${BASE}login" || true
  http -b "$WORK/login-jar" -X POST --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "$(csrf_field "$WORK/login-page")" "${BASE}login"
}

say "== 1. Fresh database $DB, the packaged app on it with demo data"
[ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (see README: ./mvnw package)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "Run as root: the script stops and starts $MARIADBD" >&2; exit 2; }
for tool in mysql start-stop-daemon jq node npm curl; do
  command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }
done
db_answers || { echo "MariaDB does not answer on 127.0.0.1:3306" >&2; exit 2; }
if curl -s -o /dev/null --max-time 2 "$BASE"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi
SERVER_BEFORE="$(ps -o user=,args= -p "$(cat "$PIDFILE")")"
say "MariaDB runs as: $SERVER_BEFORE"
fresh_database "$DB"

browser_driver "$PW_DIR" outage-browser.mjs

T_LAUNCH="$(now)"
start_app "$DB" "$PORT" "$WORK/app.log"
wait_healthy "$BASE" "$WORK/app.log"
say "App (pid $APP_PID) healthy after $(secs "$T_LAUNCH" "$(now)") s (Flyway and demo data included)"

start_browser "$PW_DIR" outage-browser.mjs "$WORK"

say "== 2. Before the outage"
read -r code time _ <<<"$(http "${BASE}actuator/health")"
expect "health before: $code $(cat "$WORK/body")" [ "$code" = 200 ]
read -r code time redirect <<<"$(http_login mentee upward)"
expect "HTTP sign-in before: $code -> $redirect" [ "$code" = 302 -a "$redirect" = "$BASE" ]
answer="$(browser signin nav hr upward)"
expect "browser: hr signs in and sees the home page ($(field .ms "$answer") ms)" \
  [ "$(field .shows "$answer")" = home ]
answer="$(browser signin click hr upward)"
expect "browser: a second hr session on the home page with the at-risk pairs" [ "$(field .shows "$answer")" = home ]
# The e-mail job's first run (30 s after start) inserts its ShedLock row; let it happen before counting, so that
# every row that differs afterwards is one the outage left behind.
for _ in $(seq 1 90); do
  [ "$(sql "$DB" -e "SELECT COUNT(*) FROM shedlock WHERE name = 'email-outbox'")" = 1 ] && break
  sleep 1
done
ROWS_BEFORE="$(row_counts)"
say "Rows before: $(awk '{ s += $2 } END { print s }' <<<"$ROWS_BEFORE") in $(wc -l <<<"$ROWS_BEFORE") tables"
LOG_MARK="$(wc -l <"$WORK/app.log")"

say "== 3. MariaDB stopped"
T_STOP="$(now)"
stop_db
T_STOPPED="$(now)"
( sleep "$MAX_OUTAGE"; db_answers || start_db ) >/dev/null 2>&1 &
WATCHDOG=$!
say "Server stopped in $(secs "$T_STOP" "$T_STOPPED") s"
expect "the server is really down" bash -c '! mysql -uroot -h127.0.0.1 -e "SELECT 1" >/dev/null 2>&1'

read -r code time _ <<<"$(http "${BASE}actuator/health")"
body="$(cat "$WORK/body")"
HEALTH_DOWN_S="$time"
expect "health during: $code $body in ${time} s" [ "$code" = 503 ]
expect "health during says DOWN, with no details" says_down "$body"

answer="$(browser open nav)"
NAV_MS="$(field .ms "$answer")"
say "Page opened during the outage: $(field '.status|tostring' "$answer") '$(field .title "$answer")': $(field .text "$answer")"
expect "browser: opening a page shows the outage page in $NAV_MS ms" \
  [ "$(field .shows "$answer")" = error-page ]
expect "browser: the page says '$UNAVAILABLE'" contains "$(field .text "$answer")" "$UNAVAILABLE"
expect "browser: no stack trace or exception text on the page" clean "$(field .html "$answer")"
expect "browser: the page failed within $FAIL_WITHIN_MS ms" below "$NAV_MS" "$FAIL_WITHIN_MS"

answer="$(browser nudge click)"
CLICK_MS="$(field .ms "$answer")"
say "Nudge clicked during the outage: notification '$(field .text "$answer")' after $CLICK_MS ms"
expect "browser: a click on an open page shows the outage notification" \
  [ "$(field .text "$answer")" = "$UNAVAILABLE" ]
expect "browser: the click failed within $FAIL_WITHIN_MS ms" below "$CLICK_MS" "$FAIL_WITHIN_MS"

answer="$(browser login-attempt mentee upward)"
LOGIN_MS="$(field .ms "$answer")"
say "Sign-in during the outage: $(field .url "$answer"): $(field .text "$answer") ($LOGIN_MS ms)"
expect "browser: signing in says the service is unavailable (not 'incorrect password')" \
  contains "$(field .text "$answer")" "$UNAVAILABLE"

read -r code time redirect <<<"$(http_login mentee upward)"
HTTP_LOGIN_S="$time"
expect "HTTP sign-in during: $code -> $redirect in ${time} s" [ "$code" = 302 -a "$redirect" = "${BASE}login?unavailable" ]

T_START="$(now)"
say "== 4. MariaDB started again after $(secs "$T_STOP" "$T_START") s down"
start_db
T_UP="$(now)"
kill "$WATCHDOG" 2>/dev/null || true
WATCHDOG=""
SERVER_AFTER="$(ps -o user=,args= -p "$(cat "$PIDFILE")")"
say "Server answers again after $(secs "$T_START" "$T_UP") s; runs as: $SERVER_AFTER"
expect "the server runs as before ($SERVER_BEFORE)" [ "$SERVER_AFTER" = "$SERVER_BEFORE" ]
OUTAGE_S="$(secs "$T_STOP" "$T_UP")"
until [ "$(curl -s --max-time 10 "${BASE}actuator/health" | jq -r .status 2>/dev/null)" = UP ]; do
  [ "$(secs "$T_UP" "$(now)" | cut -d. -f1)" -lt 120 ] || break
  sleep 0.5
done
T_HEALTHY="$(now)"
RECOVERY_S="$(secs "$T_UP" "$T_HEALTHY")"
read -r code time _ <<<"$(http "${BASE}actuator/health")"
expect "health UP again ${RECOVERY_S} s after the database answered: $code $(cat "$WORK/body")" [ "$code" = 200 ]

say "== 5. After the outage, same app process"
expect "the app was not restarted (pid $APP_PID still runs)" kill -0 "$APP_PID"
ROWS_AFTER="$(row_counts)"
if [ "$ROWS_AFTER" = "$ROWS_BEFORE" ]; then
  pass "row counts of all $(wc -l <<<"$ROWS_AFTER") tables equal before and after: nothing half-written"
else
  fail "row counts changed during the outage:"
  diff <(echo "$ROWS_BEFORE") <(echo "$ROWS_AFTER") || true
fi
answer="$(browser open nav)"
expect "browser: the session from before the outage opens the home page again ($(field .ms "$answer") ms)" \
  [ "$(field .shows "$answer")" = home ]
answer="$(browser open click)"
answer="$(browser nudge click)"
say "Nudge after the outage: '$(field .text "$answer")'"
expect "browser: the nudge refused during the outage now goes through (it was not half-done)" \
  contains "$(field .text "$answer")" "got a reminder"
ROWS_WRITE="$(row_counts)"
new_notifications=$(( $(count_of notification "$ROWS_WRITE") - $(count_of notification "$ROWS_AFTER") ))
new_audit=$(( $(count_of audit_event "$ROWS_WRITE") - $(count_of audit_event "$ROWS_AFTER") ))
expect "the write is stored: $new_notifications notifications and $new_audit audit event more" \
  [ "$new_notifications" = 2 -a "$new_audit" = 1 ]
answer="$(browser signin after mentee upward)"
expect "browser: mentee signs in after the outage ($(field .ms "$answer") ms)" [ "$(field .shows "$answer")" = home ]
read -r code time redirect <<<"$(http_login mentee upward)"
expect "HTTP sign-in after: $code -> $redirect" [ "$code" = 302 -a "$redirect" = "$BASE" ]

logged="$(tail -n +"$((LOG_MARK + 1))" "$WORK/app.log")"
say "App log during and after the outage: $(grep -c 'Database unavailable while' <<<"$logged" || true) x 'Database unavailable while ...'," \
  "$(grep -c 'Sign-in impossible' <<<"$logged" || true) x 'Sign-in impossible ...', first lines:"
grep -E 'Database unavailable while|Sign-in impossible' <<<"$logged" | cut -c1-200 | head -8 || true

echo
echo "=== Timings"
printf '  %-58s %s\n' \
  "MariaDB stop (SIGTERM until the process ended)" "$(secs "$T_STOP" "$T_STOPPED") s" \
  "health check during the outage (503 DOWN)" "$(printf '%.1f' "$HEALTH_DOWN_S") s" \
  "page navigation during the outage (outage page)" "$(awk -v m="$NAV_MS" 'BEGIN { printf "%.1f", m / 1000 }') s" \
  "button click during the outage (notification)" "$(awk -v m="$CLICK_MS" 'BEGIN { printf "%.1f", m / 1000 }') s" \
  "browser sign-in during the outage (message on login page)" "$(awk -v m="$LOGIN_MS" 'BEGIN { printf "%.1f", m / 1000 }') s" \
  "HTTP sign-in during the outage (302 to ?unavailable)" "$(printf '%.1f' "$HTTP_LOGIN_S") s" \
  "database down in all (stop until it answered again)" "${OUTAGE_S} s" \
  "MariaDB start until it answered" "$(secs "$T_START" "$T_UP") s" \
  "recovery: database answering until health UP" "${RECOVERY_S} s"
echo
echo "=== Result"
printf '%s\n' "${RESULTS[@]}"
if [ "$FAILED" = 0 ]; then
  echo "PASS: ${#RESULTS[@]} checks"
else
  echo "FAIL: $(printf '%s\n' "${RESULTS[@]}" | grep -c '^FAIL') of ${#RESULTS[@]} checks failed"
  exit 1
fi
