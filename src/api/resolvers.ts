/**
 * Resolvers: validate, call the use-case module (src/app), return. Nothing here knows an engine;
 * every node they touch goes through the request's Reader, so a list of 100 meetings asking for
 * their chairs is a handful of store calls, not 100.
 */
import { GraphQLScalarType, Kind } from 'graphql';
import * as app from '../app/index.js';
import type { Reader } from '../app/index.js';
import {
  cityView,
  documentView,
  evidenceOf,
  labelOfId,
  meetingView,
  personView,
  planView,
  positionView,
  type CityView,
  type DocumentView,
  type Evidence,
  type GraphNode,
  type GraphRel,
  type MeetingFilter,
  type MeetingView,
  type Page,
  type Participation,
  type ParticipationRole,
  type ParticipationRow,
  type PersonFilter,
  type PersonView,
  type PlanView,
  type SearchHit,
  type WhoHeld,
} from '../domain/index.js';
import type { GraphStore } from '../storage/index.js';
import { apiError } from './errors.js';

export interface ApiContext {
  reader: Reader;
  store: GraphStore;
  /** ok: a valid bearer token; disabled: the server has no token (writes are off). */
  auth: 'ok' | 'missing' | 'wrong' | 'disabled';
}

type Args = Record<string, unknown>;
type Resolver<P = unknown> = (parent: P, args: Args, ctx: ApiContext) => unknown;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates in: a real calendar day, YYYY-MM-DD. Out: as stored (XXXX-MM-DD when the year is unknown). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (XXXX-MM-DD on output when the year is unknown).',
  serialize: (v) => v,
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw apiError('BAD_INPUT', 'a Date is a string, YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

function parseDate(v: unknown): string {
  if (typeof v !== 'string' || !DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw apiError('BAD_INPUT', `not a calendar day: ${JSON.stringify(v)} (use YYYY-MM-DD)`);
  }
  return v;
}

// ------------------------------------------------------------------ input conversion

const upper = (s: string) => s.toUpperCase();
const lower = (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : undefined);

function meetingFilter(f: Args | null | undefined): MeetingFilter | undefined {
  if (!f) return undefined;
  const out: MeetingFilter = {};
  for (const k of ['city', 'kind', 'from', 'to', 'person', 'nameContains'] as const) if (typeof f[k] === 'string') out[k] = f[k] as string;
  if (typeof f.status === 'string') out.status = lower(f.status) as 'held' | 'referenced';
  return out;
}

function personFilter(f: Args | null | undefined): PersonFilter & { asOf?: string } {
  const out: PersonFilter & { asOf?: string } = {};
  if (!f) return out;
  for (const k of ['city', 'nameContains', 'title', 'asOf'] as const) if (typeof f[k] === 'string') out[k] = f[k] as string;
  if (f.meetings) out.meetings = meetingFilter(f.meetings as Args);
  return out;
}

function planFilter(f: Args | null | undefined) {
  if (!f) return undefined;
  return {
    ...(typeof f.kind === 'string' ? { kind: f.kind } : {}),
    ...(typeof f.year === 'number' ? { year: f.year } : {}),
    ...(typeof f.titleContains === 'string' ? { titleContains: f.titleContains } : {}),
    ...(f.meetings ? { meetings: meetingFilter(f.meetings as Args) } : {}),
  };
}

const page = (args: Args) => ({ first: args.first as number, after: (args.after as string | null | undefined) ?? null });

const ORDERS = {
  person: { NAME: 'name', MEETING_COUNT: 'meetingCount' },
  meeting: { DATE: 'date', DATE_DESC: 'dateDesc', PARTICIPANT_COUNT: 'participantCount' },
  plan: { TITLE: 'title', MEETING_COUNT: 'meetingCount' },
  city: { NAME: 'name', MEETING_COUNT: 'meetingCount' },
} as const;

// ------------------------------------------------------------------ output shapes

/** A connection from a use-case list answer; countKey names the edge field the ordering count goes in. */
function connection<T>(answer: app.ListAnswer<T>, countKey?: string) {
  const p = answer.page;
  const edges = p.items.map((i, k) => ({ node: i.view, cursor: p.cursors[k]!, ...(countKey ? { [countKey]: i.count ?? null } : {}) }));
  return { edges, nodes: p.items.map((i) => i.view), pageInfo: { hasNextPage: p.hasNextPage, endCursor: p.endCursor }, totalCount: answer.totalCount };
}

function rowConnection<T>(p: Page<T>, totalCount: () => Promise<number>) {
  return { edges: p.items.map((node, k) => ({ node, cursor: p.cursors[k]! })), nodes: p.items, pageInfo: { hasNextPage: p.hasNextPage, endCursor: p.endCursor }, totalCount };
}

/** A stored node as the view of its label, for the Node interface and search hits. */
function viewOf(n: GraphNode): PersonView | MeetingView | PlanView | CityView | DocumentView | null {
  switch (n.label) {
    case 'Person':
      return personView(n);
    case 'Meeting':
      return meetingView(n);
    case 'Plan':
      return planView(n);
    case 'City':
      return cityView(n);
    case 'Document':
      return documentView(n);
    default:
      return null;
  }
}

async function nodeView(r: Reader, id: string) {
  const n = await r.node(id);
  return n ? viewOf(n) : null;
}

const person = (r: Reader, id: string) => r.node(id).then((n) => (n ? personView(n) : null));
const meeting = (r: Reader, id: string) => r.node(id).then((n) => (n ? meetingView(n) : null));

// ------------------------------------------------------------------ resolvers

const Query: Record<string, Resolver> = {
  person: (_, a, c) => app.getPerson(c.reader, a.id as string),
  people: async (_, a, c) => connection(await app.listPeople(c.reader, personFilter(a.filter as Args), page(a), ORDERS.person[a.orderBy as keyof typeof ORDERS.person]), 'meetingCount'),
  meeting: (_, a, c) => app.getMeeting(c.reader, a.id as string),
  meetings: async (_, a, c) => connection(await app.listMeetings(c.reader, meetingFilter(a.filter as Args), page(a), ORDERS.meeting[a.orderBy as keyof typeof ORDERS.meeting]), 'participantCount'),
  plan: (_, a, c) => app.getPlan(c.reader, a.id as string),
  plans: async (_, a, c) => connection(await app.listPlans(c.reader, planFilter(a.filter as Args), page(a), ORDERS.plan[a.orderBy as keyof typeof ORDERS.plan]), 'meetingCount'),
  city: (_, a, c) => app.findCity(c.reader, a.name as string),
  cities: async (_, a, c) => connection(await app.listCities(c.reader, (a.filter as string | null) ?? undefined, page(a), ORDERS.city[a.orderBy as keyof typeof ORDERS.city]), 'meetingCount'),
  document: (_, a, c) => app.getDocument(c.reader, a.id as string),
  documents: async (_, a, c) => {
    const f = a.filter as Args | null;
    const filter = f ? { ...(typeof f.city === 'string' ? { city: f.city } : {}), ...(typeof f.from === 'string' ? { from: f.from } : {}), ...(typeof f.to === 'string' ? { to: f.to } : {}) } : undefined;
    return connection(await app.listDocuments(c.reader, filter, page(a)));
  },
  search: (_, a, c) => app.search(c.reader, { text: a.query as string, first: a.first as number, ...(a.labels ? { labels: a.labels as never } : {}) }),
  searchEvidence: (_, a, c) => app.searchEvidence(c.reader, { text: a.query as string, first: a.first as number }),
  coAttendance: (_, a, c) => app.coAttendance(c.reader, a.personA as string, a.personB as string),
  connection: (_, a, c) => app.connection(c.reader, a.from as string, a.to as string, a.maxHops as number),
  whoHeld: (_, a, c) => app.whoHeldTitle(c.reader, { title: a.title as string, city: a.city as string, date: a.date as string }),
  attendance: async (_, a, c) => {
    const f = (a.filter as Args | null) ?? {};
    const q = {
      ...(f.meeting ? { meeting: meetingFilter(f.meeting as Args) } : {}),
      ...(typeof f.meetingId === 'string' ? { meetingId: f.meetingId } : {}),
      ...(typeof f.personId === 'string' ? { personId: f.personId } : {}),
      ...(Array.isArray(f.roles) && f.roles.length ? { roles: f.roles as ParticipationRole[] } : {}),
    };
    const ans = await app.attendance(c.reader, { ...q, withEvidence: false }, page(a));
    return rowConnection({ ...ans.page, items: ans.page.items.map(withoutEvidence) }, ans.totalCount);
  },
  stats: async (_, __, c) => {
    const s = await app.stats(c.reader);
    const counts = (o: Record<string, number | undefined>) => Object.entries(o).map(([key, count]) => ({ key, count }));
    return { store: s.store, nodes: counts(s.nodes), relationships: counts(s.relationships) };
  },
};

function requireWriter(c: ApiContext): void {
  if (c.auth === 'disabled') throw apiError('UNAUTHENTICATED', 'writes are disabled on this server: start it with GOVGRAPH_TOKEN set to allow them');
  if (c.auth === 'missing') throw apiError('UNAUTHENTICATED', 'writes need an Authorization: Bearer <token> header');
  if (c.auth === 'wrong') throw apiError('UNAUTHENTICATED', 'the bearer token is not the one this server was given');
}

const Mutation: Record<string, Resolver> = {
  ingestDocument: async (_, a, c) => {
    requireWriter(c);
    const r = await app.ingestText(c.store, { text: a.text as string, ...(typeof a.source === 'string' ? { source: a.source } : {}), ...(typeof a.publishedAt === 'string' ? { publishedAt: a.publishedAt } : {}) });
    return r;
  },
  retractDocument: async (_, a, c) => {
    requireWriter(c);
    const r = await app.retractDocument(c.store, a.id as string);
    return { document: r.document, relationshipsRemoved: r.relsRemoved, nodesRemoved: r.nodesRemoved };
  },
};

const evidenceField = { evidence: (p: { evidence: Evidence[] }) => p.evidence };

/** A participation whose evidence is read only if a query asks for it (rows listed withEvidence: false). */
type LazyParticipation = Omit<Participation, 'evidence'> & { evidence?: Evidence[] };
const withoutEvidence = <T extends Participation>({ evidence: _, ...rest }: T): Omit<T, 'evidence'> => rest;
const lazyEvidenceField = {
  evidence: (p: LazyParticipation, _: Args, c: ApiContext) => p.evidence ?? app.participationEvidence(c.reader, p),
};

export const resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Node: {
    __resolveType: (obj: { id: string }) => labelOfId(obj.id),
  },
  Evidence: {
    document: (e: Evidence, _: Args, c: ApiContext) => app.getDocument(c.reader, e.document),
  },
  Participation: {
    person: (p: LazyParticipation, _: Args, c: ApiContext) => person(c.reader, p.personId),
    meeting: (p: LazyParticipation, _: Args, c: ApiContext) => meeting(c.reader, p.meetingId),
    ...lazyEvidenceField,
  },
  Person: {
    city: (p: PersonView, _: Args, c: ApiContext) => app.cityByCode(c.reader, p.cityCode),
    titles: (p: PersonView, _: Args, c: ApiContext) => app.personTitles(c.reader, p.id),
    tenures: (p: PersonView, _: Args, c: ApiContext) => app.personTenures(c.reader, p.id),
    meetings: async (p: PersonView, a: Args, c: ApiContext) => {
      const ans = await app.personMeetings(c.reader, p.id, { ...(a.role ? { role: a.role as ParticipationRole } : {}), ...(a.filter ? { filter: meetingFilter(a.filter as Args) } : {}), withEvidence: false }, page(a));
      return rowConnection({ ...ans.page, items: ans.page.items.map((row): LazyParticipation => ({ personId: row.personId, meetingId: row.meetingId, role: row.role })) }, ans.totalCount);
    },
    coAttendees: async (p: PersonView, a: Args, c: ApiContext) => app.coAttendees(c.reader, p.id, a.first as number),
  },
  CoAttendee: {
    person: (x: { personId: string }, _: Args, c: ApiContext) => person(c.reader, x.personId),
  },
  Tenure: {
    person: (t: app.TenureView, _: Args, c: ApiContext) => person(c.reader, t.personId),
    city: (t: app.TenureView, _: Args, c: ApiContext) => app.cityByCode(c.reader, t.cityCode),
    cityName: (t: app.TenureView) => t.city,
    documents: async (t: app.TenureView, _: Args, c: ApiContext) => (await c.reader.nodes(t.documents)).filter((n): n is GraphNode => n !== null).map(documentView),
  },
  Meeting: {
    status: (m: MeetingView) => upper(m.status),
    city: (m: MeetingView, _: Args, c: ApiContext) => app.cityByCode(c.reader, m.cityCode),
    cityName: (m: MeetingView) => m.city,
    chairs: (m: MeetingView, _: Args, c: ApiContext) => app.meetingParticipants(c.reader, m.id, 'CHAIRED'),
    speakers: (m: MeetingView, _: Args, c: ApiContext) => app.meetingParticipants(c.reader, m.id, 'SPOKE_AT'),
    attendees: (m: MeetingView, _: Args, c: ApiContext) => app.meetingParticipants(c.reader, m.id, 'ATTENDED'),
    participants: (m: MeetingView, a: Args, c: ApiContext) => app.meetingParticipants(c.reader, m.id, (a.role as ParticipationRole | null) ?? undefined),
    approved: (m: MeetingView, _: Args, c: ApiContext) => app.planActions(c.reader, m.id, 'meeting', ['APPROVED']),
    reviewed: (m: MeetingView, _: Args, c: ApiContext) => app.planActions(c.reader, m.id, 'meeting', ['REVIEWED']),
    studiedPlans: (m: MeetingView, _: Args, c: ApiContext) => app.planActions(c.reader, m.id, 'meeting', ['STUDIED_PLAN']),
    studied: (m: MeetingView, _: Args, c: ApiContext) => app.meetingLinks(c.reader, m.id, 'out'),
    studiedBy: (m: MeetingView, _: Args, c: ApiContext) => app.meetingLinks(c.reader, m.id, 'in'),
    reportedBy: async (m: MeetingView, _: Args, c: ApiContext) => (await c.reader.nodes(await app.meetingReports(c.reader, m.id))).filter((n): n is GraphNode => n !== null).map(documentView),
  },
  MeetingLink: {
    meeting: (l: { meetingId: string }, _: Args, c: ApiContext) => meeting(c.reader, l.meetingId),
    ...evidenceField,
  },
  PlanAction: {
    meeting: (x: app.PlanActionView, _: Args, c: ApiContext) => meeting(c.reader, x.meetingId),
    plan: (x: app.PlanActionView, _: Args, c: ApiContext) => c.reader.node(x.planId).then((n) => (n ? planView(n) : null)),
  },
  Plan: {
    approvedBy: (p: PlanView, _: Args, c: ApiContext) => app.planActions(c.reader, p.id, 'plan', ['APPROVED']),
    reviewedBy: (p: PlanView, _: Args, c: ApiContext) => app.planActions(c.reader, p.id, 'plan', ['REVIEWED']),
    actions: (p: PlanView, _: Args, c: ApiContext) => app.planActions(c.reader, p.id, 'plan'),
  },
  City: {
    meetings: async (city: CityView, a: Args, c: ApiContext) =>
      connection(await app.listMeetings(c.reader, { ...meetingFilter(a.filter as Args), city: city.adminCode ?? city.name }, page(a), ORDERS.meeting[a.orderBy as keyof typeof ORDERS.meeting]), 'participantCount'),
    people: async (city: CityView, a: Args, c: ApiContext) =>
      connection(await app.listPeople(c.reader, { ...personFilter(a.filter as Args), city: city.adminCode ?? city.name }, page(a), ORDERS.person[a.orderBy as keyof typeof ORDERS.person]), 'meetingCount'),
  },
  Document: {
    publishedAt: (d: DocumentView) => d.publishedAt,
    city: async (d: DocumentView, _: Args, c: ApiContext) => {
      const n = await c.reader.node(d.id);
      return app.cityByCode(c.reader, (n?.props.cityCode as string | undefined) ?? null);
    },
    cityName: (d: DocumentView) => d.city,
    meetings: async (d: DocumentView, _: Args, c: ApiContext) => (await c.reader.nodes(await app.documentMeetings(c.reader, d.id))).filter((n): n is GraphNode => n !== null).map(meetingView),
    staff: (d: DocumentView, _: Args, c: ApiContext) => app.documentStaff(c.reader, d.id),
  },
  Staff: {
    person: (s: { personId: string }, _: Args, c: ApiContext) => person(c.reader, s.personId),
  },
  AttendanceRow: {
    ...lazyEvidenceField,
    person: (row: ParticipationRow, _: Args, c: ApiContext) => person(c.reader, row.personId),
    meeting: (row: ParticipationRow, _: Args, c: ApiContext) => meeting(c.reader, row.meetingId),
    city: async (row: ParticipationRow, _: Args, c: ApiContext) => {
      const m = await meeting(c.reader, row.meetingId);
      return app.cityByCode(c.reader, m?.cityCode ?? null);
    },
  },
  SearchHit: {
    node: (h: SearchHit) => viewOf(h.node),
    label: (h: SearchHit) => h.node.label,
    text: (h: SearchHit) => (h.node.label === 'Position' ? positionView(h.node).title : String(h.node.props.name ?? h.node.props.title ?? '')),
  },
  Relationship: {
    from: (x: GraphRel, _: Args, c: ApiContext) => nodeView(c.reader, x.from),
    to: (x: GraphRel, _: Args, c: ApiContext) => nodeView(c.reader, x.to),
    evidence: (x: GraphRel) => evidenceOf(x),
  },
  PathStep: {
    person: (s: { personId: string }, _: Args, c: ApiContext) => person(c.reader, s.personId),
    via: (s: { via: string | null }, _: Args, c: ApiContext) => (s.via ? meeting(c.reader, s.via) : null),
  },
  WhoHeld: {
    basis: (w: WhoHeld) => ({ within: 'WITHIN', lastSeenBefore: 'LAST_SEEN_BEFORE', none: 'NONE' })[w.basis],
    people: async (w: WhoHeld, _: Args, c: ApiContext) => (await c.reader.nodes([...new Set(w.holders.map((h) => h.personId))])).filter((n): n is GraphNode => n !== null).map(personView),
  },
  IngestResult: {
    document: (x: app.IngestTextAnswer, _: Args, c: ApiContext) => app.getDocument(c.reader, x.documentId),
    relationshipsAdded: (x: app.IngestTextAnswer) => x.relsAdded,
    meetings: async (x: app.IngestTextAnswer, _: Args, c: ApiContext) => (await c.reader.nodes(x.meetingIds)).filter((n): n is GraphNode => n !== null).map(meetingView),
    people: async (x: app.IngestTextAnswer, _: Args, c: ApiContext) => (await c.reader.nodes(x.personIds)).filter((n): n is GraphNode => n !== null).map(personView),
  },
};
