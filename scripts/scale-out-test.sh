#!/usr/bin/env bash
# Scale-out drill: two Upward nodes on one fresh MariaDB database behind nginx with sticky sessions
# (deploy/nginx/upward-scale.conf, the file docker-compose.scale.yml uses), real browsers signing in and writing
# through nginx, then node A is killed (kill -9) and the script checks that the sessions on node B keep working,
# that the users of node A are asked to sign in again and then work on node B, that new sessions work, and that
# everything saved before the kill is still there. Prints PASS/FAIL per check and exits 1 on any failure.
# How to run it and the measured result: docs/operations.md, "Several app nodes"; the routing: decision 015.
#
# Usage: scripts/scale-out-test.sh [JAR]        (JAR: the packaged app; default target/upward-*.jar, built if absent)
# Needs: a JDK >= 21 (JAVA_HOME, or found under /usr/lib/jvm), MariaDB or MySQL on 127.0.0.1:3306 reachable as root
# (DB_ROOT_PASSWORD, default empty), nginx (/usr/sbin/nginx or NGINX), curl, jq, node >= 18 with npm
# (playwright-core is installed into a cache folder once, no browser download) and Chromium (UPWARD_CHROMIUM,
# default /usr/bin/chromium).
# Environment: NGINX_PORT (8180), NODE_A_PORT (8181), NODE_B_PORT (8182), DB (upward_scale_out),
# KEEP_DB=1 keeps the database afterwards. UPSTREAM_HASH replaces nginx's hash key ($upward_route), to see the
# drill fail with another one: UPSTREAM_HASH='$cookie_JSESSIONID' scripts/scale-out-test.sh
# It starts its own nginx (own prefix and config in a temporary folder) and two app processes, and stops exactly
# those on exit; it does not touch the system's nginx or the database server. Not part of .ci/run: it starts
# servers on fixed ports and takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # now, secs, say, find_java

NGINX_PORT="${NGINX_PORT:-8180}"
PORT_A="${NODE_A_PORT:-8181}"
PORT_B="${NODE_B_PORT:-8182}"
DB="${DB:-upward_scale_out}"
DB_APP_USER=upward_scale
DB_APP_PASSWORD=upward_scale
BASE="http://127.0.0.1:${NGINX_PORT}/"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
PW_DIR="${PW_DIR:-$HOME/.cache/upward-scale-playwright}"
RUN="$(date +%H%M%S)"
WORK="$(mktemp -d /tmp/upward-scale.XXXXXX)"
T0="$(now)"

case "$DB" in upward_scale_out*) ;; *) echo "DB must start with upward_scale_out" >&2; exit 2 ;; esac
export MYSQL_PWD="${DB_ROOT_PASSWORD:-}"
sql() { mysql -uroot -h127.0.0.1 -N -B "$@"; }

RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $*"); say "PASS  $*"; }
fail() { RESULTS+=("FAIL  $*"); say "FAIL  $*"; FAILED=1; }
expect() { local what="$1"; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

cleanup() {
  set +e
  stop_browser
  [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  for pid in "${PID_A:-}" "${PID_B:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  [ "${KEEP_DB:-0}" = 1 ] || sql -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null
  say "Logs kept in $WORK (node-a.log, node-b.log, nginx/logs/access.log, browser.jsonl)"
}
trap cleanup EXIT

# --- helpers ---------------------------------------------------------------------------------------------------
node_name() { case "$1" in *":$PORT_A") echo A ;; *":$PORT_B") echo B ;; *) echo "?" ;; esac; }
# the nodes that answered, as seen in X-Upstream ("127.0.0.1:8181, 127.0.0.1:8182" when nginx tried A, then B)
nodes_of() { jq -r '[(.upstreams // [])[] | split(", ")[]] | unique | .[]' <<<"$1" | while read -r u; do node_name "$u"; done |
  sort -u | paste -sd, -; }
# the node that finally answered each request (the last address in X-Upstream)
served_by() { jq -r '[(.upstreams // [])[] | split(", ") | last] | unique | .[]' <<<"$1" | while read -r u; do node_name "$u"; done |
  sort -u | paste -sd, -; }

