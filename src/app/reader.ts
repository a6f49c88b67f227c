import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { GraphNode, GraphRel, GraphRelType } from '../domain/index.js';
import type { Direction, GraphStore, RelEnd } from '../storage/index.js';

/**
 * A store seen by one request (or one report, one command): nodes and relationships loaded in
 * batches — every node asked for while resolving one level of a query is read in one store call —
 * and each loaded once. Make a new one per request: it caches what it read — everything, or, with
 * `cacheLimit`, the most recently used entries of each kind (a report that walks a whole city's
 * meetings then holds a bounded number, not the graph).
 */
export interface Reader {
  readonly store: GraphStore;
  node(id: string): Promise<GraphNode | null>;
  nodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** A node's relationships of some types in one direction (sorted: from, type, to, document). */
  rels(id: string, direction: Direction, types: readonly GraphRelType[]): Promise<GraphRel[]>;
  /** The same without the evidence: cheaper, for walks through the graph. */
  ends(id: string, direction: Direction, types: readonly GraphRelType[]): Promise<RelEnd[]>;
}

export interface ReaderOptions {
  /** Keep at most this many entries per loader (least recently used go first); default: all. */
  cacheLimit?: number;
}

export function createReader(store: GraphStore, opts: ReaderOptions = {}): Reader {
  // DataLoader's cache map: a Map, or an LRU of the limit (it stores promises of values)
  const cacheMap = <V>() => (opts.cacheLimit ? { cacheMap: new LRUCache<string, Promise<V>>({ max: opts.cacheLimit }) } : {});
  const nodeLoader = new DataLoader<string, GraphNode | null>(
    async (ids) => {
      const got = await store.getNodes(ids);
      return ids.map((id) => got.get(id) ?? null);
    },
    { maxBatchSize: 500, ...cacheMap<GraphNode | null>() },
  );
  // one loader per (direction, types): the store batches ids of the same question
  const relLoaders = new Map<string, DataLoader<string, GraphRel[]>>();
  const relLoader = (direction: Direction, types: readonly GraphRelType[]) => {
    const key = `${direction}|${[...types].sort().join(',')}`;
    let l = relLoaders.get(key);
    if (!l) {
      l = new DataLoader<string, GraphRel[]>(
        async (ids) => {
          const got = await store.relationshipsOf(ids, { direction, types: [...types] });
          return ids.map((id) => got.get(id) ?? []);
        },
        { maxBatchSize: 500, ...cacheMap<GraphRel[]>() },
      );
      relLoaders.set(key, l);
    }
    return l;
  };
  const endLoaders = new Map<string, DataLoader<string, RelEnd[]>>();
  const endLoader = (direction: Direction, types: readonly GraphRelType[]) => {
    const key = `${direction}|${[...types].sort().join(',')}`;
    let l = endLoaders.get(key);
    if (!l) {
      l = new DataLoader<string, RelEnd[]>(
        async (ids) => {
          const got = await store.neighbours(ids, { direction, types: [...types] });
          return ids.map((id) => got.get(id) ?? []);
        },
        { maxBatchSize: 500, ...cacheMap<RelEnd[]>() },
      );
      endLoaders.set(key, l);
    }
    return l;
  };
  return {
    store,
    ends: (id, direction, types) => endLoader(direction, types).load(id),
    node: (id) => nodeLoader.load(id),
    nodes: async (ids) => (await nodeLoader.loadMany(ids)).map((x) => (x instanceof Error ? null : x)),
    rels: (id, direction, types) => relLoader(direction, types).load(id),
  };
}
