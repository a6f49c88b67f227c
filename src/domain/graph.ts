/** The graph model (DESIGN §3): what a store holds. Plain data. */

export const NODE_LABELS = ['Person', 'City', 'Meeting', 'Plan', 'Document', 'Position'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types and the labels they join (a store may rely on these to find endpoints). */
export const REL_ENDPOINTS = {
  CHAIRED: ['Person', 'Meeting'],
  SPOKE_AT: ['Person', 'Meeting'],
  ATTENDED: ['Person', 'Meeting'],
  APPROVED: ['Meeting', 'Plan'],
  REVIEWED: ['Meeting', 'Plan'],
  STUDIED: ['Meeting', 'Meeting'],
  STUDIED_PLAN: ['Meeting', 'Plan'],
  HELD_IN: ['Meeting', 'City'],
  REPORTS: ['Document', 'Meeting'],
  REPORTED: ['Person', 'Document'],
  EDITED: ['Person', 'Document'],
  HELD: ['Person', 'Position'],
  IN_CITY: ['Position', 'City'],
} as const satisfies Record<string, readonly [NodeLabel, NodeLabel]>;
export type GraphRelType = keyof typeof REL_ENDPOINTS;
export const REL_TYPES = Object.keys(REL_ENDPOINTS) as GraphRelType[];

/** Scalar property values a node or relationship may carry (what both stores can hold). */
export type PropValue = string | number | boolean | null | string[];
export type Props = Record<string, PropValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Props;
}

/**
 * One supported fact: a relationship as one document shows it. The same fact from two documents
 * is two GraphRels with the same (type, from, to) and different `document`.
 */
export interface GraphRel {
  type: GraphRelType;
  from: string;
  to: string;
  document: string;
  evidence: string;
  /** The evidence sentence as written (original script, before repairs), when that differs. */
  evidenceOriginal?: string;
  rule: string;
  confidence: number;
  /** Type-specific values (HELD: title, asOf). */
  props?: Props;
}

/** Everything one document adds to the graph. Written all or nothing. */
export interface GraphBatch {
  document: GraphNode;
  nodes: GraphNode[];
  rels: GraphRel[];
}

export function relKey(r: Pick<GraphRel, 'type' | 'from' | 'to' | 'document'>): string {
  return `${r.type}\u0001${r.from}\u0001${r.to}\u0001${r.document}`;
}

/** A stable error a store or the API can report with a code. */
export class GovgraphError extends Error {
  constructor(
    readonly code: 'STORE_UNAVAILABLE' | 'NOT_FOUND' | 'BAD_INPUT' | 'STORE_CORRUPT' | 'CONFIG',
    message: string,
  ) {
    super(message);
    this.name = 'GovgraphError';
  }
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

/**
 * The properties each label's nodes may carry, with their types: what exports declare up front
 * (GraphML keys, neo4j-admin CSV headers). A test checks that stored nodes carry no others.
 */
export const NODE_PROPERTIES: Record<NodeLabel, Record<string, 'string' | 'int' | 'string[]'>> = {
  Person: { name: 'string', aliases: 'string[]', city: 'string', cityCode: 'string' },
  City: { name: 'string', fullName: 'string', province: 'string', adminCode: 'string', level: 'string' },
  Meeting: { name: 'string', aliases: 'string[]', kind: 'string', ordinal: 'string', date: 'string', datePrecision: 'string', format: 'string', status: 'string', city: 'string', cityCode: 'string' },
  Plan: { title: 'string', kind: 'string', year: 'int', aliases: 'string[]' },
  Document: { source: 'string', title: 'string', url: 'string', publishedAt: 'string', sha256: 'string', script: 'string', encoding: 'string', city: 'string', cityCode: 'string', sourceName: 'string', ingestedAt: 'string' },
  Position: { title: 'string', city: 'string', cityCode: 'string' },
};

/**
 * The type-specific properties relationships may carry beside their provenance (HELD: the title as
 * written, the date it was seen, and its rank among the person's titles in that document: 0 first).
 */
export const REL_PROPERTIES: Record<string, 'string' | 'int'> = { title: 'string', asOf: 'string', rank: 'int' };
