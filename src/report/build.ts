/**
 * Reports built from the use-case module (the questions the API answers too): attendance, a
 * person's dossier, a meeting, a city. Big tables stream from the store a page at a time; what is
 * held in memory grows with the number of people, never with the number of meetings or rows.
 */
import * as app from '../app/index.js';
import type { Reader } from '../app/index.js';
import type { GraphStore } from '../storage/index.js';
import {
  GovgraphError,
  documentView,
  type CityView,
  type Evidence,
  type GraphNode,
  type MeetingFilter,
  type ParticipationRole,
  type ParticipationRow,
  type MeetingView,
  type PersonView,
} from '../domain/index.js';
import { layoutNetwork } from './layout.js';
import type { Cell, HeatmapPicture, NetworkPicture, Report, Section, TimelinePicture } from './model.js';

export const ROLE_MARK: Record<ParticipationRole, string> = { CHAIRED: '主持', SPOKE_AT: '讲话', ATTENDED: '出席' };
export const ACTION_MARK: Record<app.PlanActionView['action'], string> = { APPROVED: '通过', REVIEWED: '审议', STUDIED: '学习' };
/** How many people the pictures show (the most active); the tables list everyone. */
export const PICTURE_PEOPLE = 40;
/** A person × meeting matrix is drawn up to this many meetings; beyond, the heat map is by month. */
export const MATRIX_MEETINGS = 60;
/** Points a timeline draws at most (a denser one says nothing more). */
const TIMELINE_POINTS = 2000;
const PAGE = 100;
/** Nodes and relationship lists a report's reader keeps (the most recently used): memory stays bounded. */
const READER_CACHE = 1000;

/** The reader a report runs on: batched, with a bounded cache (a report may walk a whole city). */
export const reportReader = (store: GraphStore): Reader => app.createReader(store, { cacheLimit: READER_CACHE });

/** Several people (or meetings) answer to what was asked: the report lists them instead of guessing. */
export class Ambiguous extends GovgraphError {
  constructor(
    readonly what: 'people' | 'meetings',
    readonly asked: string,
    /** One line each: the id, then what tells them apart (city, titles; date). */
    readonly candidates: Array<{ id: string; detail: string }>,
  ) {
    super('BAD_INPUT', `${candidates.length} ${what} match ${asked}: ${candidates.map((c) => `${c.id} (${c.detail})`).join('; ')}`);
  }
}

export interface Period {
  from?: string;
  to?: string;
}

// ------------------------------------------------------------------ shared steps

const cell = (text: string | number | null | undefined, evidence?: Evidence[]): Cell => ({ text: text == null ? '' : String(text), ...(evidence?.length ? { evidence } : {}) });
const nameOfNode = (n: GraphNode | null | undefined, fallback: string) => String(n?.props.name ?? n?.props.title ?? fallback);
const periodText = (p: Period) => (p.from || p.to ? `${p.from ?? '…'} – ${p.to ?? '…'}` : 'all dates');

/** Every page of a paged answer, one item at a time. */
async function* pages<T>(ask: (after: string | null) => Promise<{ page: { items: T[]; hasNextPage: boolean; endCursor: string | null } }>): AsyncIterable<T> {
  let after: string | null = null;
  for (;;) {
    const { page } = await ask(after);
    yield* page.items;
    if (!page.hasNextPage) return;
    after = page.endCursor;
  }
}

/** Every attendance row of a question, a page at a time. */
const rowsOf = (r: Reader, q: Parameters<typeof app.attendance>[1]): AsyncIterable<ParticipationRow> => pages((after) => app.attendance(r, q, { first: PAGE, after }));

/** Nodes by id, read in one batch. */
async function namesOf(r: Reader, ids: string[]): Promise<Map<string, GraphNode>> {
  const nodes = await r.nodes([...new Set(ids)]);
  return new Map(nodes.filter((n): n is GraphNode => n !== null).map((n) => [n.id, n]));
}