start_node() { # start_node NAME PORT LOG
  SPRING_PROFILES_ACTIVE=mysql DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" DB_USER="$DB_APP_USER" \
    DB_PASSWORD="$DB_APP_PASSWORD" UPWARD_DEMO_DATA=true PORT="$2" \
    SERVER_FORWARD_HEADERS_STRATEGY=native UPWARD_MAIL_PORTAL_URL="$BASE" \
    "$JAVA" -Xmx512m -jar "$APP_JAR" >"$3" 2>&1 &
  LAST_PID=$!
}
# wait_ready PORT PID LOG: until /actuator/health/readiness is UP, which is after the demo data (at most 300 s)
wait_ready() {
  local started
  started="$(now)"
  until [ "$(curl -s --max-time 5 "http://127.0.0.1:$1/actuator/health/readiness" | jq -r .status 2>/dev/null)" = UP ]; do
    if ! kill -0 "$2" 2>/dev/null; then tail -30 "$3" >&2; echo "The node on port $1 stopped" >&2; return 1; fi
    if [ "$(secs "$started" "$(now)" | cut -d. -f1)" -ge 300 ]; then echo "Not ready after 300 s" >&2; return 1; fi
    sleep 1
  done
}
row_counts() { # "table count" per line, exact
  local tables query=""
  tables="$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB'
                    AND table_type = 'BASE TABLE' ORDER BY table_name")"
  for t in $tables; do query+="SELECT '$t', COUNT(*) FROM \`$t\` UNION ALL "; done
  sql "$DB" -e "${query% UNION ALL }"
}
port_free() { ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; }
# curl through nginx with a cookie jar: prints "status upstream"; headers in $WORK/headers
http() {
  curl -s -o "$WORK/body" -D "$WORK/headers" -b "$WORK/jar" -c "$WORK/jar" --max-time 30 "$@" \
    -w '%{http_code} ' || true
  tr -d '\r' <"$WORK/headers" | sed -n 's/^[Xx]-[Uu]pstream: //p' | tail -1
}
jar_cookie() { awk -v n="$1" '$6 == n { v = $7 } END { print v }' "$WORK/jar"; }

# --- 0. what it needs --------------------------------------------------------------------------------------------
say "== 0. Preparing (work folder $WORK)"
for tool in mysql curl jq node npm; do command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }; done
[ -x "$NGINX" ] || { echo "No nginx at $NGINX (apt-get install nginx, or set NGINX)" >&2; exit 2; }
[ -x "${UPWARD_CHROMIUM:-/usr/bin/chromium}" ] || { echo "No Chromium (apt-get install chromium, or UPWARD_CHROMIUM)" >&2; exit 2; }
sql -e 'SELECT 1' >/dev/null || { echo "The database server does not answer on 127.0.0.1:3306 as root" >&2; exit 2; }
for p in "$NGINX_PORT" "$PORT_A" "$PORT_B"; do port_free "$p" || { echo "Port $p is in use" >&2; exit 2; }; done
JAVA="$(find_java)"
export JAVA_HOME="${JAVA%/bin/java}"
if [ -n "${1:-}" ]; then APP_JAR="$1"; else APP_JAR="$(ls target/upward-*.jar 2>/dev/null | head -1 || true)"; fi
if [ -z "$APP_JAR" ] || [ ! -f "$APP_JAR" ]; then
  say "No jar: building it (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests
  APP_JAR="$(ls target/upward-*.jar | head -1)"
fi
say "Jar $APP_JAR; $("$JAVA" -version 2>&1 | head -1); $("$NGINX" -v 2>&1); $(mysql -V | sed 's/ *,.*//')"
browser_driver "$PW_DIR" scale-browser.mjs

