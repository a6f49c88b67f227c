import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { GraphBatch } from '../domain/index.js';
import type { GraphStore } from '../storage/index.js';
import { expandInputs } from './extract-files.js';
import { runTask, type ExtractReply, type ExtractTask } from './extract-worker.js';

export interface IngestProgress {
  done: number;
  total: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestSummary {
  store: string;
  documents: { read: number; new: number; unchanged: number; failed: number };
  failures: Array<{ path: string; reason: string }>;
  nodesAdded: number;
  relationshipsAdded: number;
  seconds: number;
}

export interface IngestOptions {
  inputs: string[];
  store: GraphStore;
  /** Describes the store in the summary (e.g. "memory ./data"). */
  storeLabel: string;
  /** Extraction threads; 0 extracts in this thread. Default: the cores, at most 4, when there are 8 or more files. */
  workers?: number;
  /** Documents per store write (one transaction / one log write). */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
}

/**
 * Files → extraction (worker threads) → graph batches → the store, in batches. Failures are
 * counted and reported per file; the others still go in. Progress is reported as documents finish.
 */
export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const { files, missing } = expandInputs(opts.inputs);
  const summary: IngestSummary = {
    store: opts.storeLabel,
    documents: { read: 0, new: 0, unchanged: 0, failed: 0 },
    failures: missing.map((p) => ({ path: p, reason: 'no such file or directory' })),
    nodesAdded: 0,
    relationshipsAdded: 0,
    seconds: 0,
  };
  summary.documents.failed = missing.length;
  const ingestedAt = new Date().toISOString();
  const batchSize = opts.batchSize ?? 64;
  const nWorkers = opts.workers ?? (files.length >= 8 ? Math.min(4, availableParallelism()) : 0);
  let pending: GraphBatch[] = [];
  let done = 0;

  const flush = async () => {
    if (!pending.length) return;
    const batches = pending;
    pending = [];
    const out = await opts.store.upsert(batches);
    for (const r of out.documents) {
      if (r.status === 'new') summary.documents.new++;
      else summary.documents.unchanged++;
    }
    summary.nodesAdded += out.nodesAdded;
    summary.relationshipsAdded += out.relsAdded;
  };
  const take = async (reply: ExtractReply) => {
    done++;
    summary.documents.read++;
    if (reply.ok && 'stored' in reply) summary.documents.unchanged++;
    else if (reply.ok) {
      pending.push(reply.batch);
      if (pending.length >= batchSize) await flush();
    } else {
      summary.documents.failed++;
      summary.failures.push({ path: reply.path, reason: reply.error });
    }
    opts.onProgress?.({ done, total: files.length, failed: summary.documents.failed, elapsedMs: performance.now() - t0 });
  };

  const tasks: ExtractTask[] = files.map((path, seq) => ({ seq, path, ingestedAt, ...(path === '-' ? { bytes: readFileSync(0) } : {}) }));
  // documents stored before are recognised by their text's hash and not extracted again
  const stored = files.length ? await opts.store.documentIds() : [];
  if (nWorkers === 0) {
    const set = new Set(stored);
    for (const t of tasks) await take(runTask(t, set));
  } else {
    await runPool(tasks, nWorkers, stored, take);
  }
  await flush();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** A fixed pool of extraction threads; replies are handed on one at a time, in completion order. */
async function runPool(tasks: ExtractTask[], n: number, stored: string[], take: (r: ExtractReply) => Promise<void>): Promise<void> {
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const workers = Array.from({ length: Math.min(n, tasks.length) }, () => new Worker(boot, { workerData: { entry, stored } }));
  let next = 0;
  // replies are processed strictly one after another (the store is written from here)
  let chain: Promise<void> = Promise.resolve();
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              w.postMessage(tasks[next++]);
            };
            w.on('message', (reply: ExtractReply) => {
              chain = chain.then(() => take(reply));
              // keep the thread busy while the reply is stored, but not far ahead of the store
              chain.then(feed, reject);
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
    await chain;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
