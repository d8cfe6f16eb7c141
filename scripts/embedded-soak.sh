#!/usr/bin/env bash
# Connection recycling soak (docs/reliability.md, "Connection recycling"). Starts the packaged jar on a NEW embedded
# H2 database (a temporary working directory, default profile, demo data) with Hikari's max-lifetime cut to 30 s, so
# that every pool connection, those Flyway migrated with included, is replaced every half minute. Then, for DURATION
# seconds, makes audited writes through the real UI in Chromium: the mentee saves a check-in draft, ticks a milestone
# off or on and comments on a goal, the mentor reads a check-in, the administrator exports the audit log and, every
# ACCOUNT_EVERY rounds, creates an account. It counts successes and failures per kind; checks that the writes' audit
# rows landed (the audit log's CSV export, rows per actor, action and entity, before and after), that the app's log
# has no ERROR line, no "Check constraint invalid" and no "database has been closed", and that the connections of
# the start-up were replaced. Prints a summary and exits 1 on any failure.
#
# Usage: scripts/embedded-soak.sh             (build the jar first: ./mvnw -B package -DskipTests)
# Environment: DURATION (600 s; keep it well above the max-lifetime, or no connection is replaced during the
# writes), PORT (18500), MAX_LIFETIME_MS (30000), ACCOUNT_EVERY (4), JAR, KEEP=1 keeps the database (the logs are
# always kept). Needs a Java >= 21, node >= 18 with npm (playwright-core is installed once
# into ~/.cache/upward-soak-playwright, no browser download), Chromium (UPWARD_CHROMIUM, default /usr/bin/chromium),
# curl, jq and unzip. Not part of .ci/run: it takes DURATION plus about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # say, start_embedded_app, wait_healthy, browser_driver, start_browser, browser

DURATION="${DURATION:-600}"
PORT="${PORT:-18500}"
MAX_LIFETIME_MS="${MAX_LIFETIME_MS:-30000}"
ACCOUNT_EVERY="${ACCOUNT_EVERY:-4}"
BASE="http://127.0.0.1:${PORT}/"
PW_DIR="${PW_DIR:-$HOME/.cache/upward-soak-playwright}"
WORK="$(mktemp -d /tmp/upward-soak.XXXXXX)"
LOG="$WORK/app.log"

# Each kind of write: the demo user who makes it, and the audit row (actor action entity) it must leave
KINDS=(draft milestone comment read export account)
declare -A USER_OF=([draft]=mentee [milestone]=mentee [comment]=mentee [read]=mentor [export]=admin [account]=admin)
declare -A AUDIT_OF=([draft]="mentee UPDATE CheckIn" [milestone]="mentee UPDATE Milestone"
  [comment]="mentee CREATE GoalComment" [read]="mentor READ CheckIn" [export]="admin EXPORT AuditLog"
  [account]="admin CREATE AppUser")
declare -A DONE FAILED_WRITES FIRST_ERROR LANDED
for kind in "${KINDS[@]}"; do DONE[$kind]=0; FAILED_WRITES[$kind]=0; done
RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $*"); say "PASS  $*"; }
fail() { RESULTS+=("FAIL  $*"); say "FAIL  $*"; FAILED=1; }

cleanup() {
  set +e
  stop_browser
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK/data"
  say "Logs kept in $WORK (app.log, browser.jsonl, browser.err)"
}
trap cleanup EXIT

# write KIND [TEXT...]: one write through the browser, counted as done or failed; its answer in ANSWER
write() {
  local kind="$1"
  shift
  ANSWER="$(browser "$kind" "${USER_OF[$kind]}" "$@")"
  if [ "$(field .ok "$ANSWER")" = true ]; then
    DONE[$kind]=$((DONE[$kind] + 1))
  else
    FAILED_WRITES[$kind]=$((FAILED_WRITES[$kind] + 1))
    [ -n "${FIRST_ERROR[$kind]:-}" ] || FIRST_ERROR[$kind]="$(field .error "$ANSWER")"
    say "failed: $kind: $(field .error "$ANSWER")"
  fi
}
# audit rows of one "actor action entity" in an export's answer
rows_of() { jq -r --arg key "$2" '.counts[$key] // 0' <<<"$1"; }
# Hikari's DEBUG lines for connections closed after their max-lifetime (idle: "passed maxLifetime"; in use at that
# moment: "evicted", closed when given back)
CLOSED_AFTER_LIFETIME='Closing connection conn[0-9]+.*\((connection has passed maxLifetime|connection was evicted)\)'
closed_connections() { grep -cE "$CLOSED_AFTER_LIFETIME" "$@" || true; }
# all writes done and failed so far, in DONE_ALL and FAILED_ALL
totals() {
  DONE_ALL=0 FAILED_ALL=0
  for kind in "${KINDS[@]}"; do
    DONE_ALL=$((DONE_ALL + DONE[$kind]))
    FAILED_ALL=$((FAILED_ALL + FAILED_WRITES[$kind]))
  done
}
log_lines() { grep -cE "$1" "$LOG" || true; }

