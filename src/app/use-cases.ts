/**
 * The questions users ask of the graph, answered once for the CLI, the API and the reports (each
 * of them only parses its input and formats these answers). Every answer that states a
 * relationship carries its evidence.
 */
import {
  GovgraphError,
  PARTICIPATION_ROLES,
  cityView,
  decodeCursor,
  encodeCursor,
  documentView,
  evidenceOf,
  labelOfId,
  meetingView,
  organisationOf,
  participationsOf,
  personView,
  planView,
  tenureFacts,
  whoHeld,
  type CityView,
  type DocumentView,
  type Evidence,
  type GraphNode,
  type GraphRel,
  type GraphRelType,
  type ListQuery,
  type MeetingFilter,
  type MeetingView,
  type NodeLabel,
  type Page,
  type PageItem,
  type PageRequest,
  type Participation,
  type ParticipationQuery,
  type ParticipationRole,
  type ParticipationRow,
  type PersonFilter,
  type PersonView,
  type PlanView,
  type SearchHit,
  type TenureFact,
  type TitleObservation,
  type WhoHeld,
} from '../domain/index.js';
import type { GraphStore, RelEnd, StoreStats } from '../storage/index.js';
import type { Reader } from './reader.js';

const ROLES = [...PARTICIPATION_ROLES] as GraphRelType[];
const PLAN_ACTIONS: GraphRelType[] = ['APPROVED', 'REVIEWED', 'STUDIED_PLAN'];
/** Pages readers may ask for at once (the store allows more; the API and reports stay within this). */
export const MAX_FIRST = 100;

// ------------------------------------------------------------------ single nodes

/** A node of the label the id says, or a NOT_FOUND / BAD_INPUT error naming the id. */
export async function requireNode(r: Reader, id: string, label: NodeLabel): Promise<GraphNode> {
  const l = labelOfId(id);
  if (l !== label) throw new GovgraphError('BAD_INPUT', `${JSON.stringify(id)} is not a ${label} id (${label} ids start with ${prefixOf(label)}:)`);
  const n = await r.node(id);
  if (!n) throw new GovgraphError('NOT_FOUND', `no ${label} with id ${id}`);
  return n;
}

function prefixOf(label: NodeLabel): string {
  return { Person: 'person', Meeting: 'meeting', Plan: 'plan', City: 'city', Document: 'doc', Position: 'position' }[label];
}

export const getPerson = async (r: Reader, id: string): Promise<PersonView> => personView(await requireNode(r, id, 'Person'));
export const getMeeting = async (r: Reader, id: string): Promise<MeetingView> => meetingView(await requireNode(r, id, 'Meeting'));
export const getPlan = async (r: Reader, id: string): Promise<PlanView> => planView(await requireNode(r, id, 'Plan'));
export const getDocument = async (r: Reader, id: string): Promise<DocumentView> => documentView(await requireNode(r, id, 'Document'));

/** A city by code (its node), or null when it is not in the graph. */
export async function cityByCode(r: Reader, code: string | null): Promise<CityView | null> {
  if (!code) return null;
  const n = await r.node(`city:${code}`);
  return n ? cityView(n) : null;
}

/**
 * A city as a reader names it: its short name, full name or GB/T 2260 code. A short name that
 * several cities in the graph share (朝阳: 朝阳区, 朝阳市) is an error that names them.
 */
export async function findCity(r: Reader, name: string): Promise<CityView | null> {
  const q = name.trim();
  if (!q) throw new GovgraphError('BAD_INPUT', 'give a city name (临汾, 临汾市) or code');
  if (/^\d{6}$/.test(q)) return cityByCode(r, q);
  const hits = (await r.store.search({ text: q, labels: ['City'], first: 50 })).map((h) => cityView(h.node));
  const exact = hits.filter((c) => c.name === q || c.fullName === q || c.adminCode === q);
  if (exact.length > 1) {
    throw new GovgraphError('BAD_INPUT', `${q} names ${exact.length} cities: ${exact.map((c) => `${c.fullName ?? c.name} (${c.province ?? '?'}, ${c.adminCode})`).join(', ')}; use the full name or the code`);
  }
  return exact[0] ?? null;
}

// ------------------------------------------------------------------ lists

