/**
 * Typed views of the graph for readers (the API, the reports, the CLI): what a node or a
 * relationship means, not a bag of properties. Built from stored nodes by the functions below,
 * so every engine gives the same views.
 */
import type { GraphNode, GraphRel, GraphRelType, Props } from './graph.js';

/** One document's word for a relationship: where it was read, in which sentence, by which rule. */
export interface Evidence {
  document: string;
  sentence: string;
  /** The sentence as written (original script, before repairs), when that differs. */
  sentenceOriginal: string | null;
  rule: string;
  confidence: number;
}

export interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  /** The city the person was read in (people are told apart by city), when the article named one. */
  city: string | null;
  cityCode: string | null;
}

export interface MeetingView {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  ordinal: string | null;
  /** YYYY-MM-DD, or XXXX-MM-DD when the year is unknown. */
  date: string | null;
  datePrecision: string | null;
  format: string | null;
  /** held: reported as taking place; referenced: only studied or mentioned. */
  status: 'held' | 'referenced';
  city: string | null;
  cityCode: string | null;
}

export interface PlanView {
  id: string;
  title: string;
  kind: string | null;
  year: number | null;
  aliases: string[];
}

export interface CityView {
  id: string;
  name: string;
  fullName: string | null;
  province: string | null;
  adminCode: string | null;
  level: string | null;
}

export interface DocumentView {
  id: string;
  source: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  city: string | null;
  sourceName: string | null;
  sha256: string | null;
  script: string | null;
  encoding: string | null;
  ingestedAt: string | null;
}

export interface PositionView {
  id: string;
  title: string;
  city: string | null;
  cityCode: string | null;
}

export const PARTICIPATION_ROLES = ['CHAIRED', 'SPOKE_AT', 'ATTENDED'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** A person's part in a meeting, with every document's evidence for it. */
export interface Participation {
  personId: string;
  meetingId: string;
  role: ParticipationRole;
  evidence: Evidence[];
}

const str = (p: Props, k: string): string | null => (typeof p[k] === 'string' ? (p[k] as string) : null);
const num = (p: Props, k: string): number | null => (typeof p[k] === 'number' ? (p[k] as number) : null);
const list = (p: Props, k: string): string[] => (Array.isArray(p[k]) ? [...(p[k] as string[])] : []);

export function personView(n: GraphNode): PersonView {
  const p = n.props;
  return { id: n.id, name: str(p, 'name') ?? '', aliases: list(p, 'aliases'), city: str(p, 'city'), cityCode: str(p, 'cityCode') };
}

export function meetingView(n: GraphNode): MeetingView {
  const p = n.props;
  return {
    id: n.id,
    name: str(p, 'name') ?? '',
    aliases: list(p, 'aliases'),
    kind: str(p, 'kind'),
    ordinal: str(p, 'ordinal'),
    date: str(p, 'date'),
    datePrecision: str(p, 'datePrecision'),
    format: str(p, 'format'),
    status: p.status === 'held' ? 'held' : 'referenced',
    city: str(p, 'city'),
    cityCode: str(p, 'cityCode'),
  };
}

export function planView(n: GraphNode): PlanView {
  const p = n.props;
  return { id: n.id, title: str(p, 'title') ?? '', kind: str(p, 'kind'), year: num(p, 'year'), aliases: list(p, 'aliases') };
}

export function cityView(n: GraphNode): CityView {
  const p = n.props;
  return { id: n.id, name: str(p, 'name') ?? '', fullName: str(p, 'fullName'), province: str(p, 'province'), adminCode: str(p, 'adminCode'), level: str(p, 'level') };
}

export function documentView(n: GraphNode): DocumentView {
  const p = n.props;
  return {
    id: n.id,
    source: str(p, 'source') ?? '',
    title: str(p, 'title'),
    url: str(p, 'url'),
    publishedAt: str(p, 'publishedAt'),
    city: str(p, 'city'),
    sourceName: str(p, 'sourceName'),
    sha256: str(p, 'sha256'),
    script: str(p, 'script'),
    encoding: str(p, 'encoding'),
    ingestedAt: str(p, 'ingestedAt'),
  };
}

export function positionView(n: GraphNode): PositionView {
  const p = n.props;
  return { id: n.id, title: str(p, 'title') ?? '', city: str(p, 'city'), cityCode: str(p, 'cityCode') };
}

export function evidenceOf(r: GraphRel): Evidence {
  return { document: r.document, sentence: r.evidence, sentenceOriginal: r.evidenceOriginal ?? null, rule: r.rule, confidence: r.confidence };
}

/**
 * Relationships grouped into participations: one per (person, meeting, role), carrying every
 * supporting document's evidence (documents in id order), in the order first seen.
 */
export function participationsOf(rels: GraphRel[]): Participation[] {
  const by = new Map<string, Participation>();
  for (const r of rels) {
    if (!isParticipationRole(r.type)) continue;
    const k = `${r.from}\u0001${r.to}\u0001${r.type}`;
    let p = by.get(k);
    if (!p) by.set(k, (p = { personId: r.from, meetingId: r.to, role: r.type, evidence: [] }));
    p.evidence.push(evidenceOf(r));
  }
  for (const p of by.values()) p.evidence.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  return [...by.values()];
}

export function isParticipationRole(t: GraphRelType | string): t is ParticipationRole {
  return t === 'CHAIRED' || t === 'SPOKE_AT' || t === 'ATTENDED';
}