/** Keeps the documents evidence comes from, for the report's source list and links. */
async function remember(r: Reader, report: Report, evidence: Evidence[]): Promise<void> {
  const missing = [...new Set(evidence.map((e) => e.document))].filter((d) => !report.documents.has(d));
  if (!missing.length) return;
  for (const n of await r.nodes(missing)) if (n) report.documents.set(n.id, documentView(n));
}

/** The city a report is about, its held meetings in the period, and how many there are (none: NOT_FOUND). */
async function cityScope(r: Reader, opts: { city?: string } & Period): Promise<{ city: CityView; filter: MeetingFilter; meetings: number; label: string }> {
  if (!opts.city) throw new GovgraphError('BAD_INPUT', 'give --city (a name such as 临汾, a full name, or a GB/T 2260 code)');
  const city = await app.findCity(r, opts.city);
  if (!city) throw new GovgraphError('NOT_FOUND', `no city named ${opts.city} in the graph`);
  const filter: MeetingFilter = { city: city.adminCode ?? city.name, status: 'held', ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) };
  const label = city.fullName ?? city.name;
  const meetings = await r.store.count({ label: 'Meeting', filter });
  if (!meetings) throw new GovgraphError('NOT_FOUND', `no meetings of ${label} in ${periodText(opts)}`);
  return { city, filter, meetings, label };
}

const newReport = (kind: Report['kind'], title: string, scope: Record<string, string>): Report => ({ kind, title, scope, sections: [], primary: 0, documents: new Map() });

// ------------------------------------------------------------------ attendance

interface PersonTally {
  id: string;
  meetings: Set<string>;
  roles: Record<ParticipationRole, number>;
  first: string | null;
  last: string | null;
  months: Map<string, number>;
}

interface Tallies {
  people: PersonTally[];
  /** person × meeting marks, kept only when the matrix is drawn */
  marks: Map<string, { roles: ParticipationRole[]; evidence: Evidence[] }>;
}

const markKey = (personId: string, meetingId: string) => `${personId}\u0001${meetingId}`;

/** One pass over the rows: per person, the meetings, roles, first and last dates, meetings per month. */
async function tallyPeople(r: Reader, filter: MeetingFilter, keepMarks: boolean): Promise<Tallies> {
  const tally = new Map<string, PersonTally>();
  const marks: Tallies['marks'] = new Map();
  for await (const row of rowsOf(r, { meeting: filter })) {
    let t = tally.get(row.personId);
    if (!t) tally.set(row.personId, (t = { id: row.personId, meetings: new Set(), roles: { CHAIRED: 0, SPOKE_AT: 0, ATTENDED: 0 }, first: null, last: null, months: new Map() }));
    if (!t.meetings.has(row.meetingId)) {
      t.meetings.add(row.meetingId);
      const month = (row.date ?? '').slice(0, 7);
      if (/^\d{4}-\d{2}$/.test(month)) t.months.set(month, (t.months.get(month) ?? 0) + 1);
    }
    t.roles[row.role]++;
    if (row.date && /^\d/.test(row.date)) {
      if (!t.first || row.date < t.first) t.first = row.date;
      if (!t.last || row.date > t.last) t.last = row.date;
    }
    if (keepMarks) {
      const m = marks.get(markKey(row.personId, row.meetingId)) ?? { roles: [], evidence: [] };
      m.roles.push(row.role);
      m.evidence.push(...row.evidence);
      marks.set(markKey(row.personId, row.meetingId), m);
    }
  }
  const people = [...tally.values()].sort((a, b) => b.meetings.size - a.meetings.size || (a.id < b.id ? -1 : 1));
  return { people, marks };
}

