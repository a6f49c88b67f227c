import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { GraphBatch } from '../domain/index.js';
import type { ExtraPlace } from '../pipeline/index.js';
import type { GraphStore } from '../storage/index.js';
import { expandInputs, readInput } from './extract-files.js';
import { runTask, type ExtractReply, type ExtractTask } from './extract-worker.js';
import { EXTRACT_BATCH, extractThread } from './compiled-worker.js';
import { runOrdered } from './ordered-pool.js';

export interface IngestProgress {
  done: number;
  total: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestSummary {
  store: string;
  documents: {
    /** Inputs found (files, standard input, and names that did not exist). */
    total: number;
    /** Stored by this run. */
    new: number;
    /** Already stored (the same text), or a repeat of a text earlier in this run. */
    unchanged: number;
    /** Empty files: nothing to store. */
    skipped: number;
    /** Could not be read or decoded (each in failures). */
    failed: number;
    /** Read but not stored because the store failed (storeError), or not reached after it. */
    notStored: number;
  };
  failures: Array<{ path: string; reason: string }>;
  skipped: Array<{ path: string; reason: string }>;
  /** Why the store stopped the run, or null. */
  storeError: string | null;
  /** Texts this run extracted (a text stored before, or repeated byte for byte, is not extracted again). */
  extracted: number;
  nodesAdded: number;
  relationshipsAdded: number;
  seconds: number;
}

export interface IngestOptions {
  inputs: string[];
  store: GraphStore;
  /** Extraction threads; 0 extracts in this thread. Default: the cores, at most 4, when there are 8 or more files. */
  workers?: number;
  /** Documents per store write (one transaction). */
  batchSize?: number;
  /** The ingestedAt of every document of the run (default: now). */
  ingestedAt?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Told about each skipped file as it happens. */
  onSkip?: (path: string, reason: string) => void;
  /** Places to add to the gazetteer (already added in this thread by usePlaces; passed on to the workers). */
  places?: ExtraPlace[];
  /** Files over this many bytes are refused by name (default 20 MB). */
  maxBytes?: number;
}

/**
 * Files → extraction (worker threads) → graph batches → the store, one transaction per batch,
 * in input order (so the same input gives the same graph however the threads are scheduled).
 * A file read or decode failure is reported and the others go on; a store failure stops the run,
 * and the summary still says what was stored and what was not. Texts stored before, and repeats
 * within the run, are recognised (the same bytes are not even extracted again) and left unchanged.
 */
export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, problems } = expandInputs(opts.inputs, { maxBytes: opts.maxBytes });
  const summary: IngestSummary = {
    store: opts.store.label,
    documents: { total: files.length + problems.length, new: 0, unchanged: 0, skipped: 0, failed: problems.length, notStored: 0 },
    failures: problems.map((p) => ({ path: p.path, reason: p.reason })),
    skipped: [],
    storeError: null,
    extracted: 0,
    nodesAdded: 0,
    relationshipsAdded: 0,
    seconds: 0,
  };
  const ingestedAt = opts.ingestedAt ?? new Date().toISOString();
  const batchSize = opts.batchSize ?? 1024;
  const nWorkers = opts.workers ?? (files.length >= 8 ? Math.min(4, availableParallelism()) : 0);
  const d = summary.documents;
  let pending: GraphBatch[] = [];
  let done = 0;
  const seenBytes = new Map<string, number>();
  const seenDocs = new Set<string>();

  const flush = async () => {
    if (!pending.length || summary.storeError) return;
    const batches = pending;
    pending = [];
    try {
      const out = await opts.store.upsert(batches);
      for (const r of out.documents) {
        if (r.status === 'new') d.new++;
        else d.unchanged++;
      }
      summary.nodesAdded += out.nodesAdded;
      summary.relationshipsAdded += out.relsAdded;
    } catch (e) {
      summary.storeError = (e as Error).message;
      d.notStored += batches.length;
    }
  };
  const take = async (reply: ExtractReply) => {
    done++;
    if (!reply.ok) {
      d.failed++;
      summary.failures.push({ path: reply.path, reason: reply.error });
    } else if ('skipped' in reply) {
      d.skipped++;
      summary.skipped.push({ path: reply.path, reason: reply.skipped });
      opts.onSkip?.(reply.path, reply.skipped);
    } else if ('stored' in reply) d.unchanged++;
    else if ('batch' in reply) {
      summary.extracted++;
      if (seenDocs.has(reply.batch.document.id)) d.unchanged++; // the same text earlier in this run
      else {
        seenDocs.add(reply.batch.document.id);
        pending.push(reply.batch);
        if (pending.length >= batchSize) await flush();
      }
    }
    opts.onProgress?.({ done, total: files.length, failed: d.failed, elapsedMs: performance.now() - t0 });
  };

  // documents stored before are recognised by their text's hash and not extracted again
  const stored = files.length ? await opts.store.documentIds() : [];
  const storedSet = new Set(stored);
  await runOrdered<ExtractTask, ExtractReply>({
    count: files.length,
    prepare: (seq) => {
      const path = files[seq]!;
      let bytes: Uint8Array;
      try {
        bytes = readInput(path, opts.maxBytes);
      } catch (e) {
        return { result: { seq, path, ok: false, error: `cannot read: ${(e as Error).message}` } };
      }
      // the same bytes again in this run: the same document, not worth extracting twice
      const h = createHash('sha256').update(bytes).digest('base64');
      const first = seenBytes.get(h);
      if (first !== undefined) return { result: { seq, path, ok: true, stored: `same bytes as ${files[first]}` } };
      seenBytes.set(h, seq);
      return { task: { seq, path, bytes, ingestedAt } };
    },
    workers: nWorkers,
    batch: EXTRACT_BATCH,
    thread: () => extractThread({ stored, places: opts.places ?? [] }),
    inline: (t) => runTask(t, storedSet),
    onResult: take,
    stop: () => summary.storeError !== null,
    window: Math.max(32, nWorkers * 8),
  });
  await flush();
  if (summary.storeError) d.notStored += files.length - done;
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** The exit status of an ingest: 0 all stored, 1 some inputs failed, 4 the store failed during the run. */
export function ingestExitCode(s: IngestSummary): number {
  if (s.storeError) return 4;
  return s.documents.failed ? 1 : 0;
}
