# Shared by the scripts in scripts/ (source it): a fresh database on the local MariaDB (root over 127.0.0.1) with an
# application user, the packaged app started on it (or on a new embedded H2 database) with demo data, and the
# Playwright driver the drills use.
APP_DB_USER=upward_rel
APP_DB_PASSWORD=upward_rel
APP_JAR="${JAR:-target/upward-0.1.0-SNAPSHOT.jar}"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
local_sql() { mysql -uroot -h127.0.0.1 -N -B "$@"; }

# fresh_database NAME: drops and creates it (utf8mb4); the app user may use every upward_rel* database
fresh_database() {
  local_sql <<SQL
DROP DATABASE IF EXISTS $1;
CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$APP_DB_USER'@'%' IDENTIFIED BY '$APP_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$APP_DB_USER'@'localhost' IDENTIFIED BY '$APP_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`upward\\_rel%\`.* TO '$APP_DB_USER'@'%';
GRANT ALL PRIVILEGES ON \`upward\\_rel%\`.* TO '$APP_DB_USER'@'localhost';
SQL
}

# A Java >= 21: JAVA_HOME's, the PATH's, or the first one under /usr/lib/jvm (the machine default may be older)
find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major="$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "No Java >= 21 found: set JAVA_HOME" >&2
  return 1
}

# start_app DATABASE PORT LOG [DEMO]: the jar in the background on the mysql profile, demo data on unless DEMO is
# false (it only fills an empty database anyway); sets APP_PID
start_app() {
  local java
  [ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (README: ./mvnw package)" >&2; return 2; }
  java="$(find_java)" || return 2
  SPRING_PROFILES_ACTIVE=mysql DB_URL="jdbc:mariadb://127.0.0.1:3306/$1" DB_USER="$APP_DB_USER" \
    DB_PASSWORD="$APP_DB_PASSWORD" UPWARD_DEMO_DATA="${4:-true}" PORT="$2" \
    "$java" -Xmx768m -jar "$APP_JAR" >"$3" 2>&1 &
  APP_PID=$!
}

# start_embedded_app DIR PORT LOG [ARG...]: the jar in the background on the default profile with its working
# directory in DIR, so that its embedded H2 database is DIR/data (new when DIR is new) and filled with the demo data;
# each ARG goes to Spring Boot (--name=value); APP_JAVA_OPTS, if set, goes to the JVM; sets APP_PID
start_embedded_app() {
  local dir="$1" port="$2" log="$3" java jar
  shift 3
  [ -f "$APP_JAR" ] || { echo "No $APP_JAR: build it first (README: ./mvnw package)" >&2; return 2; }
  java="$(find_java)" || return 2
  jar="$(cd "$(dirname "$APP_JAR")" && pwd)/$(basename "$APP_JAR")"
  # shellcheck disable=SC2086 # APP_JAVA_OPTS: several options
  (cd "$dir" && exec "$java" -Xmx768m ${APP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" "$@") >"$log" 2>&1 &
  APP_PID=$!
}

# wait_healthy BASE_URL LOG: until /actuator/health says UP (at most 300 s, or the app stops)
wait_healthy() {
  local started
  started="$(now)"
  until [ "$(curl -s --max-time 5 "${1}actuator/health" | jq -r .status 2>/dev/null)" = UP ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -30 "$2" >&2; echo "The app stopped" >&2; return 1; fi
    if [ "$(secs "$started" "$(now)" | cut -d. -f1)" -ge 300 ]; then echo "Not healthy after 300 s" >&2; return 1; fi
    sleep 1
  done
}

# csrf_field PAGE_FILE: the CSRF field of a saved login page as "name=value", for curl's --data-urlencode. A sign-in
# POST counts only with the token of a login page fetched with the same cookies (login CSRF, issue 21).
csrf_field() {
  local name value
  name="$(grep -o '<meta name="_csrf_parameter" content="[^"]*"' "$1" | sed 's/.*content="//; s/"$//')"
  value="$(grep -o '<meta name="_csrf" content="[^"]*"' "$1" | sed 's/.*content="//; s/"$//')"
  printf '%s=%s' "$name" "$value"
}

# browser_driver DIR SCRIPT: playwright-core (PLAYWRIGHT_VERSION) in DIR, installed once from the npm registry with
# no browser download, and SCRIPT with the shared browser-driver.mjs copied next to it (ES modules find
# node_modules next to the script)
PLAYWRIGHT_VERSION=1.58.0
browser_driver() {
  if [ ! -f "$1/node_modules/playwright-core/package.json" ]; then
    say "Installing playwright-core $PLAYWRIGHT_VERSION into $1 (npm registry, no browser download)"
    mkdir -p "$1"
    (cd "$1" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund \
      "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
  fi
  cp "scripts/lib/$2" scripts/lib/browser-driver.mjs "$1/"
}

# start_browser DIR SCRIPT WORK: DIR/SCRIPT (see browser_driver) as the coprocess BROWSER, on BASE_URL=$BASE; its
# stderr goes to WORK/browser.err, each command with its answer to WORK/browser.jsonl. Then: browser COMMAND... sends
# one command and prints its one-line JSON answer, field JQ ANSWER reads a field of it, stop_browser ends it.
start_browser() {
  BROWSER_LOG="$3/browser.jsonl"
  coproc BROWSER { BASE_URL="$BASE" node "$1/$2" 2>"$3/browser.err"; }
  BROWSER_NODE=$BROWSER_PID
}
browser() {
  local line
  echo "$*" >&"${BROWSER[1]}"
  if ! IFS= read -r -t 120 line <&"${BROWSER[0]}"; then line='{"ok":false,"error":"no answer from the browser"}'; fi
  printf '%s\t%s\n' "$*" "$line" >>"$BROWSER_LOG"
  printf '%s' "$line"
}
field() { jq -r "$1" <<<"$2"; }
stop_browser() {
  [ -n "${BROWSER_NODE:-}" ] || return 0
  echo quit >&"${BROWSER[1]}" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "$BROWSER_NODE" 2>/dev/null || break; sleep 0.5; done
  kill "$BROWSER_NODE" 2>/dev/null
  BROWSER_NODE=
}