async function summarySection(r: Reader, people: PersonTally[], names: Map<string, GraphNode>, meetings: number): Promise<Section> {
  const rows: Cell[][] = [];
  for (const p of people) {
    const titles = await app.personTitles(r, p.id);
    rows.push([cell(nameOfNode(names.get(p.id), p.id)), cell(titles.join('、')), cell(p.meetings.size), cell(p.roles.CHAIRED), cell(p.roles.SPOKE_AT), cell(p.roles.ATTENDED), cell(p.first), cell(p.last)]);
  }
  return { title: `People (${people.length}) in ${meetings} meetings`, table: { columns: ['name', 'titles', 'meetings', 'chaired', 'spoke', 'attended', 'first', 'last'], rows } };
}

/** A second pass over the rows: meetings shared among the people the pictures show, and the timeline. */
async function pictureSections(r: Reader, filter: MeetingFilter, top: PersonTally[], names: Map<string, GraphNode>): Promise<Section[]> {
  const topIds = new Set(top.map((p) => p.id));
  const pairs = new Map<string, number>();
  const byMeeting = new Map<string, Set<string>>();
  const points: TimelinePicture['points'] = [];
  let last: string | null = null;
  for await (const row of rowsOf(r, { meeting: filter })) {
    if (row.meetingId !== last) {
      flushPairs(byMeeting, pairs);
      last = row.meetingId;
      if (points.length < TIMELINE_POINTS) points.push({ date: row.date ?? '', label: row.meetingId, group: 'meeting' });
    }
    if (topIds.has(row.personId)) byMeeting.set(row.meetingId, (byMeeting.get(row.meetingId) ?? new Set()).add(row.personId));
  }
  flushPairs(byMeeting, pairs);
  const meetings = await namesOf(r, points.map((p) => p.label));
  for (const p of points) {
    const m = meetings.get(p.label);
    p.label = nameOfNode(m, p.label);
    p.group = String(m?.props.kind ?? 'meeting');
  }
  const name = (id: string) => nameOfNode(names.get(id), id);
  return [
    {
      title: 'Who meets whom',
      note: `The ${top.length} most active people; a line joins two who took part in the same meeting, thicker for more.`,
      network: networkOf(top.map((p) => ({ id: p.id, label: name(p.id), size: p.meetings.size, detail: `${name(p.id)}: ${p.meetings.size} meetings` })), pairs),
    },
    { title: 'Meetings over time', timeline: { points } },
    { title: 'Meetings per month', note: `The ${top.length} most active people.`, heatmap: heatmapOf(top, name) },
  ];
}

/** The person × meeting matrix, each mark with its sentences (small periods only). */
async function matrixSection(r: Reader, report: Report, filter: MeetingFilter, t: Tallies, names: Map<string, GraphNode>): Promise<Section> {
  const meetings = (await app.listMeetings(r, filter, { first: MATRIX_MEETINGS })).page.items.map((i) => i.view);
  const rows: Cell[][] = [];
  for (const p of t.people) {
    const row: Cell[] = [cell(nameOfNode(names.get(p.id), p.id))];
    for (const m of meetings) {
      const mark = t.marks.get(markKey(p.id, m.id));
      if (mark) await remember(r, report, mark.evidence);
      row.push(mark ? cell(mark.roles.map((x) => ROLE_MARK[x]).join('、'), mark.evidence) : cell(''));
    }
    rows.push(row);
  }
  return { title: 'Person × meeting', note: '主持 chaired, 讲话 spoke, 出席 attended (列席 included); hover a mark for its sentence.', table: { columns: ['', ...meetings.map((m) => `${m.date ?? ''} ${m.name}`)], rows } };
}

/**
 * Attendance in a city and period: who took part in which meeting, in which role. Counting passes
 * hold one entry per person; the listing of rows (the CSV) streams.
 */
