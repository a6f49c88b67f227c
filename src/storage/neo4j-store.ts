import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { GovgraphError, NODE_LABELS, REL_ENDPOINTS, REL_TYPES, type GraphBatch, type GraphNode, type GraphRel, type GraphRelType, type NodeLabel, type Props } from '../domain/graph.js';
import { cypher } from './cypher.js';
import { labelOfId, type GraphStore, type RetractResult, type StoreStats, type TitleObservation, type UpsertResult } from './graph-store.js';

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

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
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

  async upsert(batches: GraphBatch[]): Promise<UpsertResult[]> {
    if (!batches.length) return [];
    await this.ensureSchema();
    return this.write(async (tx) => {
      const ids = [...new Set(batches.map((b) => b.document.id))];
      const existing = new Set((await tx.run(cypher('write/existing-documents'), { ids })).records.map((r) => r.get('id') as string));
      const fresh: GraphBatch[] = [];
      const taken = new Set<string>();
      for (const b of batches) {
        if (existing.has(b.document.id) || taken.has(b.document.id)) continue;
        taken.add(b.document.id);
        fresh.push(b);
      }
      const counts = new Map<string, { nodesAdded: number; relsAdded: number }>();
      if (fresh.length) {
        // per document so that each document's own additions can be reported
        for (const b of fresh) {
          let nodesAdded = 0;
          let relsAdded = 0;
          const c = (r: QueryResult) => {
            const u = r.summary.counters.updates();
            nodesAdded += u.nodesCreated;
            relsAdded += u.relationshipsCreated;
          };
          c(await tx.run(cypher('write/merge-documents'), { rows: [{ id: b.document.id, props: b.document.props }] }));
          const byLabel = new Map<NodeLabel, GraphNode[]>();
          for (const n of b.nodes) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n]);
          for (const [label, nodes] of byLabel) {
            const rows = nodes.map((n) => ({ id: n.id, props: n.props, keys: scalarKeys(n.props) }));
            c(await tx.run(cypher('write/merge-nodes', { LABEL: label }), { rows }));
          }
          const byType = new Map<GraphRelType, GraphRel[]>();
          for (const r of b.rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
          for (const [type, rels] of byType) {
            const [from, to] = REL_ENDPOINTS[type];
            const rows = rels.map((r) => ({ from: r.from, to: r.to, document: r.document, evidence: r.evidence, rule: r.rule, confidence: r.confidence, props: r.props ?? {} }));
            c(await tx.run(cypher('write/merge-relationships', { TYPE: type, FROM: from, TO: to }), { rows }));
          }
          counts.set(b.document.id, { nodesAdded, relsAdded });
        }
      }
      return batches.map((b) => {
        const k = counts.get(b.document.id);
        if (k) {
          counts.delete(b.document.id);
          return { document: b.document.id, status: 'new' as const, ...k };
        }
        return { document: b.document.id, status: 'unchanged' as const, nodesAdded: 0, relsAdded: 0 };
      });
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
    await this.write(async (tx) => {
      await tx.run('MATCH (n) DETACH DELETE n');
    });
  }

  /** Run a raw statement (benchmarks: the UNWIND … CREATE floor). */
  async runRaw(query: string, params: Record<string, unknown>): Promise<void> {
    await this.write(async (tx) => {
      await tx.run(query, params);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function scalarKeys(p: Props): string[] {
  return Object.keys(p).filter((k) => !Array.isArray(p[k]) && p[k] !== null);
}
