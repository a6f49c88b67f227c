import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { addPlaces, decode, documentId, extractDocument, forgetRemembered, toGraphBatch, type ExtraPlace } from '../pipeline/index.js';
import type { ExtractionRecord, GraphBatch } from '../domain/index.js';
import { formatPretty } from './format-pretty.js';

const utf8 = new TextEncoder();

export interface ExtractTask {
  seq: number;
  path: string;
  /** The file's bytes, read by the main thread (which also recognises repeated files by them). */
  bytes: Uint8Array;
  ingestedAt: string;
  /**
   * What to answer: batch (default), what ingest stores; or the extraction as `govgraph extract`
   * prints it, already formatted here (a string crosses threads far cheaper than a record).
   */
  want?: 'batch' | OutputFormat;
}

/** How `govgraph extract` prints a document. */
export interface OutputFormat {
  format: 'jsonl' | 'json' | 'pretty';
  diagnostics: boolean;
}

/** One document as `govgraph extract` prints it (without separators between documents). */
export function formatRecord(record: ExtractionRecord, f: OutputFormat): string {
  const rec = f.diagnostics ? record : { ...record, diagnostics: undefined };
  return f.format === 'jsonl' ? JSON.stringify(rec) : f.format === 'json' ? JSON.stringify(rec, null, 2) : formatPretty(record);
}
export type ExtractReply =
  | { seq: number; path: string; ok: true; batch: GraphBatch }
  /** The document as `govgraph extract` prints it, in UTF-8 (a jsonl line with its line end): bytes cross threads by transfer, not by copy. */
  | { seq: number; path: string; ok: true; output: Uint8Array }
  | { seq: number; path: string; ok: true; stored: string }
  | { seq: number; path: string; ok: true; skipped: string }
  | { seq: number; path: string; ok: false; error: string };

/**
 * GOVGRAPH_FORGET_EVERY=N, for benchmarks that repeat a corpus of N files: what extraction remembers
 * (memo) is forgotten each time the task number enters another round of N, so that every copy is
 * read as a text never seen (with it remembered, the copies measure a speed no new text gets).
 */
const FORGET_EVERY = Math.max(0, Math.floor(Number(process.env.GOVGRAPH_FORGET_EVERY) || 0));
let lastRound = -1;
function forgetAtRound(seq: number): void {
  const round = Math.floor(seq / FORGET_EVERY);
  if (round !== lastRound) forgetRemembered();
  lastRound = round;
}

/**
 * Extract and resolve one file: what a worker thread does, and the inline path too. A text whose
 * document is already stored (`stored` ids) is not extracted again; an empty text (nothing but
 * white space) is skipped, not stored as an empty document.
 */
export function runTask(t: ExtractTask, stored?: ReadonlySet<string>): ExtractReply {
  if (FORGET_EVERY > 0) forgetAtRound(t.seq);
  const d = decode(t.bytes);
  if (!d.ok) return { seq: t.seq, path: t.path, ok: false, error: d.reason };
  if (t.want && t.want !== 'batch') {
    const r = extractDocument({ source: t.path === '-' ? 'stdin' : basename(t.path), decoded: d });
    if (!r.ok) return { seq: t.seq, path: t.path, ok: false, error: r.error };
    const text = formatRecord(r.record, t.want);
    return { seq: t.seq, path: t.path, ok: true, output: utf8.encode(t.want.format === 'jsonl' ? text + '\n' : text) };
  }
  if (!d.text.replace(/^\uFEFF/, '').trim()) return { seq: t.seq, path: t.path, ok: true, skipped: 'empty file (no text)' };
  if (stored?.size && stored.has(documentId(d.text))) return { seq: t.seq, path: t.path, ok: true, stored: documentId(d.text) };
  try {
    const r = extractDocument({ source: t.path === '-' ? 'stdin' : basename(t.path), decoded: d });
    if (!r.ok) return { seq: t.seq, path: t.path, ok: false, error: r.error };
    return { seq: t.seq, path: t.path, ok: true, batch: toGraphBatch(r.record, { ingestedAt: t.ingestedAt }) };
  } catch (e) {
    // extraction is built not to throw; if it does, the document fails, not the run
    return { seq: t.seq, path: t.path, ok: false, error: `extraction failed: ${(e as Error).message}` };
  }
}

if (parentPort) {
  const port = parentPort;
  const data = (workerData ?? {}) as { stored?: string[]; places?: ExtraPlace[] };
  const stored = new Set<string>(data.stored ?? []);
  addPlaces(data.places ?? []);
  // a batch of tasks (see extractThread) is answered with one message, the replies in its order
  port.on('message', (batch: ExtractTask[]) => {
    const replies = batch.map((t) => runTask(t, stored));
    // TextEncoder gives each output its own ArrayBuffer, so handing it over detaches nothing else
    port.postMessage(replies, replies.flatMap((r) => ('output' in r ? [r.output.buffer as ArrayBuffer] : [])));
  });
}
