#!/usr/bin/env bash
# Delete the local Neo4j's databases (tools/neo4j/home, or NEO4J_HOME_DIR). The server must be
# stopped first. This is the only command that deletes them: restarts keep every database.
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
if neo4j_running; then
  echo "neo4j:wipe: the server is running (pid $(cat "$run/neo4j.pid")); run npm run neo4j:stop first" >&2
  exit 1
fi
if [ -d "$home" ]; then
  rm -rf "$home"
  echo "neo4j:wipe: deleted $home"
else
  echo "neo4j:wipe: nothing to delete ($home does not exist)"
fi
