import { GovgraphError } from '../domain/graph.js';
import type { GraphStore } from './graph-store.js';
import { Neo4jStore, neo4jConfigFromEnv } from './neo4j-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

export * from './graph-store.js';
export { SqliteStore, SQLITE_FILE } from './sqlite/sqlite-store.js';
export { Neo4jStore, neo4jConfigFromEnv, withDeadline, type Neo4jConfig } from './neo4j-store.js';
export { mergeProps } from './merge.js';
export { canonicalDump, type DumpOptions } from './dump.js';
export { schemaStatements, oneLine } from './cypher.js';
export { searchText } from './node-text.js';

export type StoreKind = 'sqlite' | 'neo4j';

export interface StoreOptions {
  /** sqlite | neo4j (memory: the old name of sqlite); default: neo4j when NEO4J_URI is set, else sqlite. */
  store?: string;
  /** The embedded store's data directory (default ./data). */
  data?: string;
  /** read: the store must exist and is only read; write (default): created if missing. */
  mode?: 'read' | 'write';
  env?: NodeJS.ProcessEnv;
  /** Messages for the user (an old store imported …). */
  onNotice?: (message: string) => void;
}

/** Which engine the options and environment ask for. */
export function storeKind(opts: Pick<StoreOptions, 'store' | 'env'> = {}): StoreKind {
  const env = opts.env ?? process.env;
  const kind = opts.store ?? (env.NEO4J_URI ? 'neo4j' : 'sqlite');
  if (kind === 'sqlite' || kind === 'memory') return 'sqlite';
  if (kind === 'neo4j') return 'neo4j';
  throw new GovgraphError('CONFIG', `unknown store '${kind}' (use sqlite or neo4j)`);
}

/** The store the options and environment ask for. */
export async function createStore(opts: StoreOptions = {}): Promise<GraphStore> {
  const env = opts.env ?? process.env;
  if (storeKind(opts) === 'sqlite') return SqliteStore.open(opts.data ?? 'data', { mode: opts.mode ?? 'write', onNotice: opts.onNotice });
  const cfg = neo4jConfigFromEnv(env);
  if (!cfg) throw new GovgraphError('CONFIG', '--store neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687), and NEO4J_USER/NEO4J_PASSWORD if the server asks for them');
  return Neo4jStore.connect(cfg);
}
