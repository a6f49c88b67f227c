/**
 * npm run bench:ingest [-- --docs 10000] [-- --batch 64] [-- --corpus DIR] [-- --no-neo4j]
 *
 * The dev corpus replicated under varied cities and dates to --docs documents (distinct texts, so
 * distinct documents, meetings and people), extracted once, then written:
 *  - to the memory store (durable log in a temp dir): docs/s, relationships/s, and the ratio to
 *    extraction's own docs/s (bar: the store is not slower than extraction, ≥ 1.0×);
 *  - to Neo4j when NEO4J_URI is set (npm run neo4j:start): docs/s, relationships/s, and the ratio
 *    to a plain UNWIND … CREATE of the same rows in the same batches (the write floor; bar ≥ 0.5×).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REL_ENDPOINTS, type GraphBatch, type GraphNode, type GraphRelType, type NodeLabel } from '../src/domain/index.js';
import { extractDocument, gazetteer, toGraphBatch } from '../src/pipeline/index.js';
import { MemoryStore, Neo4jStore, neo4jConfigFromEnv } from '../src/storage/index.js';
import { DEFAULT_CORPUS, loadCorpus } from './corpus.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '64' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    'no-neo4j': { type: 'boolean', default: false },
  },
});
const N = Number(values.docs);
const B = Number(values.batch);

// ---------------------------------------------------------------- variants
const originals = loadCorpus(values.corpus!, 'bench:ingest').map(({ name, bytes }) => {
  const r = extractDocument({ source: name, bytes });
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return { name, text: bytes.toString('utf8'), city: r.record.document.city };
});
const cities = gazetteer().entries.filter((e) => e.level === 'city' && !e.former && e.short.length >= 2).map((e) => e.short);
function variant(k: number): { name: string; text: string } {
  const o = originals[k % originals.length]!;
  let text = o.text;
  const city = cities[(k * 7919) % cities.length]!;
  if (o.city && o.city !== city) text = text.split(o.city).join(city);
  text = text.replace(/(\d{1,2})月(\d{1,2})日/g, (_, m, d) => `${((Number(m) + k) % 12) + 1}月${((Number(d) + k) % 28) + 1}日`);
  return { name: `v${k}-${o.name}`, text: `${text}\n（副本${k}）` };
}

const mib = (b: number) => b / 1048576;
console.log(`documents: ${N} (the ${originals.length} dev articles under ${cities.length} cities and shifted dates), batches of ${B}`);

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

const chunks: GraphBatch[][] = [];
for (let i = 0; i < batches.length; i += B) chunks.push(batches.slice(i, i + B));

// ---------------------------------------------------------------- memory store
{
  const tmp = mkdtempSync(join(tmpdir(), 'govgraph-bench-'));
  const s = MemoryStore.open(tmp);
  t0 = performance.now();
  let rels = 0;
  for (const c of chunks) rels += (await s.upsert(c)).relsAdded;
  const sec = (performance.now() - t0) / 1000;
  await s.close();
  const t1 = performance.now();
  const again = MemoryStore.open(tmp);
  const reopenS = (performance.now() - t1) / 1000;
  const stats = await again.stats();
  await again.close();
  rmSync(tmp, { recursive: true, force: true });
  const rate = batches.length / sec;
  console.log(`memory    ${rate.toFixed(0).padStart(7)} docs/s  ${(rels / sec).toFixed(0)} relationships/s  (reopen ${reopenS.toFixed(1)} s, ${Object.values(stats.nodes).reduce((a, b) => a + (b ?? 0), 0)} nodes)`);
  console.log(`ratio     memory store / extraction   ${(rate / extractRate).toFixed(1)}×   (bar ≥ 1.0×: the store is not the bottleneck)`);
}

// ---------------------------------------------------------------- neo4j
const cfg = neo4jConfigFromEnv();
if (values['no-neo4j'] || !cfg) {
  console.log('neo4j     skipped (set NEO4J_URI, e.g. after npm run neo4j:start)');
} else {
  const s = await Neo4jStore.connect(cfg);
  try {
    await s.clearAll();
    await s.applySchema();
    t0 = performance.now();
    let rels = 0;
    for (const c of chunks) rels += (await s.upsert(c)).relsAdded;
    const mergeS = (performance.now() - t0) / 1000;

    // the write floor: the same rows, created without MERGE, in the same batches
    await s.clearAll();
    const seen = new Set<string>();
    t0 = performance.now();
    for (const c of chunks) {
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
console.log(`memory    peak RSS ${mib(process.resourceUsage().maxRSS * 1024).toFixed(0)} MiB`);
