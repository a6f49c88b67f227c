import type { GraphBatch, GraphNode, GraphRel, GraphRelType, NodeLabel } from '../domain/graph.js';
import type { ListQuery, Page, PageItem, PageRequest, ParticipationQuery, ParticipationRow, SearchHit, SearchQuery } from '../domain/queries.js';
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

/** Node counts by label and relationship counts by type, keys in sorted order, zero counts left out. */
export interface StoreStats {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Record<string, number>;
}

export type Direction = 'out' | 'in' | 'both';

/** A relationship without its evidence: which nodes it joins, its type, the document that says so. */
export type RelEnd = Pick<GraphRel, 'type' | 'from' | 'to' | 'document' | 'props'>;

export interface RelQuery {
  types?: GraphRelType[];
  /** out: the node is the start; in: the end; both (default). */
  direction?: Direction;
  /** Only relationships whose other end is one of these nodes. */
  others?: readonly string[];
}

/** What an engine can do, stated rather than found out with instanceof. */
export interface StoreCapabilities {
  /** compact() reclaims the space of removed data (SQLite VACUUM); Neo4j manages its own. */
  compact: boolean;
  /** applySchema() creates constraints and indexes that the engine does not create by itself. */
  schema: boolean;
  /** Another process may read while this one writes (both engines: yes). */
  concurrentReaders: boolean;
}

/**
 * The storage port. Two adapters (sqlite, neo4j) pass one contract suite (test/contract) and give
 * byte-equal canonical dumps of the same input. Every method is safe with any string values:
 * they travel as data (bound parameters), never as query text. Failures are GovgraphErrors:
 * STORE_UNAVAILABLE (cannot reach or write the store), STORE_CORRUPT, BAD_INPUT (a bad cursor …).
 */
export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';
  /** Where the graph lives, for messages ("sqlite /path/govgraph.sqlite", "neo4j bolt://…"). */
  readonly label: string;
  readonly capabilities: StoreCapabilities;

  // ------------------------------------------------------------------ writes
  /**
   * Write document batches in one transaction (all or nothing). A document already stored (same
   * id: same text) is left as it is and reported `unchanged`; so is a repeat within the call.
   */
  upsert(batches: GraphBatch[]): Promise<UpsertOutcome>;
  /** Remove a document and the facts only it supported; null when it is not stored. */
  retract(documentId: string): Promise<RetractResult | null>;
  /** Constraints and indexes (IF NOT EXISTS: safe to repeat); the statements applied. */
  applySchema(): Promise<string[]>;
  /** Reclaim space (SQLite: VACUUM); null when the engine has nothing to do. */
  compact(): Promise<{ before: number; after: number } | null>;

  // ------------------------------------------------------------------ reads
  /** Whether a document (by id) is stored. */
  hasDocument(id: string): Promise<boolean>;
  /** Ids of the stored documents, sorted. */
  documentIds(): Promise<string[]>;
  /** Node counts by label and relationship counts by type (canonical: sorted keys). */
  stats(): Promise<StoreStats>;
  /** A node by id, or null. */
  getNode(id: string): Promise<GraphNode | null>;
  /** Nodes by id, batched: one round trip for any number of ids; missing ids are absent. */
  getNodes(ids: readonly string[]): Promise<Map<string, GraphNode>>;
  /**
   * A node's relationships, each with its provenance, sorted by (from, type, to, document).
   * Filtered by type and direction.
   */
  relationships(id: string, q?: RelQuery): Promise<GraphRel[]>;
  /** relationships() for many nodes in one round trip: node id → its relationships. */
  relationshipsOf(ids: readonly string[], q?: RelQuery): Promise<Map<string, GraphRel[]>>;
  /**
   * The ends of many nodes' relationships, without their evidence (cheaper: for walks through the
   * graph such as co-attendance and connections), in the same order as relationshipsOf.
   */
  neighbours(ids: readonly string[], q?: RelQuery): Promise<Map<string, RelEnd[]>>;
  /** A filtered, ordered list with a keyset cursor (the orders are defined in domain/queries.ts). */
  list(q: ListQuery, page: PageRequest): Promise<Page<PageItem>>;
  /** How many rows list(q) has in all, without reading them. */
  count(q: ListQuery): Promise<number>;
  /** Attendance rows ordered by (meeting date, meeting id, role, person id). */
  participations(q: ParticipationQuery, page: PageRequest): Promise<Page<ParticipationRow>>;
  countParticipations(q: ParticipationQuery): Promise<number>;
  /**
   * The people who took part (any role) in the most meetings with a person: the number of distinct
   * meetings each shared with them, most first, then by person id; at most `first`.
   */
  coParticipants(personId: string, first: number): Promise<Array<{ personId: string; sharedMeetings: number }>>;
  /**
   * A person's titles (their positions' titles), each with its mean rank among the person's titles
   * in the documents stating it (HELD.rank, 0 first; null when some of its relationships were
   * stored without a rank), over the given documents only when `documents` is given; by mean
   * rank, then title.
   */
  titlesOf(personId: string, documents?: readonly string[]): Promise<Array<{ title: string; rank: number | null }>>;
  /**
   * Full text over names, titles, meeting names, plan titles and their aliases: every node whose
   * text contains the query (as a substring, any length), ordered by SearchHit.rank, then the
   * length of the name, then id.
   */
  search(q: SearchQuery): Promise<SearchHit[]>;
  /** Relationships whose evidence sentence contains the text, ordered by (document, from, type, to). */
  searchEvidence(q: { text: string; first: number }): Promise<GraphRel[]>;
  /** Title observations in a city (by short or full name), for tenure questions. */
  titleObservations(q: { city: string }): Promise<TitleObservation[]>;
  /** Every node, in id order, a page at a time (exports; memory stays flat). */
  scanNodes(): AsyncIterable<GraphNode>;
  /** Every relationship in (from, type, to, document) order, a page at a time. */
  scanRels(): AsyncIterable<GraphRel>;

  close(): Promise<void>;
}

export { labelOfId } from '../domain/graph.js';

/** Id prefixes in sorted order: scanning labels in this order scans ids in sorted order. */
export const LABELS_BY_ID_PREFIX: NodeLabel[] = ['City', 'Document', 'Meeting', 'Person', 'Plan', 'Position'];

/** Sort relationships canonically: (from, type, to, document). */
export function compareRels(a: RelEnd, b: RelEnd): number {
  return cmp(a.from, b.from) || cmp(a.type, b.type) || cmp(a.to, b.to) || cmp(a.document, b.document);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stats in canonical form: keys sorted, zero counts left out (equal graphs print equal bytes). */
export function canonicalStats(nodes: Record<string, number>, relationships: Record<string, number>): StoreStats {
  const sorted = (o: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v > 0)
        .sort(([a], [b]) => cmp(a, b)),
    );
  return { nodes: sorted(nodes) as StoreStats['nodes'], relationships: sorted(relationships) };
}

/** Upsert statuses: new for the first occurrence of each freshly written document, else unchanged. */
export function upsertStatuses(batches: GraphBatch[], fresh: ReadonlySet<string>): UpsertOutcome['documents'] {
  const left = new Set(fresh);
  return batches.map((b) => ({ document: b.document.id, status: left.delete(b.document.id) ? 'new' : 'unchanged' }));
}
