import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramsOf, savedQueries } from '../../src/neo4j-browser/index.js';
import type { Neo4jStore } from '../../src/storage/index.js';
import { claimTestDatabase, neo4jEnabled } from '../support/neo4j-test-db.js';
import { fillWithSamples } from '../support/samples.js';

/**
 * Every saved query of cypher/browser runs on a real Neo4j holding the sample articles, with the
 * parameters its own header sets (what a user who ran `npm start` and pasted it would see).
 */
describe.skipIf(!neo4jEnabled).sequential('saved Browser queries on Neo4j', () => {
  let s: Neo4jStore;
  beforeAll(async () => {
    s = await claimTestDatabase();
    await fillWithSamples(s);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  const run = async (name: string) => {
    const q = savedQueries().find((x) => x.name === name)!;
    const session = s.session();
    try {
      return (await session.run(q.query, paramsOf(q))).records;
    } finally {
      await session.close();
    }
  };

  it('who attended what in 岚州 in March 2025: both meetings, with chairs and attendees', async () => {
    const rows = await run('who-attended-what');
    const meetings = new Set(rows.map((r) => r.get('m').properties.name));
    expect([...meetings].sort()).toEqual(['岚州市委常委会会议', '岚州市政府第十二次常务会议']);
    // one relationship per document that says so: two reports of the same meeting, two rows
    const chairs = new Set(rows.filter((r) => r.get('r').type === 'CHAIRED').map((r) => r.get('p').properties.name));
    expect([...chairs].sort()).toEqual(['叶澄川', '苏明远']);
    expect(rows.every((r) => typeof r.get('r').properties.evidence === 'string')).toBe(true);
  });

  it("a person's meetings, the network, plans, a connection, the evidence", async () => {
    const meetings = await run('person-meetings');
    expect(meetings.map((r) => r.get('date'))).toEqual([...meetings.map((r) => r.get('date'))].sort());
    expect(new Set(meetings.map((r) => r.get('meeting'))).size).toBe(4);
    const network = await run('co-attendance-network');
    expect(network.length).toBeGreaterThan(5);
    expect(network.every((r) => r.get('path').length === 2)).toBe(true);
    const plans = await run('plans-approved');
    expect(plans.map((r) => r.get('plan'))).toContain('岚州市城市更新三年行动计划(2025—2027年)');
    expect(plans.every((r) => String(r.get('date')).startsWith('2025'))).toBe(true);
    const path = await run('shortest-connection');
    expect(path).toHaveLength(1);
    expect(path[0]!.get('path').length).toBe(2);
    const evidence = await run('relationship-evidence');
    expect(evidence.length).toBeGreaterThan(0);
    for (const r of evidence) {
      expect(r.get('meeting')).toContain('第十二次常务会议');
      expect(r.get('sentence')).toContain('苏明远');
      expect(r.get('document')).toBeTruthy();
    }
  });

  it('every saved query runs and returns rows with its own parameters', async () => {
    for (const q of savedQueries()) expect((await run(q.name)).length, q.name).toBeGreaterThan(0);
  });
});
