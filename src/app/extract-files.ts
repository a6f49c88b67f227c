import { lstatSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { ExtraPlace } from '../pipeline/index.js';
import type { ExtractReply, ExtractTask, OutputFormat } from './extract-worker.js';
import { EXTRACT_BATCH, extractThread } from './compiled-worker.js';
import { runOrdered } from './ordered-pool.js';

/** The default limit on one input file (--max-bytes): an article is kilobytes, 20 MB is something else. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** From this much input, extraction runs in worker threads by default. */
const WORKERS_FROM_BYTES = 16 * 1024 * 1024;

/**
 * How many worker threads `govgraph extract` uses when not told: the cores (at most 4) from 16 MB
 * in 8 or more files, else none — threads pay for their start (each its module and V8's warming
 * up, ≈1 s; jieba's dictionary, ≈0.5 s, loaded once and shared) only on that much text.
 */
export function defaultExtractWorkers(files: number, bytes: number): number {
  return files >= 8 && bytes >= WORKERS_FROM_BYTES ? Math.min(4, availableParallelism()) : 0;
}

/** An input path that was not read, and why (named on standard error; the run goes on). */
export interface InputProblem {
  path: string;
  reason: string;
}

/**
 * Input paths (files, directories, '-') expanded to files in a stable order. What cannot be read
 * is reported, not thrown: a missing path, a broken symbolic link, a link back into a folder
 * already read (a loop), a folder that cannot be listed, a FIFO, socket or device (/dev/zero), a
 * file over `maxBytes`.
 */
export function expandInputs(inputs: string[], opts: { maxBytes?: number } = {}): { files: string[]; problems: InputProblem[]; bytes: number } {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seenDirs = new Set<string>();
  const size = { bytes: 0 };
  for (const p of inputs) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    const st = statOrProblem(p, problems, true);
    if (!st) continue;
    // a folder named twice on the command line is read once (not a loop)
    if (st.isDirectory() && seenDirs.has(realpathSync(p))) continue;
    if (st.isDirectory()) walk(p, { files, problems, seenDirs, maxBytes, size });
    else acceptFile(p, st, { files, problems, maxBytes, size });
  }
  return { files, problems, bytes: size.bytes };
}

interface WalkState {
  files: string[];
  problems: InputProblem[];
  seenDirs: Set<string>;
  maxBytes: number;
  /** The total size of the files accepted. */
  size: { bytes: number };
}

function walk(dir: string, w: WalkState): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    if (w.seenDirs.has(real)) {
      w.problems.push({ path: dir, reason: `a folder already read (${real}): a symbolic link loop or a second link to it` });
      return;
    }
    w.seenDirs.add(real);
    names = readdirSync(dir).sort();
  } catch (e) {
    w.problems.push({ path: dir, reason: `cannot read the folder: ${errorText(e)}` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statOrProblem(p, w.problems, false);
    if (!st) continue;
    if (st.isDirectory()) walk(p, w);
    else acceptFile(p, st, w);
  }
}

function acceptFile(p: string, st: Stats, w: Pick<WalkState, 'files' | 'problems' | 'maxBytes' | 'size'>): void {
  if (!st.isFile()) w.problems.push({ path: p, reason: 'not a regular file (a FIFO, socket or device): skipped' });
  else if (st.size > w.maxBytes) w.problems.push({ path: p, reason: `${mb(st.size)} is over the size limit of ${mb(w.maxBytes)} (--max-bytes): skipped` });
  else {
    w.files.push(p);
    w.size.bytes += st.size;
  }
}

/** stat, following links; a failure is a problem named by what went wrong. */
function statOrProblem(p: string, problems: InputProblem[], given: boolean): Stats | null {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let link = false;
    try {
      link = lstatSync(p).isSymbolicLink();
    } catch {
      // not there at all
    }
    const reason =
      code === 'ELOOP' ? 'a symbolic link loop' : link && code === 'ENOENT' ? 'a broken symbolic link (its target does not exist)' : code === 'ENOENT' && given ? 'no such file or directory' : `cannot read: ${errorText(e)}`;
    problems.push({ path: p, reason });
    return null;
  }
}

const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
const errorText = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Standard input, refused past `maxBytes` (so `extract - < /dev/zero` does not eat memory). */
function readStdin(maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new Error(`standard input is over the size limit of ${mb(maxBytes)} (--max-bytes)`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** One input's bytes: a file, or standard input for '-' (refused past maxBytes). */
export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  return path === '-' ? readStdin(maxBytes) : readFileSync(path);
}

/**
 * Extract files in worker threads (`workers` 0: on this thread), handing each result on in input
 * order; at most a few files per thread are read ahead, so memory stays bounded however many.
 */
export async function extractInOrder(
  files: string[],
  opts: { workers: number; output: OutputFormat; maxBytes?: number; places?: ExtraPlace[]; onResult: (r: { ok: true; path: string; output: Uint8Array } | { ok: false; path: string; error: string }) => void },
): Promise<void> {
  const ingestedAt = new Date(0).toISOString();
  // the extraction code is loaded here only when this thread extracts (one file, or no threads):
  // worker threads load their own, and a run that uses them starts them sooner without it
  const inline = opts.workers <= 0 || files.length <= 1 ? (await import('./extract-worker.js')).runTask : null;
  await runOrdered<ExtractTask, ExtractReply>({
    count: files.length,
    prepare: (seq) => {
      const path = files[seq]!;
      try {
        return { task: { seq, path, bytes: readInput(path, opts.maxBytes), ingestedAt, want: opts.output } };
      } catch (e) {
        return { result: { seq, path, ok: false, error: `cannot read: ${(e as Error).message}` } };
      }
    },
    workers: opts.workers,
    batch: EXTRACT_BATCH,
    thread: () => extractThread({ stored: [], places: opts.places ?? [] }),
    inline: (t) => inline!(t),
    onResult: (r) => {
      if (!r.ok) opts.onResult({ ok: false, path: r.path, error: r.error });
      else if ('output' in r) opts.onResult({ ok: true, path: r.path, output: r.output });
    },
    window: Math.max(16, opts.workers * 4),
  });
}