export async function attendanceReport(r: Reader, opts: { city?: string } & Period): Promise<Report> {
  const scope = await cityScope(r, opts);
  const report = newReport('attendance', `出席情况 Attendance — ${scope.label}`, { city: scope.label, period: periodText(opts) });
  const tallies = await tallyPeople(r, scope.filter, scope.meetings <= MATRIX_MEETINGS);
  const names = await namesOf(r, tallies.people.map((p) => p.id));
  report.sections.push(await summarySection(r, tallies.people, names, scope.meetings));
  report.sections.push(...(await pictureSections(r, scope.filter, tallies.people.slice(0, PICTURE_PEOPLE), names)));
  if (scope.meetings <= MATRIX_MEETINGS) report.sections.push(await matrixSection(r, report, scope.filter, tallies, names));
  report.primary = report.sections.length;
  report.sections.push({
    title: 'Attendance rows',
    note: 'One row per person, meeting and role, with the sentence that says so.',
    table: { columns: ['date', 'meeting', 'person', 'role', 'city'], rows: attendanceRows(r, report, scope.filter, scope.city) },
  });
  return report;
}

async function* attendanceRows(r: Reader, report: Report, filter: MeetingFilter, city: CityView): AsyncIterable<Cell[]> {
  let after: string | null = null;
  for (;;) {
    const { page } = await app.attendance(r, { meeting: filter }, { first: PAGE, after });
    const names = await namesOf(r, page.items.flatMap((row) => [row.personId, row.meetingId]));
    for (const row of page.items) {
      await remember(r, report, row.evidence);
      yield [cell(row.date), cell(nameOfNode(names.get(row.meetingId), row.meetingId)), cell(nameOfNode(names.get(row.personId), row.personId)), cell(ROLE_MARK[row.role], row.evidence), cell(city.name)];
    }
    if (!page.hasNextPage) return;
    after = page.endCursor;
  }
}

function flushPairs(byMeeting: Map<string, Set<string>>, pairs: Map<string, number>): void {
  for (const s of byMeeting.values()) {
    const ids = [...s].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.set(markKey(ids[i]!, ids[j]!), (pairs.get(markKey(ids[i]!, ids[j]!)) ?? 0) + 1);
  }
  byMeeting.clear();
}

function networkOf(nodes: Array<{ id: string; label: string; size: number; detail: string }>, pairs: Map<string, number>): NetworkPicture {
  const edges = [...pairs].map(([k, weight]) => {
    const [source, target] = k.split('\u0001') as [string, string];
    return { source, target, weight };
  });
  return layoutNetwork(nodes, edges);
}

function heatmapOf(people: PersonTally[], nameOf: (id: string) => string): HeatmapPicture {
  const months = [...new Set(people.flatMap((p) => [...p.months.keys()]))].sort();
  return { rows: people.map((p) => nameOf(p.id)), columns: months, values: people.map((p) => months.map((m) => p.months.get(m) ?? 0)) };
}

// ------------------------------------------------------------------ a person

/** The person a report is about: an id, or a name that names exactly one person (in the city, if given). */
export async function findPerson(r: Reader, ref: string, city?: string): Promise<PersonView> {
  if (ref.startsWith('person:')) return app.getPerson(r, ref);
  const found = (await app.listPeople(r, { nameContains: ref, ...(city ? { city } : {}) }, { first: 100 })).page.items.map((i) => i.view).filter((p) => p.name === ref);
  if (!found.length) throw new GovgraphError('NOT_FOUND', `no one named ${ref}${city ? ` in ${city}` : ''} in the graph`);
  if (found.length > 1) {
    const candidates = await Promise.all(found.map(async (p) => ({ id: p.id, detail: [p.city ?? 'city unknown', (await app.personTitles(r, p.id)).join('、')].filter(Boolean).join('  ') })));
    throw new Ambiguous('people', `the name ${ref}`, candidates);
  }
  return found[0]!;
}

