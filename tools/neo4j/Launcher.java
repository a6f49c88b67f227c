import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs a Neo4j 5 Community server (the same bootstrapper as the neo4j distribution's
 * CommunityEntryPoint, with Neo4j Browser on the class path) on 127.0.0.1 until killed.
 *
 * Its home is NEO4J_HOME_DIR (default tools/neo4j/home): the databases live in home/data and
 * survive restarts; only `npm run neo4j:wipe` deletes them. Unlike neo4j-harness (a throwaway
 * server in a fresh folder on every start), nothing is lost when the server stops.
 *
 * NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474). Authentication is off: the server listens on
 * loopback only, for tests and local exploration.
 */
public class Launcher {
  private static String env(String k, String d) {
    String v = System.getenv(k);
    return v == null || v.isEmpty() ? d : v;
  }

  public static void main(String[] args) throws Exception {
    String bolt = env("NEO4J_BOLT_PORT", "7687");
    String http = env("NEO4J_HTTP_PORT", "7474");
    Path home = Path.of(env("NEO4J_HOME_DIR", "tools/neo4j/home")).toAbsolutePath();
    Files.createDirectories(home.resolve("conf"));
    Map<String, String> cfg = new HashMap<>();
    cfg.put("server.default_listen_address", "127.0.0.1");
    cfg.put("server.bolt.enabled", "true");
    cfg.put("server.bolt.listen_address", "127.0.0.1:" + bolt);
    cfg.put("server.http.enabled", "true");
    cfg.put("server.http.listen_address", "127.0.0.1:" + http);
    cfg.put("server.https.enabled", "false");
    cfg.put("dbms.security.auth_enabled", "false");
    cfg.put("server.memory.pagecache.size", env("NEO4J_PAGECACHE", "512m"));
    cfg.put("db.tx_log.rotation.retention_policy", "2 days");
    // extra settings, one `key=value` per argument (start.sh passes NEO4J_EXTRA_CONF lines here)
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq > 0) cfg.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    CommunityBootstrapper server = new CommunityBootstrapper();
    int status = server.start(home, cfg);
    if (status != 0) {
      System.err.println("neo4j failed to start (status " + status + "); see " + home.resolve("logs"));
      System.exit(status);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("neo4j ready bolt=bolt://127.0.0.1:" + bolt + " http=http://127.0.0.1:" + http + " home=" + home);
    System.out.flush();
    Thread.currentThread().join();
  }
}
