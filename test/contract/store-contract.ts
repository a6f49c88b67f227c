import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GovgraphError, whoHeld, type GraphBatch, type Page, type PageRequest, type ParticipationQuery, type ParticipationRow } from '../../src/domain/index.js';
import { canonicalDump, SqliteStore, type GraphStore } from '../../src/storage/index.js';
import { pageParticipations } from '../../src/storage/participations.js';
import { batchOf, later, otherCity, outletA, outletB } from '../support/articles.js';

/**
 * One contract, every store (Kysely-style: the same suite runs against each adapter). The
 * canonical dump of each is compared byte for byte with the embedded store's dump of the same
 * batches, so the engines agree on every node, relationship and property, not only on counts.
 */
export interface Adapter {
  name: string;
  /** A store for the suite. */
  open(): Promise<GraphStore>;
  /** An empty store for the next test (the same one emptied, or a new one). */
  reset(s: GraphStore): Promise<GraphStore>;
}

export async function dumpOf(s: GraphStore): Promise<string> {
  let out = '';
  for await (const line of canonicalDump(s)) out += line;
  return out;
}

/** The reference: the same batches in a fresh in-memory SQLite store. */
async function referenceDump(batches: GraphBatch[][]): Promise<string> {
  const ref = SqliteStore.memory();
  for (const b of batches) await ref.upsert(b);
  const d = await dumpOf(ref);
  await ref.close();
  return d;
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof GovgraphError ? e.code : `not a GovgraphError: ${(e as Error).message}`;
  }
  return undefined;
}

