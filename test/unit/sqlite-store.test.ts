import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GovgraphError } from '../../src/domain/index.js';
import { SqliteStore } from '../../src/storage/index.js';
import { SCHEMA_VERSION } from '../../src/storage/sqlite/schema.js';
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
