import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { GovgraphError, type GraphBatch, type GraphNode, type GraphRel, type GraphRelType, type NodeLabel, type Props } from '../../domain/graph.js';
import { checkListQuery, checkPage, checkRange, decodeCursor, keysetPage, orderOf, type ListQuery, type Page, type PageItem, type PageRequest, type ParticipationQuery, type ParticipationRow, type SearchHit, type SearchQuery } from '../../domain/queries.js';
import { titleMatches, type TitleObservation } from '../../domain/tenure.js';
import { canonicalStats, compareRels, upsertStatuses, type GraphStore, type RelEnd, type RelQuery, type RetractResult, type StoreStats, type UpsertOutcome } from '../graph-store.js';
import { dropNulls, mergeProps } from '../merge.js';
import { primaryText, searchText, SEARCHABLE } from '../node-text.js';
import { keyOf, pageParticipations } from '../participations.js';
import { PARTICIPATION_ROLES, participationsOf } from '../../domain/views.js';
import { importLegacyLog, LEGACY_LOG } from './legacy-import.js';
import { migrate, MIGRATIONS, schemaVersion, SCHEMA_VERSION } from './schema.js';
import { keyset, listBase, meetingWhere, PARTICIPATION_TYPES, type Param } from './sqlite-lists.js';

export const SQLITE_FILE = 'govgraph.sqlite';

export interface SqliteOpenOptions {
  /** write (default): create the store if missing, migrate, import a legacy log; read: the store must exist, nothing is written. */
  mode?: 'read' | 'write';
  /** How long to wait for another process's write lock (ms) before failing. */
  busyTimeoutMs?: number;
  /** Messages for the user (a legacy log imported …). */
  onNotice?: (message: string) => void;
}

interface NodeRow {
  id: string;
  label: NodeLabel;
  props: string;
}
interface RelRow {
  src: string;
  type: GraphRelType;
  dst: string;
  document: string;
  text: string;
  original: string | null;
  rule: string;
  confidence: number;
  props: string | null;
}

/** Relationships with their endpoints' and document's ids (rels hold node rids) and their sentence. */
const REL_SELECT = `SELECT a.id AS src, r.type, b.id AS dst, d.id AS document, s.text, s.original, r.rule, r.confidence, r.props
  FROM rels r JOIN nodes a ON a.rid = r.src JOIN nodes b ON b.rid = r.dst JOIN nodes d ON d.rid = r.doc JOIN sentences s ON s.sid = r.sid`;
const SCAN_PAGE = 2000;
/** Reads through a memory map of up to 1 GiB of the file (SQLite's own cap is 2 GiB). */
const MMAP_BYTES = 1 << 30;
/** SQLite's limit on bound parameters is 32766; batched reads stay well under it. */
const MAX_IDS = 900;

/**
 * The embedded store: SQLite through better-sqlite3, one file `govgraph.sqlite` under the data
 * directory. WAL (readers never wait for the writer, nor it for them), synchronous=FULL (a commit
 * survives power loss; ADR 006), one transaction per upsert call, busy_timeout so two writers take
 * turns instead of failing. Schema versioned by migrations (schema.ts).
 */
