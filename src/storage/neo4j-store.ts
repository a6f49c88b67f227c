import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { GovgraphError, NODE_LABELS, REL_ENDPOINTS, REL_TYPES, relKey, type GraphBatch, type GraphNode, type GraphRel, type GraphRelType, type NodeLabel, type Props } from '../domain/graph.js';
import { checkListQuery, checkPage, checkRange, decodeCursor, keysetPage, orderOf, type ListQuery, type MeetingFilter, type Page, type PageItem, type PageRequest, type ParticipationQuery, type ParticipationRow, type SearchHit, type SearchQuery } from '../domain/queries.js';
import { titleMatches } from '../domain/tenure.js';
import { cypher, listCypher, schemaStatements } from './cypher.js';
import { canonicalStats, compareRels, labelOfId, LABELS_BY_ID_PREFIX, upsertStatuses, type GraphStore, type RelEnd, type RelQuery, type RetractResult, type StoreStats, type TitleObservation, type UpsertOutcome } from './graph-store.js';
import { mergeProps } from './merge.js';
import { searchText, SEARCHABLE } from './node-text.js';
import { pageParticipations } from './participations.js';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** How long connecting may take before failing with a clear message (ms). */
  connectTimeoutMs?: number;
  /** How long one read or write may take before the store gives up on the server (ms). */
  timeoutMs?: number;
}

/** Neo4jConfig from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and GOVGRAPH_NEO4J_TIMEOUT (seconds). */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  if (!env.NEO4J_URI) return null;
  const t = Number(env.GOVGRAPH_NEO4J_TIMEOUT);
  return {
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
    ...(t > 0 ? { timeoutMs: t * 1000 } : {}),
  };
}

const CORE = new Set(['document', 'evidence', 'evidenceOriginal', 'rule', 'confidence']);
const SCAN_PAGE = 2000;
const REL_SCAN_IDS = 500;

