import { UndirectedGraph } from 'graphology';
import * as fa2 from 'graphology-layout-forceatlas2';
import type { NetworkPicture } from './model.js';

// a CommonJS module seen from ES modules: its functions are on the namespace or its default
const forceAtlas2 = ((fa2 as unknown as { default?: typeof fa2 }).default ?? fa2) as unknown as {
  assign(g: UndirectedGraph, o: { iterations: number; getEdgeWeight?: string; settings?: Record<string, unknown> }): void;
  inferSettings(g: UndirectedGraph): Record<string, unknown>;
};

/**
 * A co-attendance network laid out at build time (graphology + ForceAtlas2): the same input gives
 * the same picture (nodes start on a circle in id order; no randomness), positions in [0, 1].
 */
export function layoutNetwork(nodes: Array<{ id: string; label: string; size: number; detail: string }>, edges: Array<{ source: string; target: string; weight: number }>): NetworkPicture {
  const g = new UndirectedGraph();
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  sorted.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, sorted.length);
    g.addNode(n.id, { x: Math.cos(a) * 100, y: Math.sin(a) * 100, size: n.size });
  });
  for (const e of edges) if (g.hasNode(e.source) && g.hasNode(e.target) && e.source !== e.target && !g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  if (g.order > 1) forceAtlas2.assign(g, { iterations: 400, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(g), adjustSizes: false, linLogMode: false, outboundAttractionDistribution: true } });
  const xs = g.mapNodes((_: string, a: Record<string, unknown>) => a.x as number);
  const ys = g.mapNodes((_: string, a: Record<string, unknown>) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const norm = (v: number, lo: number, hi: number) => (hi - lo < 1e-9 ? 0.5 : (v - lo) / (hi - lo));
  return {
    nodes: nodes.map((n) => ({ ...n, x: norm(g.getNodeAttribute(n.id, 'x') as number, minX, maxX), y: norm(g.getNodeAttribute(n.id, 'y') as number, minY, maxY) })),
    edges: edges.filter((e) => g.hasEdge(e.source, e.target)),
  };
}
