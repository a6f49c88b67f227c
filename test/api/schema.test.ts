import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, SDL_PATH } from '../../src/api/index.js';
import { NODE_LABELS } from '../../src/domain/index.js';
import { SqliteStore } from '../../src/storage/index.js';
import { fillWithSamples } from '../support/samples.js';

/** schema.graphql is the only SDL, it matches the resolvers, and it keeps up with the graph model. */
describe('schema.graphql', () => {
  it('is the only SDL in the project, and builds with resolvers that match it field for field', () => {
    const root = resolve(__dirname, '../..');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (['node_modules', '.git', 'data', 'tools'].includes(e.name)) continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(graphql|gql)$/.test(e.name)) found.push(p);
      }
    };
    walk(root);
    expect(found).toEqual([SDL_PATH]);
    expect(() => parse(readFileSync(SDL_PATH, 'utf8'))).not.toThrow();
    expect(() => createSchema()).not.toThrow();
  });

  it('exposes every node label readers see as a type implementing Node, with each stored property as a field', async () => {
    const schema = createSchema();
    // by the AST's kind, not graphql's instanceof checks: the test runner and the libraries may load graphql apart
    const kind = (name: string) => schema.getType(name)?.astNode?.kind;
    expect(kind('Node')).toBe('InterfaceTypeDefinition');
    const store = SqliteStore.memory();
    await fillWithSamples(store);
    // properties the API shows through another field (a City object for a city code), or not at all
    const shownElsewhere: Record<string, string[]> = { Person: ['cityCode'], Meeting: ['cityCode', 'city'], Document: ['cityCode', 'city'], City: [], Plan: [] };
    for (const label of NODE_LABELS) {
      if (label === 'Position') continue; // titles: shown as Person.titles and Tenure
      expect(kind(label), label).toBe('ObjectTypeDefinition');
      const type = schema.getType(label) as GraphQLObjectType;
      expect(type.getInterfaces().map((i) => i.name)).toContain('Node');
      const fields = new Set(Object.keys(type.getFields()));
      const props = new Set<string>();
      for await (const n of store.scanNodes()) if (n.label === label) for (const k of Object.keys(n.props)) props.add(k);
      expect(props.size, `${label}: the samples have no such nodes`).toBeGreaterThan(0);
      const missing = [...props].filter((k) => !fields.has(k) && !shownElsewhere[label]!.includes(k));
      expect(missing, `${label}: stored properties the API does not show`).toEqual([]);
    }
    // a relationship's evidence is reachable from every relationship type readers get
    for (const t of ['Participation', 'PlanAction', 'MeetingLink', 'Staff', 'Tenure', 'AttendanceRow']) {
      expect(kind(t), t).toBe('ObjectTypeDefinition');
      expect('evidence' in (schema.getType(t) as GraphQLObjectType).getFields(), `${t}.evidence`).toBe(true);
    }
    await store.close();
  });
});
