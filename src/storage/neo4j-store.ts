import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { GovgraphError, NODE_LABELS, REL_ENDPOINTS, REL_TYPES, relKey, type GraphBatch, type GraphNode, type GraphRel, type GraphRelType, type NodeLabel, type Props } from '../domain/graph.js';
import { cypher } from './cypher.js';
import { labelOfId, type GraphStore, type RetractResult, type StoreStats, type TitleObservation, type UpsertOutcome } from './graph-store.js';
import { statuses } from './memory-store.js';
import { mergeProps } from './merge.js';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** How long connecting may take before failing with a clear message (ms). */
  connectTimeoutMs?: number;
}

/** Neo4jConfig from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER || undefined, password: env.NEO4J_PASSWORD || undefined, database: env.NEO4J_DATABASE || undefined };
}

const CORE = new Set(['document', 'evidence', 'rule', 'confidence']);

/**
 * The Neo4j adapter (neo4j-driver 6). Statements live in cypher/; values are always parameters.
 * Writes: one transaction per call of upsert (a batch of documents), UNWIND … MERGE per label and
 * per relationship type, retried by the driver on transient errors. Integers come back as plain
 * numbers (disableLosslessIntegers); sessions are closed in finally; the database is named.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private schemaReady = false;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly uri: string,
  ) {}

  /** Connect, failing within the timeout with a message that names the URI and what to check. */
  static async connect(cfg: Neo4jConfig): Promise<Neo4jStore> {
    const timeout = cfg.connectTimeoutMs ?? 5000;
    let driver: Driver;
    try {
      const auth = cfg.user ? neo4j.auth.basic(cfg.user, cfg.password ?? '') : undefined; // no user: a server with authentication off
      driver = neo4j.driver(cfg.uri, auth, {
        disableLosslessIntegers: true,
        connectionTimeout: timeout,
        connectionAcquisitionTimeout: timeout,
        maxTransactionRetryTime: 15_000,
        userAgent: 'govgraph/0.1',
      });
    } catch (e) {
      throw new GovgraphError('CONFIG', `cannot use NEO4J_URI=${cfg.uri}: ${(e as Error).message} (use bolt://, neo4j:// or neo4j+s://)`);
    }
    const database = cfg.database ?? 'neo4j';
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        driver.verifyConnectivity({ database }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeout / 1000} s`)), timeout);
        }),
      ]);
    } catch (e) {
      await driver.close().catch(() => undefined);
      const err = e as Error & { code?: string };
      const hint = /Unauthorized|authentication/i.test(`${err.code} ${err.message}`)
        ? 'check NEO4J_USER and NEO4J_PASSWORD'
        : /DatabaseNotFound/.test(err.code ?? '')
          ? `check NEO4J_DATABASE (${database}) exists`
          : 'check that the server is running (npm run neo4j:start starts one here) and that NEO4J_URI is right';
      throw new GovgraphError('STORE_UNAVAILABLE', `cannot reach Neo4j at ${cfg.uri}: ${err.message}; ${hint}`);
    } finally {
      clearTimeout(timer);
    }
    return new Neo4jStore(driver, database, cfg.uri);
  }

  /** A managed transaction (retried by the driver on transient errors) in a session closed after it. */
  private async tx<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    try {
      return await (mode === 'WRITE' ? session.executeWrite(work) : session.executeRead(work));
    } finally {
      await session.close();
    }
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.tx('WRITE', work);
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.tx('READ', work);
  }

  /** Constraints, indexes and the full-text index (IF NOT EXISTS: safe to repeat). */
  async applySchema(): Promise<string[]> {
    const statements = [
      ...NODE_LABELS.map((l) => cypher('schema/node-id-unique', { LABEL: l, name: l.toLowerCase() })),
      ...REL_TYPES.map((t) => cypher('schema/rel-document-index', { TYPE: t, name: t.toLowerCase() })),
      cypher('schema/position-title-index'),
      cypher('schema/city-name-index'),
      cypher('schema/fulltext-names'),
    ];
    const session = this.driver.session({ database: this.database });
    try {
      // schema statements cannot share a transaction with writes; each runs on its own
      for (const s of statements) await session.run(s);
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
    this.schemaReady = true;
    return statements;
  }

  private async ensureSchema(): Promise<void> {
    if (!this.schemaReady) await this.applySchema();
  }

  async upsert(batches: GraphBatch[]): Promise<UpsertOutcome> {
    if (!batches.length) return { documents: [], nodesAdded: 0, relsAdded: 0 };
    await this.ensureSchema();
    return this.write(async (tx) => {
      let nodesAdded = 0;
      let relsAdded = 0;
      const count = (r: QueryResult) => {
        const u = r.summary.counters.updates();
        nodesAdded += u.nodesCreated;
        relsAdded += u.relationshipsCreated;
      };
      const unique = new Map<string, GraphBatch>();
      for (const b of batches) if (!unique.has(b.document.id)) unique.set(b.document.id, b);
      const docRes = await tx.run(cypher('write/merge-documents'), { rows: [...unique.values()].map((b) => ({ id: b.document.id, props: b.document.props })) });
      count(docRes);
      const created = new Set(docRes.records.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
      const docs = [...unique.values()].filter((b) => created.has(b.document.id));
      if (docs.length) {
        // nodes: merged client-side first (the same rule as the memory store), then one MERGE per label
        const nodes = new Map<string, GraphNode>();
        for (const b of docs) {
          for (const n of b.nodes) {
            const cur = nodes.get(n.id);
            nodes.set(n.id, cur ? { ...cur, props: mergeProps(n.label, cur.props, n.props) } : n);
          }
        }
        const byLabel = new Map<NodeLabel, Array<{ id: string; props: Props; keys: string[] }>>();
        for (const n of nodes.values()) push(byLabel, n.label, { id: n.id, props: n.props, keys: scalarKeys(n.props) });
        for (const [label, rows] of byLabel) count(await tx.run(cypher('write/merge-nodes', { LABEL: label }), { rows }));
        // relationships: new documents' facts are new; duplicates within the call are dropped
        const seen = new Set<string>();
        const byType = new Map<GraphRelType, Array<Record<string, unknown>>>();
        for (const b of docs) {
          for (const r of b.rels) {
            const k = relKey(r);
            if (seen.has(k) || !(nodes.has(r.from) || r.from === r.document) || !(nodes.has(r.to) || r.to === r.document)) continue;
            seen.add(k);
            push(byType, r.type, { from: r.from, to: r.to, document: r.document, evidence: r.evidence, rule: r.rule, confidence: r.confidence, props: r.props ?? {} });
          }
        }
        for (const [type, rows] of byType) {
          const [from, to] = REL_ENDPOINTS[type];
          count(await tx.run(cypher('write/create-relationships', { TYPE: type, FROM: from, TO: to }), { rows }));
        }
      }
      return { documents: statuses(batches, created), nodesAdded, relsAdded };
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.getNodeOf('Document', id)) !== null;
  }

  async retract(documentId: string): Promise<RetractResult | null> {
    if (!(await this.hasDocument(documentId))) return null;
    return this.write(async (tx) => {
      let relsRemoved = 0;
      const touched = new Set<string>([documentId]);
      for (const t of REL_TYPES) {
        const res = await tx.run(cypher('write/retract-relationships', { TYPE: t }), { id: documentId });
        relsRemoved += res.summary.counters.updates().relationshipsDeleted;
        for (const r of res.records) {
          touched.add(r.get('from') as string);
          touched.add(r.get('to') as string);
        }
      }
      const byLabel = new Map<NodeLabel, string[]>();
      for (const id of touched) {
        const l = labelOfId(id);
        if (l) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
      }
      let nodesRemoved = 0;
      for (const [label, ids] of byLabel) {
        const res = await tx.run(cypher('write/delete-orphans', { LABEL: label }), { ids });
        nodesRemoved += res.summary.counters.updates().nodesDeleted;
      }
      return { document: documentId, relsRemoved, nodesRemoved };
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read(async (tx) => {
      const nodes: Partial<Record<NodeLabel, number>> = {};
      for (const l of NODE_LABELS) {
        const n = (await tx.run(cypher('read/count-nodes', { LABEL: l }))).records[0]?.get('count') as number;
        if (n) nodes[l] = n;
      }
      const relationships: Record<string, number> = {};
      for (const t of REL_TYPES) {
        const n = (await tx.run(cypher('read/count-relationships', { TYPE: t }))).records[0]?.get('count') as number;
        if (n) relationships[t] = n;
      }
      return { nodes, relationships };
    });
  }

  private async getNodeOf(label: NodeLabel, id: string): Promise<GraphNode | null> {
    return this.read(async (tx) => {
      const r = (await tx.run(cypher('read/node-by-id', { LABEL: label }), { id })).records[0];
      if (!r) return null;
      const props = { ...(r.get('props') as Props) };
      delete props.id;
      return { id, label, props };
    });
  }

  async getNode(id: string): Promise<GraphNode | null> {
    const label = labelOfId(id);
    return label ? this.getNodeOf(label, id) : null;
  }

  async relationships(id: string): Promise<GraphRel[]> {
    const label = labelOfId(id);
    if (!label) return [];
    return this.read(async (tx) => {
      const res = await tx.run(cypher('read/node-relationships', { LABEL: label }), { id });
      return res.records.map((rec) => {
        const p = rec.get('props') as Record<string, unknown>;
        const extra: Props = {};
        for (const [k, v] of Object.entries(p)) if (!CORE.has(k)) extra[k] = v as Props[string];
        const rel: GraphRel = {
          type: rec.get('type') as GraphRelType,
          from: rec.get('from') as string,
          to: rec.get('to') as string,
          document: String(p.document),
          evidence: String(p.evidence ?? ''),
          rule: String(p.rule ?? ''),
          confidence: Number(p.confidence ?? 0),
        };
        if (Object.keys(extra).length) rel.props = extra;
        return rel;
      });
    });
  }

  async titleObservations(q: { city: string }): Promise<TitleObservation[]> {
    return this.read(async (tx) => {
      const res = await tx.run(cypher('read/title-observations'), { city: q.city });
      return res.records.map((r) => r.toObject() as unknown as TitleObservation);
    });
  }

  async documentIds(): Promise<string[]> {
    return this.read(async (tx) => (await tx.run(cypher('read/document-ids'))).records.map((r) => r.get('id') as string));
  }

  /** Remove everything (tests and benchmarks only). */
  async clearAll(): Promise<void> {
    // in chunks: one transaction for a large graph would exceed the server's transaction memory
    const session = this.driver.session({ database: this.database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  }

  /** Statements in one write transaction (benchmarks: the plain UNWIND … CREATE floor). */
  async runInOneTransaction(statements: Array<{ query: string; params: Record<string, unknown> }>): Promise<void> {
    await this.write(async (tx) => {
      for (const st of statements) await tx.run(st.query, st.params);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function scalarKeys(p: Props): string[] {
  return Object.keys(p).filter((k) => !Array.isArray(p[k]) && p[k] !== null);
}