export class SqliteStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  readonly capabilities = { compact: true, schema: false, concurrentReaders: true };
  private readonly stmts: ReturnType<typeof prepare>;
  /** Statements built at run time (lists, searches), compiled once per text (a bounded cache). */
  private readonly cached = new Map<string, Database.Statement>();
  /** Readers' answers that only change when the data does (city codes), and the data version they hold for. */
  private readonly memo = new Map<string, string[]>();
  private memoVersion = -1;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    readonly label: string,
  ) {
    // the text full-text search reads of a node (node-text.ts), for confirming index candidates
    db.function('search_text', { deterministic: true }, (label: unknown, props: unknown) => searchText({ label: label as NodeLabel, props: JSON.parse(String(props)) as Props }));
    this.stmts = prepare(db);
  }

  /** A store in memory (tests, one-off runs): nothing touches the disk. */
  static memory(): SqliteStore {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    return new SqliteStore(db, ':memory:', 'sqlite :memory:');
  }

  /**
   * Open the store in a data directory (DIR/govgraph.sqlite). A log left by the previous version
   * (DIR/graph.jsonl) is imported first, once, into a new file renamed into place when complete.
   */
  static open(dir: string, opts: SqliteOpenOptions = {}): SqliteStore {
    const mode = opts.mode ?? 'write';
    const path = resolve(join(dir, SQLITE_FILE));
    if (!existsSync(path) && existsSync(join(dir, LEGACY_LOG))) {
      importLegacyLog(dir, path, (file) => SqliteStore.openFile(file, 'write', opts), opts.onNotice ?? (() => undefined));
    }
    if (mode === 'read' && !existsSync(path)) {
      throw new GovgraphError(
        'STORE_UNAVAILABLE',
        existsSync(dir) ? `no govgraph store in ${resolve(dir)} (${SQLITE_FILE} not found): ingest articles into it first` : `no such data directory: ${resolve(dir)} (ingest articles into it first, or give --data)`,
      );
    }
    if (mode === 'write') mkdirSync(dir, { recursive: true });
    return SqliteStore.openFile(path, mode, opts);
  }

  /** Open one database file: write mode creates and migrates it; read mode only reads it. */
  static openFile(path: string, mode: 'read' | 'write', opts: SqliteOpenOptions = {}): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: mode === 'read', fileMustExist: mode === 'read' });
    } catch (e) {
      throw new GovgraphError('STORE_UNAVAILABLE', `cannot open ${path}: ${(e as Error).message}`);
    }
    try {
      db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 60_000}`);
      if (mode === 'write') {
        // 8 KiB pages (set before the first table; an existing file keeps its own): fewer,
        // fuller B-tree pages for rows of JSON and sentences (ADR 006)
        db.pragma('page_size = 8192');
        enterWal(db, opts.busyTimeoutMs ?? 60_000);
        // FULL: a committed batch survives power loss, not only a crash (ADR 006)
        db.pragma('synchronous = FULL');
        // a writer's working set (the id index above all) stays in memory; checkpoints every 64 MiB of WAL
        db.pragma('cache_size = -131072');
        db.pragma('wal_autocheckpoint = 8192');
        const from = schemaVersion(db);
        if (from > 0 && from < SCHEMA_VERSION) {
          const steps = MIGRATIONS.filter((m) => m.version > from).map((m) => `${m.version}: ${m.description}`);
          opts.onNotice?.(`upgrading ${path} from schema ${from} to ${SCHEMA_VERSION} (${steps.join('; ')}): a large store takes a while, once`);
        }
        migrate(db, path);
      } else {
        const v = schemaVersion(db);
        if (v !== SCHEMA_VERSION) {
          throw new GovgraphError(
            'STORE_UNAVAILABLE',
            v > SCHEMA_VERSION ? `${path} was written by a newer govgraph (schema ${v}): upgrade govgraph` : `${path} has schema ${v}: run 'govgraph migrate' on it (or any ingest) to bring it to ${SCHEMA_VERSION}`,
          );
        }
      }
      db.pragma('temp_store = MEMORY');
      // a reader (govgraph serve above all) keeps its working set in 64 MiB of cache and reads the
      // file through a memory map (no copy per page read); ADR 006
      if (mode === 'read') db.pragma('cache_size = -65536');
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
    } catch (e) {
      db.close();
      if (mode === 'read' && isReadOnlyWal(e) && !writable(dirname(path))) return SqliteStore.openCopy(path, opts);
      throw storeError(e, path);
    }
    return new SqliteStore(db, path, `sqlite ${path}`);
  }

  /**
   * A store in a directory this process cannot write, closed by its last writer: SQLite's WAL
   * cannot create its shared-memory file beside it, so a private copy is read instead. No writer
   * can be at work there (a writer needs the directory), so the copy is the whole store.
   */
  private static openCopy(path: string, opts: SqliteOpenOptions): SqliteStore {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-readonly-'));
    const copy = join(dir, SQLITE_FILE);
    copyFileSync(path, copy);
    opts.onNotice?.(`${dirname(path)} is read-only here: reading a copy of the store`);
    const inner = SqliteStore.openFile(copy, 'read', { ...opts, onNotice: undefined });
    const store = new SqliteStore(inner.db, path, `sqlite ${path} (a read-only copy)`);
    store.cleanup = () => rmSync(dir, { recursive: true, force: true });
    return store;
  }

  // ------------------------------------------------------------------ writes

  async upsert(batches: GraphBatch[]): Promise<UpsertOutcome> {
    return this.guard(() => this.upsertSync(batches));
  }

  /**
   * The write, synchronous: one IMMEDIATE transaction (it takes the write lock first, waiting up to
   * busy_timeout for another writer). Like the Neo4j adapter's UNWIND: the new documents' nodes
   * are merged here first (merge.ts, in document order), then written with a few bulk statements
   * over JSON arrays, rather than a statement per node and per relationship.
   */
  upsertSync(batches: GraphBatch[]): UpsertOutcome {
    let fresh: GraphBatch[] = [];
    let nodesAdded = 0;
    let relsAdded = 0;
    if (batches.length) {
      this.db
        .transaction(() => {
          fresh = this.newDocuments(batches);
          if (!fresh.length) return;
          const rids = this.writeNodes(fresh);
          nodesAdded = rids.inserted;
          relsAdded = this.writeRels(fresh, rids.of);
        })
        .immediate();
    }
    return { documents: upsertStatuses(batches, new Set(fresh.map((b) => b.document.id))), nodesAdded, relsAdded };
  }

  /** The batches whose document is not stored yet, each once. */
  private newDocuments(batches: GraphBatch[]): GraphBatch[] {
    const ids = [...new Set(batches.map((b) => b.document.id))];
    const stored = new Set(this.stmts.existingIds.all(JSON.stringify(ids)) as string[]);
    const out: GraphBatch[] = [];
    for (const b of batches) {
      if (stored.has(b.document.id)) continue;
      stored.add(b.document.id);
      out.push(b);
    }
    return out;
  }

  /** Nodes of new documents: merged among themselves, then inserted or merged into the stored ones. */
  private writeNodes(fresh: GraphBatch[]): { inserted: number; of: Map<string, number> } {
    const nodes = new Map<string, GraphNode>();
    for (const b of fresh) {
      nodes.set(b.document.id, b.document);
      for (const n of b.nodes) {
        const cur = nodes.get(n.id);
        nodes.set(n.id, cur ? { id: n.id, label: n.label, props: mergeProps(n.label, cur.props, n.props) } : n);
      }
    }
    const of = new Map<string, number>();
    const stored = new Map<string, { rid: number; props: string }>();
    // the documents are new (newDocuments): only the other nodes may be stored already
    const docs = new Set(fresh.map((b) => b.document.id));
    const ids = [...nodes.keys()].filter((id) => !docs.has(id));
    for (const r of this.stmts.nodeRows.all(JSON.stringify(ids)) as Array<{ rid: number; id: string; props: string }>) stored.set(r.id, r);
    let next = (this.stmts.maxNodeRid.get() as number) + 1;
    const added = new Map<string, number>();
    const st = this.stmts;
    for (const n of nodes.values()) {
      const cur = stored.get(n.id);
      if (!cur) {
        const props = dropNulls(n.props);
        const rid = next++;
        of.set(n.id, rid);
        const c = columns(n.label, props);
        st.insertNode.run(rid, n.id, n.label, JSON.stringify(props), c[0], c[1], c[2], c[3], c[4], c[5]);
        st.insertNodeText.run(rid, searchText({ label: n.label, props }));
        added.set(n.label, (added.get(n.label) ?? 0) + 1);
        continue;
      }
      of.set(n.id, cur.rid);
      const before = JSON.parse(cur.props) as Props;
      const merged = mergeProps(n.label, before, n.props);
      if (merged === before) continue; // nothing new
      const c = columns(n.label, merged);
      st.updateNode.run(JSON.stringify(merged), c[0], c[1], c[2], c[3], c[4], c[5], cur.rid);
      const text = searchText({ label: n.label, props: merged });
      const indexed = searchText({ label: n.label, props: before });
      if (text !== indexed) {
        st.deleteNodeText.run(cur.rid, indexed);
        st.insertNodeText.run(cur.rid, text);
      }
    }
    let inserted = 0;
    for (const [label, n] of added) {
      st.addCount.run('node', label, n);
      inserted += n;
    }
    return { inserted, of };
  }

  /** Relationships of new documents, with their sentences (once per document); endpoints by rid. */
  private writeRels(fresh: GraphBatch[], of: Map<string, number>): number {
    // endpoints outside the batch (a node another document wrote): looked up together
    const missing = new Set<string>();
    for (const b of fresh) for (const r of b.rels) for (const id of [r.from, r.to, r.document]) if (!of.has(id)) missing.add(id);
    if (missing.size) for (const r of this.stmts.nodeRows.all(JSON.stringify([...missing])) as Array<{ rid: number; id: string }>) of.set(r.id, r.rid);
    let sid = (this.stmts.maxSentenceId.get() as number) + 1;
    const firstOfCall = sid;
    const st = this.stmts;
    let added = 0;
    const byType = new Map<string, number>();
    for (const b of fresh) {
      const sids = new Map<string, number>();
      const keys: Array<[number, string, number]> = [];
      const firstSid = sid;
      for (const r of b.rels) {
        const from = of.get(r.from);
        const to = of.get(r.to);
        const doc = of.get(r.document);
        if (from === undefined || to === undefined || doc === undefined) continue;
        // one row per sentence as given (normalised text and, when it differs, the original)
        const sk = r.evidenceOriginal === undefined ? r.evidence : `${r.evidence}\u0000${r.evidenceOriginal}`;
        let s = sids.get(sk);
        if (s === undefined) {
          s = sid++;
          sids.set(sk, s);
          st.insertSentence.run(s, doc, r.evidence, r.evidenceOriginal ?? null);
        }
        const props = r.props ? dropNulls(r.props) : null;
        // the key (from, type, to, document) is the primary key: a repeat within a batch is ignored
        const n = st.insertRel.run(from, r.type, to, doc, s, r.rule, r.confidence, props && Object.keys(props).length ? JSON.stringify(props) : null).changes;
        if (n) {
          added += n;
          byType.set(r.type, (byType.get(r.type) ?? 0) + n);
          keys.push([from, r.type, to]);
        }
      }
      const docRid = of.get(b.document.id);
      if (docRid !== undefined) st.insertDocIndex.run(docRid, JSON.stringify(keys), sid > firstSid ? firstSid : null, sid > firstSid ? sid - 1 : null);
    }
    for (const [type, n] of byType) st.addCount.run('rel', type, n);
    // the new sentences' full text in one statement, read back from the table (no second copy of each text crosses from JS)
    if (sid > firstOfCall) st.indexSentences.run(firstOfCall, sid - 1);
    return added;
  }

  async retract(documentId: string): Promise<RetractResult | null> {
    return this.retractSync(documentId);
  }

  retractSync(documentId: string): RetractResult | null {
    return this.guard(() =>
      this.db
        .transaction((): RetractResult | null => {
          const doc = this.stmts.documentRid.get(documentId) as number | undefined;
          if (doc === undefined) return null;
          const index = this.stmts.docIndex.get(doc) as { rels: string; sid_from: number | null; sid_to: number | null } | undefined;
          const keys = index ? (JSON.parse(index.rels) as Array<[number, string, number]>) : [];
          const touched = new Set<number>([doc]);
          const byType = new Map<string, number>();
          let relsRemoved = 0;
          for (const [src, type, dst] of keys) {
            const n = this.stmts.deleteRel.run(src, type, dst, doc).changes;
            relsRemoved += n;
            byType.set(type, (byType.get(type) ?? 0) + n);
            touched.add(src);
            touched.add(dst);
          }
          for (const [type, n] of byType) this.stmts.addCount.run('rel', type, -n);
          if (index?.sid_from != null && index.sid_to != null) {
            this.stmts.deleteSentenceTexts.run(index.sid_from, index.sid_to);
            this.stmts.deleteSentences.run(index.sid_from, index.sid_to);
          }
          this.stmts.deleteDocIndex.run(doc);
          let nodesRemoved = 0;
          for (const rid of touched) {
            if (this.stmts.hasRel.get(rid, rid)) continue;
            const node = this.stmts.nodeOfRid.get(rid) as { label: NodeLabel; props: string } | undefined;
            if (node === undefined) continue;
            const label = node.label;
            this.stmts.deleteNodeText.run(rid, searchText({ label, props: JSON.parse(node.props) as Props }));
            nodesRemoved += this.stmts.deleteNode.run(rid).changes;
            this.stmts.addCount.run('node', label, -1);
          }
          return { document: documentId, relsRemoved, nodesRemoved };
        })
        .immediate(),
    );
  }

  async applySchema(): Promise<string[]> {
    return []; // the schema is created and migrated on open
  }

  /** VACUUM: rewrite the file without the space removed data left behind. */
  async compact(): Promise<{ before: number; after: number } | null> {
    if (this.path === ':memory:') return null;
    return this.guard(() => {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = statSync(this.path).size;
      this.db.exec('VACUUM');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      return { before, after: statSync(this.path).size };
    });
  }

  // ------------------------------------------------------------------ reads

  async hasDocument(id: string): Promise<boolean> {
    return Boolean(this.stmts.documentExists.get(id));
  }

  async documentIds(): Promise<string[]> {
    return (this.stmts.documentIds.all() as Array<{ id: string }>).map((r) => r.id);
  }

  async stats(): Promise<StoreStats> {
    return this.guard(() => {
      const rows = this.stmts.counts.all() as Array<{ kind: string; key: string; n: number }>;
      const of = (kind: string) => Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.key, r.n]));
      return canonicalStats(of('node'), of('rel'));
    });
  }

  async getNode(id: string): Promise<GraphNode | null> {
    const r = this.stmts.node.get(id) as NodeRow | undefined;
    return r ? toNode(r) : null;
  }

  async getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const out = new Map<string, GraphNode>();
    for (const chunk of chunks([...new Set(ids)], MAX_IDS)) {
      const rows = this.prepared('SELECT id, label, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(chunk)) as NodeRow[];
      for (const r of rows) out.set(r.id, toNode(r));
    }
    return out;
  }

  async relationships(id: string, q: RelQuery = {}): Promise<GraphRel[]> {
    return (await this.relationshipsOf([id], q)).get(id) ?? [];
  }

  async relationshipsOf(ids: readonly string[], q: RelQuery = {}): Promise<Map<string, GraphRel[]>> {
    const others = q.others ? JSON.stringify(this.ridsOf([...q.others])) : null;
    return this.atNodes(ids, q, (side, rids, types) => {
      const otherSide = side === 'src' ? 'dst' : 'src';
      const rows = this.prepared(`${REL_SELECT} WHERE r.${side} IN (SELECT value FROM json_each(?))${types}${others ? ` AND r.${otherSide} IN (SELECT value FROM json_each(?))` : ''}`).all(
        rids,
        ...(q.types ?? []),
        ...(others ? [others] : []),
      ) as RelRow[];
      return rows.map(toRel);
    });
  }

  async neighbours(ids: readonly string[], q: RelQuery = {}): Promise<Map<string, RelEnd[]>> {
    return this.atNodes(ids, q, (side, rids, types) => {
      const rows = this.prepared(
        `SELECT a.id AS src, r.type, b.id AS dst, d.id AS document, r.props FROM rels r JOIN nodes a ON a.rid = r.src JOIN nodes b ON b.rid = r.dst JOIN nodes d ON d.rid = r.doc WHERE r.${side} IN (SELECT value FROM json_each(?))${types}`,
      ).all(rids, ...(q.types ?? [])) as Array<{ src: string; type: GraphRelType; dst: string; document: string; props: string | null }>;
      return rows.map((row) => ({ type: row.type, from: row.src, to: row.dst, document: row.document, ...(row.props ? { props: JSON.parse(row.props) as Props } : {}) }));
    });
  }

  /**
   * Relationships at some nodes, each node's own sorted: `read` gives those whose `side` (src:
   * out, dst: in) is one of the rids (a JSON array) and whose type passes the `types` clause;
   * asked in chunks, for each direction the query wants; a relationship from a node to itself is
   * listed once.
   */
  private atNodes<T extends RelEnd>(ids: readonly string[], q: RelQuery, read: (side: 'src' | 'dst', rids: string, types: string) => T[]): Map<string, T[]> {
    const uniq = [...new Set(ids)];
    const out = new Map<string, T[]>(uniq.map((id) => [id, []]));
    const dir = q.direction ?? 'both';
    const types = q.types?.length ? ` AND r.type IN (${q.types.map(() => '?').join(',')})` : '';
    const sides: Array<'src' | 'dst'> = dir === 'out' ? ['src'] : dir === 'in' ? ['dst'] : ['src', 'dst'];
    for (const chunk of chunks(uniq, MAX_IDS)) {
      const rids = this.ridsOf(chunk);
      if (!rids.length) continue;
      for (const side of sides) {
        for (const rel of read(side, JSON.stringify(rids), types)) {
          if (side === 'dst' && dir === 'both' && rel.from === rel.to) continue;
          out.get(side === 'src' ? rel.from : rel.to)?.push(rel);
        }
      }
    }
    for (const rels of out.values()) rels.sort(compareRels);
    return out;
  }

  async list(q: ListQuery, page: PageRequest): Promise<Page<PageItem>> {
    checkPage(page);
    checkListQuery(q);
    const order = orderOf(q);
    const after = decodeCursor(page.after, 2);
    const base = listBase(q, (c) => this.cityCodes(c), (t) => this.matchingTitles(t));
    const ks = keyset(order, after);
    const sql = `SELECT id, label, props, c, k FROM (${base.sql})${ks.where.sql ? ` WHERE ${ks.where.sql}` : ''} ${ks.orderBy} LIMIT ?`;
    const rows = this.prepared(sql).all(...base.params, ...ks.where.params, page.first + 1) as Array<NodeRow & { c: number | null; k: Param }>;
    return keysetPage(rows, page.first, (r) => ({ node: toNode(r), ...(r.c !== null ? { count: r.c } : {}) }), (r) => [r.k, r.id]);
  }

  async count(q: ListQuery): Promise<number> {
    checkListQuery(q);
    const base = listBase({ ...q, orderBy: undefined } as ListQuery, (c) => this.cityCodes(c), (t) => this.matchingTitles(t));
    return (this.prepared(`SELECT count(*) AS n FROM (${base.sql})`).get(...base.params) as { n: number }).n;
  }

  async participations(q: ParticipationQuery, page: PageRequest): Promise<Page<ParticipationRow>> {
    if (q.personId !== undefined) return this.personParticipations(q.personId, q, page);
    return pageParticipations(this, q, page);
  }

  /**
   * One person's attendance rows in one statement driven by their own relationships (the primary
   * key starts with src): the page's (meeting, role) pairs in order, then the evidence of just
   * those. The same rows, order and cursors as pageParticipations.
   */
  private async personParticipations(personId: string, q: ParticipationQuery, page: PageRequest): Promise<Page<ParticipationRow>> {
    checkPage(page);
    checkRange(q.meeting);
    const after = decodeCursor(page.after, 4) as [string, string, number, string] | null;
    const roles = [...(q.roles?.length ? q.roles : PARTICIPATION_ROLES)];
    const mf = meetingWhere('m', { ...q.meeting, ...(q.meetingId !== undefined ? { id: q.meetingId } : {}) }, (c) => this.cityCodes(c));
    const rank = `CASE r.type WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END`;
    const rows = this.prepared(
      `SELECT DISTINCT m.id AS mid, m.date AS date, r.type AS type, coalesce(m.date, '') AS k, ${rank} AS rk
       FROM rels r JOIN nodes m ON m.rid = r.dst
       WHERE r.src = (SELECT rid FROM nodes WHERE id = ?) AND r.type IN (${roles.map(() => '?').join(',')}) AND m.label = 'Meeting'${mf.sql ? ` AND ${mf.sql}` : ''}${after ? ' AND (k, mid, rk) > (?, ?, ?)' : ''}
       ORDER BY k, mid, rk LIMIT ?`,
    ).all(personId, ...roles, ...mf.params, ...(after ? [after[0], after[1], after[2]] : []), page.first + 1) as Array<{ mid: string; date: string | null; type: ParticipationRow['role'] }>;
    const rels = rows.length && q.withEvidence !== false ? ((await this.relationshipsOf([personId], { direction: 'out', types: roles, others: [...new Set(rows.map((r) => r.mid))] })).get(personId) ?? []) : [];
    const evidence = new Map(participationsOf(rels).map((p) => [`${p.meetingId}\u0001${p.role}`, p.evidence]));
    const out: ParticipationRow[] = rows.map((r) => ({ personId, meetingId: r.mid, role: r.type, date: r.date, evidence: evidence.get(`${r.mid}\u0001${r.type}`) ?? [] }));
    return keysetPage(out, page.first, (x) => x, keyOf);
  }

  async countParticipations(q: ParticipationQuery): Promise<number> {
    checkRange(q.meeting);
    const mf = meetingWhere('m', q.meeting, (c) => this.cityCodes(c));
    const roles = q.roles?.length ? q.roles : null;
    const sql = `SELECT count(*) AS n FROM (SELECT DISTINCT r.src, r.type, r.dst FROM nodes m JOIN rels r ON r.dst = m.rid AND r.type IN ${PARTICIPATION_TYPES}
      WHERE m.label = 'Meeting'${mf.sql ? ` AND ${mf.sql}` : ''}
      ${q.meetingId !== undefined ? 'AND m.id = ?' : ''} ${q.personId !== undefined ? 'AND r.src = (SELECT rid FROM nodes WHERE id = ?)' : ''}
      ${roles ? `AND r.type IN (${roles.map(() => '?').join(',')})` : ''})`;
    const params: Param[] = [...mf.params, ...(q.meetingId !== undefined ? [q.meetingId] : []), ...(q.personId !== undefined ? [q.personId] : []), ...(roles ?? [])];
    return (this.prepared(sql).get(...params) as { n: number }).n;
  }

  async coParticipants(personId: string, first: number): Promise<Array<{ personId: string; sharedMeetings: number }>> {
    // the person's meetings (their own relationships: the primary key starts with src), then each
    // meeting's participants (rels_dst), counted in SQLite. `+r.type`: one index seek per meeting
    // (its incoming relationships are nearly all participations), not one per type
    return this.prepared(
      `WITH mine AS (SELECT DISTINCT dst FROM rels WHERE src = (SELECT rid FROM nodes WHERE id = ?) AND type IN ${PARTICIPATION_TYPES}),
        shared AS (SELECT r.src AS who, count(DISTINCT r.dst) AS n FROM mine JOIN rels r ON r.dst = mine.dst AND +r.type IN ${PARTICIPATION_TYPES}
          WHERE r.src <> (SELECT rid FROM nodes WHERE id = ?) GROUP BY r.src)
      SELECT o.id AS personId, shared.n AS sharedMeetings FROM shared JOIN nodes o ON o.rid = shared.who ORDER BY shared.n DESC, o.id LIMIT ?`,
    ).all(personId, personId, first) as Array<{ personId: string; sharedMeetings: number }>;
  }

  async titlesOf(personId: string, documents?: readonly string[]): Promise<Array<{ title: string; rank: number | null }>> {
    const inDocs = documents ? ' AND r.doc IN (SELECT rid FROM nodes WHERE id IN (SELECT value FROM json_each(?)))' : '';
    return this.prepared(
      `SELECT title, CASE WHEN count(rank) = count(*) THEN avg(rank) END AS rank FROM (
         SELECT coalesce(json_extract(b.props, '$.title'), json_extract(r.props, '$.title')) AS title, json_extract(r.props, '$.rank') AS rank
         FROM rels r JOIN nodes b ON b.rid = r.dst
         WHERE r.src = (SELECT rid FROM nodes WHERE id = ?) AND r.type = 'HELD'${inDocs})
       WHERE title IS NOT NULL AND title <> '' GROUP BY title ORDER BY rank IS NULL, rank, title`,
    ).all(personId, ...(documents ? [JSON.stringify(documents)] : [])) as Array<{ title: string; rank: number | null }>;
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    checkPage(q);
    const text = q.text;
    if (!text.trim()) return [];
    const labels = (q.labels?.length ? q.labels : SEARCHABLE).filter((l) => SEARCHABLE.includes(l));
    if (!labels.length) return [];
    const len = [...text].length;
    // 3+ characters: candidates through the trigram index (every trigram present); shorter: every
    // node of the labels. Either way search_text() (the same text the index was given) confirms.
    const from = len >= 3 ? `(SELECT rowid AS rid FROM node_text WHERE node_text MATCH ?) t JOIN nodes n ON n.rid = t.rid` : 'nodes n';
    const sql = `SELECT n.id, n.label, n.props,
        CASE WHEN n.name = ? THEN 0 WHEN substr(n.name, 1, ?) = ? THEN 1 WHEN instr(n.name, ?) > 0 THEN 2 ELSE 3 END AS rank,
        length(coalesce(n.name, '')) AS len
      FROM ${from}
      WHERE n.label IN (${labels.map(() => '?').join(',')}) AND instr(search_text(n.label, n.props), ?) > 0
      ORDER BY rank, len, n.id LIMIT ?`;
    const params: Param[] = [text, len, text, text, ...(len >= 3 ? [trigramQuery(text)] : []), ...labels, text, q.first];
    const rows = this.prepared(sql).all(...params) as Array<NodeRow & { rank: number }>;
    return rows.map((r) => ({ node: toNode(r), rank: r.rank }));
  }

  async searchEvidence(q: { text: string; first: number }): Promise<GraphRel[]> {
    checkPage(q);
    if (!q.text.trim()) return [];
    const len = [...q.text].length;
    const candidates = len >= 3 ? `SELECT rowid FROM sentence_text WHERE sentence_text MATCH ?` : 'SELECT sid FROM sentences';
    const sql = `${REL_SELECT} WHERE r.sid IN (${candidates}) AND instr(s.text, ?) > 0
      ORDER BY d.id, a.id, r.type, b.id LIMIT ?`;
    const rows = this.prepared(sql).all(...(len >= 3 ? [trigramQuery(q.text)] : []), q.text, q.first) as RelRow[];
    return rows.map(toRel);
  }

  async titleObservations(q: { city: string }): Promise<TitleObservation[]> {
    const codes = this.cityCodes(q.city);
    const sql = `SELECT p.id AS personId, json_extract(p.props, '$.name') AS name, pos.id AS positionId, pos.name AS title,
        json_extract(pos.props, '$.city') AS city, pos.city_code AS cityCode, json_extract(h.props, '$.asOf') AS asOf, d.id AS document
      FROM rels h JOIN nodes p ON p.rid = h.src JOIN nodes pos ON pos.rid = h.dst JOIN nodes d ON d.rid = h.doc
      WHERE h.type = 'HELD' AND (json_extract(pos.props, '$.city') = ?${codes.length ? ` OR pos.city_code IN (${codes.map(() => '?').join(',')})` : ''})
      ORDER BY d.id, p.id, pos.id`;
    return this.prepared(sql).all(q.city, ...codes) as TitleObservation[];
  }

  async *scanNodes(): AsyncIterable<GraphNode> {
    let after = '';
    for (;;) {
      const rows = this.stmts.scanNodes.all(after, SCAN_PAGE) as NodeRow[];
      for (const r of rows) yield toNode(r);
      if (rows.length < SCAN_PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Relationships in (from, type, to, document) order: the outgoing ones of each page of nodes, in node id order. */
  async *scanRels(): AsyncIterable<GraphRel> {
    let after = '';
    for (;;) {
      const page = this.stmts.scanNodeRids.all(after, SCAN_PAGE) as Array<{ rid: number; id: string }>;
      if (!page.length) return;
      const rows = this.prepared(`${REL_SELECT} WHERE r.src IN (SELECT value FROM json_each(?))`).all(JSON.stringify(page.map((n) => n.rid))) as RelRow[];
      yield* rows.map(toRel).sort(compareRels);
      if (page.length < SCAN_PAGE) return;
      after = page[page.length - 1]!.id;
    }
  }

  async close(): Promise<void> {
    this.closeSync();
  }

  closeSync(): void {
    if (this.db.open) {
      // statistics for the query planner, refreshed where the data changed enough (cheap otherwise)
      if (!this.db.readonly) {
        try {
          this.db.pragma('optimize');
        } catch {
          /* a full disk or a lock: the statistics can wait for the next writer */
        }
      }
      this.db.close();
    }
    this.cleanup?.();
  }

  /** Removes a private copy when the store is closed (openCopy). */
  private cleanup: (() => void) | null = null;

  // ------------------------------------------------------------------ helpers

  /** A statement for SQL built at run time, compiled once (SQLite compiles in tens of microseconds, a query here runs in less). */
  private prepared(sql: string): Database.Statement {
    let s = this.cached.get(sql);
    if (!s) {
      if (this.cached.size >= 256) this.cached.delete(this.cached.keys().next().value!);
      s = this.db.prepare(sql);
      this.cached.set(sql, s);
    }
    return s;
  }

  /** The codes of every City a reader's name for a city names (short name, full name or code), remembered while the data stays the same. */
  private cityCodes(ref: string): string[] {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    let codes = this.memo.get(ref);
    if (!codes) {
      codes = (this.stmts.cityCodes.all(ref, ref, ref) as Array<{ c: string }>).map((r) => r.c);
      this.memo.set(ref, codes);
    }
    return codes;
  }

  private ridsOf(ids: string[]): number[] {
    return this.prepared('SELECT rid FROM nodes WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[];
  }

  /** Stored position titles that answer a question about a title (tenure.ts: titleMatches). */
  private matchingTitles(title: string): string[] {
    const candidates = (this.stmts.titlesEndingWith.all({ t: title }) as Array<{ t: string }>).map((r) => r.t);
    return candidates.filter((t) => titleMatches(t, title));
  }

  /** SQLite errors as store errors: a full disk, a locked or damaged file, said plainly. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (e) {
      throw storeError(e, this.path);
    }
  }
}

/**
 * WAL mode (persistent: a store already in it is left alone). Switching a new file needs it alone
 * for a moment, and SQLite answers SQLITE_BUSY at once — without its busy handler — while another
 * process is setting up the same new file (two ingests into one new data directory): retried here
 * until `timeoutMs`.
 */
function enterWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw e;
      Atomics.wait(pause, 0, 0, wait);
    }
  }
}

function prepare(db: Database.Database) {
  return {
    documentExists: db.prepare(`SELECT 1 FROM nodes WHERE id = ? AND label = 'Document'`).pluck(),
    node: db.prepare('SELECT id, label, props FROM nodes WHERE id = ?'),
    deleteNode: db.prepare('DELETE FROM nodes WHERE rid = ?'),
    // a contentless index forgets a row by the FTS5 'delete' command given the text it indexed (schema v2)
    deleteNodeText: db.prepare(`INSERT INTO node_text (node_text, rowid, text) VALUES ('delete', ?, ?)`),
    documentRid: db.prepare(`SELECT rid FROM nodes WHERE id = ? AND label = 'Document'`).pluck(),
    // bulk statements: one JSON array of rows each (json_each), written in one call
    existingIds: db.prepare('SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    nodeRows: db.prepare('SELECT rid, id, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))'),
    maxNodeRid: db.prepare('SELECT coalesce(max(rid), 0) FROM nodes').pluck(),
    maxSentenceId: db.prepare('SELECT coalesce(max(sid), 0) FROM sentences').pluck(),
    insertNode: db.prepare('INSERT INTO nodes (rid, id, label, props, name, city_code, kind, date, year, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertNodeText: db.prepare('INSERT INTO node_text (rowid, text) VALUES (?, ?)'),
    updateNode: db.prepare('UPDATE nodes SET props = ?, name = ?, city_code = ?, kind = ?, date = ?, year = ?, status = ? WHERE rid = ?'),
    insertSentence: db.prepare('INSERT INTO sentences (sid, doc, text, original) VALUES (?, ?, ?, ?)'),
    indexSentences: db.prepare('INSERT INTO sentence_text (rowid, text) SELECT sid, text FROM sentences WHERE sid BETWEEN ? AND ?'),
    insertRel: db.prepare('INSERT OR IGNORE INTO rels (src, type, dst, doc, sid, rule, confidence, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insertDocIndex: db.prepare('INSERT INTO doc_index (doc, rels, sid_from, sid_to) VALUES (?, ?, ?, ?)'),
    docIndex: db.prepare('SELECT rels, sid_from, sid_to FROM doc_index WHERE doc = ?'),
    deleteDocIndex: db.prepare('DELETE FROM doc_index WHERE doc = ?'),
    deleteRel: db.prepare('DELETE FROM rels WHERE src = ? AND type = ? AND dst = ? AND doc = ?'),
    deleteSentenceTexts: db.prepare(`INSERT INTO sentence_text (sentence_text, rowid, text) SELECT 'delete', sid, text FROM sentences WHERE sid BETWEEN ? AND ?`),
    deleteSentences: db.prepare('DELETE FROM sentences WHERE sid BETWEEN ? AND ?'),
    hasRel: db.prepare('SELECT EXISTS (SELECT 1 FROM rels WHERE src = ?) OR EXISTS (SELECT 1 FROM rels WHERE dst = ?)').pluck(),
    documentIds: db.prepare(`SELECT id FROM nodes WHERE label = 'Document' ORDER BY id`),
    counts: db.prepare('SELECT kind, key, n FROM counts'),
    addCount: db.prepare('INSERT INTO counts (kind, key, n) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET n = n + excluded.n'),
    nodeOfRid: db.prepare('SELECT label, props FROM nodes WHERE rid = ?'),
    cityCodes: db.prepare(`SELECT DISTINCT city_code AS c FROM nodes WHERE label = 'City' AND city_code IS NOT NULL AND (name = ? OR json_extract(props, '$.fullName') = ? OR city_code = ?) ORDER BY c`),
    titlesEndingWith: db.prepare(`SELECT DISTINCT name AS t FROM nodes WHERE label = 'Position' AND substr(name, -length(@t)) = @t`),
    scanNodes: db.prepare('SELECT id, label, props FROM nodes WHERE id > ? ORDER BY id LIMIT ?'),
    scanNodeRids: db.prepare('SELECT rid, id FROM nodes WHERE id > ? ORDER BY id LIMIT ?'),
  };
}

/** The columns readers filter and sort on, from a node's properties (schema.ts). */
function columns(label: NodeLabel, p: Props): [string | null, string | null, string | null, string | null, number | null, string | null] {
  const s = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const cityCode = label === 'City' ? s('adminCode') : s('cityCode');
  const date = label === 'Document' ? s('publishedAt') : label === 'Meeting' ? s('date') : null;
  const year = typeof p.year === 'number' ? p.year : null;
  return [primaryText(label, p), cityCode, s('kind'), date, year, s('status')];
}

function toNode(r: NodeRow): GraphNode {
  return { id: r.id, label: r.label, props: JSON.parse(r.props) as Props };
}

function toRel(r: RelRow): GraphRel {
  const rel: GraphRel = { type: r.type, from: r.src, to: r.dst, document: r.document, evidence: r.text, rule: r.rule, confidence: r.confidence };
  if (r.original !== null) rel.evidenceOriginal = r.original;
  if (r.props) rel.props = JSON.parse(r.props) as Props;
  return rel;
}

/** An FTS5 query that every trigram of the text be present (detail=none has no phrases; instr() confirms the order). */
function trigramQuery(text: string): string {
  const chars = [...text];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams].map((g) => `"${g.replace(/"/g, '""')}"`).join(' AND ');
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}


function isReadOnlyWal(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN');
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An SQLite failure as a store error the user can act on. */
export function storeError(e: unknown, path: string): Error {
  if (e instanceof GovgraphError) return e;
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message;
  if (code === 'SQLITE_FULL') return new GovgraphError('STORE_UNAVAILABLE', `the disk holding ${path} is full: nothing of the failed batch was written; free space and run the ingest again`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new GovgraphError('STORE_UNAVAILABLE', `${path} stayed locked by another process: ${msg}`);
  if (code === 'SQLITE_READONLY') return new GovgraphError('STORE_UNAVAILABLE', `${path} is read-only here: ${msg}`);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new GovgraphError('STORE_CORRUPT', `${path} is damaged: ${msg}`);
  if (code.startsWith('SQLITE_IOERR')) return new GovgraphError('STORE_UNAVAILABLE', `cannot write ${path} (${code}): ${msg}`);
  return e as Error;
}

