import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GovgraphError, relKey, type GraphBatch, type GraphNode, type GraphRel, type NodeLabel } from '../domain/graph.js';
import type { GraphStore, RetractResult, StoreStats, TitleObservation, UpsertOutcome } from './graph-store.js';
import { dropNulls, mergeProps } from './merge.js';

type LogEntry = { op: 'upsert'; batch: GraphBatch } | { op: 'retract'; document: string };

const LOG = 'graph.jsonl';
const LOCK = 'LOCK';
const HEADER = JSON.stringify({ govgraph: 'memory-store', version: 1 });

/**
 * The embedded store: the graph in memory, made durable by an append-only log under `dir`.
 * Each line is one whole operation (a document's batch, or a retraction), appended and fsynced
 * before it is applied, so a crash (even kill -9) leaves every committed document and at most a
 * torn last line, which the next open drops. Opening replays the log.
 */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private nodes = new Map<string, GraphNode>();
  private rels = new Map<string, GraphRel>();
  private relsByDoc = new Map<string, Set<string>>();
  private relsByNode = new Map<string, Set<string>>();
  private docs = new Map<string, GraphNode>();
  private fd: number | null = null;
  private lockPath: string | null = null;

  private constructor(private readonly dir: string | null) {}

  /** An in-memory store with no files (tests, one-off runs). */
  static ephemeral(): MemoryStore {
    return new MemoryStore(null);
  }

  /** Open (or create) the store in `dir`, replaying its log. */
  static open(dir: string): MemoryStore {
    const s = new MemoryStore(dir);
    mkdirSync(dir, { recursive: true });
    s.lock();
    const path = join(dir, LOG);
    try {
      if (existsSync(path)) s.replay(path);
      s.fd = openSync(path, 'a');
      if (fstatSync(s.fd).size === 0) {
        writeSync(s.fd, HEADER + '\n');
        fsyncSync(s.fd);
      }
    } catch (e) {
      s.unlock();
      throw e;
    }
    return s;
  }

  private lock(): void {
    const p = join(this.dir!, LOCK);
    if (existsSync(p)) {
      const pid = Number(readFileSync(p, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new GovgraphError('STORE_UNAVAILABLE', `the data directory ${this.dir} is in use by process ${pid}`);
      }
    }
    writeFileSync(p, String(process.pid));
    this.lockPath = p;
  }

  private unlock(): void {
    if (this.lockPath) {
      try {
        unlinkSync(this.lockPath);
      } catch {
        /* already gone */
      }
      this.lockPath = null;
    }
  }

  private replay(path: string): void {
    const fd = openSync(path, 'r+');
    try {
      const size = fstatSync(fd).size;
      const buf = Buffer.alloc(size);
      let off = 0;
      while (off < size) off += readSync(fd, buf, off, size - off, off);
      let start = 0;
      let good = 0;
      let lineNo = 0;
      while (start < size) {
        const nl = buf.indexOf(10, start);
        if (nl < 0) break; // torn last line: never committed
        const line = buf.toString('utf8', start, nl);
        lineNo++;
        if (lineNo === 1 && line.startsWith('{"govgraph"')) {
          good = nl + 1;
          start = nl + 1;
          continue;
        }
        let entry: LogEntry;
        try {
          entry = JSON.parse(line) as LogEntry;
        } catch {
          // only the last line can be torn; anything else is damage we must not paper over
          if (buf.indexOf(10, nl + 1) >= 0) throw new GovgraphError('STORE_CORRUPT', `${path}: line ${lineNo} is not valid JSON`);
          break;
        }
        this.apply(entry);
        good = nl + 1;
        start = nl + 1;
      }
      if (good < size) ftruncateSync(fd, good);
    } finally {
      closeSync(fd);
    }
  }

  private append(entries: LogEntry[]): void {
    if (this.fd === null) return;
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    writeSync(this.fd, text);
    fsyncSync(this.fd);
  }

  private apply(e: LogEntry): { nodesAdded: number; relsAdded: number; relsRemoved: number; nodesRemoved: number } {
    const res = { nodesAdded: 0, relsAdded: 0, relsRemoved: 0, nodesRemoved: 0 };
    if (e.op === 'upsert') {
      const b = e.batch;
      if (this.docs.has(b.document.id)) return res;
      this.docs.set(b.document.id, { ...b.document, props: dropNulls(b.document.props) });
      this.nodes.set(b.document.id, this.docs.get(b.document.id)!);
      res.nodesAdded++;
      for (const n of b.nodes) {
        const cur = this.nodes.get(n.id);
        if (cur) cur.props = mergeProps(n.label, cur.props, n.props);
        else {
          this.nodes.set(n.id, { id: n.id, label: n.label, props: dropNulls(n.props) });
          res.nodesAdded++;
        }
      }
      for (const r0 of b.rels) {
        if (!this.nodes.has(r0.from) || !this.nodes.has(r0.to)) continue;
        const k = relKey(r0);
        if (this.rels.has(k)) continue;
        const props = r0.props ? dropNulls(r0.props) : {};
        const r: GraphRel = { type: r0.type, from: r0.from, to: r0.to, document: r0.document, evidence: r0.evidence, rule: r0.rule, confidence: r0.confidence };
        if (Object.keys(props).length) r.props = props;
        this.rels.set(k, r);
        res.relsAdded++;
        index(this.relsByDoc, r.document, k);
        index(this.relsByNode, r.from, k);
        index(this.relsByNode, r.to, k);
      }
      return res;
    }
    const id = e.document;
    if (!this.docs.has(id)) return res;
    const touched = new Set<string>([id]);
    for (const k of this.relsByDoc.get(id) ?? []) {
      const r = this.rels.get(k);
      if (!r) continue;
      this.rels.delete(k);
      res.relsRemoved++;
      this.relsByNode.get(r.from)?.delete(k);
      this.relsByNode.get(r.to)?.delete(k);
      touched.add(r.from);
      touched.add(r.to);
    }
    this.relsByDoc.delete(id);
    this.docs.delete(id);
    for (const n of touched) {
      if ((this.relsByNode.get(n)?.size ?? 0) === 0 && this.nodes.delete(n)) {
        this.relsByNode.delete(n);
        res.nodesRemoved++;
      }
    }
    return res;
  }

  async upsert(batches: GraphBatch[]): Promise<UpsertOutcome> {
    const fresh: GraphBatch[] = [];
    const seen = new Set<string>();
    for (const b of batches) {
      if (!this.docs.has(b.document.id) && !seen.has(b.document.id)) {
        fresh.push(b);
        seen.add(b.document.id);
      }
    }
    this.append(fresh.map((batch) => ({ op: 'upsert', batch })));
    let nodesAdded = 0;
    let relsAdded = 0;
    for (const b of fresh) {
      const r = this.apply({ op: 'upsert', batch: b });
      nodesAdded += r.nodesAdded;
      relsAdded += r.relsAdded;
    }
    return { documents: statuses(batches, seen), nodesAdded, relsAdded };
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.docs.has(id);
  }

  async retract(documentId: string): Promise<RetractResult | null> {
    if (!this.docs.has(documentId)) return null;
    this.append([{ op: 'retract', document: documentId }]);
    const r = this.apply({ op: 'retract', document: documentId });
    return { document: documentId, relsRemoved: r.relsRemoved, nodesRemoved: r.nodesRemoved };
  }

  async stats(): Promise<StoreStats> {
    const nodes: Partial<Record<NodeLabel, number>> = {};
    for (const n of this.nodes.values()) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
    const relationships: Record<string, number> = {};
    for (const r of this.rels.values()) relationships[r.type] = (relationships[r.type] ?? 0) + 1;
    return { nodes, relationships };
  }

  async getNode(id: string): Promise<GraphNode | null> {
    const n = this.nodes.get(id);
    return n ? { id: n.id, label: n.label, props: { ...n.props } } : null;
  }

  async relationships(id: string): Promise<GraphRel[]> {
    return [...(this.relsByNode.get(id) ?? [])].map((k) => this.rels.get(k)!).filter(Boolean);
  }

  async titleObservations(q: { city: string }): Promise<TitleObservation[]> {
    const out: TitleObservation[] = [];
    for (const r of this.rels.values()) {
      if (r.type !== 'HELD') continue;
      const pos = this.nodes.get(r.to);
      const person = this.nodes.get(r.from);
      if (!pos || !person) continue;
      const cityCode = (pos.props.cityCode as string | undefined) ?? null;
      const city = cityCode ? this.nodes.get(`city:${cityCode}`) : undefined;
      const names = [pos.props.city, city?.props.name, city?.props.fullName];
      if (!names.includes(q.city)) continue;
      out.push({
        personId: person.id,
        name: String(person.props.name),
        positionId: pos.id,
        title: String(pos.props.title),
        city: (pos.props.city as string | undefined) ?? null,
        cityCode,
        asOf: (r.props?.asOf as string | null | undefined) ?? null,
        document: r.document,
      });
    }
    return out;
  }

  async documentIds(): Promise<string[]> {
    return [...this.docs.keys()];
  }

  /**
   * Rewrite the log with only what is stored now: the latest batch of each stored document, in
   * order; retractions and what they retracted are dropped. Written to a new file, fsynced, then
   * renamed over the old one, so a crash leaves either log whole. Returns the bytes before/after.
   */
  async compact(): Promise<{ before: number; after: number } | null> {
    if (this.fd === null || !this.dir) return null;
    const path = join(this.dir, LOG);
    const before = fstatSync(this.fd).size;
    const text = readFileSync(path, 'utf8');
    const latest = new Map<string, number>();
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('{"op":"upsert"')) return;
      const id = (JSON.parse(line) as { batch: GraphBatch }).batch.document.id;
      if (this.docs.has(id)) latest.set(id, i);
    });
    const keep = new Set(latest.values());
    const out = [HEADER, ...lines.filter((_, i) => keep.has(i))].join('\n') + '\n';
    const tmp = `${path}.compact`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, out);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    closeSync(this.fd);
    renameSync(tmp, path);
    this.fd = openSync(path, 'a');
    return { before, after: Buffer.byteLength(out) };
  }

  async close(): Promise<void> {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    this.unlock();
  }
}

/** new for the first occurrence of each freshly written document; everything else unchanged. */
export function statuses(batches: GraphBatch[], fresh: Set<string>): UpsertOutcome['documents'] {
  const left = new Set(fresh);
  return batches.map((b) => ({ document: b.document.id, status: left.delete(b.document.id) ? 'new' : 'unchanged' }));
}

function index(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
