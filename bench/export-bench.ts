/**
 * npm run bench:export [-- --docs 100000] [-- --small 10000] [-- --heap MiB] [-- --data DIR] [-- --corpus DIR]
 *
 * Exports and reports stream: their memory stays flat in graph size. On a --small store and a
 * --docs store (the dev articles under other cities and dates, copied under new ids), each
 * command runs as the CLI in its own process; the benchmark prints its peak RSS on both, the
 * ratio big/small (bar: ≤ 1.3×, and < 300 MiB), its time and its output size — beside `govgraph
 * stats` measured in the same run (the baseline: what opening the store costs).
 * --heap MiB runs every command with that V8 heap limit (--max-old-space-size): a command that
 * completes on the big store within a small heap holds nothing in proportion to the graph (the
 * peak RSS without a limit is mostly garbage V8 has not collected yet).
 * --data DIR keeps the big store there (built once, reused by later runs; bench:api uses the same).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SqliteStore } from '../src/storage/index.js';
import { buildStore, DEFAULT_CORPUS, measureCli, mib } from './corpus.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    small: { type: 'string', default: '10000' },
    heap: { type: 'string' },
    data: { type: 'string' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
  },
});
const BIG = Number(values.docs);
const SMALL = Number(values.small);
const bigDir = values.data ? resolve(values.data) : mkdtempSync(join(tmpdir(), 'govgraph-export-bench-'));
const smallDir = mkdtempSync(join(tmpdir(), 'govgraph-export-bench-small-'));
const nodeFlags = values.heap ? [`--max-old-space-size=${Number(values.heap)}`] : [];
const out = mkdtempSync(join(tmpdir(), 'govgraph-export-bench-out-'));

/** The city with the most meetings: its attendance report is the largest a user can ask for. */
async function busiestCity(dir: string): Promise<string> {
  const s = SqliteStore.open(dir, { mode: 'read' });
  try {
    const c = (await s.list({ label: 'City', orderBy: 'meetingCount' }, { first: 1 })).items[0]!;
    return String(c.node.props.adminCode);
  } finally {
    await s.close();
  }
}

const sizeOf = (p: string): number => {
  const st = statSync(p);
  return st.isDirectory() ? readdirSync(p).reduce((n, f) => n + sizeOf(join(p, f)), 0) : st.size;
};

try {
  await buildStore(smallDir, SMALL, values.corpus!, 'bench:export');
  await buildStore(bigDir, BIG, values.corpus!, 'bench:export');
  const cities = { small: await busiestCity(smallDir), big: await busiestCity(bigDir) };
  const JOBS: Array<{ name: string; args: (dir: string, city: string, target: string) => string[]; file: string }> = [
    { name: 'stats (baseline)', args: (d) => ['stats', '--data', d], file: '' },
    { name: 'export jsonl', args: (d, _, t) => ['export', '--data', d, '--out', t], file: 'g.jsonl' },
    { name: 'export graphml', args: (d, _, t) => ['export', '-f', 'graphml', '--data', d, '--out', t], file: 'g.graphml' },
    { name: 'export neo4j-csv', args: (d, _, t) => ['export', '-f', 'neo4j-csv', '--data', d, '--out', t], file: 'csv' },
    { name: 'export cypher', args: (d, _, t) => ['export', '-f', 'cypher', '--data', d, '--out', t], file: 'g.cypher' },
    { name: 'report attendance csv (busiest city)', args: (d, c, t) => ['report', 'attendance', '--city', c, '--data', d, '--out', t], file: 'a.csv' },
    { name: 'report attendance html (busiest city)', args: (d, c, t) => ['report', 'attendance', '--city', c, '--data', d, '--out', t], file: 'a.html' },
    { name: 'report city md (busiest city)', args: (d, c, t) => ['report', 'city', '--city', c, '--data', d, '--out', t], file: 'c.md' },
  ];
  console.log(`memory    peak RSS of each command on ${SMALL} and ${BIG} documents (bar: big ≤ 1.3× small, < 300 MiB)${values.heap ? `, V8 heap limited to ${values.heap} MiB` : ''}`);
  let worst = 0;
  for (const job of JOBS) {
    const runs = (['small', 'big'] as const).map((which) => {
      const target = job.file ? join(out, `${which}-${job.file}`) : '';
      const m = measureCli(job.args(which === 'small' ? smallDir : bigDir, cities[which], target), nodeFlags);
      const bytes = target ? sizeOf(target) : 0;
      if (target) rmSync(target, { recursive: true, force: true });
      return { ...m, bytes };
    });
    const [a, b] = runs as [(typeof runs)[number], (typeof runs)[number]];
    const ratio = b.rss / a.rss;
    if (!job.name.startsWith('stats')) worst = Math.max(worst, ratio);
    const met = ratio <= 1.3 && mib(b.rss) < 300 ? 'met' : 'NOT met';
    console.log(
      `${job.name.padEnd(40)} ${mib(a.rss).toFixed(0).padStart(4)} → ${mib(b.rss).toFixed(0).padStart(4)} MiB  ${ratio.toFixed(2)}×  ` +
        `${b.seconds.toFixed(1).padStart(6)} s on ${BIG}${b.bytes ? `, ${mib(b.bytes).toFixed(0)} MiB written` : ''}${job.name.startsWith('stats') ? '' : `  (bar ${met})`}`,
    );
  }
  console.log(`worst     ${worst.toFixed(2)}× peak RSS from ${SMALL} to ${BIG} documents`);
} finally {
  rmSync(smallDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  if (!values.data) rmSync(bigDir, { recursive: true, force: true });
}
