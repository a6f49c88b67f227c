#!/usr/bin/env bash
# neo4j-admin for the local Neo4j (the same Maven artifacts as start.sh), acting on the databases
# in NEO4J_HOME_DIR (default tools/neo4j/home). Examples:
#   bash tools/neo4j/admin.sh database import full neo4j --nodes=… --relationships=…   (server stopped)
#   bash tools/neo4j/admin.sh database dump neo4j --to-path=/tmp                          (server stopped)
#   bash tools/neo4j/admin.sh --help
set -euo pipefail
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
neo4j_classpath
mkdir -p "$home/conf"
[ -f "$home/conf/neo4j.conf" ] || : >"$home/conf/neo4j.conf"
NEO4J_HOME="$home" NEO4J_CONF="$home/conf" exec java -Xmx1g -cp "$build/classes:$cp" org.neo4j.cli.AdminTool "$@"
