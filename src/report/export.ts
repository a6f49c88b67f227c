/**
 * The whole graph out, streamed from the store (memory stays flat in graph size): the canonical
 * JSON Lines dump, GraphML (Gephi, yEd, networkx), CSV for `neo4j-admin database import full`,
 * and a Cypher script that recreates the graph (every value escaped as a literal).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { NODE_LABELS, NODE_PROPERTIES, REL_ENDPOINTS, REL_PROPERTIES, REL_TYPES, type GraphRelType, type NodeLabel, type PropValue } from '../domain/index.js';
import { canonicalDump, oneLine, schemaStatements, searchText, type GraphStore } from '../storage/index.js';
import { csvField } from './render.js';
import { streamOut, type Out } from './output.js';

export const EXPORT_FORMATS = ['jsonl', 'graphml', 'neo4j-csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportJsonl(store: GraphStore, out: Out, stable = false): Promise<void> {
  for await (const line of canonicalDump(store, { stable })) await out(line);
}

// ------------------------------------------------------------------ GraphML

/** Text for XML 1.0: markup escaped, carriage returns kept as references (a reader would fold them), the control characters XML cannot hold dropped. */
const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const listText = (v: PropValue) => (Array.isArray(v) ? v.join('; ') : String(v));

/** Every node property of the model, with one GraphML type (a name two labels share has one type). */
function nodeKeys(): Array<[string, string]> {
  const keys = new Map<string, string>();
  for (const label of NODE_LABELS) for (const [k, t] of Object.entries(NODE_PROPERTIES[label])) keys.set(k, t === 'int' ? 'long' : 'string');
  return [...keys].sort(([a], [b]) => (a < b ? -1 : 1));
}

export async function exportGraphml(store: GraphStore, out: Out): Promise<void> {
  await out('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  await out('  <key id="label" for="node" attr.name="label" attr.type="string"/>\n  <key id="type" for="node" attr.name="type" attr.type="string"/>\n');
  for (const [k, t] of nodeKeys()) await out(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`);
  await out('  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>\n  <key id="e_document" for="edge" attr.name="document" attr.type="string"/>\n  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>\n  <key id="e_evidenceOriginal" for="edge" attr.name="evidenceOriginal" attr.type="string"/>\n  <key id="e_rule" for="edge" attr.name="rule" attr.type="string"/>\n  <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>\n');
  for (const [k, t] of Object.entries(REL_PROPERTIES)) await out(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t === 'int' ? 'long' : 'string'}"/>\n`);
  await out('  <graph id="govgraph" edgedefault="directed">\n');
  for await (const n of store.scanNodes()) {
    const label = String(n.props.name ?? n.props.title ?? n.id);
    let s = `    <node id="${xml(n.id)}"><data key="label">${xml(label)}</data><data key="type">${n.label}</data>`;
    for (const [k, v] of Object.entries(n.props)) if (v !== null && k in NODE_PROPERTIES[n.label]) s += `<data key="n_${k}">${xml(listText(v))}</data>`;
    await out(`${s}</node>\n`);
  }
  let i = 0;
  for await (const r of store.scanRels()) {
    let s = `    <edge id="e${i++}" source="${xml(r.from)}" target="${xml(r.to)}"><data key="e_type">${r.type}</data><data key="e_document">${xml(r.document)}</data><data key="e_evidence">${xml(r.evidence)}</data>`;
    if (r.evidenceOriginal !== undefined) s += `<data key="e_evidenceOriginal">${xml(r.evidenceOriginal)}</data>`;
    s += `<data key="e_rule">${xml(r.rule)}</data><data key="e_confidence">${r.confidence}</data>`;
    for (const [k, v] of Object.entries(r.props ?? {})) if (v !== null && k in REL_PROPERTIES) s += `<data key="e_${k}">${xml(listText(v))}</data>`;
    await out(`${s}</edge>\n`);
  }
  await out('  </graph>\n</graphml>\n');
}

// ------------------------------------------------------------------ neo4j-admin CSV

/** Lists in one CSV field are joined with this (unit separator: no name holds it); pass it to neo4j-admin as --array-delimiter. */
export const ARRAY_DELIMITER = '\u001f';

const nodeHeader = (label: NodeLabel) => ['id:ID', ...Object.entries(NODE_PROPERTIES[label]).map(([k, t]) => (t === 'int' ? `${k}:long` : t === 'string[]' ? `${k}:string[]` : k)), ':LABEL'];
const relHeader = () => [':START_ID', ':END_ID', ':TYPE', 'document', 'evidence', 'evidenceOriginal', 'rule', 'confidence:double', ...Object.entries(REL_PROPERTIES).map(([k, t]) => (t === 'int' ? `${k}:long` : k))];

/** A folder of CSV files in neo4j-admin's import format: one per label and per relationship type, with the command that imports them. */
export async function exportNeo4jCsv(store: GraphStore, dir: string): Promise<{ files: string[] }> {
  const streams = new Map<string, { out: Out; end: () => Promise<void> }>();
  const open = async (name: string, header: string[]) => {
    let s = streams.get(name);
    if (!s) {
      const w = createWriteStream(join(dir, name));
      const out = streamOut(w);
      s = {
        out,
        end: async () => {
          w.end();
          await once(w, 'finish');
        },
      };
      streams.set(name, s);
      await out(`${header.map(csvField).join(',')}\n`);
    }
    return s.out;
  };
  const field = (v: PropValue | undefined) => (v === null || v === undefined ? '' : csvField(Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v)));
  for await (const n of store.scanNodes()) {
    const out = await open(`nodes_${n.label}.csv`, nodeHeader(n.label));
    await out(`${[csvField(n.id), ...Object.keys(NODE_PROPERTIES[n.label]).map((k) => field(n.props[k])), n.label].join(',')}\n`);
  }
  for await (const r of store.scanRels()) {
    const out = await open(`rels_${r.type}.csv`, relHeader());
    await out(`${[csvField(r.from), csvField(r.to), r.type, csvField(r.document), csvField(r.evidence), field(r.evidenceOriginal), csvField(r.rule), String(r.confidence), ...Object.keys(REL_PROPERTIES).map((k) => field(r.props?.[k]))].join(',')}\n`);
  }
  for (const s of streams.values()) await s.end();
  const files = [...streams.keys()].sort();
  const args = [
    ...files.filter((f) => f.startsWith('nodes_')).map((f) => `--nodes=${f}`),
    ...files.filter((f) => f.startsWith('rels_')).map((f) => `--relationships=${f}`),
  ];
  const script = `#!/usr/bin/env bash
# The govgraph graph into a Neo4j 5 database with neo4j-admin (the server must be stopped, or the
# database new). Usage: bash import.sh [database, default neo4j] [more neo4j-admin options, e.g.
# --overwrite-destination]. NEO4J_ADMIN names the neo4j-admin to use (default: neo4j-admin on the
# PATH; from a govgraph checkout: NEO4J_ADMIN=tools/neo4j/admin.sh). Lists in a field are joined
# with the unit separator (0x1f; an item holding that control character itself would split). An
# empty list is written as no value (CSV cannot tell them apart).
set -euo pipefail
cd "$(dirname "$0")"
db="\${1:-neo4j}"
shift || true
"\${NEO4J_ADMIN:-neo4j-admin}" database import full "$db" --array-delimiter=$'\\x1f' --multiline-fields=true \\
  ${args.join(' \\\n  ')} \\
  "$@"
`;
  const w = createWriteStream(join(dir, 'import.sh'), { mode: 0o755 });
  w.end(script);
  await once(w, 'finish');
  return { files };
}

