import { Neo4jStore, type Neo4jConfig } from '../../src/storage/index.js';

/**
 * The Neo4j the tests may use: only the one GOVGRAPH_TEST_NEO4J_URI names (never NEO4J_URI, which
 * is a user's), and only when it is empty or already marked as a test database. A test never
 * touches a user's data: a database holding anything else is refused, and the suite fails.
 */
export const TEST_NEO4J_ENV = 'GOVGRAPH_TEST_NEO4J_URI';
export const requireNeo4j = process.env.GOVGRAPH_REQUIRE_NEO4J === '1';

export function testNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const uri = env[TEST_NEO4J_ENV];
  if (!uri) return null;
  return {
    uri,
    user: env.GOVGRAPH_TEST_NEO4J_USER || undefined,
    password: env.GOVGRAPH_TEST_NEO4J_PASSWORD || undefined,
    database: env.GOVGRAPH_TEST_NEO4J_DATABASE || undefined,
  };
}

/** Whether the Neo4j tests run: a test server is named, or CI requires one (then a missing one fails). */
export const neo4jEnabled = Boolean(testNeo4jConfig()) || requireNeo4j;
if (!neo4jEnabled) {
  console.warn(`[neo4j] SKIPPED: set ${TEST_NEO4J_ENV} to a Neo4j the tests may empty (npm run neo4j:start, then ${TEST_NEO4J_ENV}=bolt://127.0.0.1:7687); NEO4J_URI is never used by tests`);
}

const MARKER = 'GovgraphTestDatabase';

/**
 * Connect to the test database and take it over for a test: refuse unless it holds nothing or
 * only what tests wrote (it carries the marker node), then mark it and empty it.
 */
export async function claimTestDatabase(): Promise<Neo4jStore> {
  const cfg = testNeo4jConfig();
  if (!cfg) throw new Error(`GOVGRAPH_REQUIRE_NEO4J=1 but ${TEST_NEO4J_ENV} is not set`);
  const store = await Neo4jStore.connect(cfg);
  try {
    await assertOwned(store, cfg.uri);
    await store.clearAll();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

/** Refuse a database that holds data and was not marked by a test; mark an empty one. */
export async function assertOwned(store: Neo4jStore, uri: string): Promise<void> {
  const session = store.session();
  try {
    const r = await session.run(`OPTIONAL MATCH (m:${MARKER}) WITH count(m) > 0 AS marked CALL () { MATCH (n) WHERE NOT n:${MARKER} RETURN count(n) > 0 AS data } RETURN marked, data`);
    const marked = r.records[0]?.get('marked') === true;
    const data = r.records[0]?.get('data') === true;
    if (!marked && data) {
      throw new Error(`refusing to use the Neo4j at ${uri} for tests: it holds data that no test wrote (tests only use an empty database, or one they marked). Point ${TEST_NEO4J_ENV} at a server for tests.`);
    }
    if (!marked) await session.run(`CREATE (:${MARKER} {claimedAt: datetime()})`);
  } finally {
    await session.close();
  }
}
