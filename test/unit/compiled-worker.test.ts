import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cliBundle } from '../../src/app/bundle-cache.mjs';
import { compiledBundle, extractWorkerModule } from '../../src/app/compiled-worker.js';
import { runTask, type ExtractReply, type ExtractTask } from '../../src/app/extract-worker.js';

const tmp = mkdtempSync(join(tmpdir(), 'govgraph-compiled-'));
// a cache inside the project (where the bundle's package imports resolve), made and removed here
const root = fileURLToPath(new URL('../../', import.meta.url));
const projectCache = mkdtempSync(join(root, 'node_modules', '.cache-govgraph-test-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(projectCache, { recursive: true, force: true });
});

/** A two-module TypeScript program: entry.ts exports what dep.ts holds. */
function program(dir: string, value: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dep.ts'), `export const value: string = ${JSON.stringify(value)};\n`);
  writeFileSync(join(dir, 'entry.ts'), `import { value } from './dep.js';\nexport const answer = 'got ' + value;\n`);
  return join(dir, 'entry.ts');
}
const load = async (bundle: string) => ((await import(`${pathToFileURL(bundle).href}?t=${Date.now()}`)) as { answer: string }).answer;

describe('compiledBundle (worker threads start from one compiled module, never a stale one)', () => {
  it('bundles the module graph once, and reuses it while no source has changed', async () => {
    const src = join(tmp, 'p1');
    const cache = join(tmp, 'cache1');
    const entry = program(src, 'first');
    const b1 = compiledBundle(entry, cache)!;
    expect(b1).toMatch(/extract-worker-[0-9a-f]{16}\.mjs$/);
    expect(await load(b1)).toBe('got first');
    const manifest = JSON.parse(readFileSync(join(cache, 'extract-worker.json'), 'utf8')) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs).sort()).toEqual([join(src, 'dep.ts'), join(src, 'entry.ts')]);
    const built = statSync(b1).mtimeMs;
    const b2 = compiledBundle(entry, cache)!;
    expect(b2).toBe(b1);
    expect(statSync(b2).mtimeMs).toBe(built);
  });

  it('rebuilds when any bundled source changes, an imported one included', async () => {
    const src = join(tmp, 'p2');
    const cache = join(tmp, 'cache2');
    const entry = program(src, 'old');
    const before = compiledBundle(entry, cache)!;
    writeFileSync(join(src, 'dep.ts'), `export const value: string = 'new';\n`);
    const after = compiledBundle(entry, cache)!;
    expect(after).not.toBe(before);
    expect(await load(after)).toBe('got new');
  });

  it('drops bundles written over an hour ago, keeps recent ones (a run may be starting from one)', () => {
    const src = join(tmp, 'p3');
    const cache = join(tmp, 'cache3');
    const entry = program(src, 'a');
    const first = compiledBundle(entry, cache)!;
    const hoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(first, hoursAgo, hoursAgo);
    // what a process that died while writing left behind, under its temporary name
    const abandoned = `${first}.12345.x7k2`;
    writeFileSync(abandoned, 'half a bundle');
    utimesSync(abandoned, hoursAgo, hoursAgo);
    writeFileSync(join(src, 'dep.ts'), `export const value: string = 'b';\n`);
    const second = compiledBundle(entry, cache)!;
    writeFileSync(join(src, 'dep.ts'), `export const value: string = 'c';\n`);
    const third = compiledBundle(entry, cache)!;
    const left = readdirSync(cache).filter((f) => f.startsWith('extract-worker-'));
    expect(left.sort()).toEqual([second, third].map((p) => p.slice(dirname(p).length + 1)).sort());
  });

  it('answers null (the caller falls back to the sources) when the cache cannot be written or the code does not compile', () => {
    const entry = program(join(tmp, 'p4'), 'x');
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    expect(compiledBundle(entry, join(file, 'cache'))).toBeNull();
    expect(compiledBundle(entry, null)).toBeNull();
    const broken = join(tmp, 'p5', 'entry.ts');
    mkdirSync(dirname(broken), { recursive: true });
    writeFileSync(broken, `import { nothing } from './missing.js';\nexport const answer = nothing;\n`);
    expect(compiledBundle(broken, join(tmp, 'cache5'))).toBeNull();
  });

  it('GOVGRAPH_NO_COMPILE asks for the TypeScript source', () => {
    process.env.GOVGRAPH_NO_COMPILE = '1';
    try {
      const m = extractWorkerModule({ cacheDir: projectCache });
      expect(m.compiled).toBe(false);
      expect(m.entry).toMatch(/\/src\/app\/extract-worker\.ts$/);
    } finally {
      delete process.env.GOVGRAPH_NO_COMPILE;
    }
  });

  it('the compiled extraction worker, started as a thread, answers exactly as the source does on this thread', async () => {
    const m = extractWorkerModule({ cacheDir: projectCache });
    expect(m.compiled).toBe(true);
    expect(fileURLToPath(m.entry).startsWith(projectCache)).toBe(true);
    const text = '本报讯 3月5日，某某市市长王某某主持召开市政府常务会议，副市长李某某、赵某某出席。会议审议通过了《某某市某某行动方案》。';
    const task: ExtractTask = { seq: 0, path: 'a.txt', bytes: new TextEncoder().encode(text), ingestedAt: new Date(0).toISOString(), want: { format: 'jsonl', diagnostics: true } };
    const worker = new Worker(m.boot, { workerData: { stored: [], places: [], entry: m.entry, compiled: m.compiled } });
    try {
      // a batch of two tasks is answered with one message, the replies in the batch's order
      const second: ExtractTask = { ...task, seq: 1, path: 'b.txt', bytes: new TextEncoder().encode('另一篇。') };
      const replies = await new Promise<ExtractReply[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage([task, second]);
      });
      expect(replies.map((r) => [r.seq, r.path])).toEqual([
        [0, 'a.txt'],
        [1, 'b.txt'],
      ]);
      const reply = replies[0]!;
      const here = runTask({ ...task, bytes: new TextEncoder().encode(text) });
      expect(reply.ok && 'output' in reply).toBe(true);
      expect(new TextDecoder().decode((reply as { output: Uint8Array }).output)).toBe(new TextDecoder().decode((here as { output: Uint8Array }).output));
      expect(new TextDecoder().decode((here as { output: Uint8Array }).output)).toContain('王某某');
    } finally {
      await worker.terminate();
    }
  });
});

