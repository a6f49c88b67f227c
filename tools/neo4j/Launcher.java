import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Runs Neo4j Community (through neo4j-harness) on 127.0.0.1 until killed.
 * NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_WORK_DIR (tools/neo4j/run/db).
 * Authentication is off: the server listens on loopback only, for tests and local exploration.
 */
public class Launcher {
  private static String env(String k, String d) {
    String v = System.getenv(k);
    return v == null || v.isEmpty() ? d : v;
  }

  public static void main(String[] args) throws Exception {
    int bolt = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    int http = Integer.parseInt(env("NEO4J_HTTP_PORT", "7474"));
    Path dir = Path.of(env("NEO4J_WORK_DIR", "tools/neo4j/run/db"));
    Files.createDirectories(dir);
    Neo4j db = Neo4jBuilders.newInProcessBuilder(dir)
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
        .withConfig(HttpConnector.enabled, true)
        .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", http))
        .withConfig(GraphDatabaseSettings.auth_enabled, false)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(db::close));
    System.out.println("neo4j ready bolt=" + db.boltURI() + " http=" + db.httpURI());
    System.out.flush();
    Thread.currentThread().join();
  }
}