export interface ListAnswer<T> {
  page: Page<{ view: T; count?: number }>;
  /** The total, counted only when asked for (it costs a query). */
  totalCount: () => Promise<number>;
}

function checkFirst(page: PageRequest): void {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_FIRST) {
    throw new GovgraphError('BAD_INPUT', `first must be a whole number from 1 to ${MAX_FIRST} (got ${page.first})`);
  }
}

async function list<T>(r: Reader, q: ListQuery, page: PageRequest, view: (n: GraphNode) => T): Promise<ListAnswer<T>> {
  checkFirst(page);
  const p = await r.store.list(q, page);
  return { page: { ...p, items: p.items.map((i: PageItem) => ({ view: view(i.node), ...(i.count !== undefined ? { count: i.count } : {}) })) }, totalCount: () => r.store.count(q) };
}

/**
 * People, ordered by name or by the meetings they took part in ("who attended most meetings in 临汾
 * in 2020": filter.meetings = {city, from, to}, orderBy meetingCount). With asOf (and title and
 * city): only who held the title on that day.
 */
export async function listPeople(r: Reader, filter: PersonFilter & { asOf?: string }, page: PageRequest, orderBy: 'name' | 'meetingCount' = 'name'): Promise<ListAnswer<PersonView>> {
  const { asOf, ...f } = filter;
  if (asOf === undefined) return list(r, { label: 'Person', filter: f, orderBy }, page, personView);
  if (!f.title || !f.city) throw new GovgraphError('BAD_INPUT', 'asOf needs a title and a city (who held the title in the city on that day)');
  checkFirst(page);
  const answer = await whoHeldTitle(r, { title: f.title, city: f.city, date: asOf });
  const ids = [...new Set(answer.holders.map((h) => h.personId))].sort();
  const nodes = (await r.nodes(ids)).filter((n): n is GraphNode => n !== null).map(personView);
  const keep = nodes.filter((p) => (f.nameContains === undefined || p.name.includes(f.nameContains)));
  const after = decodeCursor(page.after, 1);
  const start = after ? keep.findIndex((p) => p.id === after[0]) + 1 : 0;
  const items = keep.slice(start, start + page.first);
  const cursors = items.map((p) => encodeCursor([p.id]));
  return {
    page: { items: items.map((view) => ({ view })), cursors, hasNextPage: start + page.first < keep.length, endCursor: cursors[cursors.length - 1] ?? null },
    totalCount: async () => keep.length,
  };
}

export const listMeetings = (r: Reader, filter: MeetingFilter | undefined, page: PageRequest, orderBy: 'date' | 'dateDesc' | 'participantCount' = 'date') =>
  list(r, { label: 'Meeting', filter, orderBy }, page, meetingView);

export const listPlans = (r: Reader, filter: Extract<ListQuery, { label: 'Plan' }>['filter'], page: PageRequest, orderBy: 'title' | 'meetingCount' = 'title') =>
  list(r, { label: 'Plan', filter, orderBy }, page, planView);

export const listCities = (r: Reader, nameContains: string | undefined, page: PageRequest, orderBy: 'name' | 'meetingCount' = 'name') =>
  list(r, { label: 'City', filter: nameContains === undefined ? undefined : { nameContains }, orderBy }, page, cityView);

export const listDocuments = (r: Reader, filter: Extract<ListQuery, { label: 'Document' }>['filter'], page: PageRequest) =>
  list(r, { label: 'Document', filter, orderBy: 'publishedAt' }, page, documentView);

// ------------------------------------------------------------------ meetings

/** A meeting's participants, chairs first, then speakers, then attendees (by person id within each). */
export async function meetingParticipants(r: Reader, meetingId: string, role?: ParticipationRole): Promise<Participation[]> {
  const rels = await r.rels(meetingId, 'in', role ? [role] : ROLES);
  const order: Record<string, number> = { CHAIRED: 0, SPOKE_AT: 1, ATTENDED: 2 };
  return participationsOf(rels).sort((a, b) => order[a.role]! - order[b.role]! || (a.personId < b.personId ? -1 : 1));
}

export interface PlanActionView {
  meetingId: string;
  planId: string;
  action: 'APPROVED' | 'REVIEWED' | 'STUDIED';
  evidence: Evidence[];
}

