import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GovgraphError } from '../../src/domain/index.js';
import { SqliteStore } from '../../src/storage/index.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/storage/sqlite/schema.js';
import { searchText } from '../../src/storage/node-text.js';
import type { GraphBatch, NodeLabel } from '../../src/domain/index.js';
import { article, batchOf } from '../support/articles.js';

/** What the contract suite cannot see: the embedded store's own bookkeeping and refusals. */
const fresh = () => mkdtempSync(join(tmpdir(), 'govgraph-sqlite-'));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof GovgraphError ? `${e.code}: ${e.message}` : `not a GovgraphError: ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * The full-text indexes hold exactly the stored texts: every sentence and node is found by its own
 * text, and no text of a row that is gone (a retracted document's sentences, its orphaned nodes,
 * a node's text before an update) still finds a row — checked trigram by trigram over every text
 * the batches wrote.
 */
function expectFullTextInStep(db: Database.Database, batches: GraphBatch[]): void {
  const found = (table: string, text: string) => db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(`"${text.replaceAll('"', '""')}"`) as number[];
  const sentences = new Map((db.prepare('SELECT sid, text FROM sentences').all() as Array<{ sid: number; text: string }>).map((r) => [r.sid, r.text]));
  const nodes = new Map((db.prepare('SELECT rid, label, props FROM nodes').all() as Array<{ rid: number; label: NodeLabel; props: string }>).map((r) => [r.rid, searchText({ label: r.label, props: JSON.parse(r.props) })]));
  const trigrams = (t: string) => Array.from({ length: Math.max(0, [...t].length - 2) }, (_, i) => [...t].slice(i, i + 3).join('')).filter((g) => !g.includes('\n'));
  const written = new Set(batches.flatMap((b) => [...b.rels.map((r) => r.evidence), ...[b.document, ...b.nodes].map((n) => searchText(n))]));
  for (const [table, rows] of [['sentence_text', sentences], ['node_text', nodes]] as const) {
    for (const [id, text] of rows) for (const g of trigrams(text)) expect(found(table, g)).toContain(id);
    for (const text of written) {
      for (const g of trigrams(text)) {
        for (const id of found(table, g)) expect(rows.get(id)?.includes(g), `${table} row ${id} (${rows.has(id) ? 'stored' : 'gone'}) found by "${g}"`).toBe(true);
      }
    }
  }
  for (const table of ['sentence_text', 'node_text']) db.exec(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`);
}

describe('the embedded store', () => {
  it('keeps its counts, sentences and per-document index in step with the rows, through writes and retractions', async () => {
    const s = SqliteStore.open(fresh());
    const batches = Array.from({ length: 30 }, (_, i) => batchOf(article(500 + i), `${i}.txt`));
    await s.upsert(batches.slice(0, 17));
    await s.upsert(batches.slice(10)); // overlapping: 7 repeats
    for (const i of [3, 11, 29, 0]) expect(await s.retract(batches[i]!.document.id)).not.toBeNull();
    const db = (s as unknown as { db: Database.Database }).db;
    const recount = (sql: string) => Object.fromEntries((db.prepare(sql).all() as Array<{ k: string; n: number }>).map((r) => [r.k, r.n]));
    const st = await s.stats();
    expect(st.nodes).toEqual(recount('SELECT label AS k, count(*) AS n FROM nodes GROUP BY label ORDER BY label'));
    expect(st.relationships).toEqual(recount('SELECT type AS k, count(*) AS n FROM rels GROUP BY type ORDER BY type'));
    expect(st.nodes.Document).toBe(26);
    // no sentence, index row or full-text row outlives its document
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(one('SELECT count(*) AS n FROM sentences WHERE sid NOT IN (SELECT sid FROM rels)')).toBe(0);
    expect(one(`SELECT count(*) AS n FROM doc_index WHERE doc NOT IN (SELECT rid FROM nodes WHERE label = 'Document')`)).toBe(0);
    expect(one(`SELECT count(*) AS n FROM nodes WHERE label = 'Document' AND rid NOT IN (SELECT doc FROM doc_index)`)).toBe(0);
    // every node still there has a relationship (orphans go with the document that left them)
    expect(one('SELECT count(*) AS n FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM rels WHERE src = n.rid) AND NOT EXISTS (SELECT 1 FROM rels WHERE dst = n.rid)')).toBe(0);
    expectFullTextInStep(db, batches);
    await s.close();
  });

  it('a store of schema 1 (full-text rows with their sizes) migrates to indexes that still find, and forget, every text', async () => {
    const dir = fresh();
    const batches = Array.from({ length: 12 }, (_, i) => batchOf(article(700 + i), `${i}.txt`));
    const s1 = SqliteStore.open(dir);
    await s1.upsert(batches.slice(0, 8));
    await s1.close();
    // back to schema 1 as the previous version wrote it: contentless_delete tables, filled
    const db = new Database(join(dir, 'govgraph.sqlite'));
    db.exec(`DROP TABLE node_text; DROP TABLE sentence_text;`);
    db.exec(MIGRATIONS[0]!.sql.slice(MIGRATIONS[0]!.sql.indexOf('CREATE VIRTUAL TABLE node_text')));
    db.exec(`INSERT INTO sentence_text (rowid, text) SELECT sid, text FROM sentences; INSERT INTO node_text (rowid, text) SELECT rid, coalesce(name, '') FROM nodes;`);
    db.pragma('user_version = 1');
    db.close();
    const notices: string[] = [];
    const s = SqliteStore.open(dir, { onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([expect.stringMatching(/^upgrading .* from schema 1 to 2 \(2: full-text indexes/)]);
    const mdb = (s as unknown as { db: Database.Database }).db;
    expect(mdb.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((mdb.prepare(`SELECT sql FROM sqlite_master WHERE name = 'sentence_text'`).pluck().get() as string)).toMatch(/columnsize = 0/);
    await s.upsert(batches.slice(4)); // 4 repeats, 4 new
    for (const i of [1, 9]) expect(await s.retract(batches[i]!.document.id)).not.toBeNull();
    expectFullTextInStep(mdb, batches);
    const person = batches[2]!.nodes.find((n) => n.label === 'Person')!;
    expect((await s.search({ text: person.props.name as string, first: 50 })).map((h) => h.node.id)).toContain(person.id);
    await s.close();
  });

  it('refuses a store written by a newer version, and a file that is not a store', () => {
    const dir = fresh();
    SqliteStore.open(dir).closeSync();
    const db = new Database(join(dir, 'govgraph.sqlite'));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    for (const mode of ['read', 'write'] as const) expect(codeOf(() => SqliteStore.open(dir, { mode }))).toMatch(/^STORE_UNAVAILABLE: .*written by a newer govgraph/);
    const junk = fresh();
    writeFileSync(join(junk, 'govgraph.sqlite'), 'this is not a database, just some text that is long enough to look like a header'.repeat(20));
    expect(codeOf(() => SqliteStore.open(junk, { mode: 'read' }))).toMatch(/^STORE_CORRUPT: .*damaged/);
  });

  it('a read-only open of a store from before the current schema asks for a migration; a write open migrates it', () => {
    const dir = fresh();
    new Database(join(dir, 'govgraph.sqlite')).close(); // schema 0
    expect(codeOf(() => SqliteStore.open(dir, { mode: 'read' }))).toMatch(/schema 0: run 'govgraph migrate'/);
    SqliteStore.open(dir).closeSync();
    SqliteStore.open(dir, { mode: 'read' }).closeSync();
  });

  it('two stores opening one new file migrate it once', () => {
    const dir = fresh();
    const a = SqliteStore.open(dir);
    const b = SqliteStore.open(dir);
    a.closeSync();
    b.closeSync();
  });
});
