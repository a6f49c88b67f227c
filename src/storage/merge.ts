import type { NodeLabel, Props, PropValue } from '../domain/graph.js';

/**
 * How a node seen again (another document) merges into the stored one — the same rule in every
 * store (the Neo4j adapter spells it out in cypher/write/merge-*.cypher):
 * the first value of a property stays; a missing one is filled; lists are unioned; a meeting one
 * document reports as held is held.
 */
export function mergeProps(label: NodeLabel, existing: Props, incoming: Props): Props {
  // copied on the first change only: a node seen again with nothing new comes back as `existing`
  // itself, so writers can tell "unchanged" by identity
  let out: Props | null = null;
  for (const k in incoming) {
    const v = incoming[k];
    if (v === null || v === undefined) continue;
    const cur = (out ?? existing)[k];
    let next: PropValue | undefined;
    if (Array.isArray(v)) {
      const base = Array.isArray(cur) ? cur : [];
      const added = v.filter((x) => !base.includes(x));
      if (added.length || !Array.isArray(cur)) next = [...base, ...added];
    } else if (label === 'Meeting' && k === 'status') {
      const held = v === 'held' || cur === 'held' ? 'held' : (cur ?? v);
      if (held !== cur) next = held;
    } else if (cur === null || cur === undefined) {
      next = v;
    }
    if (next !== undefined) {
      out ??= { ...existing };
      out[k] = next;
    }
  }
  return out ?? existing;
}

/** Properties as a graph database keeps them: no null values. */
export function dropNulls(p: Props): Props {
  const out: Props = {};
  for (const k in p) {
    const v = p[k];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}