/** Relationships grouped by their (from, to): one entry per pair, with each document's evidence. */
function grouped(rels: GraphRel[]): Array<{ from: string; to: string; type: GraphRelType; evidence: Evidence[] }> {
  const by = new Map<string, { from: string; to: string; type: GraphRelType; evidence: Evidence[] }>();
  for (const x of rels) {
    const k = `${x.type}\u0001${x.from}\u0001${x.to}`;
    const g = by.get(k) ?? { from: x.from, to: x.to, type: x.type, evidence: [] };
    g.evidence.push(evidenceOf(x));
    by.set(k, g);
  }
  return [...by.values()];
}

const actionOf = (t: GraphRelType): PlanActionView['action'] => (t === 'STUDIED_PLAN' ? 'STUDIED' : (t as 'APPROVED' | 'REVIEWED'));

/** What a meeting did with plans (approved, reviewed, studied), or what meetings did with a plan. */
export async function planActions(r: Reader, id: string, side: 'meeting' | 'plan', types: GraphRelType[] = PLAN_ACTIONS): Promise<PlanActionView[]> {
  const rels = await r.rels(id, side === 'meeting' ? 'out' : 'in', types);
  return grouped(rels).map((g) => ({ meetingId: g.from, planId: g.to, action: actionOf(g.type), evidence: g.evidence }));
}

/** Meetings a meeting studied (out), or that studied it (in). */
export async function meetingLinks(r: Reader, meetingId: string, direction: 'out' | 'in'): Promise<Array<{ meetingId: string; evidence: Evidence[] }>> {
  const rels = await r.rels(meetingId, direction, ['STUDIED']);
  return grouped(rels).map((g) => ({ meetingId: direction === 'out' ? g.to : g.from, evidence: g.evidence }));
}

/** The documents that report a meeting. */
export async function meetingReports(r: Reader, meetingId: string): Promise<string[]> {
  return [...new Set((await r.rels(meetingId, 'in', ['REPORTS'])).map((x) => x.from))];
}

// ------------------------------------------------------------------ documents

export async function documentMeetings(r: Reader, documentId: string): Promise<string[]> {
  return [...new Set((await r.rels(documentId, 'out', ['REPORTS'])).map((x) => x.to))];
}

export async function documentStaff(r: Reader, documentId: string): Promise<Array<{ personId: string; role: 'REPORTED' | 'EDITED'; evidence: Evidence[] }>> {
  return grouped(await r.rels(documentId, 'in', ['REPORTED', 'EDITED'])).map((g) => ({ personId: g.from, role: g.type as 'REPORTED' | 'EDITED', evidence: g.evidence }));
}

// ------------------------------------------------------------------ people

export interface TenureView extends TenureFact {
  organisation: string | null;
  cityCode: string | null;
  evidence: Evidence[];
}

/** A person's titles as dated facts (first and last seen), each with its evidence. */
export async function personTenures(r: Reader, personId: string): Promise<TenureView[]> {
  const person = await r.node(personId);
  if (!person) return [];
  const held = await r.rels(personId, 'out', ['HELD']);
  const positions = new Map((await r.nodes([...new Set(held.map((h) => h.to))])).filter((n): n is GraphNode => n !== null).map((n) => [n.id, n]));
  const obs: TitleObservation[] = held.map((h) => {
    const pos = positions.get(h.to);
    return {
      personId,
      name: String(person.props.name ?? ''),
      positionId: h.to,
      title: String(pos?.props.title ?? h.props?.title ?? ''),
      city: (pos?.props.city as string | undefined) ?? null,
      cityCode: (pos?.props.cityCode as string | undefined) ?? null,
      asOf: (h.props?.asOf as string | undefined) ?? null,
      document: h.document,
    };
  });
  return tenureFacts(obs).map((f) => ({
    ...f,
    organisation: organisationOf(f.title),
    cityCode: (positions.get(f.positionId)?.props.cityCode as string | undefined) ?? null,
    evidence: held.filter((h) => h.to === f.positionId).map(evidenceOf),
  }));
}

/**
 * The titles a person is seen with (as their positions name them: 市长, not 岚州市市长), in the
 * order the documents give them (县委副书记、县长, not sorted): by each title's average rank among
 * the person's titles in a document (the store's titlesOf), then by title. With `documents`, only those the given documents state (a
 * meeting's titles as its own reports give them), falling back to all when those name none.
 */
