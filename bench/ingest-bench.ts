/**
 * npm run bench:ingest [-- --docs 10000] [-- --batch 1024] [-- --store-docs 100000] [-- --corpus DIR] [-- --no-neo4j]
 *
 * The dev corpus replicated under varied cities and dates to --docs documents (distinct texts, so
 * distinct documents, meetings and people), extracted once, then written:
 *  - to the embedded SQLite store (a file in a temp dir): docs/s, relationships/s, and the ratio
 *    to extraction's own docs/s on one thread (bar ≥ 3×: the store is far from the bottleneck);
 *  - to Neo4j when GOVGRAPH_TEST_NEO4J_URI names a test server (the benchmark empties it, so the
 *    same guard as the tests applies: never a user's NEO4J_URI): docs/s and the ratio to a plain
 *    UNWIND … CREATE of the same rows in the same batches (the write floor; bar ≥ 0.5×).
 * Then a --store-docs store (the extracted batches copied under new ids) is built, and measured:
 * the time to open it (bar < 1 s) and the peak RSS of `govgraph stats` on it, beside the same on
 * the --docs store (bar: flat in graph size, under 200 MB).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REL_ENDPOINTS, type GraphBatch, type GraphNode, type GraphRelType, type NodeLabel } from '../src/domain/index.js';
import { extractDocument, toGraphBatch } from '../src/pipeline/index.js';
import { SqliteStore, type Neo4jStore } from '../src/storage/index.js';
import { claimTestDatabase, testNeo4jConfig } from '../test/support/neo4j-test-db.js';
import { DEFAULT_CORPUS, fillWithCopies, measureCli, mib, variants } from './corpus.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '1024' },
    'store-docs': { type: 'string', default: '100000' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    'no-neo4j': { type: 'boolean', default: false },
  },
});
const N = Number(values.docs);
const B = Number(values.batch);
const BIG = Number(values['store-docs']);

// ---------------------------------------------------------------- variants
const { count: originals, cities, variant } = variants(values.corpus!, 'bench:ingest');

console.log(`documents: ${N} (the ${originals} dev articles under ${cities} cities and shifted dates), batches of ${B}`);

// ---------------------------------------------------------------- extraction
let t0 = performance.now();
const batches: GraphBatch[] = [];
const ingestedAt = new Date().toISOString();
for (let k = 0; k < N; k++) {
  const v = variant(k);
  const r = extractDocument({ source: v.name, text: v.text });
  if (r.ok) batches.push(toGraphBatch(r.record, { ingestedAt }));
}
const extractS = (performance.now() - t0) / 1000;
const totalRels = batches.reduce((n, b) => n + b.rels.length, 0);
const extractRate = batches.length / extractS;
console.log(`extract   ${extractRate.toFixed(0).padStart(7)} docs/s  (${totalRels} relationships in ${batches.length} batches; ${extractS.toFixed(1)} s, one thread)`);

const chunks = (bs: GraphBatch[]) => {
  const out: GraphBatch[][] = [];
  for (let i = 0; i < bs.length; i += B) out.push(bs.slice(i, i + B));
  return out;
};

// ---------------------------------------------------------------- sqlite
const small = mkdtempSync(join(tmpdir(), 'govgraph-bench-'));
{
  const s = SqliteStore.open(small);
  t0 = performance.now();
  let rels = 0;
  for (const c of chunks(batches)) rels += (await s.upsert(c)).relsAdded;
  const sec = (performance.now() - t0) / 1000;
  await s.close();
  const rate = batches.length / sec;
  console.log(`sqlite    ${rate.toFixed(0).padStart(7)} docs/s  ${(rels / sec).toFixed(0)} relationships/s  (${mib(statSync(join(small, 'govgraph.sqlite')).size).toFixed(0)} MiB on disk)`);
  console.log(`ratio     sqlite store / extraction   ${(rate / extractRate).toFixed(1)}×   (bar ≥ 3.0×)`);
}

// ---------------------------------------------------------------- neo4j
const cfg = testNeo4jConfig();
if (values['no-neo4j'] || !cfg) {
  console.log('neo4j     skipped (set GOVGRAPH_TEST_NEO4J_URI to a server the benchmark may empty, e.g. after npm run neo4j:start)');
} else {
  const s: Neo4jStore = await claimTestDatabase();
  try {
    await s.applySchema();
    // a server just started compiles its queries and fills its page cache on the first writes: one
    // batch written and cleared first, so that MERGE is timed warm, like the floor that follows it
    // (a cold server measured 0.47× here where a warm one measures 0.75–0.78×)
    await s.upsert(chunks(batches)[0]!);
    await s.clearAll();
    t0 = performance.now();
    let rels = 0;
    for (const c of chunks(batches)) rels += (await s.upsert(c)).relsAdded;
    const mergeS = (performance.now() - t0) / 1000;

    // the write floor: the same rows, created without MERGE, in the same batches
    await s.clearAll();
    const seen = new Set<string>();
    t0 = performance.now();
    for (const c of chunks(batches)) {
      const nodes = new Map<NodeLabel, GraphNode[]>();
      const relsBy = new Map<GraphRelType, Array<Record<string, unknown>>>();
      for (const b of c) {
        for (const n of [b.document, ...b.nodes]) {
          if (seen.has(n.id)) continue;
          seen.add(n.id);
          nodes.set(n.label, [...(nodes.get(n.label) ?? []), n]);
        }
        for (const r of b.rels) relsBy.set(r.type, [...(relsBy.get(r.type) ?? []), { from: r.from, to: r.to, props: { document: r.document, evidence: r.evidence, rule: r.rule, confidence: r.confidence, ...(r.props ?? {}) } }]);
      }
      await s.runInOneTransaction([
        ...[...nodes].map(([label, ns]) => ({ query: `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props, n.id = row.id`, params: { rows: ns.map((n) => ({ id: n.id, props: n.props })) } })),
        ...[...relsBy].map(([type, rows]) => {
          const [from, to] = REL_ENDPOINTS[type];
          return { query: `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`, params: { rows } };
        }),
      ]);
    }
    const floorS = (performance.now() - t0) / 1000;
    await s.clearAll();
    const rate = batches.length / mergeS;
    const floor = batches.length / floorS;
    console.log(`neo4j     ${rate.toFixed(0).padStart(7)} docs/s  ${(rels / mergeS).toFixed(0)} relationships/s  (${s.uri})`);
    console.log(`floor     ${floor.toFixed(0).padStart(7)} docs/s  plain UNWIND … CREATE of the same rows`);
    console.log(`ratio     neo4j MERGE / CREATE floor   ${(rate / floor).toFixed(2)}×   (bar ≥ 0.50×)`);
  } finally {
    await s.close();
  }
}

// ---------------------------------------------------------------- a large store: open time, stats memory
const big = mkdtempSync(join(tmpdir(), 'govgraph-bench-big-'));
try {
  const s = SqliteStore.open(big);
  const buildS = await fillWithCopies(s, batches, BIG, 512);
  await s.close();
  const t1 = performance.now();
  const opened = SqliteStore.open(big, { mode: 'read' });
  const st = await opened.stats();
  const openS = (performance.now() - t1) / 1000;
  await opened.close();
  const size = mib(statSync(join(big, 'govgraph.sqlite')).size);
  console.log(`store     ${BIG} documents built in ${buildS.toFixed(0)} s (${(BIG / buildS).toFixed(0)} docs/s), ${size.toFixed(0)} MiB, ${Object.values(st.nodes).reduce((a, b) => a + (b ?? 0), 0)} nodes`);
  console.log(`open      ${(openS * 1000).toFixed(0)} ms to open the ${BIG}-document store and count it   (bar < 1000 ms)`);
  const rssSmall = measureCli(['stats', '--data', small]).rss;
  const rssBig = measureCli(['stats', '--data', big]).rss;
  console.log(`stats     peak RSS ${mib(rssSmall).toFixed(0)} MiB on ${N} documents, ${mib(rssBig).toFixed(0)} MiB on ${BIG}   (bar: flat, < 200 MiB)`);
} finally {
  rmSync(big, { recursive: true, force: true });
  rmSync(small, { recursive: true, force: true });
}
console.log(`bench     peak RSS ${mib(process.resourceUsage().maxRSS * 1024).toFixed(0)} MiB`);
