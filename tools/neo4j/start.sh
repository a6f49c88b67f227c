#!/usr/bin/env bash
# Start a real Neo4j 5 (LTS) on 127.0.0.1 from Maven Central artifacts (no Docker needed).
# The databases live in NEO4J_HOME_DIR (default tools/neo4j/home) and survive restarts; only
# `npm run neo4j:wipe` deletes them.
# Env: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_HOME_DIR, NEO4J_START_TIMEOUT seconds (240).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="$here/run"
mkdir -p "$run"
bolt="${NEO4J_BOLT_PORT:-7687}"
http="${NEO4J_HTTP_PORT:-7474}"

if [ -f "$run/neo4j.pid" ] && kill -0 "$(cat "$run/neo4j.pid")" 2>/dev/null; then
  echo "neo4j already running (pid $(cat "$run/neo4j.pid")) on bolt://127.0.0.1:$bolt"
  exit 0
fi
command -v java >/dev/null || { echo "neo4j:start: java not found (Java 17 is needed)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "neo4j:start: mvn not found (Maven fetches Neo4j from Maven Central)" >&2; exit 1; }

if [ ! -s "$run/classpath.txt" ] || [ "$here/pom.xml" -nt "$run/classpath.txt" ]; then
  echo "neo4j:start: resolving Neo4j from Maven Central (first run downloads ~200 MB)…"
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$run/classpath.txt" >"$run/maven.log" 2>&1 \
    || { echo "neo4j:start: Maven failed; see $run/maven.log" >&2; tail -20 "$run/maven.log" >&2; exit 1; }
fi
cp="$(cat "$run/classpath.txt")"
if [ ! -f "$run/classes/Launcher.class" ] || [ "$here/Launcher.java" -nt "$run/classes/Launcher.class" ]; then
  mkdir -p "$run/classes"
  javac -d "$run/classes" -cp "$cp" "$here/Launcher.java"
fi

home="${NEO4J_HOME_DIR:-$here/home}"
mkdir -p "$home"
NEO4J_HOME_DIR="$home" NEO4J_BOLT_PORT="$bolt" NEO4J_HTTP_PORT="$http" \
  nohup java -Xms512m -Xmx2g -XX:+UseG1GC -cp "$run/classes:$cp" Launcher >"$run/neo4j.log" 2>&1 &
echo $! >"$run/neo4j.pid"

deadline=$(( $(date +%s) + ${NEO4J_START_TIMEOUT:-240} ))
until grep -q "neo4j ready" "$run/neo4j.log" 2>/dev/null; do
  if ! kill -0 "$(cat "$run/neo4j.pid")" 2>/dev/null; then
    echo "neo4j:start: the server exited; log:" >&2; tail -40 "$run/neo4j.log" >&2; exit 1
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "neo4j:start: not ready after ${NEO4J_START_TIMEOUT:-240}s; log:" >&2; tail -40 "$run/neo4j.log" >&2; exit 1
  fi
  sleep 1
done
echo "neo4j running: bolt://127.0.0.1:$bolt  browser http://127.0.0.1:$http/browser/  (pid $(cat "$run/neo4j.pid"), data $home/data, log $run/neo4j.log)"