say "== A new embedded database in $WORK; the packaged app with max-lifetime $MAX_LIFETIME_MS ms"
for tool in node npm jq curl unzip; do command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }; done
if curl -s -o /dev/null --max-time 2 "$BASE"; then echo "Port $PORT is in use; set PORT" >&2; exit 2; fi
[ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (./mvnw -B package -DskipTests)" >&2; exit 2; }
H2_JAR="$(unzip -Z1 "$APP_JAR" | grep -o 'h2-[0-9.]*\.jar' | head -1)"
say "The jar's H2: $H2_JAR"
browser_driver "$PW_DIR" soak-browser.mjs
start_embedded_app "$WORK" "$PORT" "$LOG" --spring.datasource.hikari.max-lifetime="$MAX_LIFETIME_MS" \
  --logging.level.com.zaxxer.hikari.pool=DEBUG
wait_healthy "$BASE" "$LOG"
[ -f "$WORK/data/upward.mv.db" ] || { echo "No database was created in $WORK/data" >&2; exit 1; }
say "App (pid $APP_PID) healthy; Flyway created the schema, the demo data is in"
start_browser "$PW_DIR" soak-browser.mjs "$WORK"
for user in mentee mentor admin; do
  answer="$(browser signin "$user" "$user" upward)"
  [ "$(field .ok "$answer")" = true ] || { echo "$user could not sign in: $answer" >&2; exit 1; }
done
write export
BEFORE="$ANSWER"
[ "$(field .ok "$BEFORE")" = true ] || { echo "The first export failed: $BEFORE" >&2; exit 1; }
START_LINE="$(wc -l <"$LOG")"
STARTUP_CONNECTIONS="$(head -n "$START_LINE" "$LOG" | grep -oE 'Added connection conn[0-9]+' | awk '{ print $3 }' |
  sort -u)"
say "Audit rows before: $(field .rows "$BEFORE"); pool connections opened so far: $(wc -w <<<"$STARTUP_CONNECTIONS")"

say "== Audited writes for $DURATION s"
STARTED="$(date +%s)"
END=$((STARTED + DURATION))
NEXT_REPORT=$((STARTED + 60))
round=0
while [ "$(date +%s)" -lt "$END" ]; do
  round=$((round + 1))
  write draft "Soak round $round at $(date +%T)"
  write milestone
  write comment "Soak round $round at $(date +%T): still writing"
  write read
  write export
  if [ $((round % ACCOUNT_EVERY)) = 1 ] || [ "$ACCOUNT_EVERY" = 1 ]; then write account; fi
  if [ "$(date +%s)" -ge "$NEXT_REPORT" ]; then
    totals
    say "round $round: $DONE_ALL writes done, $FAILED_ALL failed; connections closed after max-lifetime:" \
      "$(tail -n +"$START_LINE" "$LOG" | closed_connections)"
    NEXT_REPORT=$((NEXT_REPORT + 60))
  fi
done
ELAPSED=$(($(date +%s) - STARTED))
AFTER="$(browser export admin)"
END_LINE="$(wc -l <"$LOG")"

say "== Checks"
totals
if [ "$FAILED_ALL" = 0 ]; then pass "all $DONE_ALL writes succeeded"
else fail "$FAILED_ALL of $((DONE_ALL + FAILED_ALL)) writes failed"; fi
if [ "$(field .ok "$AFTER")" = true ]; then
  for kind in "${KINDS[@]}"; do
    key="${AUDIT_OF[$kind]}"
    landed=$(($(rows_of "$AFTER" "$key") - $(rows_of "$BEFORE" "$key")))
    LANDED[$kind]=$landed
    if [ "$landed" -ge "${DONE[$kind]}" ]; then
      pass "$kind: ${DONE[$kind]} writes done, $landed audit rows '$key' more in the log"
    else
      fail "$kind: ${DONE[$kind]} writes done, but only $landed audit rows '$key' more in the log"
    fi
  done
else
  fail "the final audit log export failed: $(field .error "$AFTER")"
fi
for pattern in '^[^ ]+ +ERROR ' 'Check constraint invalid' 'database has been closed'; do
  count="$(log_lines "$pattern")"
  if [ "$count" = 0 ]; then pass "the app's log has no line matching '$pattern'"; else
    fail "the app's log has $count lines matching '$pattern', the first: $(grep -m1 -E "$pattern" "$LOG" | cut -c1-300)"
  fi
done
REPLACED="$(sed -n "${START_LINE},${END_LINE}p" "$LOG" | closed_connections)"
ADDED="$(sed -n "${START_LINE},${END_LINE}p" "$LOG" | grep -c 'Added connection conn' || true)"
if [ "$REPLACED" -gt 0 ]; then
  pass "during the writes, $REPLACED pool connections closed after max-lifetime, $ADDED opened"
else fail "no pool connection was replaced during the writes"; fi
still_open=()
for connection in $STARTUP_CONNECTIONS; do
  grep -qE "Closing connection $connection: " "$LOG" || still_open+=("$connection")
done
if [ ${#still_open[@]} = 0 ]; then
  pass "every connection opened before the writes ($(wc -w <<<"$STARTUP_CONNECTIONS"), Flyway's among them) was closed"
else fail "connections from before the writes never closed: ${still_open[*]}"; fi

echo
echo "=== Summary: $H2_JAR, max-lifetime $MAX_LIFETIME_MS ms, $round rounds in $ELAPSED s"
printf '  %-10s %6s %7s %12s  %s\n' kind done failed "audit rows" "first error"
for kind in "${KINDS[@]}"; do
  printf '  %-10s %6s %7s %12s  %s\n' "$kind" "${DONE[$kind]}" "${FAILED_WRITES[$kind]}" "${LANDED[$kind]:-?}" \
    "${FIRST_ERROR[$kind]:-}"
done
echo "  pool connections closed after max-lifetime during the writes: $REPLACED (opened: $ADDED)"
echo "  app log: $(log_lines '^[^ ]+ +ERROR ') ERROR lines, $(log_lines 'Check constraint invalid') with" \
  "'Check constraint invalid', $(log_lines 'database has been closed') with 'database has been closed'"
echo
echo "=== Result"
printf '%s\n' "${RESULTS[@]}"
if [ "$FAILED" = 0 ]; then echo "PASS: ${#RESULTS[@]} checks"; else echo "FAIL"; fi
exit "$FAILED"