// ------------------------------------------------------------------ Cypher

/** A value as a Cypher literal: strings single-quoted with every special character escaped. */
export function cypherLiteral(v: PropValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  return `'${v.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
}

const mapLiteral = (o: Record<string, PropValue | undefined>) =>
  `{${Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(v as PropValue)}`)
    .join(', ')}}`;

const CHUNK = 500;

/**
 * A script of Cypher statements (one per line, each ending with ';') that makes an empty Neo4j 5
 * database hold the graph as govgraph's own Neo4j store would (so govgraph can serve it): the
 * schema (constraints, indexes), then nodes and relationships in batches (UNWIND of literal lists).
 * Run it with cypher-shell -f, or paste it into Neo4j Browser.
 */
export async function exportCypher(store: GraphStore, out: Out): Promise<void> {
  await out('// govgraph: the graph as Cypher (Neo4j 5), for an empty database. cypher-shell -d <database> -f <this file>\n');
  for (const s of schemaStatements()) await out(`${oneLine(s)};\n`);
  await out('CALL db.awaitIndexes(300);\n');
  await writeNodeStatements(store, out);
  await writeRelStatements(store, out);
}

async function writeNodeStatements(store: GraphStore, out: Out): Promise<void> {
  let label: NodeLabel | null = null;
  let rows: string[] = [];
  const flush = async () => {
    if (rows.length && label) await out(`UNWIND [${rows.join(', ')}] AS row CREATE (n:${label}) SET n = row.props, n.id = row.id, n._search = row.search;\n`);
    rows = [];
  };
  for await (const n of store.scanNodes()) {
    if (n.label !== label || rows.length >= CHUNK) {
      await flush();
      label = n.label;
    }
    rows.push(`{id: ${cypherLiteral(n.id)}, props: ${mapLiteral(n.props)}, search: ${cypherLiteral(searchText(n))}}`);
  }
  await flush();
}

async function writeRelStatements(store: GraphStore, out: Out): Promise<void> {
  const byType = new Map<GraphRelType, string[]>();
  const flush = async (t: GraphRelType) => {
    const list = byType.get(t) ?? [];
    if (!list.length) return;
    const [from, to] = REL_ENDPOINTS[t];
    await out(`UNWIND [${list.join(', ')}] AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${t}]->(b) SET r = row.props;\n`);
    byType.set(t, []);
  };
  for await (const r of store.scanRels()) {
    const props: Record<string, PropValue | undefined> = { ...(r.props ?? {}), document: r.document, evidence: r.evidence, evidenceOriginal: r.evidenceOriginal, rule: r.rule, confidence: r.confidence };
    const list = byType.get(r.type) ?? [];
    list.push(`{from: ${cypherLiteral(r.from)}, to: ${cypherLiteral(r.to)}, props: ${mapLiteral(props)}}`);
    byType.set(r.type, list);
    if (list.length >= CHUNK) await flush(r.type);
  }
  for (const t of REL_TYPES) await flush(t);
}
