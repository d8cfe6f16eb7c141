#!/bin/sh
# Prepares the packaged jar for a fast start (issue 23; docs/benchmarks.md "Cold start"): extracts it into DIR (the
# application jar beside its libraries, which the JVM reads faster than jars nested in a jar) and records the JDK's
# AOT cache, DIR/upward.aot, in a training run that starts the app on a throwaway embedded database and stops once
# it is up (classes loaded, linked and profiled). The Dockerfile runs it in the image; scripts/cold-start.sh
# measures it. Run the app with:  java -XX:AOTCache=DIR/upward.aot -jar DIR/upward.jar
# The cache only fits the JVM that recorded it and this exact jar: a different one is refused with a warning and
# the app starts without it.
# Usage: deploy/fast-start.sh JAR DIR [JAVA]
set -eu
jar="$1"
dir="$2"
java="${3:-java}"
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir.extracting" >/dev/null
mkdir -p "$dir"
mv "$dir.extracting/lib" "$dir/lib"
mv "$dir.extracting"/*.jar "$dir/upward.jar"
rmdir "$dir.extracting"
training="$(mktemp -d)"
(cd "$training" && "$java" -XX:AOTCacheOutput="$dir/upward.aot" -Dspring.context.exit=onRefresh \
  -Dupward.demo-data.enabled=false -jar "$dir/upward.jar") >"$training.log" 2>&1 \
  || { tail -40 "$training.log" >&2; rm -rf "$training" "$training.log"; exit 1; }
rm -rf "$training" "$training.log"
