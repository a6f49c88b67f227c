// Compiled bundles of govgraph's TypeScript, kept in node_modules/.cache/govgraph (next to the
// packages they import, so that those resolve as they do from the sources): the CLI's (bin/govgraph.mjs
// runs it without tsx's loader: ≈0.4 s off every command) and the extraction worker's (each worker
// thread starts without tsx: compiled-worker.ts). Plain JavaScript, because bin/govgraph.mjs must
// read it before anything can compile TypeScript.
//
// Never stale: a bundle's manifest (<name>.json) records the content hash of every source file that
// went into it, and the bundle is used only while each of them still has that hash; otherwise it
// is rebuilt. Several processes may build at once: each writes under a temporary name and renames,
// so none reads half a bundle. Whoever cannot build (no esbuild, a read-only install) runs the
// sources through tsx instead: slower to start, same output.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomically } from '../pipeline/atomic-file.mjs';

const require = createRequire(import.meta.url);

/** @param {Uint8Array | string} data */
const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');

/** node_modules/.cache/govgraph of the install that holds govgraph's packages (found by nodejieba), or null. */
export function defaultCacheDir() {
  try {
    return join(dirname(dirname(require.resolve('nodejieba/package.json'))), '.cache', 'govgraph');
  } catch {
    return null;
  }
}

/** esbuild's API, or null where it is not installed. */
export function loadEsbuild() {
  try {
    return require('esbuild');
  } catch {
    return null;
  }
}

/**
 * The path of bundle `name`'s entry in `cacheDir` when it is current (built by this esbuild, every
 * source unchanged, the file there), else null.
 * @param {string} name
 * @param {string} cacheDir
 * @param {string} esbuildVersion
 */
