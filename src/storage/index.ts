import { GovgraphError } from '../domain/graph.js';
import type { GraphStore } from './graph-store.js';
import { MemoryStore } from './memory-store.js';
import { Neo4jStore, neo4jConfigFromEnv } from './neo4j-store.js';

export * from './graph-store.js';
export { MemoryStore } from './memory-store.js';
export { Neo4jStore, neo4jConfigFromEnv, type Neo4jConfig } from './neo4j-store.js';
export { mergeProps } from './merge.js';

export interface StoreOptions {
  /** memory | neo4j; default: neo4j when NEO4J_URI is set, else memory. */
  store?: string;
  /** The memory store's directory (default ./data). */
  data?: string;
  env?: NodeJS.ProcessEnv;
}

/** The store the options and environment ask for. */
export async function createStore(opts: StoreOptions = {}): Promise<GraphStore> {
  const env = opts.env ?? process.env;
  const kind = opts.store ?? (env.NEO4J_URI ? 'neo4j' : 'memory');
  if (kind === 'memory') return MemoryStore.open(opts.data ?? 'data');
  if (kind === 'neo4j') {
    const cfg = neo4jConfigFromEnv(env);
    if (!cfg) throw new GovgraphError('CONFIG', '--store neo4j needs NEO4J_URI (e.g. bolt://127.0.0.1:7687), and NEO4J_USER/NEO4J_PASSWORD if the server asks for them');
    return Neo4jStore.connect(cfg);
  }
  throw new GovgraphError('CONFIG', `unknown store '${kind}' (use memory or neo4j)`);
}
