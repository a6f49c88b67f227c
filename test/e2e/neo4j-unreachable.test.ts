import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A Neo4j that is not there, or that accepts connections and never answers (a frozen server:
 * SIGSTOP, a hung VM): every command ends within a bounded time with a message naming the URI.
 * No real Neo4j is needed: the frozen one is a socket that never replies.
 */
const bin = resolve(__dirname, '../../bin/govgraph.mjs');

function runTimed(args: string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string; ms: number }> {
  return new Promise((res) => {
    const t0 = Date.now();
    const c = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    c.stderr.on('data', (d) => (stderr += d));
    // a hang is a failure: the test's own bound is far above the command's
    const kill = setTimeout(() => c.kill('SIGKILL'), 60_000);
    c.on('exit', (status) => {
      clearTimeout(kill);
      res({ status, stderr, ms: Date.now() - t0 });
    });
  });
}

let frozen: Server;
let frozenPort = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  frozen = createServer((s) => sockets.push(s)); // accepts, reads nothing back, never replies
  await new Promise<void>((r) => frozen.listen(0, '127.0.0.1', () => r()));
  frozenPort = (frozen.address() as { port: number }).port;
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  frozen.close();
});

describe('an unreachable or frozen Neo4j', () => {
  it('a dead port fails fast with a message naming the URI (exit 3)', async () => {
    const r = await runTimed(['stats', '--store', 'neo4j'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.ms).toBeLessThan(15_000);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).toMatch(/neo4j:start|NEO4J_URI/);
  });

  it('no NEO4J_URI with --store neo4j is a usage error (exit 2)', async () => {
    const r = await runTimed(['stats', '--store', 'neo4j'], { NEO4J_URI: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/NEO4J_URI/);
  });

  for (const cmd of [['stats'], ['ingest', resolve(__dirname, '../../package.json')], ['who-held', '市长', '--city', '绍兴', '--date', '2021-01-01']]) {
    it(`a frozen server: '${cmd[0]}' ends within a bounded time with a clear message`, async () => {
      const r = await runTimed([...cmd, '--store', 'neo4j'], { NEO4J_URI: `bolt://127.0.0.1:${frozenPort}` });
      expect(r.ms).toBeLessThan(20_000);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${frozenPort}`));
    });
  }
});
