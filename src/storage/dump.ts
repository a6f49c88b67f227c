import type { GraphNode, GraphRel, Props } from '../domain/graph.js';
import type { GraphStore } from './graph-store.js';

export interface DumpOptions {
  /**
   * Leave out what differs between two ingests of the same text (a document's ingestedAt), so
   * two stores built at different times from the same input compare equal. Default: kept.
   */
  stable?: boolean;
}

const VOLATILE = new Set(['ingestedAt']);

/**
 * The canonical dump of a store: every node (in id order), then every relationship (in from, type,
 * to, document order), one JSON object per line, properties with sorted keys and list values
 * sorted. Equal graphs give equal bytes whatever the engine; memory stays flat (the store streams).
 */
export async function* canonicalDump(store: GraphStore, opts: DumpOptions = {}): AsyncIterable<string> {
  for await (const n of store.scanNodes()) yield nodeLine(n, opts) + '\n';
  for await (const r of store.scanRels()) yield relLine(r) + '\n';
}

export function nodeLine(n: GraphNode, opts: DumpOptions = {}): string {
  return JSON.stringify({ kind: 'node', id: n.id, label: n.label, props: canonicalProps(n.props, opts.stable ? VOLATILE : undefined) });
}

export function relLine(r: GraphRel): string {
  return JSON.stringify({
    kind: 'relationship',
    type: r.type,
    from: r.from,
    to: r.to,
    document: r.document,
    evidence: r.evidence,
    ...(r.evidenceOriginal !== undefined ? { evidenceOriginal: r.evidenceOriginal } : {}),
    rule: r.rule,
    confidence: r.confidence,
    ...(r.props && Object.keys(r.props).length ? { props: canonicalProps(r.props) } : {}),
  });
}

function canonicalProps(p: Props, omit?: Set<string>): Props {
  const out: Props = {};
  for (const k of Object.keys(p).sort()) {
    const v = p[k];
    if (v === null || v === undefined || omit?.has(k)) continue;
    out[k] = Array.isArray(v) ? [...v].sort() : v;
  }
  return out;
}
