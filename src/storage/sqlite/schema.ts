import type Database from 'better-sqlite3';
import { GovgraphError, type NodeLabel, type Props } from '../../domain/graph.js';
import { searchText } from '../node-text.js';

/**
 * The embedded store's schema, versioned from the first one (PRAGMA user_version). A migration is
 * appended, never edited: a store written by any earlier version is brought up to date on open,
 * in one transaction.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; description: string; sql: string; /** Rows the SQL cannot compute (run after it, in its transaction). */ fill?: (db: Database.Database) => void }> = [
  {
    version: 1,
    description: 'nodes, relationships with their sentences, full-text indexes',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      -- nodes by label and relationships by type, kept in step by every write: stats in O(1)
      CREATE TABLE counts (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) STRICT, WITHOUT ROWID;
      -- every node: its properties as a JSON object (no nulls), plus the columns readers filter
      -- and sort on, derived from the properties when written (sqlite-store.ts columns())
      CREATE TABLE nodes (
        rid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        props TEXT NOT NULL,
        name TEXT,
        city_code TEXT,
        kind TEXT,
        date TEXT,
        year INTEGER,
        status TEXT
      ) STRICT;
      -- partial indexes, one per question readers ask of a label (the lists in domain/queries.ts):
      -- only the rows they cover pay for them at write time
      CREATE INDEX nodes_person_name ON nodes (name) WHERE label = 'Person';
      CREATE INDEX nodes_person_city ON nodes (city_code) WHERE label = 'Person';
      CREATE INDEX nodes_meeting_date ON nodes (date) WHERE label = 'Meeting';
      CREATE INDEX nodes_meeting_city ON nodes (city_code, date) WHERE label = 'Meeting';
      CREATE INDEX nodes_document_date ON nodes (date) WHERE label = 'Document';
      CREATE INDEX nodes_city_name ON nodes (name) WHERE label = 'City';
      -- evidence sentences, once per document (many relationships cite one sentence); doc is
      -- the document node's rid (a document's sentences are found through doc_index)
      CREATE TABLE sentences (
        sid INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL,
        text TEXT NOT NULL,
        original TEXT
      ) STRICT;
      -- one row per document's word for a fact: (src, type, dst, doc) is the key; src, dst and
      -- doc are node rids (small integer keys keep every index small and writes cheap)
      CREATE TABLE rels (
        src INTEGER NOT NULL,
        type TEXT NOT NULL,
        dst INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        sid INTEGER NOT NULL,
        rule TEXT NOT NULL,
        confidence REAL NOT NULL,
        props TEXT,
        PRIMARY KEY (src, type, dst, doc)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX rels_dst ON rels (dst, type);
      -- what each document wrote, for retract: its relationships' keys (a JSON array of
      -- [src, type, dst]) and its sentences (sids from … to, assigned in one run): one row per
      -- document instead of an index entry per relationship
      CREATE TABLE doc_index (
        doc INTEGER PRIMARY KEY,
        rels TEXT NOT NULL,
        sid_from INTEGER,
        sid_to INTEGER
      ) STRICT;
      -- full text (trigram: any substring of 3+ characters through the index); contentless, with
      -- no positions kept (detail=none): the index only finds candidate rows, and the
      -- text itself (nodes, sentences) confirms them with instr()
      CREATE VIRTUAL TABLE node_text USING fts5 (text, tokenize = 'trigram case_sensitive 1', detail = 'none', content = '', contentless_delete = 1);
      CREATE VIRTUAL TABLE sentence_text USING fts5 (text, tokenize = 'trigram case_sensitive 1', detail = 'none', content = '', contentless_delete = 1);
    `,
  },
  {
    version: 2,
    description: 'full-text indexes without per-row sizes (columnsize=0), refilled from the nodes and sentences',
    // No %_docsize row per indexed text (only ranking reads it, and search confirms candidates with
    // instr() instead of ranking them): ingest writes ≈4 % more documents per second. A contentless
    // table without contentless_delete removes a row by the FTS5 'delete' command given the text
    // it indexed, which the store has (nodes.props through searchText, sentences.text).
    sql: `
      DROP TABLE node_text;
      DROP TABLE sentence_text;
      CREATE VIRTUAL TABLE node_text USING fts5 (text, tokenize = 'trigram case_sensitive 1', detail = 'none', content = '', columnsize = 0);
      CREATE VIRTUAL TABLE sentence_text USING fts5 (text, tokenize = 'trigram case_sensitive 1', detail = 'none', content = '', columnsize = 0);
      INSERT INTO sentence_text (rowid, text) SELECT sid, text FROM sentences;
    `,
    fill: (db) => {
      // in pages of rids (a connection cannot write while it iterates a read)
      const page = db.prepare('SELECT rid, label, props FROM nodes WHERE rid > ? ORDER BY rid LIMIT 4096');
      const insert = db.prepare('INSERT INTO node_text (rowid, text) VALUES (?, ?)');
      for (let after = 0; ; ) {
        const rows = page.all(after) as Array<{ rid: number; label: NodeLabel; props: string }>;
        if (!rows.length) break;
        for (const n of rows) insert.run(n.rid, searchText({ label: n.label, props: JSON.parse(n.props) as Props }));
        after = rows[rows.length - 1]!.rid;
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The schema version of an open database (0: empty). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the schema up to date (one transaction); refuse a store from a newer version. Returns the
 * migrations applied. The version is read again under the write lock, so two processes opening a
 * new store at once migrate it once.
 */
export function migrate(db: Database.Database, path: string): number[] {
  const tooNew = (v: number) =>
    new GovgraphError('STORE_UNAVAILABLE', `${path} was written by a newer govgraph (schema ${v}; this one knows up to ${SCHEMA_VERSION}): upgrade govgraph`);
  if (schemaVersion(db) > SCHEMA_VERSION) throw tooNew(schemaVersion(db));
  if (schemaVersion(db) === SCHEMA_VERSION) return [];
  return db
    .transaction(() => {
      const current = schemaVersion(db);
      if (current > SCHEMA_VERSION) throw tooNew(current);
      const todo = MIGRATIONS.filter((m) => m.version > current);
      for (const m of todo) {
        db.exec(m.sql);
        m.fill?.(db);
        db.pragma(`user_version = ${m.version}`);
      }
      return todo.map((m) => m.version);
    })
    .immediate();
}
