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

function keyOf(r: ParticipationRow): SortKey {
  return [r.date ?? '', r.meetingId, ROLE_RANK[r.role]!, r.personId];
}
