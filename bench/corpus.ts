import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphBatch } from '../src/domain/index.js';
import { extractDocument, gazetteer, toGraphBatch } from '../src/pipeline/index.js';
import { SQLITE_FILE, SqliteStore } from '../src/storage/index.js';

/** The default corpus of the benchmarks: the shared dev articles beside the repository. */
export const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../shared/corpus/dev');

/** The .txt articles of a folder (name and bytes), or exit 2 with a message when there is none. */
export function loadCorpus(dir: string, bench: string): Array<{ name: string; bytes: Buffer }> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    files = [];
  }
  if (!files.length) {
    console.error(`${bench}: no corpus at ${dir} (pass --corpus DIR)`);
    process.exit(2);
  }
  return files.map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
}

/**
 * Varied articles from a corpus: article k is corpus article k mod n, moved to another city (of
 * the gazetteer's) and other dates, and marked as copy k — a distinct text, so a distinct
 * document, meeting and people.
 */
export function variants(dir: string, bench: string): { count: number; cities: number; variant: (k: number) => { name: string; text: string } } {
  const originals = loadCorpus(dir, bench).map(({ name, bytes }) => {
    const r = extractDocument({ source: name, bytes });
    if (!r.ok) throw new Error(`${name}: ${r.error}`);
    return { name, text: bytes.toString('utf8'), city: r.record.document.city };
  });
  const cities = gazetteer().entries.filter((e) => e.level === 'city' && !e.former && e.short.length >= 2).map((e) => e.short);
  const variant = (k: number) => {
    const o = originals[k % originals.length]!;
    let text = o.text;
    const city = cities[(k * 7919) % cities.length]!;
    if (o.city && o.city !== city) text = text.split(o.city).join(city);
    text = text.replace(/(\d{1,2})月(\d{1,2})日/g, (_, m, d) => `${((Number(m) + k) % 12) + 1}月${((Number(d) + k) % 28) + 1}日`);
    return { name: `v${k}-${o.name}`, text: `${text}\n（副本${k}）` };
  };
  return { count: originals.length, cities: cities.length, variant };
}

/** A batch copied under new ids (copy k): the same shape, other documents, people and meetings. */
export function copyOf(b: GraphBatch, k: number): GraphBatch {
  if (k === 0) return b;
  const id = (x: string) => (x.startsWith('city:') ? x : `${x}~${k}`);
  return {
    document: { ...b.document, id: id(b.document.id) },
    nodes: b.nodes.map((n) => ({ ...n, id: id(n.id) })),
    rels: b.rels.map((r) => ({ ...r, from: id(r.from), to: id(r.to), document: id(r.document) })),
  };
}

/**
 * An embedded store of n documents in dir, built once (kept for later runs): up to 5,000 varied
 * articles, extracted, then copied under new ids up to n.
 */
export async function buildStore(dir: string, n: number, corpus: string, bench: string): Promise<void> {
  if (existsSync(join(dir, SQLITE_FILE))) return;
  const { variant } = variants(corpus, bench);
  const base: GraphBatch[] = [];
  const ingestedAt = new Date().toISOString();
  for (let k = 0; k < Math.min(n, 5000); k++) {
    const v = variant(k);
    const r = extractDocument({ source: v.name, text: v.text });
    if (r.ok) base.push(toGraphBatch(r.record, { ingestedAt }));
  }
  const s = SqliteStore.open(dir);
  const seconds = await fillWithCopies(s, base, n, 1024);
  await s.close();
  console.log(`graph     ${n} documents built in ${seconds.toFixed(0)} s (${dir})`);
}

/** n documents into a store: the batches, then their copies under new ids, written `batch` at a time; the seconds it took. */
export async function fillWithCopies(s: SqliteStore, batches: GraphBatch[], n: number, batch: number): Promise<number> {
  const t0 = performance.now();
  let pending: GraphBatch[] = [];
  for (let k = 0; k < n; k++) {
    pending.push(copyOf(batches[k % batches.length]!, Math.floor(k / batches.length)));
    if (pending.length >= batch) {
      await s.upsert(pending);
      pending = [];
    }
  }
  if (pending.length) await s.upsert(pending);
  return (performance.now() - t0) / 1000;
}

export const BIN = resolve(import.meta.dirname, '../bin/govgraph.mjs');
export const mib = (b: number) => b / 1048576;

/**
 * Peak RSS and wall time of a CLI command on the embedded store: the child reports its own VmHWM
 * on exit (the peak of its own memory since exec; getrusage's maxRSS would include the pages a
 * large parent had when it forked).
 */
export function measureCli(args: string[], nodeFlags: string[] = []): { rss: number; seconds: number; stdout: string } {
  const probe = `import { readFileSync } from 'node:fs'; process.on('exit', () => process.stderr.write('\\nmaxRSS ' + /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1] + '\\n')); process.argv.splice(1, 0, ${JSON.stringify(BIN)}); await import(${JSON.stringify(BIN)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', probe, '--', ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /maxRSS (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`govgraph ${args.join(' ')} failed: ${r.stderr}`);
  return { rss: Number(m[1]) * 1024, seconds, stdout: r.stdout };
}
