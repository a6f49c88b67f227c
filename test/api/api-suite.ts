import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/api/index.js';
import { GovgraphError } from '../../src/domain/index.js';
import type { GraphStore } from '../../src/storage/index.js';
import { fillWithSamples } from '../support/samples.js';

/**
 * The GraphQL API, end to end through yoga.fetch, against a store of the sample articles
 * (examples/) and the test articles. The same suite runs on every engine.
 */
export interface ApiAdapter {
  name: string;
  /** An empty store the suite may fill. */
  open(): Promise<GraphStore>;
}

const TOKEN = 'test-token-1234';

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

export function defineApiSuite(a: ApiAdapter): void {
  describe.sequential(`GraphQL API: ${a.name}`, () => {
    let store: GraphStore;
    let api: Api;
    let calls: Map<string, number>;
    const logged: string[] = [];

    /** A query, returning the parsed body; `as` a token for writes. */
    async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Result> {
      const r = await api.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return (await r.json()) as Result;
    }
    const ok = async (query: string, variables: Record<string, unknown> = {}) => {
      const r = await gql(query, variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!;
    };
    const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
    const idOf = async (label: 'Person' | 'Meeting' | 'Plan', text: string) => {
      const d = await ok(`query($q: String!, $l: [NodeLabel!]) { search(query: $q, labels: $l, first: 5) { rank node { id } } }`, { q: text, l: [label] });
      return d.search.find((h: { rank: number }) => h.rank === 0)?.node.id as string;
    };

    beforeAll(async () => {
      const inner = await a.open();
      await fillWithSamples(inner);
      // count what the resolvers ask of the store (batching)
      calls = new Map();
      store = new Proxy(inner, {
        get(t, p, r) {
          const v = Reflect.get(t, p, r);
          if (typeof v !== 'function') return v;
          return (...args: unknown[]) => {
            calls.set(String(p), (calls.get(String(p)) ?? 0) + 1);
            return v.apply(t, args);
          };
        },
      });
      api = createApi({ store, token: TOKEN, log: (m) => logged.push(m) });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('a meeting with its chairs, speakers, attendees, plans and the evidence of each', async () => {
      const id = await idOf('Meeting', '岚州市政府第十三次常务会议');
      const d = await ok(
        `query($id: ID!) { meeting(id: $id) { id name date status cityName city { fullName adminCode province }
          chairs { role person { name } evidence { sentence rule confidence document { source } } }
          speakers { person { name } } attendees { person { name } }
          approved { plan { title } evidence { sentence } } reviewed { plan { title } }
          reportedBy { source title publishedAt } } }`,
        { id },
      );
      const m = d.meeting;
      expect(m).toMatchObject({ name: '岚州市政府第十三次常务会议', date: '2025-04-15', status: 'HELD', cityName: '岚州', city: { fullName: '岚州市', adminCode: '990100', province: '云岭省' } });
      expect(m.chairs).toHaveLength(1);
      expect(m.chairs[0]).toMatchObject({ role: 'CHAIRED', person: { name: '苏明远' } });
      expect(m.chairs[0].evidence[0].sentence).toContain('主持召开市政府第十三次常务会议');
      expect(m.chairs[0].evidence[0].document.source).toBe('sample-05-later.txt');
      expect(m.speakers.map((p: any) => p.person.name)).toEqual(['苏明远']);
      expect(m.attendees.map((p: any) => p.person.name).sort()).toEqual(['欧阳慧兰', '钱雨桐', '韦清源'].sort());
      expect(m.approved.map((x: any) => x.plan.title)).toEqual(['岚州市2025年重点民生实事实施方案']);
      expect(m.reviewed.map((x: any) => x.plan.title)).toEqual(['岚州市数字政府建设规划(2025—2030年)']);
      expect(m.reportedBy.map((x: any) => x.source)).toEqual(['sample-05-later.txt']);
    });

    it('one meeting two outlets report: one node, both documents, evidence as written in the traditional one', async () => {
      const id = await idOf('Meeting', '岚州市政府第十二次常务会议');
      const d = await ok(`query($id: ID!) { meeting(id: $id) { reportedBy { source } chairs { person { name aliases } evidence { sentence sentenceOriginal document { source script } } } } }`, { id });
      expect(d.meeting.reportedBy.map((x: any) => x.source).sort()).toEqual(['sample-01-changwu.txt', 'sample-02-traditional.txt']);
      const ev = d.meeting.chairs[0].evidence;
      expect(ev.map((e: any) => e.document.source).sort()).toEqual(['sample-01-changwu.txt', 'sample-02-traditional.txt']);
      const trad = ev.find((e: any) => e.document.script === 'traditional');
      expect(trad.sentence).toContain('苏明远');
      expect(trad.sentenceOriginal).toContain('蘇明遠');
    });

    it('a person: titles, tenures over time, meetings by role, co-attendees', async () => {
      const id = await idOf('Person', '苏明远');
      const d = await ok(
        `query($id: ID!) { person(id: $id) { name city { name } titles
          tenures { title organisation cityName firstSeen lastSeen documents { source } evidence { sentence } }
          meetings(first: 10) { totalCount nodes { role meeting { name date } } }
          chaired: meetings(role: CHAIRED, first: 10) { totalCount }
          coAttendees(first: 3) { sharedMeetings person { name } } } }`,
        { id },
      );
      const p = d.person;
      expect(p.city.name).toBe('岚州');
      expect(p.titles).toEqual(['市委副书记', '市长']);
      const deputy = p.tenures.find((t: any) => t.title === '市委副书记');
      expect(deputy).toMatchObject({ organisation: '市委', cityName: '岚州', firstSeen: '2025-03-10', lastSeen: '2025-04-24' });
      expect(deputy.evidence.length).toBe(deputy.documents.length);
      expect(p.meetings.totalCount).toBe(p.meetings.nodes.length);
      expect(p.meetings.nodes.map((x: any) => x.meeting.date)).toEqual([...p.meetings.nodes.map((x: any) => x.meeting.date)].sort());
      expect(p.chaired.totalCount).toBe(2);
      expect(p.coAttendees[0]).toMatchObject({ sharedMeetings: 2, person: { name: expect.any(String) } });
      expect(p.coAttendees.map((c: any) => c.sharedMeetings)).toEqual([...p.coAttendees.map((c: any) => c.sharedMeetings)].sort((x: number, y: number) => y - x));
    });

    it('a person\'s meetings carry the same evidence as the meeting\'s own participants (read only when asked)', async () => {
      const id = await idOf('Person', '苏明远');
      const d = await ok(`query($id: ID!) { person(id: $id) { meetings(role: CHAIRED, first: 10) { nodes { role meeting { id } evidence { sentence rule document { source } } } } } }`, { id });
      const rows = d.person.meetings.nodes;
      expect(rows.length).toBe(2);
      for (const row of rows) {
        const m = await ok(`query($id: ID!) { meeting(id: $id) { chairs { person { id } evidence { sentence rule document { source } } } } }`, { id: row.meeting.id });
        const own = m.meeting.chairs.find((x: any) => x.person.id === id);
        expect(row.evidence.length).toBeGreaterThan(0);
        expect(row.evidence).toEqual(own.evidence);
      }
      const att = await ok(`query($id: ID!) { attendance(first: 10, filter: { personId: $id, roles: [CHAIRED] }) { nodes { meeting { id } evidence { sentence rule document { source } } } } }`, { id });
      expect(att.attendance.nodes.map((x: any) => x.evidence)).toEqual(rows.map((x: any) => x.evidence));
    });

    it('lists people with every filter, ordered by name or by meetings, paged without gaps or repeats', async () => {
      const all = await ok(`{ people(first: 100, filter: { city: "岚州" }) { totalCount nodes { id name } } }`);
      expect(all.people.totalCount).toBe(all.people.nodes.length);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const d = await ok(`query($after: String) { people(first: 3, after: $after, filter: { city: "岚州" }) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...d.people.edges.map((e: any) => e.node.id));
        expect(d.people.pageInfo.endCursor).toBe(d.people.edges.at(-1)?.cursor ?? null);
        if (!d.people.pageInfo.hasNextPage) break;
        after = d.people.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.people.nodes.map((n: any) => n.id));
      expect(new Set(seen).size).toBe(seen.length);
      const most = await ok(`{ people(first: 3, orderBy: MEETING_COUNT, filter: { meetings: { city: "岚州", from: "2025-03-01", to: "2025-04-30" } }) { edges { meetingCount node { name } } } }`);
      expect(most.people.edges[0]).toEqual({ meetingCount: 4, node: { name: '苏明远' } });
      const deputies = await ok(`{ people(first: 10, filter: { title: "副市长", city: "岚州" }) { nodes { name } } }`);
      expect(deputies.people.nodes.map((n: any) => n.name).sort()).toEqual(['欧阳慧兰', '马骁', '韦清源'].sort());
      const mayorThen = await ok(`{ people(first: 5, filter: { title: "市长", city: "岚州", asOf: "2025-04-01" }) { totalCount nodes { name } } }`);
      expect(mayorThen.people.nodes.map((n: any) => n.name)).toEqual(['苏明远']);
      const named = await ok(`{ people(first: 10, filter: { nameContains: "欧阳" }) { nodes { name } } }`);
      expect(named.people.nodes.map((n: any) => n.name)).toEqual(['欧阳慧兰']);
      expect(codeOf(await gql(`{ people(first: 5, filter: { title: "市长", asOf: "2025-04-01" }) { totalCount } }`))).toBe('BAD_INPUT');
    });

    it('lists meetings, plans, cities and documents with filters and orderings', async () => {
      const m = await ok(`{ meetings(first: 10, filter: { city: "岚州", status: HELD, from: "2025-03-01", to: "2025-03-31" }) { totalCount nodes { name date } } }`);
      expect(m.meetings.nodes.map((x: any) => x.date)).toEqual(['2025-03-10', '2025-03-17']);
      const byCount = await ok(`{ meetings(first: 2, orderBy: PARTICIPANT_COUNT, filter: { city: "岚州" }) { edges { participantCount node { name } } } }`);
      expect(byCount.meetings.edges[0]).toEqual({ participantCount: 7, node: { name: '岚州市政府第十二次常务会议' } });
      const desc = await ok(`{ meetings(first: 1, orderBy: DATE_DESC, filter: { status: HELD }) { nodes { date } } }`);
      expect(desc.meetings.nodes[0].date).toBe('2025-04-24');
      const plans = await ok(`{ plans(first: 10, filter: { titleContains: "岚州市" }, orderBy: MEETING_COUNT) { totalCount edges { meetingCount node { title kind year approvedBy { meeting { name } } actions { action } } } } }`);
      expect(plans.plans.edges.every((e: any) => e.meetingCount === 1)).toBe(true);
      const renewal = plans.plans.edges.find((e: any) => e.node.title === '岚州市城市更新三年行动计划(2025—2027年)');
      expect(renewal.node.kind).toMatch(/计划$/);
      expect(renewal.node.approvedBy.map((x: any) => x.meeting.name)).toEqual(['岚州市政府第十二次常务会议']);
      const cities = await ok(`{ cities(first: 10, orderBy: MEETING_COUNT) { edges { meetingCount node { name fullName } } } }`);
      expect(cities.cities.edges[0]).toEqual({ meetingCount: 4, node: { name: '岚州', fullName: '岚州市' } });
      const docs = await ok(`{ documents(first: 10, filter: { city: "鹤汀" }) { totalCount nodes { source title publishedAt meetings { name } staff { role person { name } } } } }`);
      expect(docs.documents.nodes).toEqual([{ source: 'sample-04-pdf.txt', title: '鹤汀县人民政府第五次常务会议纪要', publishedAt: '2025-04-02', meetings: [{ name: '鹤汀县人民政府第五次常务会议' }], staff: [] }]);
      const staffed = await ok(`{ documents(first: 10, filter: { from: "2025-03-11", to: "2025-03-11" }) { nodes { source staff { role person { name } evidence { rule } } } } }`);
      const s1 = staffed.documents.nodes.find((n: any) => n.source === 'sample-01-changwu.txt');
      expect(s1.staff.map((x: any) => `${x.role} ${x.person.name}`).sort()).toEqual(['EDITED 卢思远', 'REPORTED 林小满', 'REPORTED 郑晓禾']);
    });

    it('a city by name, full name or code; a short name two cities share is an error naming both', async () => {
      for (const name of ['岚州', '岚州市', '990100']) expect((await ok(`query($n: String!) { city(name: $n) { adminCode } }`, { n: name })).city).toEqual({ adminCode: '990100' });
      expect((await ok(`{ city(name: "没有的市") { adminCode } }`)).city).toBeNull();
      const city = await ok(`{ city(name: "岚州") { meetings(first: 10, filter: { kind: "常务会议" }) { totalCount } people(first: 50) { totalCount } } }`);
      expect(city.city.meetings.totalCount).toBe(2);
      expect(city.city.people.totalCount).toBeGreaterThan(10);
    });

    it('search: names, titles, plan titles; two characters too; evidence sentences', async () => {
      const s = await ok(`{ search(query: "明远", first: 5) { label text rank node { ... on Person { name city { name } } } } }`);
      expect(s.search[0]).toMatchObject({ label: 'Person', text: '苏明远', rank: 2, node: { name: '苏明远', city: { name: '岚州' } } });
      const plans = await ok(`{ search(query: "城市更新", labels: [Plan]) { text node { ... on Plan { title } } } }`);
      // both contain it (rank 2): the shorter title first
      expect(plans.search.map((h: any) => h.text)).toEqual(['绍兴市城市更新实施方案', '岚州市城市更新三年行动计划(2025—2027年)']);
      const titles = await ok(`{ search(query: "宣传部部长", labels: [Position]) { label text node { id } } }`);
      expect(titles.search[0]).toMatchObject({ label: 'Position', node: null });
      const ev = await ok(`{ searchEvidence(query: "优化营商环境", first: 5) { type from { id } to { ... on Plan { title } } evidence { sentence document { source } } } }`);
      expect(ev.searchEvidence.map((r: any) => r.type)).toContain('APPROVED');
      expect(ev.searchEvidence.every((r: any) => r.evidence.sentence.includes('优化营商环境'))).toBe(true);
      expect(codeOf(await gql(`{ search(query: "  ") { rank } }`))).toBe('BAD_INPUT');
    });

    it('co-attendance, the shortest connection between two people, who held a title', async () => {
      const a = await idOf('Person', '叶澄川');
      const b = await idOf('Person', '钱雨桐');
      const c = await idOf('Person', '苏明远');
      const both = await ok(`query($a: ID!, $b: ID!) { coAttendance(personA: $a, personB: $b) { name date } }`, { a: c, b });
      expect(both.coAttendance.map((m: any) => m.date)).toEqual(['2025-03-10', '2025-04-15']);
      const path = await ok(`query($a: ID!, $b: ID!) { connection(from: $a, to: $b) { hops steps { person { name } via { name } } } }`, { a, b });
      expect(path.connection.hops).toBe(2);
      expect(path.connection.steps.map((s: any) => s.person.name)).toEqual(['叶澄川', '苏明远', '钱雨桐']);
      expect(path.connection.steps[0].via.name).toBe('岚州市委常委会会议');
      expect(path.connection.steps[2].via).toBeNull();
      const far = await idOf('Person', '丁一凡');
      expect((await ok(`query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 3) { hops } }`, { a, b: far })).connection).toBeNull();
      expect(codeOf(await gql(`query($a: ID!) { connection(from: $a, to: $a, maxHops: 9) { hops } }`, { a }))).toBe('BAD_INPUT');
      const who = await ok(`{ whoHeld(title: "市长", city: "岚州", date: "2025-04-01") { basis holders { person { name } title firstSeen lastSeen evidence { sentence } } people { name } } }`);
      expect(who.whoHeld.basis).toBe('WITHIN');
      expect(who.whoHeld.people.map((p: any) => p.name)).toEqual(['苏明远']);
      expect(who.whoHeld.holders[0].evidence.length).toBeGreaterThan(0);
      expect((await ok(`{ whoHeld(title: "市长", city: "岚州", date: "2026-01-01") { basis } }`)).whoHeld.basis).toBe('LAST_SEEN_BEFORE');
    });

    it('attendance rows: filtered, paged without gaps or repeats, counted', async () => {
      const all = await ok(`{ attendance(first: 100, filter: { meeting: { city: "岚州" } }) { totalCount nodes { role date person { name } meeting { name } city { name } evidence { sentence } } } }`);
      expect(all.attendance.totalCount).toBe(all.attendance.nodes.length);
      expect(all.attendance.nodes.every((r: any) => r.city.name === '岚州' && r.evidence.length > 0)).toBe(true);
      const rows: string[] = [];
      let after: string | null = null;
      for (;;) {
        const d = await ok(`query($after: String) { attendance(first: 4, after: $after, filter: { meeting: { city: "岚州" } }) { nodes { role person { id } meeting { id } } pageInfo { hasNextPage endCursor } } }`, { after });
        rows.push(...d.attendance.nodes.map((r: any) => `${r.meeting.id} ${r.role} ${r.person.id}`));
        if (!d.attendance.pageInfo.hasNextPage) break;
        after = d.attendance.pageInfo.endCursor;
      }
      expect(rows.length).toBe(all.attendance.nodes.length);
      expect(new Set(rows).size).toBe(rows.length);
      const chairs = await ok(`{ attendance(first: 20, filter: { roles: [CHAIRED], meeting: { city: "岚州", from: "2025-04-01" } }) { totalCount nodes { person { name } } } }`);
      expect(chairs.attendance.nodes.map((r: any) => r.person.name)).toEqual(['苏明远', '顾怀章']);
    });

    it('stats, and every node type the graph holds is reachable with its stored properties', async () => {
      const s = await ok(`{ stats { store nodes { key count } relationships { key count } } }`);
      expect(s.stats.nodes.find((c: any) => c.key === 'Document').count).toBe(10);
      expect(s.stats.relationships.map((c: any) => c.key)).toEqual([...s.stats.relationships.map((c: any) => c.key)].sort());
    });

    it('writes need the token; ingestDocument stores an article once; retractDocument removes it', async () => {
      const text = ['发布时间：2025-05-09', '5月8日，鹤汀县委书记严守拙主持召开县委常委会会议。县委副书记、县长丁一凡出席会议。'].join('\n');
      const m = `mutation($t: String!) { ingestDocument(text: $t, source: "api.txt") { status nodesAdded relationshipsAdded document { id source publishedAt cityName } meetings { name chairs { person { name } } } people { name } } }`;
      expect(codeOf(await gql(m, { t: text }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(m, { t: text }, { authorization: 'Bearer nope-nope-nope-1' }))).toBe('UNAUTHENTICATED');
      const first = await gql(m, { t: text }, { authorization: `Bearer ${TOKEN}` });
      expect(first.errors).toBeUndefined();
      const doc = first.data!.ingestDocument;
      expect(doc).toMatchObject({ status: 'NEW', document: { source: 'api.txt', publishedAt: '2025-05-09' } });
      expect(doc.meetings[0].chairs[0].person.name).toBe('严守拙');
      const again = await gql(m, { t: text }, { authorization: `Bearer ${TOKEN}` });
      expect(again.data!.ingestDocument).toMatchObject({ status: 'UNCHANGED', nodesAdded: 0, relationshipsAdded: 0 });
      const dated = await gql(`mutation($t: String!) { ingestDocument(text: $t, publishedAt: "2025-06-02") { document { publishedAt } meetings { date } } }`, { t: '6月1日，县长丁一凡主持召开县政府第六次常务会议。' }, { authorization: `Bearer ${TOKEN}` });
      expect(dated.data!.ingestDocument).toEqual({ document: { publishedAt: '2025-06-02' }, meetings: [{ date: '2025-06-01' }] });
      const r = `mutation($id: ID!) { retractDocument(id: $id) { document relationshipsRemoved nodesRemoved } }`;
      const gone = await gql(r, { id: doc.document.id }, { authorization: `Bearer ${TOKEN}` });
      expect(gone.data!.retractDocument.relationshipsRemoved).toBe(doc.relationshipsAdded);
      expect(codeOf(await gql(r, { id: doc.document.id }, { authorization: `Bearer ${TOKEN}` }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(r, { id: 'person:x' }, { authorization: `Bearer ${TOKEN}` }))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`mutation { ingestDocument(text: " ") { status } }`, {}, { authorization: `Bearer ${TOKEN}` }))).toBe('BAD_INPUT');
      const dated2 = await gql(`mutation($id: ID!) { retractDocument(id: $id) { document } }`, { id: (await ok(`{ documents(first: 1, filter: { from: "2025-06-02" }) { nodes { id } } }`)).documents.nodes[0].id }, { authorization: `Bearer ${TOKEN}` });
      expect(dated2.errors).toBeUndefined();
    });

    it('refuses what exceeds a limit, with a stable code, and keeps serving', async () => {
      const deep = `{ meetings(first: 1) { nodes { chairs { person { meetings(first: 1) { nodes { meeting { chairs { person { meetings(first: 1) { nodes { meeting { chairs { person { name } } } } } } } } } } } } } } }`;
      expect(codeOf(await gql(deep))).toBe('LIMIT_EXCEEDED');
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { store }`).join(' ')} }`;
      expect(codeOf(await gql(aliases))).toBe('LIMIT_EXCEEDED');
      const tokens = `{ stats { ${Array.from({ length: 2500 }, () => 'store').join(' ')} } }`;
      expect(codeOf(await gql(tokens))).toBe('LIMIT_EXCEEDED');
      const directives = `{ stats { store ${Array.from({ length: 12 }, () => '@include(if: true)').join(' ')} } }`;
      expect(codeOf(await gql(directives))).toBe('LIMIT_EXCEEDED');
      const costly = `{ people(first: 100) { nodes { meetings(first: 100) { nodes { meeting { attendees { person { coAttendees(first: 100) { person { name } } } } } } } } } }`;
      expect(codeOf(await gql(costly))).toBe('LIMIT_EXCEEDED');
      expect(codeOf(await gql(`{ meetings(first: 101) { totalCount } }`))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`{ meetings(first: 0) { totalCount } }`))).toBe('BAD_INPUT');
      // no "did you mean" hints for guessing the schema
      expect((await gql(`{ meetingz { id } }`)).errors?.[0]?.message).not.toMatch(/Did you mean/);
      const big = await api.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(10 << 20) }, body: JSON.stringify({ query: `{ stats { store } }`, pad: 'x'.repeat(10 << 20) }) });
      expect(big.status).toBe(413);
      expect(((await big.json()) as Result).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect((await ok(`{ stats { store } }`)).stats.store).toBeTruthy();
    });

    it('bad input gets a clear error and a stable code: unknown and malformed ids, cursors, dates', async () => {
      expect(codeOf(await gql(`{ person(id: "person:0000000000000000") { name } }`))).toBe('NOT_FOUND');
      expect(codeOf(await gql(`{ person(id: "meeting:0000000000000000") { name } }`))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`{ meetings(first: 2, after: "not-a-cursor") { totalCount } }`))).toBe('BAD_INPUT');
      const peopleCursor = (await ok(`{ people(first: 1) { pageInfo { endCursor } } }`)).people.pageInfo.endCursor;
      expect(codeOf(await gql(`query($c: String) { attendance(first: 2, after: $c) { totalCount } }`, { c: peopleCursor }))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`{ meetings(filter: { from: "2025-02-30" }) { totalCount } }`))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`query($d: Date!) { whoHeld(title: "市长", city: "岚州", date: $d) { basis } }`, { d: '2025/04/01' }))).toBe('BAD_INPUT');
      expect(codeOf(await gql(`{ meetings(filter: { from: "2025-05-01", to: "2025-04-01" }) { totalCount } }`))).toBe('BAD_INPUT');
      const bad = await api.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(bad.status).toBeGreaterThanOrEqual(400);
      expect((await ok(`{ stats { store } }`)).stats.store).toBeTruthy();
    });

    it('batches store reads: a page of meetings with their chairs and cities is a few store calls, not one per meeting', async () => {
      calls.clear();
      const d = await ok(`{ meetings(first: 20) { nodes { name city { name } chairs { person { name city { name } } evidence { document { source } } } attendees { person { name } } } } }`);
      expect(d.meetings.nodes.length).toBeGreaterThan(8);
      const total = [...calls.values()].reduce((a, b) => a + b, 0);
      expect(calls.get('getNodes') ?? 0).toBeLessThanOrEqual(5);
      expect(calls.get('relationshipsOf') ?? 0).toBeLessThanOrEqual(3);
      expect(total).toBeLessThanOrEqual(10);
    });

    it('serves GraphiQL with the example queries, /healthz and /readyz', async () => {
      const page = await api.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('govgraph');
      expect(html).toContain('LatestMeetings');
      expect(html).not.toMatch(/unpkg\.com/);
      const h = await api.fetch('http://test/healthz');
      expect(h.status).toBe(200);
      expect(await h.json()).toMatchObject({ status: 'ok' });
      expect((await api.fetch('http://test/readyz')).status).toBe(200);
    });
  });

  describe(`GraphQL API errors: ${a.name}`, () => {
    it('an unexpected failure is masked; a store that is down says STORE_UNAVAILABLE, and /healthz says 503', async () => {
      const inner = await a.open();
      const logged: string[] = [];
      let mode: 'bug' | 'down' = 'bug';
      const failing = new Proxy(inner, {
        get(t, p, r) {
          if (p === 'list' || p === 'stats') {
            return async () => {
              if (mode === 'bug') throw new Error('secret internal detail at /srv/x.ts:12');
              throw new GovgraphError('STORE_UNAVAILABLE', 'lost Neo4j at bolt://db: connection reset');
            };
          }
          return Reflect.get(t, p, r);
        },
      });
      const api = createApi({ store: failing, log: (m) => logged.push(m) });
      const ask = async () => (await (await api.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }) })).json()) as Result;
      const bug = await ask();
      expect(bug.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(bug)).not.toContain('secret');
      expect(logged.join('\n')).toContain('secret internal detail');
      mode = 'down';
      const down = await ask();
      expect(down.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect((await api.fetch('http://test/healthz')).status).toBe(503);
      await inner.close();
    });
  });
}