/** The meeting a report is about: an id, or (part of) a name that one meeting has (in the city, if given). */
export async function findMeeting(r: Reader, ref: string, city?: string): Promise<MeetingView> {
  if (ref.startsWith('meeting:')) return app.getMeeting(r, ref);
  const found = (await app.listMeetings(r, { nameContains: ref, ...(city ? { city } : {}) }, { first: 50 })).page.items.map((i) => i.view);
  const exact = found.filter((m) => m.name === ref);
  const chosen = exact.length ? exact : found;
  if (!chosen.length) throw new GovgraphError('NOT_FOUND', `no meeting named like ${ref}${city ? ` in ${city}` : ''} in the graph`);
  if (chosen.length > 1) throw new Ambiguous('meetings', `the name ${ref}`, chosen.map((m) => ({ id: m.id, detail: [m.date ?? 'date unknown', m.city ?? 'city unknown', m.name].join('  ') })));
  return chosen[0]!;
}

async function tenureSection(r: Reader, report: Report, personId: string): Promise<Section> {
  const tenures = await app.personTenures(r, personId);
  for (const t of tenures) await remember(r, report, t.evidence);
  return { title: 'Titles over time', table: { columns: ['title', 'organisation', 'city', 'first seen', 'last seen', 'documents'], rows: tenures.map((t) => [cell(t.title, t.evidence), cell(t.organisation), cell(t.city), cell(t.firstSeen), cell(t.lastSeen), cell(t.documents.length)]) } };
}

/** A person's meetings in the period, by date, with the timeline of them (a person's meetings are few enough to hold). */
async function personMeetingSections(r: Reader, report: Report, p: PersonView, period: Period): Promise<{ sections: Section[]; meetingIds: string[] }> {
  const filter: MeetingFilter | undefined = period.from || period.to ? { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) } : undefined;
  const rows: Cell[][] = [];
  const points: TimelinePicture['points'] = [];
  const seen = new Set<string>();
  for await (const row of rowsOf(r, { personId: p.id, ...(filter ? { meeting: filter } : {}) })) {
    const m = await r.node(row.meetingId);
    await remember(r, report, row.evidence);
    rows.push([cell(row.date), cell(nameOfNode(m, row.meetingId)), cell(ROLE_MARK[row.role], row.evidence), cell(String(m?.props.city ?? ''))]);
    if (!seen.has(row.meetingId)) points.push({ date: row.date ?? '', label: nameOfNode(m, ''), group: ROLE_MARK[row.role] });
    seen.add(row.meetingId);
  }
  if (!rows.length && filter) throw new GovgraphError('NOT_FOUND', `${p.name} took part in no meetings in ${periodText(period)}`);
  return {
    meetingIds: [...seen],
    sections: [
      { title: `Meetings (${seen.size})`, table: { columns: ['date', 'meeting', 'role', 'city'], rows } },
      { title: 'Meetings over time', timeline: { points } },
    ],
  };
}

async function plansOfMeetingsSection(r: Reader, report: Report, meetingIds: string[]): Promise<Section> {
  const rows: Cell[][] = [];
  for (const id of meetingIds) {
    const meeting = await r.node(id);
    const actions = await app.planActions(r, id, 'meeting');
    const plans = await namesOf(r, actions.map((a) => a.planId));
    for (const a of actions) {
      await remember(r, report, a.evidence);
      rows.push([cell(nameOfNode(plans.get(a.planId), a.planId), a.evidence), cell(ACTION_MARK[a.action]), cell(nameOfNode(meeting, id)), cell(String(meeting?.props.date ?? ''))]);
    }
  }
  return { title: 'Plans those meetings acted on', table: { columns: ['plan', 'action', 'meeting', 'date'], rows } };
}

async function metMostSection(r: Reader, p: PersonView, meetings: number): Promise<Section> {
  const co = await app.coAttendees(r, p.id, 20);
  const names = await namesOf(r, co.map((c) => c.personId));
  const name = (id: string) => nameOfNode(names.get(id), id);
  return {
    title: 'Met most often',
    table: { columns: ['name', 'shared meetings', 'city'], rows: co.map((c) => [cell(name(c.personId)), cell(c.sharedMeetings), cell(String(names.get(c.personId)?.props.city ?? ''))]) },
    network: layoutNetwork(
      [{ id: p.id, label: p.name, size: meetings, detail: `${p.name}: ${meetings} meetings` }, ...co.map((c) => ({ id: c.personId, label: name(c.personId), size: c.sharedMeetings, detail: `${name(c.personId)}: ${c.sharedMeetings} shared meetings` }))],
      co.map((c) => ({ source: p.id, target: c.personId, weight: c.sharedMeetings })),
    ),
  };
}

