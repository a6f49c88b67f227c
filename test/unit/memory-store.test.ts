import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../src/domain/index.js';
import { MemoryStore } from '../../src/storage/index.js';

const batch = (n: number): GraphBatch => ({
  document: { id: `doc:${n}`, label: 'Document', props: { source: `${n}.txt` } },
  nodes: [{ id: `person:${n}`, label: 'Person', props: { name: `甲${n}`, aliases: [] } }],
  rels: [{ type: 'REPORTED', from: `person:${n}`, to: `doc:${n}`, document: `doc:${n}`, evidence: 'e', rule: 'r', confidence: 1 }],
});

describe('memory store durability', () => {
  it('reopening replays every committed document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-mem-'));
    const s = MemoryStore.open(dir);
    await s.upsert([batch(1), batch(2)]);
    await s.retract('doc:1');
    await s.close();
    const t = MemoryStore.open(dir);
    expect(await t.documentIds()).toEqual(['doc:2']);
    expect((await t.stats()).nodes).toEqual({ Document: 1, Person: 1 });
    await t.close();
  });

  it('a torn last line (a write cut off) is dropped, the rest kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-mem-'));
    const s = MemoryStore.open(dir);
    await s.upsert([batch(1)]);
    await s.close();
    const line = JSON.stringify({ op: 'upsert', batch: batch(2) });
    appendFileSync(join(dir, 'graph.jsonl'), line.slice(0, line.length / 2));
    const t = MemoryStore.open(dir);
    expect(await t.documentIds()).toEqual(['doc:1']);
    await t.upsert([batch(3)]);
    await t.close();
    const u = MemoryStore.open(dir);
    expect((await u.documentIds()).sort()).toEqual(['doc:1', 'doc:3']);
    await u.close();
    // the log holds whole lines only
    expect(readFileSync(join(dir, 'graph.jsonl'), 'utf8').endsWith('\n')).toBe(true);
  });

  it('damage before the last line is reported, not silently dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-mem-'));
    writeFileSync(join(dir, 'graph.jsonl'), '{"govgraph":"memory-store","version":1}\nnot json\n' + JSON.stringify({ op: 'upsert', batch: batch(1) }) + '\n');
    expect(() => MemoryStore.open(dir)).toThrow(/line 2 is not valid JSON/);
  });

  it('one process at a time: a second open of a live store is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-mem-'));
    writeFileSync(join(dir, 'LOCK'), '1'); // pid 1 is always alive
    expect(() => MemoryStore.open(dir)).toThrow(/in use by process 1/);
    writeFileSync(join(dir, 'LOCK'), '999999999'); // a dead process: the lock is stale
    const s = MemoryStore.open(dir);
    await s.close();
  });
});

describe('compaction', () => {
  it('drops retracted documents from the log; reopening gives the same graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govgraph-mem-'));
    const s = MemoryStore.open(dir);
    await s.upsert([batch(1), batch(2), batch(3)]);
    await s.retract('doc:2');
    const stats = await s.stats();
    const r = await s.compact();
    expect(r && r.after < r.before).toBe(true);
    await s.upsert([batch(4)]); // the log is still appendable
    await s.close();
    const t = MemoryStore.open(dir);
    expect((await t.documentIds()).sort()).toEqual(['doc:1', 'doc:3', 'doc:4']);
    expect((await t.stats()).nodes.Document).toBe((stats.nodes.Document ?? 0) + 1);
    await t.close();
    expect(readFileSync(join(dir, 'graph.jsonl'), 'utf8')).not.toMatch(/retract|doc:2/);
  });
});
