import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_PROPERTIES, REL_PROPERTIES, type NodeLabel } from '../../src/domain/index.js';
import { ARRAY_DELIMITER, cypherLiteral } from '../../src/report/index.js';
import { SqliteStore } from '../../src/storage/index.js';
import { dumpOf } from '../contract/store-contract.js';
import { HOSTILE, hostileBatch } from '../support/hostile.js';
import { fillWithSamples } from '../support/samples.js';

/**
 * Exports read by other programs: GraphML by networkx (an independent reader), the neo4j-admin CSV
 * by Python's csv module, JSONL equal to the canonical dump; all of it with strings that break
 * naive writers. (Loading the CSV and running the Cypher script in Neo4j: export.neo4j.test.ts.)
 */
const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, timeout: 180_000, maxBuffer: 1 << 28 });
const python = (script: string, ...args: string[]) => spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
// CI (GOVGRAPH_REQUIRE_TOOLS=1) fails without networkx; elsewhere the test is skipped, visibly
const hasNetworkx = python('import networkx').status === 0 || process.env.GOVGRAPH_REQUIRE_TOOLS === '1';
if (!hasNetworkx) console.warn('[export] GraphML reader test SKIPPED: python3 with networkx is missing (apt-get install python3-networkx)');

let data: string;
let out: string;
let counts: { nodes: Record<string, number>; rels: Record<string, number> };
beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'govgraph-export-'));
  out = mkdtempSync(join(tmpdir(), 'govgraph-export-out-'));
  const s = SqliteStore.open(data);
  await fillWithSamples(s);
  await s.upsert([hostileBatch()]);
  const stats = await s.stats();
  counts = { nodes: stats.nodes as Record<string, number>, rels: stats.relationships as Record<string, number> };
  await s.close();
});

