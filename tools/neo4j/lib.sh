# Shared by start.sh, admin.sh, stop.sh and wipe.sh (sourced, not run).
# The Maven class path and the compiled Launcher are cached in tools/neo4j/run; a server's pid and
# log live in NEO4J_RUN_DIR (default tools/neo4j/run), its databases in NEO4J_HOME_DIR (default
# tools/neo4j/home), so a second server (other ports, home and run folder) can run beside the first.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/run"
run="${NEO4J_RUN_DIR:-$here/run}"
home="${NEO4J_HOME_DIR:-$here/home}"

# Resolve Neo4j from Maven Central (first run downloads ~200 MB) and compile the Launcher; sets $cp.
neo4j_classpath() {
  command -v java >/dev/null || { echo "neo4j: java not found (Java 17 is needed)" >&2; return 1; }
  mkdir -p "$build"
  if [ ! -s "$build/classpath.txt" ] || [ "$here/pom.xml" -nt "$build/classpath.txt" ]; then
    command -v mvn >/dev/null || { echo "neo4j: mvn not found (Maven fetches Neo4j from Maven Central)" >&2; return 1; }
    echo "neo4j: resolving Neo4j from Maven Central (first run downloads ~200 MB)…" >&2
    mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$build/classpath.txt" >"$build/maven.log" 2>&1 \
      || { echo "neo4j: Maven failed; see $build/maven.log" >&2; tail -20 "$build/maven.log" >&2; return 1; }
  fi
  cp="$(cat "$build/classpath.txt")"
  if [ ! -f "$build/classes/Launcher.class" ] || [ "$here/Launcher.java" -nt "$build/classes/Launcher.class" ]; then
    mkdir -p "$build/classes"
    javac -d "$build/classes" -cp "$cp" "$here/Launcher.java"
  fi
}

neo4j_running() {
  [ -f "$run/neo4j.pid" ] && kill -0 "$(cat "$run/neo4j.pid")" 2>/dev/null
}
