import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type Served } from '../support/serve.js';

/**
 * The main job as a user runs it: `govgraph start` on an empty data directory reads the sample
 * articles and serves them over HTTP (a real server on a free port); `govgraph serve` on a store.
 */
const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const env = { ...process.env, NEO4J_URI: '', GOVGRAPH_INPUT: '', GOVGRAPH_PLACES: '', GOVGRAPH_TOKEN: '' };
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** Start a server command (killed after the suite); resolves with its base URL once it prints it. */
async function serve(args: string[], extraEnv: Record<string, string> = {}): Promise<Served> {
  const s = await startServer(args, { ...env, ...extraEnv });
  children.push(s.child);
  return s;
}

async function post(base: string, query: string, headers: Record<string, string> = {}) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: r.status, body: (await r.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } };
}

/** A body sent in chunks with no length given: the server must stop reading at its limit. */
function chunkedPost(base: string, bytes: number): Promise<number> {
  return new Promise((res, rej) => {
    const u = new URL(`${base}/graphql`);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (r) => {
      r.resume();
      res(r.statusCode ?? 0);
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : rej(e)));
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null ? r(c.exitCode) : c.on('exit', (code) => r(code))));

describe('govgraph start / serve', () => {
  it('start on an empty store reads the sample articles, serves them, and a second start just serves', async () => {
    const data = mkdtempSync(join(tmpdir(), 'govgraph-start-'));
    const s = await serve(['start', '--port', '0', '--data', data]);
    expect(s.err()).toMatch(/the store is empty: reading the sample articles/);
    expect(s.out()).toMatch(/6 documents/);
    expect(s.out()).toMatch(/curl -s http:\/\/127\.0\.0\.1:\d+\/graphql/);
    const r = await post(s.base, '{ meetings(first: 10, filter: { city: "岚州" }) { totalCount nodes { name chairs { person { name } evidence { sentence } } } } }');
    expect(r.status).toBe(200);
    expect(r.body.data.meetings.totalCount).toBe(4);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    const page = await fetch(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('LatestMeetings');
    // a 10 MB body without a length: refused at the limit; the server keeps serving
    expect(await chunkedPost(s.base, 10 << 20)).toBe(413);
    expect((await post(s.base, '{ stats { store } }')).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await exited(s.child)).toBe(0);
    const again = await serve(['start', '--port', '0', '--data', data]);
    expect(again.err()).not.toMatch(/store is empty/);
    again.child.kill('SIGTERM');
    await exited(again.child);
  });

  it('serve: writes with the token only; a missing store is refused with a hint', async () => {
    const data = mkdtempSync(join(tmpdir(), 'govgraph-serve-'));
    const missing = spawnSync(process.execPath, [bin, 'serve', '--port', '0', '--data', join(data, 'nothing')], { encoding: 'utf8', env, timeout: 60_000 });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/ingest articles first .* or run govgraph start/);
    const s = await serve(['serve', '--port', '0', '--data', data], { GOVGRAPH_TOKEN: 'tok-tok-tok-tok' });
    expect(s.out()).toMatch(/writes\s+allowed/);
    const m = 'mutation { ingestDocument(text: "5月8日，县长丁一凡主持召开县政府第七次常务会议。", publishedAt: "2025-05-09") { status } }';
    expect((await post(s.base, m)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(s.base, m, { authorization: 'Bearer tok-tok-tok-tok' })).body.data.ingestDocument.status).toBe('NEW');
    expect((await post(s.base, '{ stats { nodes { key count } } }')).body.data.stats.nodes.find((c: any) => c.key === 'Document').count).toBe(1);
    s.child.kill('SIGINT');
    expect(await exited(s.child)).toBe(0);
  });

  it('start honours PORT, HOST, GOVGRAPH_DATA and GOVGRAPH_INPUT; an input with no articles is refused', async () => {
    const data = mkdtempSync(join(tmpdir(), 'govgraph-env-'));
    const input = mkdtempSync(join(tmpdir(), 'govgraph-in-'));
    writeFileSync(join(input, 'one.txt'), ['发布时间：2024-06-02', '6月1日，市委书记苗立新主持召开绍兴市委常委会会议。'].join('\n'));
    const s = await serve(['start'], { PORT: '0', HOST: '127.0.0.1', GOVGRAPH_DATA: data, GOVGRAPH_INPUT: input });
    expect(s.err()).toMatch(new RegExp(`reading ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect((await post(s.base, '{ people(first: 5) { nodes { name city { name } } } }')).body.data.people.nodes).toEqual([{ name: '苗立新', city: { name: '绍兴' } }]);
    s.child.kill('SIGTERM');
    await exited(s.child);
    const empty = mkdtempSync(join(tmpdir(), 'govgraph-empty-in-'));
    const r = spawnSync(process.execPath, [bin, 'start', '--port', '0', '--data', mkdtempSync(join(tmpdir(), 'govgraph-d-')), '--input', empty], { encoding: 'utf8', env, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nothing was stored .*no readable articles/);
  });

  it('refuses a port in use, and bad options, with a clear message', async () => {
    const data = mkdtempSync(join(tmpdir(), 'govgraph-port-'));
    const s = await serve(['start', '--port', '0', '--data', data]);
    const port = new URL(s.base).port;
    const busy = spawnSync(process.execPath, [bin, 'serve', '--port', port, '--data', data], { encoding: 'utf8', env, timeout: 60_000 });
    expect(busy.status).toBe(2);
    expect(busy.stderr).toMatch(/port is in use/);
    expect(spawnSync(process.execPath, [bin, 'serve', '--port', 'abc'], { encoding: 'utf8', env }).status).toBe(2);
    expect(spawnSync(process.execPath, [bin, 'serve', '--help'], { encoding: 'utf8', env }).stdout).toMatch(/GOVGRAPH_TOKEN/);
    s.child.kill('SIGTERM');
    await exited(s.child);
  });
});
