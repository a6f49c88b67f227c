import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/index.js';
import { NODE_LABELS, REL_TYPES } from '../../src/domain/index.js';
import { guideHtml, paramsOf, paramValue, parseSavedQuery, savedQueries, STYLE_FILE } from '../../src/neo4j-browser/index.js';
import { SqliteStore } from '../../src/storage/index.js';

/** The files Neo4j Browser users take from govgraph: saved queries, the style, the guide. */
describe('Neo4j Browser files', () => {
  const queries = savedQueries();

  it('the six saved questions are there, each saying what it asks and every parameter it uses', () => {
    expect(queries.map((q) => q.name)).toEqual(['co-attendance-network', 'person-meetings', 'plans-approved', 'relationship-evidence', 'shortest-connection', 'who-attended-what']);
    for (const q of queries) {
      expect(q.title.length, q.name).toBeGreaterThan(10);
      expect(q.description.length, q.name).toBeGreaterThan(q.title.length);
      const used = [...new Set([...q.query.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
      expect(q.params.map((p) => p.name).sort(), `${q.name}: the :param lines name every $parameter`).toEqual(used);
      expect(q.query).not.toMatch(/^\/\//m);
      expect(Object.keys(paramsOf(q)).length).toBe(q.params.length);
    }
  });

  it('reads a header: title, description, :param lines, and the statement after it', () => {
    const q = parseSavedQuery('x', "// Meetings of a city: every one, by date.\n// More words.\n// :param city => '甲州'\n// :param n => 5\nMATCH (m) RETURN m\n");
    expect(q).toEqual({ name: 'x', title: 'Meetings of a city', description: 'Meetings of a city: every one, by date. More words.', params: [{ name: 'city', literal: "'甲州'" }, { name: 'n', literal: '5' }], query: 'MATCH (m) RETURN m' });
    expect(paramValue("'它\\'s'")).toBe("它's");
    expect(paramValue('"双"')).toBe('双');
    expect(paramValue('2025')).toBe(2025);
    expect(paramValue('true')).toBe(true);
    expect(() => paramValue('{a: 1}')).toThrow(/unsupported :param value/);
  });

  it('the style gives every label a caption and colour, and every relationship type a caption', () => {
    const grass = readFileSync(STYLE_FILE, 'utf8');
    const rules = new Map([...grass.matchAll(/^([\w.]+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/gm)].map((m) => [m[1]!, m[2]!]));
    for (const l of NODE_LABELS) {
      expect(rules.get(`node.${l}`), l).toMatch(/caption:\s*"\{(name|title)\}"/);
      expect(rules.get(`node.${l}`), l).toMatch(/color:\s*#[0-9A-F]{6}/i);
    }
    for (const t of REL_TYPES) expect(rules.get(`relationship.${t}`), t).toMatch(/caption:\s*"[^"]+"/);
    expect(rules.get('relationship.CHAIRED')).toMatch(/caption:\s*"主持"/);
  });

  it('the guide has a slide per saved query with runnable :param lines and statement', () => {
    const html = guideHtml('http://127.0.0.1:4000');
    expect(html).toMatch(/<title>govgraph<\/title>/);
    expect((html.match(/<slide /g) ?? []).length).toBe(queries.length + 1);
    expect(html).toContain('<pre class="code runnable">:style http://127.0.0.1:4000/browser/style.grass</pre>');
    for (const q of queries) {
      expect(html).toContain(`<h3>${q.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</h3>`);
      for (const p of q.params) expect(html).toContain(`:param ${p.name} =&gt; ${p.literal}`);
    }
    expect(html).toContain('MATCH (m:Meeting)\nWHERE (m.city = $city OR m.cityCode = $city)');
  });

  it('govgraph serve answers /browser/ with the CORS header Browser needs; nothing else there', async () => {
    const store = SqliteStore.memory();
    const api = createApi({ store, log: () => undefined });
    try {
      for (const [path, type, text] of [
        ['/browser/guide.html', 'text/html', /<carousel/],
        ['/browser/style.grass', 'text/plain', /relationship\.CHAIRED/],
        ['/browser/queries/who-attended-what.cypher', 'text/plain', /^\/\/ Who attended what/],
      ] as const) {
        const r = await api.fetch(`http://127.0.0.1:4000${path}`);
        expect(r.status, path).toBe(200);
        expect(r.headers.get('access-control-allow-origin')).toBe('*');
        expect(r.headers.get('content-type')).toMatch(type);
        expect(await r.text()).toMatch(text);
      }
      const guide = await (await api.fetch('http://govgraph.example:8080/browser/guide.html')).text();
      expect(guide).toContain(':style http://govgraph.example:8080/browser/style.grass');
      for (const path of ['/browser/queries/../package.json', '/browser/queries/nope.cypher', '/browser/other']) {
        const r = await api.fetch(`http://127.0.0.1:4000${path}`);
        expect(r.status, path).toBe(404);
      }
      expect((await api.fetch('http://127.0.0.1:4000/browser/guide.html', { method: 'POST' })).status).not.toBe(200);
    } finally {
      await store.close();
    }
  });
});
