#!/usr/bin/env bash
# Runs the tests that use the demo data or the clock as if it were another day: the unit, database and view tests
# and the simulation (surefire), then the browser journeys (failsafe, Chromium). Each "when" is DATE[THH:MM]@ZONE
# and becomes -Dupward.test.now / -Dupward.test.zone (testsupport/TestTime), so the demo data, the services, the
# app the browser talks to and the tests all see that day. Without arguments it runs the dates of issue 20:
# a month end, 28 and 29 Feb of a leap year, a daylight-saving change in Helsinki and in New York, 31 Dec, today.
#   scripts/test-on-dates.sh                          # all of them (about 8 minutes each on 2 cores)
#   scripts/test-on-dates.sh 2028-02-29@UTC           # one
#   BROWSER=0 scripts/test-on-dates.sh                # without the browser journeys (about 3 minutes each)
#   TESTS='CheckIn*Test' BROWSER=0 scripts/test-on-dates.sh   # a subset (surefire's -Dtest)
# Needs Chromium for the journeys (UPWARD_CHROMIUM, default: the PATH's chromium). Logs go to target/date-runs/;
# the summary table is printed at the end. Exit code 1 if any date failed.
set -uo pipefail
cd "$(dirname "$0")/.."

DEFAULT_WHENS=(
  "2027-01-31T00:30@Europe/Helsinki"   # month end; 22:30 UTC on the 30th
  "2028-02-28T09:00@UTC"               # leap year, the day before the leap day
  "2028-02-29T09:00@Asia/Tokyo"        # the leap day
  "2027-03-28T04:30@Europe/Helsinki"   # clocks went forward at 03:00 (EET to EEST)
  "2026-11-01T01:30@America/New_York"  # clocks go back at 02:00 (EDT to EST); 01:30 happens twice
  "2026-12-31T23:30@America/New_York"  # 31 Dec; already 1 Jan in UTC
  "today@UTC"                          # the real date
)
WHENS=("$@")
[ ${#WHENS[@]} -gt 0 ] || WHENS=("${DEFAULT_WHENS[@]}")

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME="$candidate"; break
    fi
  done
fi

BROWSER="${BROWSER:-1}"
export UPWARD_CHROMIUM="${UPWARD_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
mkdir -p target/date-runs
echo "Compiling once ..."
./mvnw -B -q test-compile -DskipTests >target/date-runs/compile.log 2>&1 || { tail -40 target/date-runs/compile.log; exit 2; }

# "Tests run: N, Failures: F, ..." of a log's last summary line
tests_line() {
  grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$1" | tail -1 | sed -E 's/^\[[A-Z]+\] //'
}

summary=()
failed=0
for when in "${WHENS[@]}"; do
  now="${when%@*}"
  zone="${when#*@}"
  [ "$now" = today ] && now=""
  label="$(printf '%s@%s' "${now:-today}" "$zone" | tr ':/' '-_')"
  log="target/date-runs/$label.log"
  echo "Running the tests at ${now:-today} in $zone ..."
  started=$(date +%s)
  # process-classes first: tests that start the app on a real port need the Vaadin build's production-mode token
  ./mvnw -B process-classes surefire:test -Dupward.test.now="$now" -Dupward.test.zone="$zone" \
    ${TESTS:+-Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false} >"$log" 2>&1
  rc=$?
  result="$(tests_line "$log")"
  if [ "$BROWSER" = 1 ]; then
    # process-classes in the same Maven run: the Vaadin build's production-mode token lasts only that long
    ./mvnw -B process-classes failsafe:integration-test failsafe:verify \
      -Dupward.test.now="$now" -Dupward.test.zone="$zone" \
      >"${log%.log}-browser.log" 2>&1 || rc=1
    result="$result | journeys: $(tests_line "${log%.log}-browser.log")"
  fi
  secs=$(( $(date +%s) - started ))
  [ $rc -eq 0 ] && verdict=passed || { verdict=FAILED; failed=1; }
  summary+=("$(printf '%-20s %-18s %-7s %4ss  %s' "${now:-today ($(TZ="$zone" date +%F))}" "$zone" "$verdict" "$secs" "$result")")
done

echo
printf '%-20s %-18s %-7s %5s  %s\n' "Local time" "Zone" "Result" "Time" "Tests"
printf '%s\n' "${summary[@]}"
exit $failed
