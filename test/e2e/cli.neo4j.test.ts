import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/index.js';
import { Neo4jStore, SqliteStore } from '../../src/storage/index.js';
import { dumpOf } from '../contract/store-contract.js';
import { article, batchOf, outletA, outletB } from '../support/articles.js';
import { startServer } from '../support/serve.js';
import { assertOwned, claimTestDatabase, neo4jEnabled, testNeo4jConfig } from '../support/neo4j-test-db.js';

/**
 * The CLI and the whole pipeline against the real Neo4j test server: one truth on both engines
 * (the dev corpus gives byte-equal dumps), a server that dies or freezes mid-ingest, the guard that
 * keeps tests off a user's data, and the local server's data surviving a restart.
 */
const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const cfg = testNeo4jConfig();
const neoEnv = (uri = cfg?.uri ?? '') => ({ ...process.env, NEO4J_URI: uri, NEO4J_USER: cfg?.user ?? '', NEO4J_PASSWORD: cfg?.password ?? '', NEO4J_DATABASE: cfg?.database ?? '' });
const run = (args: string[], env = neoEnv()) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 300_000, maxBuffer: 1 << 28 });
const shared = resolve(__dirname, '../../../shared/corpus/dev');

describe.skipIf(!neo4jEnabled).sequential('govgraph against Neo4j', () => {
  let s: Neo4jStore;
  let dir: string;
  beforeAll(async () => {
    s = await claimTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'govgraph-neo-cli-'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('refuses a database holding data no test wrote', async () => {
    const session = s.session();
    try {
      await session.run('MATCH (m:GovgraphTestDatabase) DELETE m');
      await session.run("CREATE (:SomebodysData {name: 'keep me'})");
      await expect(assertOwned(s, cfg!.uri)).rejects.toThrow(/refusing to use the Neo4j at .* holds data that no test wrote/);
      // nothing was touched
      expect((await session.run('MATCH (n:SomebodysData) RETURN count(n) AS n')).records[0]?.get('n')).toBe(1);
    } finally {
      await session.run('MATCH (n:SomebodysData) DELETE n');
      await assertOwned(s, cfg!.uri); // empty again: marked as the tests' own
      await session.close();
    }
  });

  it('schema apply, ingest (twice), stats and retract through the CLI', async () => {
    await s.clearAll();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), outletA);
    writeFileSync(join(dir, 'in', 'b.txt'), outletB);
    const schema = run(['schema', 'apply']);
    expect(schema.status).toBe(0);
    expect(schema.stdout).toMatch(/applied \d+ schema statements to neo4j bolt/);
    const first = JSON.parse(run(['ingest', '--json', join(dir, 'in')]).stdout);
    expect(first.documents).toMatchObject({ new: 2, failed: 0 });
    expect(first.store).toMatch(/^neo4j /);
    const stats = JSON.parse(run(['stats', '--json']).stdout);
    expect(stats.nodes.Meeting).toBe(1);
    const second = JSON.parse(run(['ingest', '--json', join(dir, 'in')]).stdout);
    expect(second.documents).toMatchObject({ new: 0, unchanged: 2 });
    expect(JSON.parse(run(['stats', '--json']).stdout)).toEqual(stats);
    expect(run(['retract', batchOf(outletA).document.id]).status).toBe(0);
    expect(JSON.parse(run(['stats', '--json']).stdout).nodes.Document).toBe(1);
    expect(run(['compact']).stdout).toMatch(/nothing to do/);
  });

  it.skipIf(!existsSync(shared))('the whole dev corpus gives byte-equal dumps in Neo4j and in SQLite', async () => {
    await s.clearAll();
    const sqlite = SqliteStore.memory();
    const at = '2026-01-01T00:00:00.000Z';
    const a = await ingest({ inputs: [shared], store: s, workers: 2, batchSize: 16, ingestedAt: at });
    const b = await ingest({ inputs: [shared], store: sqlite, workers: 0, ingestedAt: at });
    expect(a.documents.new).toBe(readdirSync(shared).filter((f) => f.endsWith('.txt')).length);
    expect(a.documents).toEqual(b.documents);
    const dn = await dumpOf(s);
    const ds = await dumpOf(sqlite);
    expect(dn.split('\n').length).toBeGreaterThan(1000);
    expect(dn).toBe(ds);
    expect(await s.stats()).toEqual(await sqlite.stats());
    await sqlite.close();
    // and through the CLI: export prints the same bytes as the embedded store's export
    const data = join(dir, 'dev-sqlite');
    await s.clearAll();
    run(['ingest', '--quiet', shared]);
    run(['ingest', '--quiet', '--store', 'sqlite', '--data', data, shared]);
    expect(run(['export', '--stable']).stdout).toBe(run(['export', '--stable', '--store', 'sqlite', '--data', data]).stdout);
    // two ingests in process and four CLI runs over the whole corpus: minutes on a slow CI host
  }, 300_000);

  it('start on an empty Neo4j reads the sample articles and serves them', async () => {
    await s.clearAll();
    const { child, base } = await startServer(['start', '--port', '0'], { ...neoEnv(), GOVGRAPH_INPUT: '', GOVGRAPH_PLACES: '' }, { timeoutMs: 120_000 });
    try {
      const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { store nodes { key count } } }' }) });
      const body = (await r.json()) as { data: { stats: { store: string; nodes: Array<{ key: string; count: number }> } } };
      expect(body.data.stats.store).toMatch(/^neo4j /);
      expect(body.data.stats.nodes.find((c) => c.key === 'Document')?.count).toBe(6);
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);

  for (const fault of ['dies', 'freezes'] as const) {
    it(`a server that ${fault} mid-ingest: the command ends in bounded time, exit 4, and says what it stored`, async () => {
      await s.clearAll();
      const corpus = join(dir, `fault-${fault}`);
      mkdirSync(corpus);
      for (let i = 0; i < 300; i++) writeFileSync(join(corpus, `f${String(i).padStart(3, '0')}.txt`), article(3000 + i));
      const proxy = await startProxy(cfg!.uri);
      try {
        const child = spawn(process.execPath, [bin, 'ingest', '--json', '--quiet', '--workers', '0', '--batch', '1', corpus], {
          env: { ...neoEnv(`bolt://127.0.0.1:${proxy.port}`), GOVGRAPH_NEO4J_TIMEOUT: '5' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout!.on('data', (d) => (out += d));
        child.stderr!.on('data', (d) => (err += d));
        const done = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
        // wait until documents are committed and the ingest knows it, then break the server: two
        // stored means the first commit was acknowledged (one batch at a time, each awaited); one
        // alone may be committed on the server with its acknowledgement still in flight
        const t0 = Date.now();
        while (((await s.stats()).nodes.Document ?? 0) < 2 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100));
        const t1 = Date.now();
        if (fault === 'dies') proxy.kill();
        else proxy.freeze();
        const code = await done;
        expect(Date.now() - t1).toBeLessThan(45_000);
        expect(code, err).toBe(4);
        const summary = JSON.parse(out);
        expect(summary.storeError).toMatch(fault === 'dies' ? /lost Neo4j|ServiceUnavailable|did not answer|cannot reach/ : /did not answer within 5 s/);
        expect(summary.documents.new).toBeGreaterThan(0);
        expect(summary.documents.notStored).toBeGreaterThan(0);
        expect(summary.documents.new + summary.documents.notStored + summary.documents.unchanged).toBe(300);
        expect(err).toMatch(/the store failed/);
      } finally {
        proxy.kill();
      }
      // what was committed is whole (the frozen transaction was rolled back when its connection closed)
      await new Promise((r) => setTimeout(r, 1000));
      const st = await s.stats();
      expect(st.relationships.CHAIRED).toBe(st.nodes.Document);
      expect(st.relationships.APPROVED).toBe(st.nodes.Document);
    });
  }

  // The local server from tools/neo4j keeps its databases across a restart (CI sets this: it
  // restarts the server it started; a user's own server is never restarted by the tests).
  it.skipIf(process.env.GOVGRAPH_TEST_NEO4J_TOOLS !== '1')('tools/neo4j keeps its data across a restart', async () => {
    await s.clearAll();
    await s.upsert([batchOf(outletA, 'a.txt')]);
    const before = await s.stats();
    await s.close();
    const root = resolve(__dirname, '../..');
    expect(spawnSync('bash', ['tools/neo4j/stop.sh'], { cwd: root, encoding: 'utf8' }).status).toBe(0);
    const started = spawnSync('bash', ['tools/neo4j/start.sh'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    expect(started.status, started.stderr).toBe(0);
    // read it back before the suite claims (and empties) it again
    const probe = await Neo4jStore.connect(cfg!);
    try {
      expect(await probe.stats()).toEqual(before);
    } finally {
      await probe.close();
    }
    s = await claimTestDatabase();
    // a stop and a start of a JVM: half a minute here, more on a slow CI host
  }, 180_000);
});

/** A TCP proxy to the real server that can be killed (connections dropped) or frozen (kept open, silent). */
async function startProxy(target: string): Promise<{ port: number; kill: () => void; freeze: () => void }> {
  const u = new URL(target.replace(/^(bolt|neo4j)(\+s{1,2})?:/, 'http:'));
  const sockets: Socket[] = [];
  let frozen = false;
  const server: Server = createServer((client) => {
    const upstream = createConnection(Number(u.port || 7687), u.hostname);
    sockets.push(client, upstream);
    client.on('data', (d) => {
      if (!frozen) upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (!frozen) client.write(d);
    });
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as { port: number }).port,
    kill: () => {
      server.close();
      for (const x of sockets) x.destroy();
    },
    freeze: () => {
      frozen = true;
    },
  };
}
