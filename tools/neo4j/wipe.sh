#!/usr/bin/env bash
# Delete the local Neo4j's databases (tools/neo4j/home, or NEO4J_HOME_DIR). The server must be
# stopped first. This is the only command that deletes them: restarts keep every database.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${NEO4J_HOME_DIR:-$here/home}"
if [ -f "$here/run/neo4j.pid" ] && kill -0 "$(cat "$here/run/neo4j.pid")" 2>/dev/null; then
  echo "neo4j:wipe: the server is running (pid $(cat "$here/run/neo4j.pid")); run npm run neo4j:stop first" >&2
  exit 1
fi
if [ -d "$home" ]; then
  rm -rf "$home"
  echo "neo4j:wipe: deleted $home"
else
  echo "neo4j:wipe: nothing to delete ($home does not exist)"
fi
