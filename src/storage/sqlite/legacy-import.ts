import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GovgraphError, type GraphBatch } from '../../domain/graph.js';

/** The log the previous version's embedded store kept (one JSON operation per line). */
export const LEGACY_LOG = 'graph.jsonl';

type LegacyEntry = { op: 'upsert'; batch: GraphBatch } | { op: 'retract'; document: string };

/** What the import needs of the store it fills. */
interface ImportTarget {
  upsertSync(batches: GraphBatch[]): { documents: Array<{ status: 'new' | 'unchanged' }> };
  retractSync(documentId: string): unknown;
  closeSync(): void;
}

const GROUP = 256;

/**
 * Import the previous version's log into a new SQLite file, once. It is built beside the target
 * (`govgraph.sqlite.importing`) and renamed into place only when complete, so a crash midway
 * leaves no half-imported store (the next open starts the import again). The log is kept, renamed
 * `graph.jsonl.imported`, so nothing a user stored is lost. Lines the old store itself could not
 * read are skipped and counted: empty lines (which its dedupe bug appended) and a torn last line.
 */
export function importLegacyLog(dir: string, target: string, open: (file: string) => ImportTarget, notice: (m: string) => void): void {
  const log = join(dir, LEGACY_LOG);
  const tmp = `${target}.importing`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const store = open(tmp);
  let documents = 0;
  let retracted = 0;
  const damaged: number[] = [];
  let pending: GraphBatch[] = [];
  const flush = () => {
    if (pending.length) documents += store.upsertSync(pending).documents.filter((d) => d.status === 'new').length;
    pending = [];
  };
  try {
    for (const { line, lineNo } of readLines(log)) {
      if (!line.trim() || line.startsWith('{"govgraph"')) continue;
      let e: LegacyEntry;
      try {
        e = JSON.parse(line) as LegacyEntry;
      } catch {
        damaged.push(lineNo);
        continue;
      }
      if (e.op === 'upsert' && e.batch?.document?.id) {
        pending.push(e.batch);
        if (pending.length >= GROUP) flush();
      } else if (e.op === 'retract' && typeof e.document === 'string') {
        flush();
        store.retractSync(e.document);
        retracted++;
      } else damaged.push(lineNo);
    }
    flush();
  } catch (err) {
    store.closeSync();
    throw err instanceof GovgraphError ? err : new GovgraphError('STORE_UNAVAILABLE', `cannot import ${log}: ${(err as Error).message}`);
  }
  store.closeSync();
  renameSync(tmp, target);
  renameSync(log, `${log}.imported`);
  const lock = join(dir, 'LOCK');
  if (existsSync(lock)) rmSync(lock, { force: true });
  notice(
    `imported ${documents} document(s) from the previous version's log ${log} into ${basename(target)}` +
      (retracted ? ` (${retracted} retraction(s) applied)` : '') +
      (damaged.length ? `; ${damaged.length} unreadable line(s) skipped (line ${damaged.slice(0, 10).join(', ')}${damaged.length > 10 ? ', …' : ''})` : '') +
      `; the log is kept as ${join(dirname(log), `${LEGACY_LOG}.imported`)}`,
  );
}

/** Lines of a file of any size, read a chunk at a time (a torn last line comes out as it is). */
function* readLines(path: string): Generator<{ line: string; lineNo: number }> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let rest = Buffer.alloc(0);
    let lineNo = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let data = Buffer.concat([rest, buf.subarray(0, n)]);
      let nl: number;
      while ((nl = data.indexOf(10)) >= 0) {
        yield { line: data.toString('utf8', 0, nl), lineNo: ++lineNo };
        data = data.subarray(nl + 1);
      }
      rest = Buffer.from(data);
    }
    if (rest.length) yield { line: rest.toString('utf8'), lineNo: ++lineNo };
  } finally {
    closeSync(fd);
  }
}