# --- 1. database and nodes ----------------------------------------------------------------------------------------
say "== 1. Fresh database $DB, node A ($PORT_A) with demo data, then node B ($PORT_B)"
sql <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_APP_USER'@'localhost' IDENTIFIED BY '$DB_APP_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_APP_USER'@'127.0.0.1' IDENTIFIED BY '$DB_APP_PASSWORD';
GRANT ALL PRIVILEGES ON \`upward\\_scale\\_out%\`.* TO '$DB_APP_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`upward\\_scale\\_out%\`.* TO '$DB_APP_USER'@'127.0.0.1';
SQL
T_A="$(now)"
start_node A "$PORT_A" "$WORK/node-a.log"; PID_A=$LAST_PID
wait_ready "$PORT_A" "$PID_A" "$WORK/node-a.log"
say "Node A (pid $PID_A) ready after $(secs "$T_A" "$(now)") s"
expect "node A ran the migrations and generated the demo data" \
  grep -q "Demo data generated" "$WORK/node-a.log"
ROWS_A="$(row_counts | grep -v '^shedlock')" # the e-mail job's lock row may come at any time
T_B="$(now)"
start_node B "$PORT_B" "$WORK/node-b.log"; PID_B=$LAST_PID
wait_ready "$PORT_B" "$PID_B" "$WORK/node-b.log"
say "Node B (pid $PID_B) ready after $(secs "$T_B" "$(now)") s"
expect "node B on the filled database: '$(grep -o 'Demo data: .*' "$WORK/node-b.log" | head -1)'" \
  grep -q "Demo data: .* exist already, nothing generated" "$WORK/node-b.log"
expect "node B's start changed no row count ($(awk '{ s += $2 } END { print s }' <<<"$ROWS_A") rows; ShedLock's left out)" \
  [ "$ROWS_A" = "$(row_counts | grep -v '^shedlock')" ]
expect "node B found the migrations applied (no second migration)" \
  bash -c "! grep -q 'Migrating schema' '$WORK/node-b.log'"

# --- 2. nginx -------------------------------------------------------------------------------------------------------
say "== 2. nginx on $NGINX_PORT with deploy/nginx/upward-scale.conf (app1 -> 127.0.0.1:$PORT_A, app2 -> 127.0.0.1:$PORT_B)"
mkdir -p "$WORK/nginx/logs"
sed -e "s#server app1:8080#server 127.0.0.1:$PORT_A#; s#server app2:8080#server 127.0.0.1:$PORT_B#" \
    -e "s#listen 80;#listen 127.0.0.1:$NGINX_PORT;#" -e "s#/var/log/nginx/#$WORK/nginx/logs/#" \
    -e "s#^pid .*#pid $WORK/nginx/nginx.pid;#" -e "s#hash \$upward_route consistent;#hash ${UPSTREAM_HASH:-\$upward_route} consistent;#" \
    deploy/nginx/upward-scale.conf >"$WORK/nginx/nginx.conf"
diff deploy/nginx/upward-scale.conf "$WORK/nginx/nginx.conf" | grep '^>' | sed 's/^> */   changed: /' || true
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t -q
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/stderr" &
NGINX_PID=$!
for _ in $(seq 1 50); do ! port_free "$NGINX_PORT" && break; sleep 0.1; done
read -r code upstream <<<"$(http "${BASE}actuator/health/readiness")"
expect "nginx answers: readiness $code through $upstream" [ "$code" = 200 ]

# --- 3. sign-in over HTTP: the new session id stays on its node ---------------------------------------------------
say "== 3. Sign-in with curl through nginx: the session id changes, the node does not"
rm -f "$WORK/jar"
read -r code first <<<"$(http "${BASE}login")"
ROUTE="$(jar_cookie upward_route)"; OLD_ID="$(jar_cookie JSESSIONID)"
expect "GET /login without cookies: $code from node $(node_name "$first"), nginx set upward_route=${ROUTE:0:8}…, session ${OLD_ID:0:8}…" \
  [ "$code" = 200 -a -n "$ROUTE" -a -n "$OLD_ID" ]
read -r code second <<<"$(http -X POST --data-urlencode username=mentee3 --data-urlencode password=upward \
  --data-urlencode "$(csrf_field "$WORK/body")" "${BASE}login")"
NEW_ID="$(jar_cookie JSESSIONID)"
location="$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p')"
expect "POST /login: $code -> $location from node $(node_name "$second"), new session id ${NEW_ID:0:8}… (was ${OLD_ID:0:8}…)" \
  [ "$code" = 302 -a "$location" = "$BASE" -a "$second" = "$first" -a "$NEW_ID" != "$OLD_ID" ]
read -r code third <<<"$(http "$BASE")"
expect "GET / with the new session id: $code from node $(node_name "$third") (the node that owns it; no sign-in page)" \
  [ "$code" = 200 -a "$third" = "$first" ]
expect "no second routing cookie (upward_route unchanged)" [ "$(jar_cookie upward_route)" = "$ROUTE" ]
rm -f "$WORK/jar"
http "${BASE}login" >/dev/null
http -H 'X-Forwarded-For: 203.0.113.9' -X POST --data-urlencode username=no-such-user-scale-drill \
  --data-urlencode password=wrong --data-urlencode "$(csrf_field "$WORK/body")" "${BASE}login" >/dev/null
recorded="$(sql "$DB" -e "SELECT address FROM sign_in_failure WHERE username = 'no-such-user-scale-drill'")"
expect "a failed sign-in claiming X-Forwarded-For 203.0.113.9 is recorded for the address nginx saw: '$recorded'" \
  [ "$recorded" = 127.0.0.1 ]

# --- 4. browser sessions on both nodes ------------------------------------------------------------------------------
say "== 4. Browser sessions through nginx (nginx picks the node; the script opens browsers until each node has 3)"
start_browser "$PW_DIR" scale-browser.mjs "$WORK"
WANT_A=(mentee mentor hr)      # on node A, which is killed: two of them write
WANT_B=(mentee2 exec admin)    # on node B, which survives: mentee2 writes
declare -A USER_OF NODE_OF SESSION_OF
PLACED_A=0; PLACED_B=0; tries=0
while [ "$PLACED_A" -lt ${#WANT_A[@]} ] || [ "$PLACED_B" -lt ${#WANT_B[@]} ]; do
  tries=$((tries + 1))
  [ "$tries" -le 30 ] || { fail "nginx sent 30 new browsers without filling both nodes (A $PLACED_A, B $PLACED_B)"; break; }
  answer="$(browser open "s$tries")"
  node="$(served_by "$answer")"
  if [ "$node" = A ] && [ "$PLACED_A" -lt ${#WANT_A[@]} ]; then user="${WANT_A[$PLACED_A]}"; PLACED_A=$((PLACED_A + 1))
  elif [ "$node" = B ] && [ "$PLACED_B" -lt ${#WANT_B[@]} ]; then user="${WANT_B[$PLACED_B]}"; PLACED_B=$((PLACED_B + 1))
  else browser close "s$tries" >/dev/null; continue
  fi
  USER_OF[$user]="s$tries"; NODE_OF[$user]="$node"
  answer="$(browser signin "s$tries" "$user" upward)"
  SESSION_OF[$user]="$(field .session "$answer")"
  expect "$user signs in on node $node: '$(field .heading "$answer")', session id $(field '.sessionBefore[0:8]' "$answer")… -> $(field '.session[0:8]' "$answer")…, every request to node $(nodes_of "$answer")" \
    [ "$(field .shows "$answer")" = view -a "$(field .title "$answer")" = Home -a "$(nodes_of "$answer")" = "$node" \
      -a "$(field .sessionBefore "$answer")" != "$(field .session "$answer")" ]
done
say "Browsers opened: $tries for 6 sessions (the others got the wrong node and were closed)"

# a menu item per user before the kill and another one after it (a click on the current item sends nothing)
declare -A MENU_BEFORE=([hr]=Programs [exec]="My goals" [admin]="Audit log")
declare -A MENU_AFTER=([mentee2]="My goals" [exec]=Reports [admin]="User accounts")
checkin_of() { # the user's current check-in to write in: the latest open one of the active cohort
  sql "$DB" -e "SELECT ci.id FROM check_in ci JOIN enrollment e ON e.id = ci.enrollment_id
    JOIN cohort c ON c.id = e.cohort_id JOIN app_user u ON u.employee_id = e.employee_id
    WHERE u.username = '$1' AND c.status = 'ACTIVE' AND ci.status IN ('DRAFT', 'DUE', 'OVERDUE')
    ORDER BY ci.period_number DESC LIMIT 1"
}
wins_of() { sql "$DB" -e "SELECT wins FROM check_in WHERE id = $1"; }
feedback_of() { sql "$DB" -e "SELECT body FROM mentor_feedback WHERE check_in_id = $1"; }
CI_MENTEE="$(checkin_of mentee)"; CI_MENTEE2="$(checkin_of mentee2)"
CI_REVIEW="$(sql "$DB" -e "SELECT MIN(ci.id) FROM check_in ci JOIN mentor_assignment ma ON ma.mentee_enrollment_id = ci.enrollment_id
  AND ma.status = 'ACTIVE' JOIN enrollment me ON me.id = ma.mentor_enrollment_id JOIN app_user u ON u.employee_id = me.employee_id
  WHERE u.username = 'mentor' AND ci.status = 'SUBMITTED'")"
TEXT_MENTEE="Scale-out drill $RUN: mentee's draft saved on node A before the kill"
TEXT_MENTEE2="Scale-out drill $RUN: mentee2's draft saved on node B before the kill"
TEXT_FEEDBACK="Scale-out drill $RUN: mentor's feedback sent on node A before the kill"

say "== 5. Writes before the kill (check-ins $CI_MENTEE and $CI_MENTEE2, feedback on $CI_REVIEW)"
answer="$(browser save-draft "${USER_OF[mentee]}" "$CI_MENTEE" "$TEXT_MENTEE")"
expect "mentee saves a check-in draft on node $(served_by "$answer") ('Draft saved.'), in the database" \
  [ "$(field .saved "$answer")" = true -a "$(wins_of "$CI_MENTEE")" = "$TEXT_MENTEE" ]
answer="$(browser feedback "${USER_OF[mentor]}" "$CI_REVIEW" "$TEXT_FEEDBACK")"
expect "mentor sends feedback on node $(served_by "$answer") ('Feedback sent.'), in the database" \
  [ "$(field .saved "$answer")" = true -a "$(feedback_of "$CI_REVIEW")" = "$TEXT_FEEDBACK" ]
answer="$(browser save-draft "${USER_OF[mentee2]}" "$CI_MENTEE2" "$TEXT_MENTEE2")"
expect "mentee2 saves a check-in draft on node $(served_by "$answer") ('Draft saved.'), in the database" \
  [ "$(field .saved "$answer")" = true -a "$(wins_of "$CI_MENTEE2")" = "$TEXT_MENTEE2" ]
for user in hr exec admin; do
  answer="$(browser menu "${USER_OF[$user]}" "${MENU_BEFORE[$user]}")"
  expect "$user opens '${MENU_BEFORE[$user]}' on node $(served_by "$answer")" \
    [ "$(field .title "$answer")" = "${MENU_BEFORE[$user]}" -a "$(served_by "$answer")" = "${NODE_OF[$user]}" ]
done
# every request of a routing cookie went to one node (nginx's log, before the kill)
sticky="$(awk '{ r = ""; u = ""; for (i = 1; i <= NF; i++) { if ($i ~ /^route=[0-9a-f]/) r = $i; if ($i ~ /^upstream=/) u = $i }
                 if (r != "") print r, u }' "$WORK/nginx/logs/access.log" | sort -u |
  awk '{ nodes[$1]++ } END { n = 0; bad = 0; for (r in nodes) { n++; if (nodes[r] > 1) bad++ }; print n, bad }')"
read -r routes split <<<"$sticky"
LOG_LINES_BEFORE="$(wc -l <"$WORK/nginx/logs/access.log")"
expect "nginx's log before the kill: $LOG_LINES_BEFORE requests, $routes routing cookies, each on one node only ($split on two)" \
  [ "$split" = 0 -a "$routes" -ge 7 ]
ROWS_BEFORE="$(row_counts)"
SUM_BEFORE="$(awk '{ s += $2 } END { print s }' <<<"$ROWS_BEFORE")"

# --- 6. kill node A -------------------------------------------------------------------------------------------------
say "== 6. kill -9 node A (pid $PID_A)"
T_KILL_SQL="$(sql -e "SELECT UTC_TIMESTAMP(6)")"
browser forget >/dev/null
T_KILL="$(now)"
kill -9 "$PID_A"
wait "$PID_A" 2>/dev/null || true
PID_A=""
expect "node A is gone (port $PORT_A refuses)" port_free "$PORT_A"

say "== 7. Sessions on node B keep working"
for user in mentee2 exec admin; do
  answer="$(browser menu "${USER_OF[$user]}" "${MENU_AFTER[$user]}")"
  expect "$user (node B) clicks '${MENU_AFTER[$user]}': '$(field .title "$answer")', node $(served_by "$answer"), same session" \
    [ "$(field .shows "$answer")" = view -a "$(field .title "$answer")" = "${MENU_AFTER[$user]}" \
      -a "$(served_by "$answer")" = B -a "$(field .session "$answer")" = "${SESSION_OF[$user]}" ]
done
answer="$(browser read-draft "${USER_OF[mentee2]}" "$CI_MENTEE2")"
expect "mentee2 (node B) reads the draft saved before the kill" [ "$(field .wins "$answer")" = "$TEXT_MENTEE2" ]
TEXT_MENTEE2_AFTER="${TEXT_MENTEE2/before/and changed after}"
answer="$(browser save-draft "${USER_OF[mentee2]}" "$CI_MENTEE2" "$TEXT_MENTEE2_AFTER")"
expect "mentee2 (node B) saves the draft again after the kill, in the database" \
  [ "$(field .saved "$answer")" = true -a "$(wins_of "$CI_MENTEE2")" = "$TEXT_MENTEE2_AFTER" -a "$(served_by "$answer")" = B ]

say "== 8. Sessions of node A: asked to sign in again, then working on node B"
for user in mentee mentor hr; do
  s="${USER_OF[$user]}"
  answer="$(browser menu "$s" "My goals")"
  if [ "$(field .clicked "$answer")" = true ]; then how="at the click on 'My goals'"
  else how="before the click (a request the page sent by itself got there first)"; fi
  expect "$user (was on node A) gets the sign-in page $how; nginx tried node(s) $(nodes_of "$answer"), node $(served_by "$answer") answered" \
    [ "$(field .shows "$answer")" = login -a "$(served_by "$answer")" = B -a "$(field .serverErrors "$answer")" = 0 ]
  answer="$(browser signin "$s" "$user" upward)"
  expect "$user signs in again on node $(served_by "$answer") (tried: $(nodes_of "$answer")) and is back on '$(field .title "$answer")' ($(field '.url | sub("^[a-z]+://[^/]+"; "")' "$answer"))" \
    [ "$(field .shows "$answer")" = view -a "$(served_by "$answer")" = B ]
done
answer="$(browser read-draft "${USER_OF[mentee]}" "$CI_MENTEE")"
expect "mentee (now on node B) finds the draft saved on node A before the kill" \
  [ "$(field .wins "$answer")" = "$TEXT_MENTEE" -a "$(served_by "$answer")" = B ]
answer="$(browser read-feedback "${USER_OF[mentor]}" "$CI_REVIEW")"
expect "mentor (now on node B) finds the feedback sent on node A before the kill" \
  [ "$(field .feedback "$answer")" = "$TEXT_FEEDBACK" ]
TEXT_MENTEE_AFTER="${TEXT_MENTEE/before/and changed on node B after}"
answer="$(browser save-draft "${USER_OF[mentee]}" "$CI_MENTEE" "$TEXT_MENTEE_AFTER")"
expect "mentee saves the draft again on node B, in the database" \
  [ "$(field .saved "$answer")" = true -a "$(wins_of "$CI_MENTEE")" = "$TEXT_MENTEE_AFTER" -a "$(served_by "$answer")" = B ]
answer="$(browser menu "${USER_OF[hr]}" "Programs")"
expect "hr (now on node B) opens 'Programs'" [ "$(field .title "$answer")" = Programs -a "$(served_by "$answer")" = B ]

say "== 9. New sessions"
for user in mentee3 mentor2 mentor3; do
  answer="$(browser open "new-$user")"
  answer2="$(browser signin "new-$user" "$user" upward)"
  expect "new browser for $user: signs in, '$(field .heading "$answer2")', on node $(served_by "$answer2")" \
    [ "$(field .title "$answer2")" = Home -a "$(served_by "$answer")" = B -a "$(served_by "$answer2")" = B ]
done
rm -f "$WORK/jar"
http "${BASE}login" >/dev/null
read -r code upstream <<<"$(http -X POST --data-urlencode username=mentee3 --data-urlencode password=upward \
  --data-urlencode "$(csrf_field "$WORK/body")" "${BASE}login")"
expect "curl: a new sign-in gets $code from node $(node_name "$upstream")" [ "$code" = 302 -a "$(node_name "$upstream")" = B ]

say "== 10. Nothing lost"
ROWS_AFTER="$(row_counts)"
lost="$(join <(sort <<<"$ROWS_BEFORE") <(sort <<<"$ROWS_AFTER") | awk '$3 < $2 { printf "%s %d->%d ", $1, $2, $3 }')"
SUM_AFTER="$(awk '{ s += $2 } END { print s }' <<<"$ROWS_AFTER")"
expect "no table has fewer rows than before the kill ($SUM_BEFORE rows before, $SUM_AFTER after)${lost:+: $lost}" [ -z "$lost" ]
expect "in the database: mentee's draft (as changed on B), mentee2's draft, the mentor's feedback" \
  [ "$(wins_of "$CI_MENTEE")" = "$TEXT_MENTEE_AFTER" -a "$(wins_of "$CI_MENTEE2")" = "$TEXT_MENTEE2_AFTER" \
    -a "$(feedback_of "$CI_REVIEW")" = "$TEXT_FEEDBACK" ]
# the e-mail outbox job (every 30 s, ShedLock) runs on the survivor
for _ in $(seq 1 90); do
  ran="$(sql "$DB" -e "SELECT COUNT(*) FROM shedlock WHERE name = 'email-outbox' AND locked_at > '$T_KILL_SQL'")"
  [ "$ran" = 1 ] && break
  sleep 1
done
expect "the e-mail outbox job ran again after the kill (ShedLock row taken at $(sql "$DB" -e "SELECT locked_at FROM shedlock WHERE name = 'email-outbox'") UTC, kill at $T_KILL_SQL)" \
  [ "$ran" = 1 ]
AFTER_KILL_LINES="$(tail -n +"$((LOG_LINES_BEFORE + 1))" "$WORK/nginx/logs/access.log")"
to_a="$(grep -c "upstream=127.0.0.1:$PORT_A," <<<"$AFTER_KILL_LINES" || true)"
gw="$(grep -cE '^[^ ]+ 50[234] ' <<<"$AFTER_KILL_LINES" || true)"
expect "after the kill: $(wc -l <<<"$AFTER_KILL_LINES") requests, $to_a first tried on A and passed to B, $gw answered 502/503/504" [ "$gw" = 0 ]
grep -c ' ERROR ' "$WORK/node-b.log" >/dev/null && say "Node B logged $(grep -c ' ERROR ' "$WORK/node-b.log") ERROR lines (see node-b.log)"

say "== Summary ($(secs "$T0" "$(now)") s; kill at +$(secs "$T0" "$T_KILL") s)"
printf '%s\n' "${RESULTS[@]}"
if [ "$FAILED" = 0 ]; then echo "PASS: ${#RESULTS[@]} checks"; else echo "FAIL: $(printf '%s\n' "${RESULTS[@]}" | grep -c '^FAIL') of ${#RESULTS[@]} checks failed"; fi
exit "$FAILED"