export function defineStoreContract(a: Adapter): void {
  describe.sequential(`GraphStore contract: ${a.name}`, () => {
    let s: GraphStore;
    beforeAll(async () => {
      s = await a.open();
    });
    afterAll(async () => {
      await s?.close();
    });
    beforeEach(async () => {
      s = await a.reset(s);
    });

    const fourDocs = () => [batchOf(outletA, 'a.txt'), batchOf(outletB, 'b.txt'), batchOf(otherCity, 'c.txt'), batchOf(later, 'd.txt')];
    const nodeId = (bs: GraphBatch[], label: string, key: string) => bs.flatMap((b) => b.nodes).find((n) => n.label === label && (n.props.name === key || n.props.title === key))!.id;

    it('ingesting the same text twice changes nothing', async () => {
      const b = batchOf(outletA);
      const first = await s.upsert([b]);
      expect(first.documents).toEqual([{ document: b.document.id, status: 'new' }]);
      expect(first.relsAdded).toBe(b.rels.length);
      const before = await dumpOf(s);
      const again = await s.upsert([batchOf(outletA, 'copy.txt'), batchOf(outletA, 'copy2.txt')]);
      expect(again).toEqual({ documents: [{ document: b.document.id, status: 'unchanged' }, { document: b.document.id, status: 'unchanged' }], nodesAdded: 0, relsAdded: 0 });
      expect(await dumpOf(s)).toBe(before);
      // an empty call is a no-op, not an error
      expect(await s.upsert([])).toEqual({ documents: [], nodesAdded: 0, relsAdded: 0 });
    });

    it('one meeting reported by two outlets is one Meeting with two documents; one name in one city is one Person', async () => {
      const a1 = batchOf(outletA, 'a.txt');
      const b1 = batchOf(outletB, 'b.txt');
      await s.upsert([a1, b1]);
      const meetingA = a1.nodes.find((n) => n.label === 'Meeting' && n.props.status === 'held')!;
      const meetingB = b1.nodes.find((n) => n.label === 'Meeting' && n.props.status === 'held')!;
      expect(meetingA.id).toBe(meetingB.id);
      const rels = await s.relationships(meetingA.id);
      expect(rels.filter((r) => r.type === 'REPORTS').map((r) => r.from)).toEqual([a1.document.id, b1.document.id].sort());
      const chairs = rels.filter((r) => r.type === 'CHAIRED');
      expect(new Set(chairs.map((r) => r.from)).size).toBe(1);
      expect(chairs.map((r) => r.document).sort()).toEqual([a1.document.id, b1.document.id].sort());
      expect(new Set(rels.filter((r) => r.type === 'ATTENDED').map((r) => r.from)).size).toBe(2);
      const stats = await s.stats();
      expect(stats.nodes.Meeting).toBe(1);
      expect(stats.nodes.Document).toBe(2);
    });

    it('the same name in two cities stays two people, each with its city', async () => {
      const a1 = batchOf(outletA, 'a.txt');
      const c1 = batchOf(otherCity, 'c.txt');
      await s.upsert([a1, c1]);
      const pa = nodeId([a1], 'Person', '苗永川');
      const pc = nodeId([c1], 'Person', '苗永川');
      expect(pa).not.toBe(pc);
      expect((await s.getNode(pa))?.props).toMatchObject({ name: '苗永川', city: '绍兴' });
      expect((await s.getNode(pc))?.props).toMatchObject({ name: '苗永川', city: '宁波' });
    });

    it('every relationship keeps its provenance: document, evidence sentence, rule, confidence', async () => {
      const a1 = batchOf(outletA, 'a.txt');
      await s.upsert([a1]);
      const chaired = (await s.relationships(nodeId([a1], 'Person', '苗永川'))).find((r) => r.type === 'CHAIRED')!;
      expect(chaired).toMatchObject({ document: a1.document.id, rule: expect.stringMatching(/chair/) });
      expect(chaired.evidence).toContain('主持召开市政府第八十次常务会议');
      expect(chaired.confidence).toBeGreaterThan(0);
      expect(await s.getNode(nodeId([a1], 'Plan', '绍兴市数字经济发展三年行动计划'))).toMatchObject({ label: 'Plan', props: { title: '绍兴市数字经济发展三年行动计划' } });
    });

    it('keeps the evidence as written (traditional script) beside the normalised sentence', async () => {
      const trad = ['發布時間：2021-07-20', '7月19日，紹興市長苗永川主持召開市政府第八十一次常務會議。'].join('\n');
      const b = batchOf(trad, 'trad.txt');
      await s.upsert([b]);
      const chaired = (await s.relationships(nodeId([b], 'Person', '苗永川'), { types: ['CHAIRED'] }))[0]!;
      expect(chaired.evidence).toContain('主持召开');
      expect(chaired.evidenceOriginal).toContain('主持召開');
      // every edge citing that sentence carries it as written, in every engine
      const reports = (await s.relationships(b.document.id, { types: ['REPORTS'] }))[0]!;
      expect(reports.evidenceOriginal).toBe(chaired.evidenceOriginal);
      expect(await dumpOf(s)).toBe(await referenceDump([[b]]));
    });

    it('retract removes the facts only that document supported', async () => {
      const a1 = batchOf(outletA, 'a.txt');
      const b1 = batchOf(outletB, 'b.txt');
      await s.upsert([a1, b1]);
      const r = await s.retract(a1.document.id);
      expect(r?.relsRemoved).toBeGreaterThan(0);
      expect(await s.hasDocument(a1.document.id)).toBe(false);
      const meeting = a1.nodes.find((n) => n.label === 'Meeting' && n.props.status === 'held')!;
      expect(await s.getNode(meeting.id)).not.toBeNull();
      expect((await s.relationships(meeting.id)).every((x) => x.document === b1.document.id)).toBe(true);
      expect(await s.getNode(nodeId([a1], 'Plan', '绍兴市数字经济发展三年行动计划'))).toBeNull();
      expect(await s.getNode(nodeId([a1], 'Person', '杭立新'))).toBeNull();
      expect(await s.getNode(nodeId([a1], 'Person', '苗永川'))).not.toBeNull();
      expect(await s.retract(a1.document.id)).toBeNull();
      expect(await s.retract('doc:does-not-exist')).toBeNull();
      // what is left is what b alone gives: the same nodes and relationships (a surviving node keeps
      // the property values it had, so its props are compared only where b gave them: see ADR 006)
      const shape = (d: string) =>
        d
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { kind: string; id?: string })
          .map((l) => (l.kind === 'node' ? `node ${l.id}` : JSON.stringify(l)));
      expect(shape(await dumpOf(s))).toEqual(shape(await referenceDump([[b1]])));
      const fresh = SqliteStore.memory();
      await fresh.upsert([b1]);
      expect(await s.stats()).toEqual(await fresh.stats());
      await fresh.close();
      // and the retracted evidence is gone from search
      expect(await s.searchEvidence({ text: '数字经济', first: 10 })).toEqual([]);
    });

    it('stores any string verbatim: values travel as parameters', async () => {
      const evil = ["O'Brien\"", '`backtick`', "'}) DETACH DELETE n //", '$param {{LABEL}}', '\\u0000\n\t', "x'); DROP TABLE nodes; --"];
      const doc = { id: 'doc:evil', label: 'Document' as const, props: { source: evil[2]!, title: evil[0]!, sha256: 'x' } };
      const batch: GraphBatch = {
        document: doc,
        nodes: evil.map((name, i) => ({ id: `person:evil${i}`, label: 'Person' as const, props: { name, aliases: [name] } })),
        rels: evil.map((name, i) => ({ type: 'REPORTED' as const, from: `person:evil${i}`, to: 'doc:evil', document: 'doc:evil', evidence: name, rule: name, confidence: 0.5 })),
      };
      await s.upsert([batch]);
      for (let i = 0; i < evil.length; i++) expect((await s.getNode(`person:evil${i}`))?.props.name).toBe(evil[i]);
      expect((await s.getNode('doc:evil'))?.props.source).toBe(evil[2]);
      expect((await s.relationships('doc:evil')).map((r) => r.evidence).sort()).toEqual([...evil].sort());
      expect((await s.stats()).nodes.Person).toBe(evil.length);
      expect(await s.getNode("person:x'}) MATCH (n) DETACH DELETE n //")).toBeNull();
      expect((await s.search({ text: "DROP TABLE", first: 5 })).map((h) => h.node.id)).toEqual(['person:evil5']);
      expect(await dumpOf(s)).toBe(await referenceDump([[batch]]));
    });

    it('a node seen again keeps its first values, fills missing ones, unions lists; held wins', async () => {
      const mk = (doc: string, props: Record<string, string | null | string[]>): GraphBatch => ({
        document: { id: doc, label: 'Document', props: { source: doc } },
        nodes: [{ id: 'meeting:m', label: 'Meeting', props }],
        rels: [{ type: 'REPORTS', from: doc, to: 'meeting:m', document: doc, evidence: 'e', rule: 'r', confidence: 1 }],
      });
      const one = mk('doc:1', { name: '甲会议', kind: '常务会议', ordinal: null, status: 'referenced', aliases: ['甲'] });
      const two = mk('doc:2', { name: '乙会议', kind: '常务会议', ordinal: '7', status: 'held', aliases: ['乙'] });
      await s.upsert([one]);
      await s.upsert([two]);
      const m = await s.getNode('meeting:m');
      expect(m?.props).toMatchObject({ name: '甲会议', ordinal: '7', status: 'held' });
      expect([...((m?.props.aliases as string[]) ?? [])].sort()).toEqual(['乙', '甲']);
      // the alias is searchable once merged, and a meeting is listed by a part of an alias
      expect((await s.search({ text: '乙', first: 5 })).map((h) => [h.node.id, h.rank])).toEqual([['meeting:m', 3]]);
      expect(await s.count({ label: 'Meeting', filter: { nameContains: '乙' } })).toBe(1);
      expect(await s.count({ label: 'Meeting', filter: { nameContains: '丙' } })).toBe(0);
      expect(await dumpOf(s)).toBe(await referenceDump([[one], [two]]));
    });

    it('titles are dated tenure facts: who was 市长 of a city on a day', async () => {
      await s.upsert([batchOf(outletA, 'a.txt'), batchOf(outletB, 'b.txt'), batchOf(otherCity, 'c.txt')]);
      const obs = await s.titleObservations({ city: '绍兴' });
      const mayor = whoHeld(obs, '市长', '2021-07-15');
      expect(mayor.basis).toBe('within');
      expect(mayor.holders.map((h) => h.name)).toEqual(['苗永川']);
      expect(mayor.holders[0]?.firstSeen).toBe('2021-07-15');
      expect(whoHeld(obs, '副市长', '2021-07-15').holders.map((h) => h.name).sort()).toEqual(['夏春明', '杭立新'].sort());
      expect(whoHeld(obs, '市长', '2022-01-01')).toMatchObject({ basis: 'lastSeenBefore' });
      const nb = whoHeld(await s.titleObservations({ city: '宁波市' }), '市长', '2021-08-01');
      expect(nb.holders).toHaveLength(1);
      expect(nb.holders.map((h) => h.personId)).not.toEqual(mayor.holders.map((h) => h.personId));
    });

    it('stats are canonical: sorted keys, no zero counts', async () => {
      await s.upsert(fourDocs());
      const st = await s.stats();
      expect(Object.keys(st.nodes)).toEqual(Object.keys(st.nodes).sort());
      expect(Object.keys(st.relationships)).toEqual(Object.keys(st.relationships).sort());
      expect(Object.values(st.relationships).every((n) => n > 0)).toBe(true);
      expect(st.nodes).toEqual({ City: 2, Document: 4, Meeting: 3, Person: 6, Plan: 2, Position: st.nodes.Position });
    });

    it('reads nodes and relationships in batches, by type and direction', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const mayor = nodeId(bs, 'Person', '苗永川');
      const plan = nodeId(bs, 'Plan', '绍兴市城市更新实施方案');
      const got = await s.getNodes([mayor, plan, 'person:missing', mayor, 'nonsense']);
      expect([...got.keys()].sort()).toEqual([mayor, plan].sort());
      expect(got.get(plan)?.label).toBe('Plan');
      const out = await s.relationships(mayor, { direction: 'out', types: ['CHAIRED', 'SPOKE_AT'] });
      expect(out.map((r) => r.type)).toEqual(['CHAIRED', 'CHAIRED', 'CHAIRED', 'SPOKE_AT']);
      expect(out.every((r) => r.from === mayor)).toBe(true);
      expect(await s.relationships(mayor, { direction: 'in' })).toEqual([]);
      const many = await s.relationshipsOf([mayor, plan], { direction: 'in' });
      expect(many.get(mayor)).toEqual([]);
      expect(many.get(plan)?.map((r) => r.type)).toEqual(['APPROVED']);
      // the order is canonical: (from, type, to, document)
      const all = await s.relationships(mayor);
      const keys = all.map((r) => [r.from, r.type, r.to, r.document].join('|'));
      expect(keys).toEqual([...keys].sort());
    });

    it('lists meetings with filters, orders, keyset cursors and counts', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const names = (p: { items: Array<{ node: { props: Record<string, unknown> } }> }) => p.items.map((i) => i.node.props.name);
      const sx = await s.list({ label: 'Meeting', filter: { city: '绍兴' } }, { first: 10 });
      expect(names(sx)).toEqual(['绍兴市政府第八十次常务会议', '绍兴市政府第八十五次常务会议']);
      expect(sx.hasNextPage).toBe(false);
      expect(await s.count({ label: 'Meeting', filter: { city: '绍兴市' } })).toBe(2);
      expect(await s.count({ label: 'Meeting', filter: { city: '没有这个市' } })).toBe(0);
      expect(names(await s.list({ label: 'Meeting', filter: { city: '绍兴' }, orderBy: 'dateDesc' }, { first: 10 }))).toEqual(['绍兴市政府第八十五次常务会议', '绍兴市政府第八十次常务会议']);
      const byPeople = await s.list({ label: 'Meeting', orderBy: 'participantCount' }, { first: 10 });
      expect(byPeople.items.map((i) => i.count)).toEqual([4, 3, 1]);
      expect(await s.count({ label: 'Meeting', filter: { from: '2021-08-01', to: '2021-08-31' } })).toBe(1);
      expect(await s.count({ label: 'Meeting', filter: { from: '2021-07-16' } })).toBe(2);
      expect(await s.count({ label: 'Meeting', filter: { person: nodeId(bs, 'Person', '柯文静') } })).toBe(1);
      expect(await s.count({ label: 'Meeting', filter: { nameContains: '八十五' } })).toBe(1);
      expect(await s.count({ label: 'Meeting', filter: { kind: '常务会议', status: 'held' } })).toBe(3);
      // page by page with the cursor gives the same rows as one page
      const whole = await s.list({ label: 'Meeting' }, { first: 10 });
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = await s.list({ label: 'Meeting' }, { first: 1, after });
        paged.push(...p.items.map((i) => i.node.id));
        if (!p.hasNextPage) break;
        after = p.endCursor;
      }
      expect(paged).toEqual(whole.items.map((i) => i.node.id));
      expect(await codeOf(s.list({ label: 'Meeting' }, { first: 1, after: 'not a cursor' }))).toBe('BAD_INPUT');
      expect(await codeOf(s.list({ label: 'Meeting' }, { first: 0 }))).toBe('BAD_INPUT');
      expect(await codeOf(s.list({ label: 'Meeting', filter: { from: '2021-7-1' } }, { first: 5 }))).toBe('BAD_INPUT');
    });

    it('lists people by name and by meetings attended ("who attended most meetings in 绍兴 in September 2021")', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const people = await s.list({ label: 'Person', filter: { city: '绍兴' } }, { first: 10 });
      expect(people.items.map((i) => i.node.props.name)).toEqual(['杭立新', '苗永川', '韩方圆', '夏春明', '柯文静'].sort());
      const most = await s.list({ label: 'Person', filter: { meetings: { city: '绍兴' } }, orderBy: 'meetingCount' }, { first: 10 });
      expect(most.items.map((i) => [i.node.props.name, i.count])).toEqual(
        [['苗永川', 2], ['杭立新', 2], ['夏春明', 2], ['柯文静', 1]].sort((x, y) => (y[1] as number) - (x[1] as number) || (nodeId(bs, 'Person', x[0] as string) < nodeId(bs, 'Person', y[0] as string) ? -1 : 1)),
      );
      const sept = await s.list({ label: 'Person', filter: { meetings: { city: '绍兴', from: '2021-09-01', to: '2021-09-30' } }, orderBy: 'meetingCount' }, { first: 2 });
      expect(sept.items.every((i) => i.count === 1)).toBe(true);
      expect(sept.hasNextPage).toBe(true);
      expect(await s.count({ label: 'Person', filter: { meetings: { city: '绍兴', from: '2021-09-01', to: '2021-09-30' } } })).toBe(4);
      const deputies = await s.list({ label: 'Person', filter: { title: '副市长' } }, { first: 10 });
      expect(deputies.items.map((i) => i.node.props.name).sort()).toEqual(['夏春明', '杭立新', '柯文静'].sort());
      // 市长 is not 副市长: the two mayors of that name, one per city
      expect(await s.count({ label: 'Person', filter: { title: '市长' } })).toBe(2);
      expect(await s.count({ label: 'Person', filter: { title: '市长', city: '宁波' } })).toBe(1);
      expect(await s.count({ label: 'Person', filter: { nameContains: '永川' } })).toBe(2);
    });

    it('lists plans, documents and cities', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      expect((await s.list({ label: 'Plan' }, { first: 10 })).items.map((i) => i.node.props.title)).toEqual(['绍兴市城市更新实施方案', '绍兴市数字经济发展三年行动计划'].sort());
      expect(await s.count({ label: 'Plan', filter: { titleContains: '数字' } })).toBe(1);
      expect(await s.count({ label: 'Plan', filter: { meetings: { from: '2021-09-01' } } })).toBe(1);
      const plansByMeetings = await s.list({ label: 'Plan', orderBy: 'meetingCount' }, { first: 10 });
      expect(plansByMeetings.items.map((i) => i.count)).toEqual([1, 1]);
      expect(await s.count({ label: 'Document', filter: { city: '绍兴' } })).toBe(3);
      const docs = await s.list({ label: 'Document', filter: { from: '2021-07-17' } }, { first: 10 });
      expect(docs.items.map((i) => i.node.props.publishedAt)).toEqual(['2021-07-17', '2021-08-02', '2021-09-03']);
      const cities = await s.list({ label: 'City', orderBy: 'meetingCount' }, { first: 10 });
      expect(cities.items.map((i) => [i.node.props.name, i.count])).toEqual([['绍兴', 2], ['宁波', 1]]);
      expect(await s.count({ label: 'City', filter: { nameContains: '绍兴市' } })).toBe(1);
    });

    it('attendance rows: who took part in which meeting, paged, filtered, counted', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const all = await s.participations({}, { first: 100 });
      expect(all.items).toHaveLength(await s.countParticipations({}));
      expect(all.items.length).toBe(9);
      // ordered by meeting date, then chair, speaker, attendee
      expect(all.items.map((r) => r.date)).toEqual([...all.items.map((r) => r.date)].sort());
      expect(all.items.filter((r) => r.meetingId === all.items[0]!.meetingId).map((r) => r.role)[0]).toBe('CHAIRED');
      // the chair of the meeting two outlets report has both documents' evidence
      const first = all.items[0]!;
      expect(first.role).toBe('CHAIRED');
      expect(first.evidence.map((e) => e.document)).toEqual([bs[0]!.document.id, bs[1]!.document.id].sort());
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = await s.participations({}, { first: 3, after });
        paged.push(...p.items.map((r) => `${r.meetingId}|${r.role}|${r.personId}`));
        if (!p.hasNextPage) break;
        after = p.endCursor;
      }
      expect(paged).toEqual(all.items.map((r) => `${r.meetingId}|${r.role}|${r.personId}`));
      // one person's rows page by page: the same as all at once
      const mayor = nodeId(bs, 'Person', '苗永川');
      const mine = await s.participations({ personId: mayor }, { first: 100 });
      expect(mine.items.map((r) => r.role)).toEqual(['CHAIRED', 'CHAIRED', 'SPOKE_AT']);
      const minePaged: string[] = [];
      let a2: string | null = null;
      for (;;) {
        const p = await s.participations({ personId: mayor }, { first: 1, after: a2 });
        minePaged.push(...p.items.map((r) => `${r.meetingId}|${r.role}`));
        if (!p.hasNextPage) break;
        a2 = p.endCursor;
      }
      expect(minePaged).toEqual(mine.items.map((r) => `${r.meetingId}|${r.role}`));
      expect(await s.countParticipations({ personId: mayor })).toBe(3);
      const ke = nodeId(bs, 'Person', '柯文静');
      expect((await s.participations({ personId: ke }, { first: 10 })).items.map((r) => r.role)).toEqual(['ATTENDED']);
      const chairs = await s.participations({ roles: ['CHAIRED'], meeting: { city: '绍兴' } }, { first: 10 });
      expect(chairs.items).toHaveLength(2);
      expect(await s.countParticipations({ roles: ['CHAIRED'], meeting: { city: '绍兴' } })).toBe(2);
      const one = await s.participations({ meetingId: first.meetingId }, { first: 10 });
      expect(one.items.every((r) => r.meetingId === first.meetingId)).toBe(true);
      expect(await s.countParticipations({ meetingId: first.meetingId })).toBe(one.items.length);
      // one person's rows, however the engine finds them, page for page as the generic walk over meetings
      const walk = async (q: ParticipationQuery, size: number, read: (q: ParticipationQuery, p: PageRequest) => Promise<Page<ParticipationRow>>) => {
        const pages: string[] = [];
        let at: string | null = null;
        for (;;) {
          const p = await read(q, { first: size, after: at });
          pages.push(JSON.stringify(p.items), String(p.endCursor));
          if (!p.hasNextPage) return pages;
          at = p.endCursor;
        }
      };
      for (const q of [{ personId: mayor }, { personId: mayor, roles: ['CHAIRED' as const] }, { personId: mayor, meeting: { from: '2021-09-01' } }, { personId: mayor, meeting: { city: '宁波' } }, { personId: ke, meeting: { city: '绍兴', kind: '常务会议' } }]) {
        for (const size of [1, 2, 100]) expect(await walk(q, size, (x, p) => s.participations(x, p)), JSON.stringify(q)).toEqual(await walk(q, size, (x, p) => pageParticipations(s, x, p)));
        // withEvidence: false changes nothing but (perhaps) the evidence
        const bare = (pages: string[]) => pages.map((x) => (x.startsWith('[') ? (JSON.parse(x) as ParticipationRow[]).map(({ evidence: _, ...rest }) => rest) : x));
        expect(bare(await walk({ ...q, withEvidence: false }, 2, (x, p) => s.participations(x, p)))).toEqual(bare(await walk(q, 2, (x, p) => s.participations(x, p))));
      }
    });

    it('co-participants: who took part in the most meetings with a person', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const mayor = nodeId(bs, 'Person', '苗永川');
      const co = await s.coParticipants(mayor, 10);
      const name = async (id: string) => (await s.getNode(id))?.props.name;
      const named = await Promise.all(co.map(async (c) => [await name(c.personId), c.sharedMeetings] as const));
      expect(named.map((x) => x[1])).toEqual([2, 2, 1]);
      expect(named.slice(0, 2).map((x) => x[0]).sort()).toEqual(['夏春明', '杭立新'].sort());
      expect(named[2]).toEqual(['柯文静', 1]);
      // ties by id; two documents reporting one meeting count it once
      expect(co.slice(0, 2).map((c) => c.personId)).toEqual(co.slice(0, 2).map((c) => c.personId).sort());
      expect(await s.coParticipants(mayor, 1)).toEqual(co.slice(0, 1));
      expect(await s.coParticipants('person:0000000000000000', 5)).toEqual([]);
    });

    it("a person's titles with their mean rank in the documents, over chosen documents too", async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const mayor = nodeId(bs, 'Person', '苗永川');
      // 市委副书记、市长 in a.txt and d.txt; 绍兴市长 alone (rank 0) in b.txt
      const all = await s.titlesOf(mayor);
      expect(all.map((t) => t.title)).toEqual(['市委副书记', '市长']);
      expect(all[0]!.rank).toBe(0);
      expect(all[1]!.rank).toBeCloseTo(2 / 3, 10);
      const docB = bs[1]!.document.id;
      expect(await s.titlesOf(mayor, [docB])).toEqual([{ title: '市长', rank: 0 }]);
      expect(await s.titlesOf(mayor, ['document:0000000000000000'])).toEqual([]);
      expect(await s.titlesOf('person:0000000000000000')).toEqual([]);
    });

    it('full-text search: names, titles and aliases, any length, ranked; evidence sentences', async () => {
      const bs = fourDocs();
      await s.upsert(bs);
      const mayors = await s.search({ text: '苗永川', first: 10 });
      expect(mayors.filter((h) => h.node.label === 'Person').map((h) => h.rank)).toEqual([0, 0]);
      // two characters (below the trigram size) still match, inside a name
      const two = await s.search({ text: '永川', first: 10, labels: ['Person'] });
      expect(two.map((h) => [h.node.props.name, h.rank])).toEqual([['苗永川', 2], ['苗永川', 2]]);
      const plans = await s.search({ text: '数字经济', first: 10 });
      expect(plans.map((h) => h.node.props.title)).toEqual(['绍兴市数字经济发展三年行动计划']);
      const meetings = await s.search({ text: '八十五次', first: 10, labels: ['Meeting'] });
      expect(meetings.map((h) => h.node.props.name)).toEqual(['绍兴市政府第八十五次常务会议']);
      // positions (titles) and cities by full name
      expect((await s.search({ text: '副市长', first: 10, labels: ['Position'] })).length).toBeGreaterThan(0);
      expect((await s.search({ text: '绍兴市', first: 10, labels: ['City'] })).map((h) => [h.node.props.name, h.rank])).toEqual([['绍兴', 3]]);
      expect(await s.search({ text: '没有的词语', first: 10 })).toEqual([]);
      const limited = await s.search({ text: '市', first: 3 });
      expect(limited).toHaveLength(3);
      const ev = await s.searchEvidence({ text: '城市更新', first: 10 });
      expect(ev.length).toBeGreaterThan(0);
      expect(ev.every((r) => r.evidence.includes('城市更新'))).toBe(true);
      expect(new Set(ev.map((r) => r.document))).toEqual(new Set([bs[3]!.document.id]));
    });

    it('the canonical dump equals the embedded reference byte for byte', async () => {
      const bs = fourDocs();
      await s.upsert(bs.slice(0, 2));
      await s.upsert(bs.slice(2));
      const d = await dumpOf(s);
      expect(d).toBe(await referenceDump([bs.slice(0, 2), bs.slice(2)]));
      const lines = d.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; id?: string });
      const nodeIds = lines.filter((l) => l.kind === 'node').map((l) => l.id!);
      expect(nodeIds).toEqual([...nodeIds].sort());
      const st = await s.stats();
      expect(nodeIds.length).toBe(Object.values(st.nodes).reduce((x, y) => x + (y ?? 0), 0));
      expect(lines.filter((l) => l.kind === 'relationship').length).toBe(Object.values(st.relationships).reduce((x, y) => x + y, 0));
    });
  });
}
