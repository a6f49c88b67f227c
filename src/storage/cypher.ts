import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_LABELS, REL_TYPES } from '../domain/graph.js';
import { SEARCHABLE } from './node-text.js';

const root = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();
const ALLOWED = new Set<string>([...NODE_LABELS, ...REL_TYPES, ...NODE_LABELS.map((l) => l.toLowerCase()), ...REL_TYPES.map((t) => t.toLowerCase())]);

/**
 * A statement from cypher/<name>.cypher. Templates name a label or relationship type as {{LABEL}},
 * {{TYPE}}, {{FROM}}, {{TO}} or {{name}}; those come only from the model's fixed lists (checked
 * here) — every value a query uses travels as a parameter. `{{> f}}` includes the condition in
 * cypher/fragments/f.cypher (its comment lines dropped), so one condition has one text.
 */
export function cypher(name: string, vars: Record<string, string> = {}): string {
  const key = `${name}|${JSON.stringify(vars)}`;
  let text = cache.get(key);
  if (text !== undefined) return text;
  text = readFileSync(`${root}${name}.cypher`, 'utf8').replace(/\{\{>\s*([\w-]+)\s*\}\}/g, (_, f: string) => `(${fragment(f)})`);
  for (const [k, v] of Object.entries(vars)) {
    if (!ALLOWED.has(v)) throw new Error(`cypher(${name}): ${k}=${v} is not a label or type of the model`);
    text = text.split(`{{${k}}}`).join(v);
  }
  const left = /\{\{(\w+)\}\}/.exec(text);
  if (left) throw new Error(`cypher(${name}): template variable {{${left[1]}}} was not given`);
  cache.set(key, text);
  return text;
}

function fragment(name: string): string {
  return readFileSync(`${root}fragments/${name}.cypher`, 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//') && l.trim())
    .join('\n        ');
}

/** A list statement: a head (read/list-<kind>) and a tail (read/list-page or read/list-count). */
export function listCypher(head: string, tail: 'list-page' | 'list-count'): string {
  return `${cypher(`read/${head}`)}\n${cypher(`read/${tail}`)}`;
}

/** The statements that make a Neo4j database govgraph's: unique ids, lookup and full-text indexes (each runs alone). */
export function schemaStatements(): string[] {
  return [
    ...NODE_LABELS.map((l) => cypher('schema/node-id-unique', { LABEL: l, name: l.toLowerCase() })),
    ...REL_TYPES.map((t) => cypher('schema/rel-document-index', { TYPE: t, name: t.toLowerCase() })),
    cypher('schema/position-title-index'),
    cypher('schema/city-name-index'),
    ...SEARCHABLE.map((l) => cypher('schema/search-text-index', { LABEL: l, name: l.toLowerCase() })),
    ...REL_TYPES.map((t) => cypher('schema/evidence-text-index', { TYPE: t, name: t.toLowerCase() })),
  ];
}

/** A statement without its comment lines, on one line (for scripts of one statement per line). */
export function oneLine(statement: string): string {
  return statement
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//') && l.trim())
    .map((l) => l.trim())
    .join(' ');
}
