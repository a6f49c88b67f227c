#!/usr/bin/env bash
# Start a real Neo4j 5 (LTS) on 127.0.0.1 from Maven Central artifacts (no Docker needed).
# The databases live in NEO4J_HOME_DIR (default tools/neo4j/home) and survive restarts; only
# `npm run neo4j:wipe` deletes them.
# Neo4j Browser (http://127.0.0.1:7474/browser/) may fetch govgraph's guide and style from
# `govgraph serve` (GOVGRAPH_URL, default http://127.0.0.1:4000), and applies that style on connect.
# Env: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_HOME_DIR, NEO4J_RUN_DIR,
# NEO4J_START_TIMEOUT seconds (240), GOVGRAPH_URL, NEO4J_EXTRA_CONF (more settings, one key=value a line).
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
mkdir -p "$run"
bolt="${NEO4J_BOLT_PORT:-7687}"
http="${NEO4J_HTTP_PORT:-7474}"

if neo4j_running; then
  echo "neo4j already running (pid $(cat "$run/neo4j.pid")) on bolt://127.0.0.1:$bolt"
  exit 0
fi
neo4j_classpath || exit 1

mkdir -p "$home"
govgraph_url="${GOVGRAPH_URL:-http://127.0.0.1:4000}"
govgraph_host="$(printf '%s' "$govgraph_url" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')"
case "$govgraph_host" in localhost | 127.0.0.1) allow="localhost,127.0.0.1" ;; *) allow="localhost,127.0.0.1,$govgraph_host" ;; esac
conf=(
  "browser.remote_content_hostname_whitelist=$allow"
  "browser.post_connect_cmd=style $govgraph_url/browser/style.grass"
)
while IFS= read -r line; do [ -n "$line" ] && conf+=("$line"); done <<<"${NEO4J_EXTRA_CONF:-}"
NEO4J_HOME_DIR="$home" NEO4J_BOLT_PORT="$bolt" NEO4J_HTTP_PORT="$http" \
  nohup java -Xms512m -Xmx2g -XX:+UseG1GC -cp "$build/classes:$cp" Launcher "${conf[@]}" >"$run/neo4j.log" 2>&1 &
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
