#!/usr/bin/env bash
# Backup round trip (issue 9): dumps a database with mariadb-dump/mysqldump (consistent snapshot, routines,
# triggers, events), restores the dump into a fresh database and compares every table's row count and
# CHECKSUM TABLE. Prints PASS/FAIL and exits 1 on any difference. The procedure it tests: docs/operations.md.
#
# Usage: scripts/backup-roundtrip.sh [--seed-demo] [--verify-app] [SOURCE_DB [RESTORE_DB]]
#        defaults: upward_rel_backup upward_rel_restore
#   --seed-demo    first fill SOURCE_DB afresh by starting the packaged app on it once with demo data
#   --verify-app   afterwards start the packaged app on RESTORE_DB (Flyway validates the restored schema history)
#                  and sign in over HTTP as the demo account mentee
#   Both use the local MariaDB as root, upward_rel* databases only, and need the jar, jq and curl.
# DUMP_OPTIONS: extra arguments for the dump tool (for example --ignore-table=DB.TABLE, which makes the check fail).
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty; passed as MYSQL_PWD).
# RESTORE_DB is dropped and created again: never point it at a database you need. BACKUP_DIR keeps the dump
# (default: a temporary folder, removed afterwards).
# Compare only while nothing writes to SOURCE_DB: the dump is a consistent snapshot even with the app running,
# but rows written after it started would show up as differences here.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/app-on-mariadb.sh # now, secs, say; the app helpers for --seed-demo and --verify-app

SEED=0
VERIFY_APP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seed-demo) SEED=1; shift ;;
    --verify-app) VERIFY_APP=1; shift ;;
    *) break ;;
  esac
done
SOURCE="${1:-upward_rel_backup}"
TARGET="${2:-upward_rel_restore}"
[ "$SOURCE" != "$TARGET" ] || { echo "SOURCE_DB and RESTORE_DB must differ" >&2; exit 2; }
export MYSQL_PWD="${DB_PASSWORD:-}"
CONNECTION=(-h "${DB_HOST:-127.0.0.1}" -P "${DB_PORT:-3306}" -u "${DB_USER:-root}")
DUMP_TOOL="$(command -v mariadb-dump || command -v mysqldump)"
CLIENT="$(command -v mariadb || command -v mysql)"
KEEP="${BACKUP_DIR:-}"
DIR="${KEEP:-$(mktemp -d /tmp/upward-backup.XXXXXX)}"
mkdir -p "$DIR"
DUMP="$DIR/$SOURCE-$(date +%Y%m%d-%H%M%S).sql.gz"

db() { "$CLIENT" "${CONNECTION[@]}" -N -B "$@"; }
cleanup() {
  set +e
  if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
  [ -n "$KEEP" ] || rm -rf "$DIR"
}
trap cleanup EXIT

if [ "$SEED" = 1 ] || [ "$VERIFY_APP" = 1 ]; then
  case "$SOURCE $TARGET" in
    upward_rel*" "upward_rel*) ;;
    *) echo "--seed-demo and --verify-app use upward_rel* databases only" >&2; exit 2 ;;
  esac
fi
if [ "$SEED" = 1 ]; then
  say "Seeding $SOURCE: the packaged app with demo data, once"
  fresh_database "$SOURCE"
  start_app "$SOURCE" "${PORT:-18490}" "$DIR/app.log"
  wait_healthy "http://127.0.0.1:${PORT:-18490}/" "$DIR/app.log"
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
fi