/**
 * The Neo4j adapter (neo4j-driver 6). Statements live in cypher/; values are always parameters.
 * Writes: one transaction per call of upsert (a batch of documents), UNWIND … MERGE per label and
 * per relationship type. Every call is bounded: it fails within timeoutMs (default 30 s) with
 * STORE_UNAVAILABLE when the server is dead or frozen, and the store then refuses further calls
 * at once instead of waiting again. Integers come back as plain numbers; sessions are closed in
 * finally; the database is named.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly capabilities = { compact: false, schema: true, concurrentReaders: true };
  readonly label: string;
  private schemaReady = false;
  /** Set when the server stopped answering: later calls fail at once with it. */
  private broken: GovgraphError | null = null;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly uri: string,
    private readonly timeoutMs: number,
  ) {
    this.label = `neo4j ${uri}`;
  }

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
        maxTransactionRetryTime: 10_000,
        userAgent: 'govgraph/0.1',
      });
    } catch (e) {
      throw new GovgraphError('CONFIG', `cannot use NEO4J_URI=${cfg.uri}: ${(e as Error).message} (use bolt://, neo4j:// or neo4j+s://)`);
    }
    const database = cfg.database ?? 'neo4j';
    try {
      await withDeadline(driver.verifyConnectivity({ database }), timeout, () => new Error(`no answer within ${timeout / 1000} s`));
    } catch (e) {
      await withDeadline(driver.close(), 2000, () => new Error('close')).catch(() => undefined);
      const err = e as Error & { code?: string };
      const hint = /Unauthorized|authentication/i.test(`${err.code} ${err.message}`)
        ? 'check NEO4J_USER and NEO4J_PASSWORD'
        : /DatabaseNotFound/.test(err.code ?? '')
          ? `check NEO4J_DATABASE (${database}) exists`
          : 'check that the server is running (npm run neo4j:start starts one here) and that NEO4J_URI is right';
      throw new GovgraphError('STORE_UNAVAILABLE', `cannot reach Neo4j at ${cfg.uri}: ${err.message}; ${hint}`);
    }
    return new Neo4jStore(driver, database, cfg.uri, cfg.timeoutMs ?? 30_000);
  }

  /**
   * A managed transaction (retried by the driver on transient errors) in a session closed after
   * it, bounded by the store's timeout: a server that stops answering fails the call, and the store.
   */
  private async tx<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.broken) throw this.broken;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const config = { timeout: timeoutMs };
    let timedOut = false;
    try {
      return await withDeadline(mode === 'WRITE' ? session.executeWrite(work, config) : session.executeRead(work, config), timeoutMs, () => {
        timedOut = true;
        return new GovgraphError('STORE_UNAVAILABLE', `Neo4j at ${this.uri} did not answer within ${timeoutMs / 1000} s (is the server frozen or overloaded? GOVGRAPH_NEO4J_TIMEOUT sets the limit in seconds)`);
      });
    } catch (e) {
      const err = this.storeError(e);
      if ((timedOut || isConnectionLoss(e)) && err instanceof GovgraphError) this.broken = err;
      throw err;
    } finally {
      // a frozen server never answers a close either: do not wait for it
      if (timedOut) void session.close().catch(() => undefined);
      else await withDeadline(session.close(), 2000, () => new Error('close')).catch(() => undefined);
    }
  }

  private storeError(e: unknown): GovgraphError | Error {
    if (e instanceof GovgraphError) return e;
    if (isConnectionLoss(e)) return new GovgraphError('STORE_UNAVAILABLE', `lost Neo4j at ${this.uri}: ${(e as Error).message}`);
    return e as Error;
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.tx('READ', work);
  }

  // ------------------------------------------------------------------ writes

  /** Constraints, indexes and text indexes (IF NOT EXISTS: safe to repeat). */
  async applySchema(): Promise<string[]> {
    if (this.broken) throw this.broken;
    const statements = schemaStatements();
    // schema statements cannot share a transaction with writes; each runs on its own
    const session = this.driver.session({ database: this.database });
    try {
      await withDeadline(
        (async () => {
          for (const s of statements) await session.run(s);
          await session.run('CALL db.awaitIndexes(300)');
        })(),
        Math.max(this.timeoutMs, 300_000),
        () => new GovgraphError('STORE_UNAVAILABLE', `Neo4j at ${this.uri} did not finish creating indexes in time`),
      );
    } catch (e) {
      throw this.storeError(e);
    } finally {
      void session.close().catch(() => undefined);
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
    return this.tx('WRITE', async (tx) => {
      let nodesAdded = 0;
      let relsAdded = 0;
      const count = (r: QueryResult) => {
        const u = r.summary.counters.updates();
        nodesAdded += u.nodesCreated;
        relsAdded += u.relationshipsCreated;
      };
      const unique = new Map<string, GraphBatch>();
      for (const b of batches) if (!unique.has(b.document.id)) unique.set(b.document.id, b);
      const docRows = [...unique.values()].map((b) => ({ id: b.document.id, props: b.document.props, search: searchText(b.document) }));
      const docRes = await tx.run(cypher('write/merge-documents'), { rows: docRows });
      count(docRes);
      const created = new Set(docRes.records.filter((r) => r.get('created') === true).map((r) => r.get('id') as string));
      const docs = [...unique.values()].filter((b) => created.has(b.document.id));
      if (docs.length) {
        // nodes: merged client-side first (the same rule as every store), then one MERGE per label
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
            push(byType, r.type, { from: r.from, to: r.to, document: r.document, evidence: r.evidence, evidenceOriginal: r.evidenceOriginal ?? null, rule: r.rule, confidence: r.confidence, props: r.props ?? {} });
          }
        }
        for (const [type, rows] of byType) {
          const [from, to] = REL_ENDPOINTS[type];
          count(await tx.run(cypher('write/create-relationships', { TYPE: type, FROM: from, TO: to }), { rows }));
        }
      }
      return { documents: upsertStatuses(batches, created), nodesAdded, relsAdded };
    });
  }

  async retract(documentId: string): Promise<RetractResult | null> {
    if (!(await this.hasDocument(documentId))) return null;
    return this.tx('WRITE', async (tx) => {
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
      let nodesRemoved = 0;
      for (const [label, ids] of groupByLabel([...touched])) {
        const res = await tx.run(cypher('write/delete-orphans', { LABEL: label }), { ids });
        nodesRemoved += res.summary.counters.updates().nodesDeleted;
      }
      return { document: documentId, relsRemoved, nodesRemoved };
    });
  }

  async compact(): Promise<null> {
    return null; // Neo4j reclaims space itself
  }

  // ------------------------------------------------------------------ reads

  async hasDocument(id: string): Promise<boolean> {
    return (await this.getNodes([id])).get(id)?.label === 'Document';
  }

  async documentIds(): Promise<string[]> {
    return this.read(async (tx) => (await tx.run(cypher('read/document-ids'))).records.map((r) => r.get('id') as string));
  }

  async stats(): Promise<StoreStats> {
    return this.read(async (tx) => {
      const nodes: Record<string, number> = {};
      for (const l of NODE_LABELS) nodes[l] = (await tx.run(cypher('read/count-nodes', { LABEL: l }))).records[0]?.get('count') as number;
      const rels: Record<string, number> = {};
      for (const t of REL_TYPES) rels[t] = (await tx.run(cypher('read/count-relationships', { TYPE: t }))).records[0]?.get('count') as number;
      return canonicalStats(nodes, rels);
    });
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return (await this.getNodes([id])).get(id) ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const out = new Map<string, GraphNode>();
    const groups = groupByLabel([...new Set(ids)]);
    if (!groups.size) return out;
    return this.read(async (tx) => {
      for (const [label, batch] of groups) {
        const res = await tx.run(cypher('read/nodes-by-id', { LABEL: label }), { ids: batch });
        for (const r of res.records) out.set(r.get('id') as string, { id: r.get('id') as string, label, props: nodeProps(r.get('props')) });
      }
      return out;
    });
  }

  async relationships(id: string, q: RelQuery = {}): Promise<GraphRel[]> {
    return (await this.relationshipsOf([id], q)).get(id) ?? [];
  }

  async relationshipsOf(ids: readonly string[], q: RelQuery = {}): Promise<Map<string, GraphRel[]>> {
    return this.atNodes(ids, q, 'read/rels', { others: q.others ? [...q.others] : null }, (rec) =>
      toRel(rec.get('from') as string, rec.get('type') as GraphRelType, rec.get('to') as string, rec.get('props') as Record<string, unknown>),
    );
  }

  async neighbours(ids: readonly string[], q: RelQuery = {}): Promise<Map<string, RelEnd[]>> {
    return this.atNodes(ids, q, 'read/ends', {}, (rec) => {
      const end: RelEnd = { type: rec.get('type') as GraphRelType, from: rec.get('from') as string, to: rec.get('to') as string, document: rec.get('document') as string };
      const props = Object.fromEntries(Object.entries((rec.get('props') as Record<string, unknown> | null) ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Props;
      if (Object.keys(props).length) end.props = props;
      return end;
    });
  }

  /**
   * Relationships at some nodes, each node's own sorted: the `<query>-out` / `<query>-in` Cypher
   * (templated by label, batched by id) for each direction the query wants; a relationship from a
   * node to itself is listed once.
   */
  private async atNodes<T extends RelEnd>(ids: readonly string[], q: RelQuery, query: 'read/rels' | 'read/ends', params: Record<string, unknown>, toItem: (rec: neo4j.Record) => T): Promise<Map<string, T[]>> {
    const uniq = [...new Set(ids)];
    const out = new Map<string, T[]>(uniq.map((id) => [id, []]));
    const groups = groupByLabel(uniq);
    if (!groups.size) return out;
    const dir = q.direction ?? 'both';
    const types = q.types?.length ? q.types : null;
    await this.read(async (tx) => {
      for (const [label, batch] of groups) {
        for (const side of dir === 'both' ? (['out', 'in'] as const) : [dir]) {
          const res = await tx.run(cypher(`${query}-${side}`, { LABEL: label }), { ids: batch, types, ...params });
          for (const rec of res.records) {
            const item = toItem(rec);
            if (side === 'in' && dir === 'both' && item.from === item.to) continue;
            out.get(rec.get('key') as string)?.push(item);
          }
        }
      }
    });
    for (const rels of out.values()) rels.sort(compareRels);
    return out;
  }

  async list(q: ListQuery, page: PageRequest): Promise<Page<PageItem>> {
    checkPage(page);
    checkListQuery(q);
    const order = orderOf(q);
    const after = decodeCursor(page.after, 2);
    const { head, params } = await this.listParams(q);
    const rows = await this.read(async (tx) =>
      (
        await tx.run(listCypher(head, 'list-page'), {
          ...params,
          desc: order === 'count' || order === 'dateDesc',
          afterK: after ? after[0] : null,
          afterId: after ? after[1] : null,
          limit: neo4j.int(page.first + 1),
        })
      ).records.map((r) => ({ id: r.get('id') as string, props: r.get('props'), k: r.get('k') as string | number, c: r.get('c') as number | null })),
    );
    return keysetPage(rows, page.first, (r) => ({ node: { id: r.id, label: q.label, props: nodeProps(r.props) }, ...(r.c !== null ? { count: r.c } : {}) }), (r) => [r.k, r.id]);
  }

  async count(q: ListQuery): Promise<number> {
    checkListQuery(q);
    const { head, params } = await this.listParams({ ...q, orderBy: undefined } as ListQuery);
    return this.read(async (tx) => (await tx.run(listCypher(head, 'list-count'), params)).records[0]?.get('n') as number);
  }

  /** The head statement of a list and its parameters (city names and titles resolved first). */
  private async listParams(q: ListQuery): Promise<{ head: string; params: Record<string, unknown> }> {
    const byCount = orderOf(q) === 'count';
    switch (q.label) {
      case 'Person': {
        const f = q.filter ?? {};
        return {
          head: 'list-people',
          params: {
            cityCodes: f.city !== undefined ? await this.cityCodes(f.city) : null,
            nameContains: f.nameContains ?? null,
            titles: f.title !== undefined ? await this.matchingTitles(f.title) : null,
            mf: await this.meetingParams(f.meetings),
            byCount,
            requireMeetings: Boolean(f.meetings),
          },
        };
      }
      case 'Meeting':
        return { head: 'list-meetings', params: { mf: await this.meetingParams(q.filter), byCount } };
      case 'Plan': {
        const f = q.filter ?? {};
        return {
          head: 'list-plans',
          params: { kind: f.kind ?? null, year: f.year ?? null, titleContains: f.titleContains ?? null, mf: await this.meetingParams(f.meetings), byCount, requireMeetings: Boolean(f.meetings) },
        };
      }
      case 'Document': {
        const f = q.filter ?? {};
        return { head: 'list-documents', params: { cityCodes: f.city !== undefined ? await this.cityCodes(f.city) : null, from: f.from ?? null, to: f.to ?? null } };
      }
      case 'City':
        return { head: 'list-cities', params: { nameContains: q.filter?.nameContains ?? null, byCount } };
    }
  }

  /** A meeting filter as the $mf map of cypher/fragments/meeting-filter (missing keys: no condition). */
  private async meetingParams(f: MeetingFilter | undefined): Promise<Record<string, unknown>> {
    if (!f) return {};
    const out: Record<string, unknown> = {};
    for (const k of ['id', 'kind', 'from', 'to', 'status', 'nameContains', 'person'] as const) if (f[k] !== undefined) out[k] = f[k];
    if (f.city !== undefined) out.cityCodes = await this.cityCodes(f.city);
    return out;
  }

  async participations(q: ParticipationQuery, page: PageRequest): Promise<Page<ParticipationRow>> {
    return pageParticipations(this, q, page);
  }

  async countParticipations(q: ParticipationQuery): Promise<number> {
    checkRange(q.meeting);
    const mf = await this.meetingParams({ ...q.meeting, ...(q.meetingId !== undefined ? { id: q.meetingId } : {}) });
    return this.read(
      async (tx) =>
        (await tx.run(cypher('read/count-participations'), { mf, personId: q.personId ?? null, roles: q.roles?.length ? q.roles : null })).records[0]?.get('n') as number,
    );
  }

  async titlesOf(personId: string, documents?: readonly string[]): Promise<Array<{ title: string; rank: number | null }>> {
    return this.read(async (tx) =>
      (await tx.run(cypher('read/titles-of'), { id: personId, documents: documents ? [...documents] : null })).records.map((r) => ({ title: r.get('title') as string, rank: r.get('rank') as number | null })),
    );
  }

  async coParticipants(personId: string, first: number): Promise<Array<{ personId: string; sharedMeetings: number }>> {
    return this.read(async (tx) =>
      (await tx.run(cypher('read/co-participants'), { id: personId, first: neo4j.int(first) })).records.map((r) => ({ personId: r.get('personId') as string, sharedMeetings: r.get('sharedMeetings') as number })),
    );
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    checkPage(q);
    if (!q.text.trim()) return [];
    const labels = (q.labels?.length ? q.labels : SEARCHABLE).filter((l) => SEARCHABLE.includes(l));
    const hits = await this.read(async (tx) => {
      const all: Array<SearchHit & { len: number }> = [];
      for (const label of labels) {
        const res = await tx.run(cypher('read/search', { LABEL: label }), { text: q.text, limit: neo4j.int(q.first) });
        for (const r of res.records) all.push({ node: { id: r.get('id') as string, label, props: nodeProps(r.get('props')) }, rank: r.get('rank') as number, len: r.get('len') as number });
      }
      return all;
    });
    hits.sort((a, b) => a.rank - b.rank || a.len - b.len || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
    return hits.slice(0, q.first).map(({ node, rank }) => ({ node, rank }));
  }

  async searchEvidence(q: { text: string; first: number }): Promise<GraphRel[]> {
    checkPage(q);
    if (!q.text.trim()) return [];
    const rels = await this.read(async (tx) => {
      const all: GraphRel[] = [];
      for (const t of REL_TYPES) {
        const res = await tx.run(cypher('read/search-evidence', { TYPE: t }), { text: q.text, limit: neo4j.int(q.first) });
        for (const r of res.records) all.push(toRel(r.get('from') as string, t, r.get('to') as string, r.get('props') as Record<string, unknown>));
      }
      return all;
    });
    const key = (r: GraphRel) => [r.document, r.from, r.type, r.to];
    rels.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
    return rels.slice(0, q.first);
  }

  async titleObservations(q: { city: string }): Promise<TitleObservation[]> {
    const codes = await this.cityCodes(q.city);
    return this.read(async (tx) => {
      const res = await tx.run(cypher('read/title-observations'), { city: q.city, codes });
      return res.records.map((r) => r.toObject() as unknown as TitleObservation);
    });
  }

  async *scanNodes(): AsyncIterable<GraphNode> {
    for (const label of LABELS_BY_ID_PREFIX) {
      let after = '';
      for (;;) {
        const rows = await this.read(async (tx) => (await tx.run(cypher('read/scan-nodes', { LABEL: label }), { after, limit: neo4j.int(SCAN_PAGE) })).records);
        for (const r of rows) yield { id: r.get('id') as string, label, props: nodeProps(r.get('props')) };
        if (rows.length < SCAN_PAGE) break;
        after = rows[rows.length - 1]!.get('id') as string;
      }
    }
  }

  /** Relationships in (from, type, to, document) order: the outgoing ones of each page of nodes, in node id order. */
  async *scanRels(): AsyncIterable<GraphRel> {
    let ids: string[] = [];
    const flush = async () => {
      const rels = [...(await this.relationshipsOf(ids, { direction: 'out' })).values()].flat().sort(compareRels);
      ids = [];
      return rels;
    };
    for await (const n of this.scanNodes()) {
      ids.push(n.id);
      if (ids.length >= REL_SCAN_IDS) yield* await flush();
    }
    if (ids.length) yield* await flush();
  }

  // ------------------------------------------------------------------ helpers

  private async cityCodes(ref: string): Promise<string[]> {
    return this.read(async (tx) => (await tx.run(cypher('read/city-codes'), { ref })).records.map((r) => r.get('code') as string));
  }

  private async matchingTitles(title: string): Promise<string[]> {
    const all = await this.read(async (tx) => (await tx.run(cypher('read/titles-ending-with'), { title })).records.map((r) => r.get('title') as string));
    return all.filter((t) => titleMatches(t, title));
  }

  /** Remove everything. Only for a database a test or benchmark owns (test/support/neo4j-test-db.ts checks). */
  async clearAll(): Promise<void> {
    // in chunks: one transaction for a large graph would exceed the server's transaction memory
    const session = this.driver.session({ database: this.database });
    try {
      await session.run('MATCH (n) WHERE NOT n:GovgraphTestDatabase CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  }

  /** Statements in one write transaction (benchmarks: the plain UNWIND … CREATE floor). */
  async runInOneTransaction(statements: Array<{ query: string; params: Record<string, unknown> }>): Promise<void> {
    await this.tx('WRITE', async (tx) => {
      for (const st of statements) await tx.run(st.query, st.params);
    });
  }

  /** A session on this store's database (test support: ownership checks). */
  session(): Session {
    return this.driver.session({ database: this.database });
  }

  async close(): Promise<void> {
    // a frozen server may never answer the goodbye: close within 2 s regardless
    await withDeadline(this.driver.close(), 2000, () => new Error('close')).catch(() => undefined);
  }
}

/** A promise that fails with make() when it has not settled within ms. */
export function withDeadline<T>(p: Promise<T>, ms: number, make: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(make()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function isConnectionLoss(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|socket hang up|Connection was closed/i.test((e as Error)?.message ?? '');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function groupByLabel(ids: string[]): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const l = labelOfId(id);
    if (l) push(out, l, id);
  }
  return out;
}

function scalarKeys(p: Props): string[] {
  return Object.keys(p).filter((k) => !Array.isArray(p[k]) && p[k] !== null);
}

/** A node's stored properties without the key and the internal ones (id, _search). */
function nodeProps(raw: unknown): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (k !== 'id' && !k.startsWith('_')) out[k] = v as Props[string];
  return out;
}

function toRel(from: string, type: GraphRelType, to: string, p: Record<string, unknown>): GraphRel {
  const rel: GraphRel = { type, from, to, document: String(p.document), evidence: String(p.evidence ?? ''), rule: String(p.rule ?? ''), confidence: Number(p.confidence ?? 0) };
  if (typeof p.evidenceOriginal === 'string') rel.evidenceOriginal = p.evidenceOriginal;
  const extra: Props = {};
  for (const [k, v] of Object.entries(p)) if (!CORE.has(k)) extra[k] = v as Props[string];
  if (Object.keys(extra).length) rel.props = extra;
  return rel;
}