/** One official's dossier: titles over time, meetings by role, the plans those meetings passed, who they meet most. */
export async function personReport(r: Reader, opts: { person?: string; city?: string } & Period): Promise<Report> {
  if (!opts.person) throw new GovgraphError('BAD_INPUT', 'give --person (a name, or an id person:…)');
  const p = await findPerson(r, opts.person, opts.city);
  const report = newReport('person', p.name, { person: `${p.name} (${p.id})`, city: p.city ?? '', period: periodText(opts) });
  report.sections.push(await tenureSection(r, report, p.id));
  const meetings = await personMeetingSections(r, report, p, opts);
  report.primary = report.sections.length;
  report.sections.push(...meetings.sections);
  report.sections.push(await plansOfMeetingsSection(r, report, meetings.meetingIds));
  report.sections.push(await metMostSection(r, p, meetings.meetingIds.length));
  return report;
}

// ------------------------------------------------------------------ a meeting

/** One meeting: who, in which role (with the titles its reports give them), what it passed, reviewed or studied, and the sources. */
export async function meetingReport(r: Reader, opts: { meeting?: string; city?: string }): Promise<Report> {
  if (!opts.meeting) throw new GovgraphError('BAD_INPUT', 'give --meeting (an id meeting:…, or a name or part of one, such as 第十二次常务会议)');
  const m = await findMeeting(r, opts.meeting, opts.city);
  const report = newReport('meeting', m.name, { meeting: `${m.name} (${m.id})`, date: m.date ?? '', city: m.city ?? '' });
  const sources = await app.meetingReports(r, m.id);
  report.sections.push(await participantSection(r, report, m.id, sources));
  const actions = await app.planActions(r, m.id, 'meeting');
  const plans = await namesOf(r, actions.map((a) => a.planId));
  for (const a of actions) await remember(r, report, a.evidence);
  report.sections.push({ title: 'Plans', table: { columns: ['action', 'plan'], rows: actions.map((a) => [cell(ACTION_MARK[a.action], a.evidence), cell(nameOfNode(plans.get(a.planId), a.planId))]) } });
  const studied = await app.meetingLinks(r, m.id, 'out');
  if (studied.length) {
    const names = await namesOf(r, studied.map((s) => s.meetingId));
    for (const s of studied) await remember(r, report, s.evidence);
    report.sections.push({ title: 'Studied (传达学习)', table: { columns: ['meeting'], rows: studied.map((s) => [cell(nameOfNode(names.get(s.meetingId), s.meetingId), s.evidence)]) } });
  }
  const docs = await namesOf(r, sources);
  for (const d of docs.values()) report.documents.set(d.id, documentView(d));
  report.sections.push({ title: 'Sources', table: { columns: ['document', 'title', 'published', 'outlet'], rows: [...docs.values()].map((d) => [cell(d.id), cell(String(d.props.title ?? '')), cell(String(d.props.publishedAt ?? '')), cell(String(d.props.sourceName ?? d.props.source ?? ''))]) } });
  return report;
}

async function participantSection(r: Reader, report: Report, meetingId: string, sources: string[]): Promise<Section> {
  const parts = await app.meetingParticipants(r, meetingId);
  const people = await namesOf(r, parts.map((x) => x.personId));
  const rows: Cell[][] = [];
  for (const x of parts) {
    await remember(r, report, x.evidence);
    rows.push([cell(ROLE_MARK[x.role], x.evidence), cell(nameOfNode(people.get(x.personId), x.personId)), cell((await app.personTitles(r, x.personId, sources)).join('、'))]);
  }
  return { title: `Participants (${people.size})`, table: { columns: ['role', 'person', 'titles'], rows } };
}