describe('govgraph export', () => {
  it('stored nodes carry only the properties the model declares, with their declared types', async () => {
    const s = SqliteStore.open(data, { mode: 'read' });
    try {
      for await (const n of s.scanNodes()) {
        for (const [k, v] of Object.entries(n.props)) {
          const t = NODE_PROPERTIES[n.label as NodeLabel][k];
          expect(t, `${n.label}.${k}`).toBeDefined();
          if (v === null) continue;
          if (t === 'int') expect(Number.isInteger(v), `${n.label}.${k}`).toBe(true);
          else if (t === 'string[]') expect(Array.isArray(v) && v.every((x) => typeof x === 'string'), `${n.label}.${k}`).toBe(true);
          else expect(typeof v, `${n.label}.${k}`).toBe('string');
        }
      }
      for await (const r of s.scanRels()) for (const k of Object.keys(r.props ?? {})) expect(REL_PROPERTIES[k], `${r.type}.${k}`).toBeDefined();
    } finally {
      await s.close();
    }
  });

  it('jsonl is the canonical dump, byte for byte', async () => {
    const file = join(out, 'g.jsonl');
    const r = run(['export', '--data', data, '--out', file]);
    expect(r.status, r.stderr).toBe(0);
    const s = SqliteStore.open(data, { mode: 'read' });
    const dump = await dumpOf(s);
    await s.close();
    expect(readFileSync(file, 'utf8')).toBe(dump);
    expect(run(['export', '--data', data]).stdout).toBe(dump);
  });

  it.skipIf(!hasNetworkx)('GraphML opens in networkx: every node and edge, typed attributes, the hostile strings intact', () => {
    const file = join(out, 'g.graphml');
    expect(run(['export', '--format', 'graphml', '--data', data, '--out', file]).status).toBe(0);
    const r = python(
      `
import json, sys, collections, networkx as nx
g = nx.read_graphml(sys.argv[1])
nodes = collections.Counter(d['type'] for _, d in g.nodes(data=True))
rels = collections.Counter(d['type'] for _, _, d in g.edges(data=True))
plan_years = sorted({type(d['year']).__name__ for _, d in g.nodes(data=True) if 'year' in d})
conf = sorted({type(d['confidence']).__name__ for _, _, d in g.edges(data=True)})
names = sorted(d.get('name', '') for _, d in g.nodes(data=True) if d['type'] == 'Person')
print(json.dumps({'directed': g.is_directed(), 'nodes': nodes, 'rels': rels, 'years': plan_years, 'conf': conf, 'names': names}, ensure_ascii=False))
`,
      file,
    );
    expect(r.status, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.directed).toBe(true);
    expect(g.nodes).toEqual(counts.nodes);
    expect(g.rels).toEqual(counts.rels);
    expect(g.years).toEqual(['int']);
    expect(g.conf).toEqual(['float']);
    // XML 1.0 cannot hold control characters other than tab and newlines: GraphML drops them
    const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    for (const h of HOSTILE) expect(g.names).toContain(xmlSafe(h));
  });

  it('neo4j-csv: a folder in neo4j-admin import format that a CSV reader parses back to the graph', () => {
    const dir = join(out, 'csv');
    const r = run(['export', '--format', 'neo4j-csv', '--data', data, '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('import.sh');
    expect(files.filter((f) => f.startsWith('nodes_')).map((f) => f.slice(6, -4))).toEqual(Object.keys(counts.nodes).sort());
    expect(files.filter((f) => f.startsWith('rels_')).map((f) => f.slice(5, -4))).toEqual(Object.keys(counts.rels).sort());
    expect(readFileSync(join(dir, 'nodes_Plan.csv'), 'utf8').split('\n')[0]).toBe('id:ID,title,kind,year:long,aliases:string[],:LABEL');
    expect(readFileSync(join(dir, 'rels_HELD.csv'), 'utf8').split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,document,evidence,evidenceOriginal,rule,confidence:double,title,asOf,rank:long');
    expect(readFileSync(join(dir, 'import.sh'), 'utf8')).toMatch(/neo4j-admin\}" database import full "\$db" --array-delimiter=\$'\\x1f' --multiline-fields=true \\\n(  --(nodes|relationships)=\w+\.csv \\\n)+  "\$@"\n$/);
    const parsed = python(
      `
import csv, json, os, sys
d = sys.argv[1]; out = {'nodes': {}, 'rels': {}, 'names': [], 'aliases': []}
for f in sorted(os.listdir(d)):
    if not f.endswith('.csv'): continue
    with open(os.path.join(d, f), newline='', encoding='utf-8') as h:
        rows = list(csv.DictReader(h))
    if f.startswith('nodes_'):
        out['nodes'][rows[0][':LABEL']] = len(rows)
        if f == 'nodes_Person.csv':
            out['names'] = [r['name'] for r in rows]
            out['aliases'] = [r['aliases:string[]'].split(sys.argv[2]) for r in rows if r['aliases:string[]']]
    else:
        out['rels'][rows[0][':TYPE']] = len(rows)
print(json.dumps(out, ensure_ascii=False))
`,
      dir,
      ARRAY_DELIMITER,
    );
    expect(parsed.status, parsed.stderr).toBe(0);
    const p = JSON.parse(parsed.stdout);
    expect(p.nodes).toEqual(counts.nodes);
    expect(p.rels).toEqual(counts.rels);
    for (const h of HOSTILE.filter((x) => !x.includes(ARRAY_DELIMITER))) {
      expect(p.names).toContain(h);
      expect(p.aliases).toContainEqual([h, `${h}别名`]);
    }
  });

  it('a Cypher literal escapes every string so that the statement parses as the value', () => {
    expect(cypherLiteral("it's")).toBe("'it\\'s'");
    expect(cypherLiteral('a\\b')).toBe("'a\\\\b'");
    expect(cypherLiteral('一\n二')).toBe("'一\\n二'");
    expect(cypherLiteral('\u2028')).toBe("'\\u2028'");
    expect(cypherLiteral(['a', "b'"])).toBe("['a', 'b\\'']");
    expect(cypherLiteral(2024)).toBe('2024');
    expect(cypherLiteral(null)).toBe('null');
    // a script is one statement per line: no value may break a line
    for (const h of HOSTILE) expect(cypherLiteral(h)).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('bad requests: an unknown format, a CSV folder without --out, an unwritable place; an earlier export stays whole', () => {
    const keep = join(out, 'keep.graphml');
    writeFileSync(keep, 'an earlier export');
    for (const [args, msg] of [
      [['--format', 'gexf', '--out', keep], /unknown format 'gexf'/],
      [['--format', 'neo4j-csv'], /neo4j-csv writes a folder: give --out <dir>/],
      [['--format', 'graphml', '--out', join(out, 'missing', 'g.graphml')], /cannot write .*the folder .*missing does not exist/],
    ] as const) {
      const r = run(['export', ...args, '--data', data]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
    expect(readFileSync(keep, 'utf8')).toBe('an earlier export');
    expect(run(['export', '--data', join(out, 'no-store')]).status).toBe(3);
    expect(existsSync(join(out, 'no-store'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