export async function personTitles(r: Reader, personId: string, documents?: Iterable<string>): Promise<string[]> {
  const wanted = documents ? [...documents] : [];
  const inScope = wanted.length ? await r.store.titlesOf(personId, wanted) : [];
  const ranked = inScope.length ? inScope : await r.store.titlesOf(personId);
  if (ranked.every((t) => t.rank !== null)) return ranked.map((t) => t.title);
  return titlesFromSentences(r, personId, documents);
}

/** personTitles for relationships stored before ranks were kept: ranks read off the evidence sentences. */
async function titlesFromSentences(r: Reader, personId: string, documents?: Iterable<string>): Promise<string[]> {
  const held = await r.ends(personId, 'out', ['HELD']);
  const wanted = documents ? new Set(documents) : null;
  const inScope = wanted ? held.filter((h) => wanted.has(h.document)) : held;
  const chosen = inScope.length ? inScope : held;
  const positions = new Map((await r.nodes([...new Set(chosen.map((h) => h.to))])).filter((n): n is GraphNode => n !== null).map((n) => [n.id, String(n.props.title ?? '')]));
  const ranks = await ranksFromSentences(r, personId, chosen);
  const byTitle = new Map<string, number[]>();
  chosen.forEach((h, i) => {
    const title = positions.get(h.to) || String(h.props?.title ?? '');
    if (title) byTitle.set(title, [...(byTitle.get(title) ?? []), ranks[i]!]);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...byTitle].map(([title, xs]) => ({ title, rank: mean(xs) })).sort((a, b) => a.rank - b.rank || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)).map((t) => t.title);
}

/** Ranks for relationships stored without one (before ranks were kept): how many of the person's titles their sentence puts first. */
async function ranksFromSentences(r: Reader, personId: string, ends: RelEnd[]): Promise<number[]> {
  const full = await r.rels(personId, 'out', ['HELD']);
  const key = (h: RelEnd) => `${h.to}\u0001${h.document}`;
  const sentenceOf = new Map(full.map((h) => [key(h), h]));
  const at = (h: GraphRel | undefined) => (h ? h.evidence.indexOf(String(h.props?.title ?? '')) : -1);
  return ends.map((e) => {
    const h = sentenceOf.get(key(e));
    if (!h || at(h) < 0) return 0;
    return full.filter((o) => o.document === h.document && o.evidence === h.evidence && at(o) >= 0 && at(o) < at(h)).length;
  });
}

/** A person's part in meetings, by meeting date (the attendance rows of one person). */
export function personMeetings(r: Reader, personId: string, q: { role?: ParticipationRole; filter?: MeetingFilter; withEvidence?: boolean }, page: PageRequest) {
  return attendance(r, { personId, meeting: q.filter, ...(q.role ? { roles: [q.role] } : {}), ...(q.withEvidence === false ? { withEvidence: false } : {}) }, page);
}

/** The evidence of one person's part in one meeting (for rows read without it). */
export async function participationEvidence(r: Reader, p: { personId: string; meetingId: string; role: ParticipationRole }): Promise<Evidence[]> {
  return (await r.rels(p.meetingId, 'in', [p.role])).filter((x) => x.from === p.personId).map(evidenceOf);
}

/** The meeting ids a person took part in (any role). */
async function meetingsOf(r: Reader, personId: string): Promise<Set<string>> {
  return new Set((await r.ends(personId, 'out', ROLES)).map((x) => x.to));
}

/** The people a person met most often: the number of meetings each shared with them, most first. */
export async function coAttendees(r: Reader, personId: string, first: number): Promise<Array<{ personId: string; sharedMeetings: number }>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) throw new GovgraphError('BAD_INPUT', `first must be a whole number from 1 to ${MAX_FIRST}`);
  return r.store.coParticipants(personId, first);
}

/** The meetings both people took part in, by date. */
export async function coAttendance(r: Reader, a: string, b: string): Promise<MeetingView[]> {
  await Promise.all([requireNode(r, a, 'Person'), requireNode(r, b, 'Person')]);
  const [ma, mb] = await Promise.all([meetingsOf(r, a), meetingsOf(r, b)]);
  const both = [...ma].filter((m) => mb.has(m));
  const nodes = (await r.nodes(both)).filter((n): n is GraphNode => n !== null).map(meetingView);
  return nodes.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || (x.id < y.id ? -1 : 1));
}

