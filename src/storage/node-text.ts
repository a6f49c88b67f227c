import type { GraphNode, NodeLabel, Props } from '../domain/graph.js';

/**
 * What full-text search reads of a node, the same in every engine: its name (Person, Meeting,
 * City), title (Plan, Position, Document), a city's full name, and every alias, one per line.
 * The embedded store removes a node's row from its index by this text (ADR 006): a change here
 * needs a schema migration that refills node_text (see migration 2 in sqlite/schema.ts).
 */
export function searchText(n: Pick<GraphNode, 'label' | 'props'>): string {
  const p = n.props;
  let out = primaryText(n.label, p) ?? '';
  const add = (x: unknown) => {
    if (typeof x === 'string' && x !== '') out = out === '' ? x : `${out}\n${x}`;
  };
  add(p.fullName);
  if (Array.isArray(p.aliases)) for (const a of p.aliases) add(a);
  return out;
}

/** The text a node is listed and ranked by: the name, or the title of a Plan, Position or Document. */
export function primaryText(label: NodeLabel, p: Props): string | null {
  const v = label === 'Plan' || label === 'Position' || label === 'Document' ? p.title : p.name;
  return typeof v === 'string' ? v : null;
}

/** Labels full-text search covers. */
export const SEARCHABLE: readonly NodeLabel[] = ['City', 'Document', 'Meeting', 'Person', 'Plan', 'Position'];