/**
 * A CLI-like program: main.ts reads a file next to it through import.meta.url and loads a command's
 * module only when asked (a chunk of its own in the bundle).
 */
function cliProgram(dir: string, word: string): URL {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'data.txt'), word);
  writeFileSync(join(dir, 'command.ts'), `export const run = (): string => 'command ran';\n`);
  writeFileSync(
    join(dir, 'main.ts'),
    `import { readFileSync } from 'node:fs';\n` +
      `export const word: string = readFileSync(new URL('./data.txt', import.meta.url), 'utf8');\n` +
      `export const here: string = import.meta.url;\n` +
      `export const command = async (): Promise<string> => (await import('./command.js')).run();\n`,
  );
  return pathToFileURL(join(dir, 'main.ts'));
}

describe('cliBundle (the CLI runs from a compiled bundle of its sources, never a stale one)', () => {
  it('bundles the sources, each keeping its own import.meta.url, with a lazily loaded module as a chunk of its own', async () => {
    const src = join(tmp, 'cli1');
    const cache = join(tmp, 'cli-cache1');
    const entry = cliProgram(src, 'hello');
    const url = (await cliBundle(entry, { cacheDir: cache }))!;
    expect(url).toMatch(/\/cli-[0-9a-f]{16}\/main\.js$/);
    expect(fileURLToPath(url).startsWith(cache)).toBe(true);
    const m = (await import(url)) as { word: string; here: string; command: () => Promise<string> };
    expect(m.word).toBe('hello');
    expect(m.here).toBe(entry.href);
    expect(await m.command()).toBe('command ran');
    // the command's module is not in the entry's file
    expect(readFileSync(fileURLToPath(url), 'utf8')).not.toContain('command ran');
    expect(await cliBundle(entry, { cacheDir: cache })).toBe(url);
  });

  it('keeps an older build a process started from within the week (its chunks may still be loaded later), drops one unused for longer', async () => {
    const src = join(tmp, 'cli4');
    const cache = join(tmp, 'cli-cache4');
    const entry = cliProgram(src, 'a');
    const dirOf = (url: string) => dirname(fileURLToPath(url));
    const first = dirOf((await cliBundle(entry, { cacheDir: cache }))!);
    const daysAgo = (d: number) => new Date(Date.now() - d * 24 * 3600_000);
    utimesSync(first, daysAgo(3), daysAgo(3));
    writeFileSync(join(src, 'data.txt'), 'b');
    writeFileSync(join(src, 'command.ts'), `export const run = (): string => 'b';\n`);
    const second = dirOf((await cliBundle(entry, { cacheDir: cache }))!);
    // three days unused, a day over the hour a worker's module file is kept: still there
    expect(readdirSync(cache).filter((f) => f.startsWith('cli-')).sort()).toEqual([first, second].map((d) => d.slice(cache.length + 1)).sort());
    // started from again (the same sources as the first): marked as used now
    writeFileSync(join(src, 'command.ts'), `export const run = (): string => 'command ran';\n`);
    writeFileSync(join(src, 'data.txt'), 'a');
    expect(dirOf((await cliBundle(entry, { cacheDir: cache }))!)).toBe(first);
    utimesSync(first, daysAgo(8), daysAgo(8));
    const reused = dirOf((await cliBundle(entry, { cacheDir: cache }))!);
    expect(reused).toBe(first);
    expect(statSync(first).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    // a week and more unused: dropped by the next build
    utimesSync(second, daysAgo(8), daysAgo(8));
    writeFileSync(join(src, 'command.ts'), `export const run = (): string => 'c';\n`);
    const third = dirOf((await cliBundle(entry, { cacheDir: cache }))!);
    expect(readdirSync(cache).filter((f) => f.startsWith('cli-')).sort()).toEqual([first, third].map((d) => d.slice(cache.length + 1)).sort());
  });

  it('rebuilds when a source changes; answers null when nothing can be built', async () => {
    const src = join(tmp, 'cli2');
    const cache = join(tmp, 'cli-cache2');
    const entry = cliProgram(src, 'one');
    const before = (await cliBundle(entry, { cacheDir: cache }))!;
    writeFileSync(join(src, 'command.ts'), `export const run = (): string => 'changed';\n`);
    const after = (await cliBundle(entry, { cacheDir: cache }))!;
    expect(after).not.toBe(before);
    expect(await ((await import(after)) as { command: () => Promise<string> }).command()).toBe('changed');
    expect(await cliBundle(entry, { cacheDir: null })).toBeNull();
    writeFileSync(join(src, 'main.ts'), `import { nothing } from './missing.js';\nexport const x = nothing;\n`);
    expect(await cliBundle(entry, { cacheDir: join(tmp, 'cli-cache3') })).toBeNull();
  });

  it('bin/govgraph.mjs answers the same from the bundle as from the sources through tsx (GOVGRAPH_NO_COMPILE=1)', () => {
    const bin = fileURLToPath(new URL('../../bin/govgraph.mjs', import.meta.url));
    const sample = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
    const article = join(sample, readdirSync(sample).filter((f) => f.endsWith('.txt')).sort()[0]!);
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [bin, 'extract', '--format', 'jsonl', article], { encoding: 'utf8', env: { ...process.env, ...env } });
    const compiled = run({});
    const source = run({ GOVGRAPH_NO_COMPILE: '1' });
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(source.status, source.stderr).toBe(0);
    expect(compiled.stdout).toContain('"document"');
    expect(compiled.stdout).toBe(source.stdout);
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', '.cache', 'govgraph', 'cli.json'), 'utf8')) as { bundle: string };
    expect(manifest.bundle).toMatch(/^cli-[0-9a-f]{16}\/run\.js$/);
  });
});