export interface PathAnswer {
  hops: number;
  steps: Array<{ personId: string; via: string | null }>;
}

/** How far the search for a connection may spread before it gives up (people reached). */
const CONNECTION_LIMIT = 50_000;

/**
 * The shortest chain of people from one to the other, each linked to the next by a meeting both
 * took part in: a breadth-first search from both ends, a level at a time, each level read in
 * batched store calls. Ties are broken by ids, so the answer is the same every time.
 */
export async function connection(r: Reader, from: string, to: string, maxHops: number): Promise<PathAnswer | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new GovgraphError('BAD_INPUT', 'maxHops must be a whole number from 1 to 6');
  await Promise.all([requireNode(r, from, 'Person'), requireNode(r, to, 'Person')]);
  if (from === to) return { hops: 0, steps: [{ personId: from, via: null }] };
  // parents[side]: person → [the previous person on that side, the meeting they shared]; depth: hops from that side's end
  const parents: [Map<string, [string, string] | null>, Map<string, [string, string] | null>] = [new Map([[from, null]]), new Map([[to, null]])];
  const depth: [Map<string, number>, Map<string, number>] = [new Map([[from, 0]]), new Map([[to, 0]])];
  let frontiers: [string[], string[]] = [[from], [to]];
  for (let hops = 0; hops < maxHops; hops++) {
    // expand the smaller side by one level
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const seen = parents[side];
    const level = depth[side].get(frontiers[side][0]!)! + 1;
    const next: string[] = [];
    const meetings = await Promise.all(frontiers[side].map((p) => r.ends(p, 'out', ROLES)));
    const pairs: Array<[string, string]> = [];
    meetings.forEach((rs, i) => {
      for (const m of new Set(rs.map((x) => x.to))) pairs.push([frontiers[side][i]!, m]);
    });
    pairs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
    const people = await Promise.all(pairs.map(([, m]) => r.ends(m, 'in', ROLES)));
    pairs.forEach(([p, m], i) => {
      for (const q of [...new Set(people[i]!.map((x) => x.from))].sort()) {
        if (seen.has(q)) continue;
        seen.set(q, [p, m]);
        depth[side].set(q, level);
        next.push(q);
      }
    });
    // the people reached from both ends: the one on the shortest chain (then the smallest id)
    const other = depth[1 - side]!;
    let best: string | null = null;
    for (const q of next) if (other.has(q) && (best === null || other.get(q)! < other.get(best)! || (other.get(q) === other.get(best) && q < best))) best = q;
    if (best !== null) return pathThrough(best, parents);
    if (!next.length || seen.size > CONNECTION_LIMIT) return null;
    frontiers = side === 0 ? [next, frontiers[1]] : [frontiers[0], next];
  }
  return null;
}

function pathThrough(meet: string, parents: [Map<string, [string, string] | null>, Map<string, [string, string] | null>]): PathAnswer {
  // from the start to the meeting point, then on to the end
  const left: Array<{ personId: string; via: string | null }> = [];
  let cur: string | undefined = meet;
  const chainBack: string[] = [];
  while (cur !== undefined) {
    chainBack.push(cur);
    cur = parents[0].get(cur)?.[0];
  }
  const startChain = chainBack.reverse(); // from … meet
  for (let i = 0; i < startChain.length; i++) {
    const nextPerson = startChain[i + 1];
    left.push({ personId: startChain[i]!, via: nextPerson ? parents[0].get(nextPerson)![1] : null });
  }
  // meet → … → to, following the other side's parents
  let p: string = meet;
  let link = parents[1].get(p);
  while (link) {
    left[left.length - 1]!.via = link[1];
    left.push({ personId: link[0], via: null });
    p = link[0];
    link = parents[1].get(p);
  }
  return { hops: left.length - 1, steps: left };
}

// ------------------------------------------------------------------ attendance, tenure, search, stats

/** Who took part in what: one row per person, meeting and role, by meeting date. */
export async function attendance(r: Reader, q: ParticipationQuery, page: PageRequest): Promise<{ page: Page<ParticipationRow>; totalCount: () => Promise<number> }> {
  checkFirst(page);
  return { page: await r.store.participations(q, page), totalCount: () => r.store.countParticipations(q) };
}

