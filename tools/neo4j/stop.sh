#!/usr/bin/env bash
# Stop the Neo4j started by start.sh (the one whose pid is in NEO4J_RUN_DIR, default tools/neo4j/run).
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
if neo4j_running; then
  pid="$(cat "$run/neo4j.pid")"
  kill "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  echo "neo4j stopped (pid $pid)"
else
  echo "neo4j is not running"
fi
rm -f "$run/neo4j.pid"
