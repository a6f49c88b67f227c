#!/usr/bin/env bash
# Stop the Neo4j started by start.sh.
set -euo pipefail
run="$(cd "$(dirname "$0")" && pwd)/run"
if [ -f "$run/neo4j.pid" ] && kill -0 "$(cat "$run/neo4j.pid")" 2>/dev/null; then
  pid="$(cat "$run/neo4j.pid")"
  kill "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  echo "neo4j stopped (pid $pid)"
else
  echo "neo4j is not running"
fi
rm -f "$run/neo4j.pid"