export interface WhoHeldQuestion {
  title: string;
  city: string;
  /** YYYY-MM-DD */
  date: string;
}

/** Who held a title in a city on a day: tenure facts folded from the titles articles give, each with its evidence. */
export async function whoHeldTitle(r: Reader, q: WhoHeldQuestion): Promise<{ basis: WhoHeld['basis']; holders: TenureView[] }> {
  if (!q.title.trim()) throw new GovgraphError('BAD_INPUT', 'give a title (e.g. 市长)');
  if (!q.city.trim()) throw new GovgraphError('BAD_INPUT', 'give a city (e.g. 临汾)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.date)) throw new GovgraphError('BAD_INPUT', `the date must be YYYY-MM-DD (got ${q.date})`);
  const obs = await r.store.titleObservations({ city: q.city });
  const answer = whoHeld(obs, q.title, q.date);
  const codes = new Map(obs.map((o) => [o.positionId, o.cityCode]));
  const holders = await Promise.all(
    answer.holders.map(async (f) => {
      const held = (await r.rels(f.personId, 'out', ['HELD'])).filter((h) => h.to === f.positionId);
      return { ...f, organisation: organisationOf(f.title), cityCode: codes.get(f.positionId) ?? null, evidence: held.map(evidenceOf) };
    }),
  );
  return { basis: answer.basis, holders };
}

export async function search(r: Reader, q: { text: string; first: number; labels?: NodeLabel[] }): Promise<SearchHit[]> {
  checkFirst(q);
  if (!q.text.trim()) throw new GovgraphError('BAD_INPUT', 'give something to search for');
  return r.store.search(q);
}

export async function searchEvidence(r: Reader, q: { text: string; first: number }): Promise<GraphRel[]> {
  checkFirst(q);
  if (!q.text.trim()) throw new GovgraphError('BAD_INPUT', 'give something to search for');
  return r.store.searchEvidence(q);
}

export async function stats(r: Reader): Promise<StoreStats & { store: string }> {
  return { store: r.store.label, ...(await r.store.stats()) };
}


// ------------------------------------------------------------------ writes

export interface IngestTextAnswer {
  documentId: string;
  status: 'NEW' | 'UNCHANGED';
  nodesAdded: number;
  relsAdded: number;
  meetingIds: string[];
  personIds: string[];
}

/** One article's text into the graph (the API's ingestDocument): extracted, resolved, stored in one transaction. */
export async function ingestText(store: GraphStore, q: { text: string; source?: string; publishedAt?: string }): Promise<IngestTextAnswer> {
  if (!q.text.trim()) throw new GovgraphError('BAD_INPUT', 'the text is empty');
  if (q.publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(q.publishedAt)) throw new GovgraphError('BAD_INPUT', `publishedAt must be YYYY-MM-DD (got ${q.publishedAt})`);
  // loaded on first use: readers of the graph never load the extraction pipeline (dictionaries, gazetteer)
  const { extractDocument, toGraphBatch } = await import('../pipeline/index.js');
  const r = extractDocument({ source: q.source?.trim() || 'api', text: q.text, publishedAt: q.publishedAt });
  if (!r.ok) throw new GovgraphError('BAD_INPUT', r.error);
  const batch = toGraphBatch(r.record, { ingestedAt: new Date().toISOString() });
  const out = await store.upsert([batch]);
  return {
    documentId: batch.document.id,
    status: out.documents[0]?.status === 'new' ? 'NEW' : 'UNCHANGED',
    nodesAdded: out.nodesAdded,
    relsAdded: out.relsAdded,
    meetingIds: r.record.meetings.filter((m) => m.status === 'held').map((m) => m.id),
    personIds: r.record.people.map((p) => p.id),
  };
}

/** Remove a document and the facts only it supported; NOT_FOUND when it is not stored. */
export async function retractDocument(store: GraphStore, id: string): Promise<{ document: string; relsRemoved: number; nodesRemoved: number }> {
  if (labelOfId(id) !== 'Document') throw new GovgraphError('BAD_INPUT', `${JSON.stringify(id)} is not a document id (doc:…)`);
  const r = await store.retract(id);
  if (!r) throw new GovgraphError('NOT_FOUND', `no document ${id}`);
  return r;
}