tables() {
  db -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$1' AND table_type = 'BASE TABLE'
         ORDER BY table_name"
}
# "table rows checksum" per line, exact (COUNT(*), not the estimate in information_schema)
fingerprint() {
  local t count checksum
  for t in $(tables "$1"); do
    count="$(db "$1" -e "SELECT COUNT(*) FROM \`$t\`")"
    checksum="$(db "$1" -e "CHECKSUM TABLE \`$t\`" | awk '{ print $2 }')"
    echo "$t $count $checksum"
  done
}
objects() {
  db -e "SELECT 'routine', routine_type, routine_name FROM information_schema.routines WHERE routine_schema = '$1'
         UNION ALL SELECT 'trigger', event_object_table, trigger_name FROM information_schema.triggers
           WHERE trigger_schema = '$1'
         UNION ALL SELECT 'event', '', event_name FROM information_schema.events WHERE event_schema = '$1'
         UNION ALL SELECT 'view', '', table_name FROM information_schema.views WHERE table_schema = '$1'
         ORDER BY 1, 2, 3"
}

[ -n "$(tables "$SOURCE")" ] || { echo "$SOURCE has no tables (use --seed-demo to fill an upward_rel* one)" >&2; exit 2; }
charset="$(db -e "SELECT CONCAT(default_character_set_name, ' ', default_collation_name)
                  FROM information_schema.schemata WHERE schema_name = '$SOURCE'")"
echo "Source $SOURCE ($charset) on ${DB_HOST:-127.0.0.1}:${DB_PORT:-3306}, $($CLIENT --version | cut -c1-60)"

t0="$(now)"
"$DUMP_TOOL" "${CONNECTION[@]}" --single-transaction --routines --triggers --events --hex-blob \
  --default-character-set=utf8mb4 ${DUMP_OPTIONS:-} "$SOURCE" | gzip >"$DUMP"
t1="$(now)"
echo "Dump: $(basename "$DUMP_TOOL") in $(secs "$t0" "$t1") s, $(du -h "$DUMP" | cut -f1) gzipped"

db -e "DROP DATABASE IF EXISTS \`$TARGET\`;
       CREATE DATABASE \`$TARGET\` CHARACTER SET ${charset% *} COLLATE ${charset#* }"
gunzip -c "$DUMP" | "$CLIENT" "${CONNECTION[@]}" "$TARGET"
t2="$(now)"
echo "Restore into $TARGET in $(secs "$t1" "$t2") s"

before="$(fingerprint "$SOURCE")"
after="$(fingerprint "$TARGET")"
echo
printf '%-24s %8s %8s %12s %12s  %s\n' table rows restored checksum restored result
failed=0
while read -r t rows sum; do
  read -r _ rows2 sum2 <<<"$(awk -v t="$t" '$1 == t' <<<"$after")"
  if [ "$rows" = "${rows2:-}" ] && [ "$sum" = "${sum2:-}" ]; then result=PASS; else result=FAIL; failed=1; fi
  printf '%-24s %8s %8s %12s %12s  %s\n' "$t" "$rows" "${rows2:--}" "$sum" "${sum2:--}" "$result"
done <<<"$before"
missing="$(comm -23 <(awk '{ print $1 }' <<<"$before" | sort) <(awk '{ print $1 }' <<<"$after" | sort) | tr '\n' ' ')"
extra="$(comm -13 <(awk '{ print $1 }' <<<"$before" | sort) <(awk '{ print $1 }' <<<"$after" | sort) | tr '\n' ' ')"
if [ -n "$missing$extra" ]; then
  echo "FAIL: tables missing in the restore: ${missing:-none}; extra: ${extra:-none}"
  failed=1
fi
if [ "$(objects "$SOURCE")" != "$(objects "$TARGET")" ]; then
  echo "FAIL: routines, triggers, events or views differ"
  failed=1
fi
total="$(awk '{ s += $2 } END { print s }' <<<"$before")"
echo
if [ "$failed" = 0 ]; then
  echo "PASS: $(wc -l <<<"$before") tables, $total rows, every row count and checksum equal" \
    "($(objects "$SOURCE" | grep -c . || true) routines/triggers/events/views)"
else
  echo "FAIL: the restore differs from $SOURCE"
  exit 1
fi

if [ "$VERIFY_APP" = 1 ]; then
  port="${PORT:-18490}"
  start_app "$TARGET" "$port" "$DIR/app-restored.log" false
  t3="$(now)"
  wait_healthy "http://127.0.0.1:$port/" "$DIR/app-restored.log"
  echo "The app on $TARGET: healthy after $(secs "$t3" "$(now)") s" \
    "($(grep -o 'Successfully validated [0-9]* migrations' "$DIR/app-restored.log" || echo 'no Flyway validation line'))"
  curl -s -o "$DIR/login-page" -c "$DIR/login-jar" "http://127.0.0.1:$port/login"
  signin="$(curl -s -o /dev/null -b "$DIR/login-jar" -w '%{http_code} %{redirect_url}' -X POST \
    --data-urlencode username=mentee --data-urlencode password=upward \
    --data-urlencode "$(csrf_field "$DIR/login-page")" "http://127.0.0.1:$port/login")"
  if [ "$signin" = "302 http://127.0.0.1:$port/" ]; then
    echo "PASS: mentee signs in on the restored database (HTTP $signin)"
  else
    echo "FAIL: sign-in on the restored database answered $signin"
    exit 1
  fi
fi
