import type { NodeLabel, Props, PropValue } from '../domain/graph.js';

/**
 * How a node seen again (another document) merges into the stored one — the same rule in every
 * store (the Neo4j adapter spells it out in cypher/write/merge-*.cypher):
 * the first value of a property stays; a missing one is filled; lists are unioned; a meeting one
 * document reports as held is held.
 */
export function mergeProps(label: NodeLabel, existing: Props, incoming: Props): Props {
  const out: Props = { ...existing };
  for (const [k, v] of Object.entries(incoming)) {
    if (v === null || v === undefined) continue;
    const cur = out[k];
    if (Array.isArray(v)) {
      const base = Array.isArray(cur) ? cur : [];
      out[k] = [...base, ...v.filter((x) => !base.includes(x))];
    } else if (label === 'Meeting' && k === 'status') {
      out[k] = v === 'held' || cur === 'held' ? 'held' : (cur ?? v);
    } else if (cur === null || cur === undefined) {
      out[k] = v;
    }
  }
  return out;
}

/** Properties as a graph database keeps them: no null values. */
export function dropNulls(p: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = v as PropValue;
  return out;
}
