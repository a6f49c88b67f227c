import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sha256Hex } from '../domain/ids.js';
import { writeFileAtomically } from '../pipeline/atomic-file.js';
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
 * Never stale: the bundle's manifest records the content hash of every source file that went into
 * it, and the bundle is used only while every one of them still has that hash; otherwise it is
 * rebuilt (≈0.1 s). Several processes may build at once: each writes under a temporary name and
 * renames, so none reads half a file. If anything fails (a read-only install, no esbuild) the
 * caller falls back to TypeScript through tsx: slower to start, same output.
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

interface Manifest {
  /** The bundle's file name in the cache folder. */
  bundle: string;
  /** esbuild's version: another compiler, another bundle. */
  esbuild: string;
  /** Every source file bundled (absolute path) and the sha256 of its content then. */
  inputs: Record<string, string>;
}

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
    const manifest = readManifest(cacheDir);
    if (manifest && manifest.esbuild === esbuild.version && isCurrent(manifest)) return join(cacheDir, manifest.bundle);
    return build(entry, cacheDir, esbuild);
  } catch {
    return null;
  }
}

/** node_modules/.cache/govgraph of the install that holds the worker's packages (found by nodejieba). */
function defaultCacheDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('nodejieba/package.json');
    return join(dirname(dirname(pkg)), '.cache', 'govgraph');
  } catch {
    return null;
  }
}

type Esbuild = typeof import('esbuild');
function loadEsbuild(): Esbuild | null {
  try {
    return createRequire(import.meta.url)('esbuild') as Esbuild;
  } catch {
    return null;
  }
}

function readManifest(cacheDir: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, `${NAME}.json`), 'utf8')) as Manifest;
    return typeof m.bundle === 'string' && typeof m.esbuild === 'string' && m.inputs && typeof m.inputs === 'object' ? m : null;
  } catch {
    return null;
  }
}

/** Every input still has the content it was bundled from, and the bundle is there. */
function isCurrent(m: Manifest): boolean {
  for (const [path, hash] of Object.entries(m.inputs)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return false;
    }
    if (sha256Hex(bytes) !== hash) return false;
  }
  return Object.keys(m.inputs).length > 0;
}

/** Bundle `entry` (packages stay imports), write bundle then manifest (each renamed into place), drop older bundles. */
function build(entry: string, cacheDir: string, esbuild: Esbuild): string {
  const cwd = process.cwd();
  const result = esbuild.buildSync({
    absWorkingDir: cwd,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(cwd, input);
    inputs[path] = sha256Hex(readFileSync(path));
  }
  const bundle = `${NAME}-${sha256Hex(code).slice(0, 16)}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  writeFileAtomically(join(cacheDir, bundle), code);
  writeFileAtomically(join(cacheDir, `${NAME}.json`), JSON.stringify({ bundle, esbuild: esbuild.version, inputs } satisfies Manifest, null, 1));
  dropOldBundles(cacheDir, bundle);
  return join(cacheDir, bundle);
}

/**
 * Bundles other than `keep` written over an hour ago: not at once, since a run that started from
 * one a moment ago may still be starting its worker threads from it.
 */
function dropOldBundles(cacheDir: string, keep: string): void {
  const hourAgo = Date.now() - 3600_000;
  for (const f of readdirSync(cacheDir)) {
    if (!f.startsWith(`${NAME}-`) || f === keep) continue;
    const path = join(cacheDir, f);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
    } catch {
      // gone already (another process dropped it)
    }
  }
}
