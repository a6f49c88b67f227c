import type { GraphBatch, GraphNode, GraphRel, NodeLabel } from '../domain/graph.js';
import type { TitleObservation } from '../domain/tenure.js';

export type { TitleObservation } from '../domain/tenure.js';

export interface UpsertOutcome {
  /** Per document, in the order given: new (written now) or unchanged (the same text was stored before). */
  documents: Array<{ document: string; status: 'new' | 'unchanged' }>;
  /** What this call added to the graph (nodes and relationships created, not merged into). */
  nodesAdded: number;
  relsAdded: number;
}

export interface RetractResult {
  document: string;
  relsRemoved: number;
  nodesRemoved: number;
}

export interface StoreStats {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Record<string, number>;
}


/**
 * The storage port. Two adapters (memory, neo4j) pass one contract suite (test/contract).
 * Every method is safe to call with any string values: they travel as data, never as query text.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /**
   * Write document batches, each all or nothing (the memory store commits each line of its log;
   * Neo4j writes the whole call in one transaction). A document already stored (same id: same
   * text) is left as it is and reported `unchanged`.
   */
  upsert(batches: GraphBatch[]): Promise<UpsertOutcome>;
  /** Whether a document (by id) is stored. */
  hasDocument(id: string): Promise<boolean>;
  /** Remove a document and the facts only it supported; null when it is not stored. */
  retract(documentId: string): Promise<RetractResult | null>;
  /** Node counts by label and relationship counts by type. */
  stats(): Promise<StoreStats>;
  /** A node by id, or null. */
  getNode(id: string): Promise<GraphNode | null>;
  /** Every relationship touching a node, each with its provenance. */
  relationships(id: string): Promise<GraphRel[]>;
  /** Title observations in a city (by short or full name), for tenure questions. */
  titleObservations(q: { city: string }): Promise<TitleObservation[]>;
  /** Ids of the stored documents. */
  documentIds(): Promise<string[]>;
  close(): Promise<void>;
}

/** The label a node id belongs to (ids carry their kind as a prefix). */
export function labelOfId(id: string): NodeLabel | null {
  const p = id.slice(0, id.indexOf(':'));
  switch (p) {
    case 'person':
      return 'Person';
    case 'meeting':
      return 'Meeting';
    case 'plan':
      return 'Plan';
    case 'doc':
      return 'Document';
    case 'city':
      return 'City';
    case 'position':
      return 'Position';
    default:
      return null;
  }
}