// ------------------------------------------------------------------ a city

/** A city: meetings per month, the meetings and who chaired them, the officials seen and their titles, the plans passed. */
export async function cityReport(r: Reader, opts: { city?: string } & Period): Promise<Report> {
  const scope = await cityScope(r, opts);
  const { city, filter } = scope;
  const report = newReport('city', scope.label, { city: `${scope.label} (${city.province ?? ''}, ${city.adminCode ?? ''})`, period: periodText(opts) });
  report.sections.push(await monthSection(r, filter));
  report.primary = report.sections.length;
  report.sections.push({ title: `Meetings (${scope.meetings})`, table: { columns: ['date', 'meeting', 'kind', 'chaired by'], rows: cityMeetingRows(r, report, filter) } });
  report.sections.push({ title: 'Officials seen', note: 'Most meetings first.', table: { columns: ['name', 'titles', 'meetings'], rows: cityOfficialRows(r, report, city, filter) } });
  report.sections.push({ title: 'Plans passed', table: { columns: ['plan', 'meeting', 'date'], rows: cityPlanRows(r, report, filter) } });
  return report;
}

/** Meetings per month and the timeline: one pass over the meetings, holding one count per month. */
async function monthSection(r: Reader, filter: MeetingFilter): Promise<Section> {
  const perMonth = new Map<string, number>();
  const points: TimelinePicture['points'] = [];
  for await (const { view: m } of pages((after) => app.listMeetings(r, filter, { first: PAGE, after }))) {
    const month = (m.date ?? '').slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    if (points.length < TIMELINE_POINTS) points.push({ date: m.date ?? '', label: m.name, group: m.kind ?? 'meeting' });
  }
  return { title: 'Meetings per month', timeline: { points }, table: { columns: ['month', 'meetings'], rows: [...perMonth].sort().map(([k, v]) => [cell(k || 'unknown'), cell(v)]) } };
}

async function* cityMeetingRows(r: Reader, report: Report, filter: MeetingFilter): AsyncIterable<Cell[]> {
  for await (const { view: m } of pages((after) => app.listMeetings(r, filter, { first: PAGE, after }))) {
    const chairs = await app.meetingParticipants(r, m.id, 'CHAIRED');
    const names = await namesOf(r, chairs.map((c) => c.personId));
    const evidence = chairs.flatMap((c) => c.evidence);
    await remember(r, report, evidence);
    yield [cell(m.date), cell(m.name), cell(m.kind), cell(chairs.map((c) => nameOfNode(names.get(c.personId), c.personId)).join('、'), evidence)];
  }
}

async function* cityOfficialRows(r: Reader, report: Report, city: CityView, filter: MeetingFilter): AsyncIterable<Cell[]> {
  for await (const { view: p, count } of pages((after) => app.listPeople(r, { city: city.adminCode ?? city.name, meetings: filter }, { first: PAGE, after }, 'meetingCount'))) {
    const tenures = await app.personTenures(r, p.id);
    const evidence = tenures.flatMap((t) => t.evidence);
    await remember(r, report, evidence);
    yield [cell(p.name), cell((await app.personTitles(r, p.id)).join('、'), evidence), cell(count ?? 0)];
  }
}

/** The plans the city's meetings in the period approved, by meeting date. */
async function* cityPlanRows(r: Reader, report: Report, filter: MeetingFilter): AsyncIterable<Cell[]> {
  for await (const { view: m } of pages((after) => app.listMeetings(r, filter, { first: PAGE, after }))) {
    const actions = await app.planActions(r, m.id, 'meeting', ['APPROVED']);
    const plans = await namesOf(r, actions.map((a) => a.planId));
    for (const a of actions) {
      await remember(r, report, a.evidence);
      yield [cell(nameOfNode(plans.get(a.planId), a.planId), a.evidence), cell(m.name), cell(m.date)];
    }
  }
}
