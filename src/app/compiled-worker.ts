import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildInputs, buildOptions, currentBundle, defaultCacheDir, loadEsbuild, saveBundle } from './bundle-cache.mjs';
import type { ExtractTask } from './extract-worker.js';
import type { BatchOptions } from './ordered-pool.js';

/**
 * The extraction worker as one compiled ES module, so that a worker thread starts without tsx.
 *
 * Every worker thread would otherwise register tsx's loader and run each of its ≈25 modules through
 * it — a loader thread of its own and ≈0.35 s of CPU per worker, before any text is read. Instead
 * the main thread bundles the worker's module graph once with esbuild (the compiler tsx itself uses)
 * into `node_modules/.cache/govgraph/`, next to the packages it imports, and workers import that.
 *
 * The bundle is never stale and is built by one process at a time: bundle-cache.mjs, which also
 * keeps the CLI's own bundle. If anything fails (a read-only install, no esbuild) the caller falls
 * back to TypeScript through tsx: slower to start, same output.
 */

/** How a pool's worker threads start: the boot module and what it imports. */
export interface WorkerModule {
  /** worker-boot.mjs. */
  boot: URL;
  /** The module the boot imports (file URL). */
  entry: string;
  /** true: `entry` is plain JavaScript (the boot imports it directly); false: TypeScript through tsx. */
  compiled: boolean;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const WORKER_SOURCE = new URL('./extract-worker.ts', import.meta.url);
const NAME = 'extract-worker';

/**
 * The extraction worker's module for a pool: the compiled bundle when it is (or can be made) current,
 * else the TypeScript source. GOVGRAPH_NO_COMPILE=1 asks for the source (to debug with tsx).
 */
export function extractWorkerModule(opts: { cacheDir?: string } = {}): WorkerModule {
  const source: WorkerModule = { boot: BOOT, entry: WORKER_SOURCE.href, compiled: false };
  if (process.env.GOVGRAPH_NO_COMPILE) return source;
  const bundle = compiledBundle(fileURLToPath(WORKER_SOURCE), opts.cacheDir ?? defaultCacheDir());
  return bundle ? { boot: BOOT, entry: pathToFileURL(bundle).href, compiled: true } : source;
}

/**
 * How the pools of `extract` and `ingest` send their tasks: articles are kilobytes, and a message
 * each (thousands a run) costs the workers more time than batching them does; a big file ends a batch.
 */
export const EXTRACT_BATCH: BatchOptions<ExtractTask> = { tasks: 64, weigh: (t) => t.bytes.length, weight: 256 * 1024 };

/**
 * How an extraction thread starts: boot module and workerData (`data` and where the worker's module
 * is). The segmenter's dictionary starts loading here, in the background, while the threads start:
 * they share it (preloadSegmenter).
 */
export function extractThread(data: Record<string, unknown>): { boot: URL; workerData: unknown } {
  // (nothing here may fail a run: without the preload each thread loads its own)
  void import('../pipeline/segment.js').then((s) => s.preloadSegmenter()).catch(() => undefined);
  const m = extractWorkerModule();
  return { boot: m.boot, workerData: { ...data, entry: m.entry, compiled: m.compiled } };
}

/**
 * The path of a current bundle of `entry` in `cacheDir` (built if missing or stale), or null when
 * none can be had. The folder must lie inside the project, where the bundle's package imports
 * (nodejieba, opencc-js …) resolve as they do from the sources.
 */
export function compiledBundle(entry: string, cacheDir: string | null): string | null {
  if (!cacheDir) return null;
  try {
    const esbuild = loadEsbuild();
    if (!esbuild) return null;
    return currentBundle(NAME, cacheDir, esbuild.version) ?? build(entry, cacheDir, esbuild);
  } catch {
    return null;
  }
}

/** Bundle `entry` into one module (packages stay imports) and keep it (bundle-cache.mjs). */
function build(entry: string, cacheDir: string, esbuild: NonNullable<ReturnType<typeof loadEsbuild>>): string {
  const result = esbuild.buildSync(buildOptions(entry));
  const inputs = buildInputs(result);
  return saveBundle({ name: NAME, cacheDir, esbuildVersion: esbuild.version, outputs: [{ path: 'worker.mjs', contents: result.outputFiles[0]!.contents }], entry: 'worker.mjs', inputs });
}