export function currentBundle(name, cacheDir, esbuildVersion) {
  let m;
  try {
    m = JSON.parse(readFileSync(join(cacheDir, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
  if (typeof m?.bundle !== 'string' || m.esbuild !== esbuildVersion || !m.inputs || typeof m.inputs !== 'object') return null;
  const inputs = Object.entries(m.inputs);
  if (!inputs.length) return null;
  for (const [path, hash] of inputs) {
    try {
      if (sha256Hex(readFileSync(path)) !== hash) return null;
    } catch {
      return null;
    }
  }
  const entry = join(cacheDir, m.bundle);
  try {
    statSync(entry);
  } catch {
    return null;
  }
  return entry;
}

/**
 * Keep a build: its files written under `<name>-<hash of their content>` (one file: `.mjs`; several:
 * a folder of them, renamed into place whole), then the manifest naming it and the sources' hashes;
 * older builds dropped. Returns the path of the entry.
 * @param {{ name: string; cacheDir: string; esbuildVersion: string; outputs: Array<{ path: string; contents: Uint8Array }>; entry: string; inputs: string[] }} b
 *   outputs' and entry's paths are relative to the build's folder; inputs are absolute paths
 */
export function saveBundle({ name, cacheDir, esbuildVersion, outputs, entry, inputs }) {
  const sorted = [...outputs].sort((a, b) => (a.path < b.path ? -1 : 1));
  const hash = sha256Hex(sorted.map((o) => `${o.path}\0${sha256Hex(o.contents)}`).join('\n')).slice(0, 16);
  mkdirSync(cacheDir, { recursive: true });
  let bundle;
  if (sorted.length === 1) {
    bundle = `${name}-${hash}.mjs`;
    writeFileAtomically(join(cacheDir, bundle), sorted[0].contents);
  } else {
    const dir = `${name}-${hash}`;
    bundle = `${dir}/${entry}`;
    writeFolderAtomically(join(cacheDir, dir), sorted);
  }
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const path of inputs) hashes[path] = sha256Hex(readFileSync(path));
  writeFileAtomically(join(cacheDir, `${name}.json`), JSON.stringify({ bundle, esbuild: esbuildVersion, inputs: hashes }, null, 1));
  dropOldBundles(cacheDir, name, bundle.split('/')[0]);
  return join(cacheDir, bundle);
}

/** How long an unused build is kept: a worker's module file, a CLI's folder of chunks (see dropOldBundles). */
const FILE_KEPT_MS = 3600_000;
const FOLDER_KEPT_MS = 7 * 24 * 3600_000;

/**
 * A folder of files written under a temporary name, then renamed into place; if another process
 * renamed the same folder (same name: same content) first, theirs stays.
 * @param {string} dir
 * @param {Array<{ path: string; contents: Uint8Array }>} files
 */
function writeFolderAtomically(dir, files) {
  const part = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  for (const f of files) {
    mkdirSync(dirname(join(part, f.path)), { recursive: true });
    writeFileSync(join(part, f.path), f.contents);
  }
  try {
    renameSync(part, dir);
  } catch (e) {
    rmSync(part, { recursive: true, force: true });
    const code = /** @type {NodeJS.ErrnoException} */ (e).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    markUsed(dir);
  }
}

/**
 * Builds of `name` other than `keep` not used for a while: not at once, since a run that started
 * from one a moment ago may still be loading it (or starting its threads from it). A file (a
 * worker's module, imported whole when a thread starts) goes after an hour; a folder (the CLI's,
 * whose chunks a process loads when it first needs them: a server's ingestDocument loads the
 * extraction code hours after it started) after a week without a process starting from it
 * (cliBundle marks the folder at every start). A temporary name a process that died left behind
 * goes by the same ages.
 * @param {string} cacheDir
 * @param {string} name
 * @param {string} keep
 */
function dropOldBundles(cacheDir, name, keep) {
  const now = Date.now();
  for (const f of readdirSync(cacheDir)) {
    if (!f.startsWith(`${name}-`) || f === keep) continue;
    const path = join(cacheDir, f);
    try {
      const st = statSync(path);
      if (st.mtimeMs < now - (st.isDirectory() ? FOLDER_KEPT_MS : FILE_KEPT_MS)) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already (another process dropped it)
    }
  }
}

/**
 * The esbuild options of every bundle here: one ES module for this node, packages left as imports
 * (they resolve from the cache folder as from the sources), the files kept in memory, what was read listed.
 * @param {string} entry
 */
export function buildOptions(entry) {
  return {
    absWorkingDir: process.cwd(),
    entryPoints: [entry],
    bundle: true,
    format: /** @type {const} */ ('esm'),
    platform: /** @type {const} */ ('node'),
    target: `node${process.versions.node.split('.')[0]}`,
    packages: /** @type {const} */ ('external'),
    metafile: true,
    write: /** @type {const} */ (false),
    logLevel: /** @type {const} */ ('silent'),
  };
}

/**
 * The source files a build read (absolute paths).
 * @param {{ metafile: { inputs: Record<string, unknown> } }} result
 */
export function buildInputs(result) {
  return Object.keys(result.metafile.inputs).map((p) => resolve(process.cwd(), p));
}

/**
 * The CLI's compiled entry (a file URL), built when missing or stale, or null when it cannot be had
 * (the caller then runs the TypeScript through tsx). Each command's module is a chunk of its own,
 * loaded when that command runs, as from the sources; `import.meta.url` in each source file is the
 * URL of that file, so that what a module finds next to it (schema.graphql, cypher/, worker-boot.mjs)
 * is found from the bundle too.
 * @param {URL} entry src/cli/run.ts
 * @param {{ cacheDir?: string | null }} [opts]
 * @returns {Promise<string | null>}
 */
export async function cliBundle(entry, opts = {}) {
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  if (!cacheDir) return null;
  try {
    const esbuild = loadEsbuild();
    if (!esbuild) return null;
    const current = currentBundle('cli', cacheDir, esbuild.version);
    if (current) {
      markUsed(dirname(current));
      return pathToFileURL(current).href;
    }
    const source = fileURLToPath(entry);
    const outdir = join(cacheDir, 'cli-build');
    const result = await esbuild.build({ ...buildOptions(source), splitting: true, outdir, entryNames: '[name]', plugins: [sourceUrlPlugin] });
    const outputs = result.outputFiles.map((f) => ({ path: f.path.slice(outdir.length + 1), contents: f.contents }));
    const inputs = buildInputs(result);
    const path = saveBundle({ name: 'cli', cacheDir, esbuildVersion: esbuild.version, outputs, entry: `${basename(source, extname(source))}.js`, inputs });
    return pathToFileURL(path).href;
  } catch {
    return null;
  }
}

/**
 * A build's folder marked as used now (its age is the time since a process last started from it).
 * @param {string} dir
 */
function markUsed(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // a read-only cache: nothing is dropped from it either
  }
}

/** Each TypeScript source's `import.meta.url` replaced by its own file's URL (the bundle lives elsewhere). */
const sourceUrlPlugin = {
  name: 'govgraph-source-url',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.m?ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};
