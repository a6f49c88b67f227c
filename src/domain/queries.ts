/**
 * What readers may ask a store for: filtered, ordered lists with keyset cursors, participation
 * rows, search. Plain data; every engine answers the same question with the same rows in the
 * same order (the contract suite checks it).
 */
import { GovgraphError, type GraphNode, type NodeLabel } from './graph.js';
import type { Evidence, ParticipationRole } from './views.js';

/**
 * A city as a reader names it: its short name (临汾), full name (临汾市) or GB/T 2260 code.
 * Stores turn it into the codes of every City node it names (a short name may name several).
 */
export type CityRef = string;

/** Meetings: all conditions must hold. Dates are inclusive YYYY-MM-DD; a meeting whose year is unknown (XXXX-…) never falls in a range. */
export interface MeetingFilter {
  /** One meeting by id. */
  id?: string;
  city?: CityRef;
  kind?: string;
  from?: string;
  to?: string;
  /** A person id: meetings the person took part in (any role). */
  person?: string;
  /** Part of the meeting's name or of one of its aliases (县政府第五次常务会议 finds 某县人民政府第五次常务会议 named so too). */
  nameContains?: string;
  status?: 'held' | 'referenced';
}

export interface PersonFilter {
  city?: CityRef;
  nameContains?: string;
  /** A title the person was given (as written, or after its organisation: 市长 matches 市政府市长, not 副市长). */
  title?: string;
  /** Only people who took part in a meeting matching this (and counts are over these meetings). */
  meetings?: MeetingFilter;
}

export interface PlanFilter {
  kind?: string;
  year?: number;
  titleContains?: string;
  /** Plans acted on by a meeting matching this (and counts are over these meetings). */
  meetings?: MeetingFilter;
}

export interface DocumentFilter {
  city?: CityRef;
  /** Publication date range, inclusive. */
  from?: string;
  to?: string;
}

export type ListQuery =
  | { label: 'Person'; filter?: PersonFilter; orderBy?: 'name' | 'meetingCount' }
  | { label: 'Meeting'; filter?: MeetingFilter; orderBy?: 'date' | 'dateDesc' | 'participantCount' }
  | { label: 'Plan'; filter?: PlanFilter; orderBy?: 'title' | 'meetingCount' }
  | { label: 'Document'; filter?: DocumentFilter; orderBy?: 'publishedAt' }
  | { label: 'City'; filter?: { nameContains?: string }; orderBy?: 'name' | 'meetingCount' };

export interface PageRequest {
  /** At most this many items (1 … MAX_PAGE). */
  first: number;
  /** The endCursor of the previous page. */
  after?: string | null;
}

export const MAX_PAGE = 500;

export interface PageItem {
  node: GraphNode;
  /** The count the list is ordered by (meetings, participants), when ordered by a count. */
  count?: number;
}

export interface Page<T> {
  items: T[];
  /** Each item's own cursor (a page starting after it), in step with items. */
  cursors: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Attendance rows: who took part in which meeting, in which role. */
export interface ParticipationQuery {
  meeting?: MeetingFilter;
  /** One meeting by id. */
  meetingId?: string;
  /** One person by id. */
  personId?: string;
  roles?: ParticipationRole[];
  /**
   * false: a store may leave the rows' evidence empty (for callers that load it only when it is
   * asked for, like the API); default true.
   */
  withEvidence?: boolean;
}

export interface ParticipationRow {
  personId: string;
  meetingId: string;
  role: ParticipationRole;
  /** The meeting's date (ordering key), as stored. */
  date: string | null;
  /** Empty only when the query said withEvidence: false. */
  evidence: Evidence[];
}

export interface SearchQuery {
  text: string;
  labels?: NodeLabel[];
  first: number;
}

export interface SearchHit {
  node: GraphNode;
  /** 0 the name is the text, 1 it starts with it, 2 it contains it, 3 only an alias contains it. */
  rank: number;
}

/** The keys a list is ordered by; a cursor encodes the last row's. */
export type SortKey = Array<string | number | null>;

/** An opaque cursor for a keyset page: the sort key of the last row. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): SortKey | null {
  if (cursor == null || cursor === '') return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new GovgraphError('BAD_INPUT', 'invalid cursor (use the endCursor of the previous page)');
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((k) => k === null || typeof k === 'string' || typeof k === 'number')) {
    throw new GovgraphError('BAD_INPUT', 'invalid cursor for this list (use the endCursor of the previous page of the same list)');
  }
  return key as SortKey;
}

/**
 * A keyset page from the rows a store read for it (at most first + 1: one more than asked tells
 * whether there is a next page); the cursor is the last returned row's sort key.
 */
export function keysetPage<R, T>(rows: R[], first: number, item: (r: R) => T, key: (r: R) => SortKey): Page<T> {
  const rowsOut = rows.slice(0, first);
  const last = rowsOut[rowsOut.length - 1];
  let cursors: string[] | null = null;
  return {
    items: rowsOut.map(item),
    // encoded when asked for: most readers only want the page and its end
    get cursors() {
      return (cursors ??= rowsOut.map((r) => encodeCursor(key(r))));
    },
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : encodeCursor(key(last)),
  };
}

/** Checks a page request: a whole number of items between 1 and MAX_PAGE. */
export function checkPage(p: PageRequest): void {
  if (!Number.isInteger(p.first) || p.first < 1 || p.first > MAX_PAGE) {
    throw new GovgraphError('BAD_INPUT', `first must be a whole number from 1 to ${MAX_PAGE} (got ${p.first})`);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the dates of a filter: YYYY-MM-DD, from ≤ to. */
export function checkRange(f: { from?: string; to?: string } | undefined): void {
  if (!f) return;
  for (const k of ['from', 'to'] as const) {
    const v = f[k];
    if (v !== undefined && !DAY.test(v)) throw new GovgraphError('BAD_INPUT', `${k} takes a date as YYYY-MM-DD (got ${v})`);
  }
  if (f.from && f.to && f.from > f.to) throw new GovgraphError('BAD_INPUT', `from (${f.from}) is after to (${f.to})`);
}

/**
 * The order a list's rows come in, as sort keys (the cursor is the last row's key; every key ends
 * with the node id, so the order is total). Both engines implement exactly these.
 *   Person  name: [name, id]              meetingCount: [-count, id]
 *   Meeting date: [date ?? '', id]         dateDesc: [date desc, id]      participantCount: [-count, id]
 *   Plan    title: [title, id]            meetingCount: [-count, id]
 *   Document publishedAt: [publishedAt ?? '', id]
 *   City    name: [name, id]              meetingCount: [-count, id]
 * Dates that are unknown sort as the empty string (first ascending, last descending).
 */
export function orderOf(q: ListQuery): 'name' | 'title' | 'date' | 'dateDesc' | 'publishedAt' | 'count' {
  switch (q.label) {
    case 'Person':
      return q.orderBy === 'meetingCount' ? 'count' : 'name';
    case 'Meeting':
      return q.orderBy === 'participantCount' ? 'count' : q.orderBy === 'dateDesc' ? 'dateDesc' : 'date';
    case 'Plan':
      return q.orderBy === 'meetingCount' ? 'count' : 'title';
    case 'Document':
      return 'publishedAt';
    case 'City':
      return q.orderBy === 'meetingCount' ? 'count' : 'name';
  }
}

/** Checks the dates of a list query's filters. */
export function checkListQuery(q: ListQuery): void {
  if (q.label === 'Meeting' || q.label === 'Document') checkRange(q.filter);
  if ((q.label === 'Person' || q.label === 'Plan') && q.filter?.meetings) checkRange(q.filter.meetings);
}
