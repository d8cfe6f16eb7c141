#!/usr/bin/env bash
# Prints "DATE_TIME ZONE" for -Dupward.test.now / -Dupward.test.zone, derived from a commit hash (or any hex string):
# a day between 2026-01-01 and 2035-12-31, a time between 00:00 and 20:59 (a run of the suite must not cross
# midnight), and one of the zones below. The same hash always gives the same answer.
#   scripts/date-from-hash.sh "$(git rev-parse HEAD)"   ->  2031-07-14T03:27 Europe/Helsinki
set -euo pipefail
hash="${1:?usage: date-from-hash.sh HEX}"
# Zones from UTC-5 to UTC+9 only: the on-time metric still counts calendar days in UTC (see docs/reliability.md),
# which differs from the app's zone for daytime actions beyond that range.
zones=(UTC Europe/Helsinki America/New_York Asia/Tokyo Europe/Lisbon Asia/Kolkata Europe/Berlin America/Chicago)
day=$(( 16#${hash:0:6} % 3652 ))
minute=$(( 16#${hash:6:4} % (21 * 60) ))
zone=${zones[$(( 16#${hash:10:2} % ${#zones[@]} ))]}
date="$(date -u -d "2026-01-01 + $day days" +%F)"
printf '%sT%02d:%02d %s\n' "$date" $(( minute / 60 )) $(( minute % 60 )) "$zone"
