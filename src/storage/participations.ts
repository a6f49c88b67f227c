import { checkPage, checkRange, decodeCursor, encodeCursor, keysetPage, type MeetingFilter, type Page, type PageRequest, type ParticipationQuery, type ParticipationRow, type SortKey } from '../domain/queries.js';
import { PARTICIPATION_ROLES, participationsOf, type Participation } from '../domain/views.js';
import type { GraphNode } from '../domain/graph.js';
import type { GraphStore } from './graph-store.js';

const ROLE_RANK: Record<string, number> = { CHAIRED: 0, SPOKE_AT: 1, ATTENDED: 2 };

/**
 * Attendance rows a page at a time, the same way on every engine: walk the matching meetings in
 * (date, id) order through the store's own keyset list, read their participations in one batched
 * call per page of meetings, and order each meeting's rows by (role: chair, speaker, attendee;
 * person id). The cursor is the last row's (date, meeting, role, person).
 */
export async function pageParticipations(store: GraphStore, q: ParticipationQuery, page: PageRequest): Promise<Page<ParticipationRow>> {
  checkPage(page);
  checkRange(q.meeting);
  const after = decodeCursor(page.after, 4) as [string, string, number, string] | null;
  const want = page.first + 1;
  const rows: ParticipationRow[] = [];

  const take = async (meetings: GraphNode[], skipThrough: [number, string] | null) => {
    const rels = await store.relationshipsOf(
      meetings.map((m) => m.id),
      { types: [...(q.roles?.length ? q.roles : PARTICIPATION_ROLES)], direction: 'in' },
    );
    for (const m of meetings) {
      const parts = participationsOf(rels.get(m.id) ?? [])
        .filter((p) => q.personId === undefined || p.personId === q.personId)
        .sort((a, b) => ROLE_RANK[a.role]! - ROLE_RANK[b.role]! || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
      for (const p of parts) {
        if (skipThrough && m.id === after?.[1] && !isAfter(p, skipThrough)) continue;
        rows.push(row(p, m));
        if (rows.length >= want) return true;
      }
    }
    return false;
  };

  const filter: MeetingFilter = { ...q.meeting, ...(q.personId !== undefined ? { person: q.personId } : {}), ...(q.meetingId !== undefined ? { id: q.meetingId } : {}) };
  if (q.personId !== undefined) return personPage(store, q.personId, filter, q.roles, page, after);
  let cursor: string | null = null;
  if (after) {
    // the rest of the meeting the last page stopped in, then the meetings after it
    const m = await store.getNode(after[1]);
    if (m) await take([m], [after[2], after[3]]);
    cursor = encodeCursor([after[0], after[1]]);
  }
  const pageSize = Math.min(200, Math.max(20, page.first));
  while (rows.length < want) {
    const p = await store.list({ label: 'Meeting', filter, orderBy: 'date' }, { first: pageSize, after: cursor });
    if (await take(p.items.map((i) => i.node), null)) break;
    if (!p.hasNextPage) break;
    cursor = p.endCursor;
  }
  return keysetPage(rows, page.first, (r) => r, keyOf);
}

function isAfter(p: Participation, [rank, person]: [number, string]): boolean {
  const r = ROLE_RANK[p.role]!;
  return r > rank || (r === rank && p.personId > person);
}

function row(p: Participation, m: GraphNode): ParticipationRow {
  return { personId: p.personId, meetingId: p.meetingId, role: p.role, date: typeof m.props.date === 'string' ? m.props.date : null, evidence: p.evidence };
}

/** The sort key of an attendance row, its cursor: (date, meeting, role rank, person). */
export function keyOf(r: ParticipationRow): SortKey {
  return [r.date ?? '', r.meetingId, ROLE_RANK[r.role]!, r.personId];
}

/**
 * One person's rows: from the person's own relationships, over the meetings of theirs the filter
 * keeps (a few hundred at most for the busiest official), not from every meeting's participants.
 */
async function personPage(store: GraphStore, personId: string, filter: MeetingFilter, roles: ParticipationQuery['roles'], page: PageRequest, after: [string, string, number, string] | null): Promise<Page<ParticipationRow>> {
  const meetings = new Map<string, GraphNode>();
  let cursor: string | null = null;
  for (;;) {
    const p = await store.list({ label: 'Meeting', filter, orderBy: 'date' }, { first: 500, after: cursor });
    for (const i of p.items) meetings.set(i.node.id, i.node);
    if (!p.hasNextPage) break;
    cursor = p.endCursor;
  }
  // the meetings in order, from the cursor on; then the person's evidence for just the ones the page needs
  const ordered = [...meetings.values()].filter((m) => !after || compareKeys([dateKey(m), m.id], [after[0], after[1]]) >= 0);
  const types = [...(roles?.length ? roles : PARTICIPATION_ROLES)];
  const rows: ParticipationRow[] = [];
  for (let i = 0; i < ordered.length && rows.length <= page.first; i += page.first + 1) {
    const slice = ordered.slice(i, i + page.first + 1);
    const rels = (await store.relationshipsOf([personId], { direction: 'out', types, others: slice.map((m) => m.id) })).get(personId) ?? [];
    for (const p of participationsOf(rels).map((x) => row(x, meetings.get(x.meetingId)!)).sort((a, b) => compareKeys(keyOf(a), keyOf(b)))) {
      if (!after || compareKeys(keyOf(p), after) > 0) rows.push(p);
    }
  }
  return keysetPage(rows.slice(0, page.first + 1), page.first, (r) => r, keyOf);
}

const dateKey = (m: GraphNode) => (typeof m.props.date === 'string' ? m.props.date : '');

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return x! < y! ? -1 : 1;
  }
  return 0;
}
