import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/storage/index.js';

const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const env = { ...process.env, NEO4J_URI: '' };
const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, ...extraEnv }, timeout: 120_000 });

const cities = ['绍兴', '嘉兴', '湖州', '金华', '衢州', '台州', '丽水', '温州'];
const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
/** Distinct articles (distinct text = distinct documents), written for the tests. */
function article(i: number): string {
  const city = cities[i % cities.length]!;
  const s = (k: number) => surnames[(i * 7 + k) % surnames.length]!;
  return [
    `${city}市政府召开常务会议`,
    `发布时间：2022-0${(i % 9) + 1}-1${i % 10}`,
    `${(i % 9) + 1}月${(i % 9) + 1}日，市委副书记、市长${s(0)}建国主持召开市政府第${i + 1}次常务会议，审议并原则通过《${city}市第${i + 1}号工作方案》。`,
    `副市长${s(1)}立新、${s(2)}美玲出席会议。`,
  ].join('\n');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govgraph-ingest-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'in', `a${String(i).padStart(2, '0')}.txt`), article(i));
  writeFileSync(join(dir, 'in', 'zz-binary.dat'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
});

describe('govgraph ingest / stats / retract (memory store)', () => {
  it('ingests a folder, reports the failed file, and a second run changes nothing', () => {
    const data = join(dir, 'data1');
    const first = run(['ingest', '--data', data, '--json', join(dir, 'in')]);
    expect(first.status).toBe(1);
    const s1 = JSON.parse(first.stdout);
    expect(s1.documents).toEqual({ read: 13, new: 12, unchanged: 0, failed: 1 });
    expect(s1.failures[0].path).toMatch(/zz-binary\.dat/);
    expect(s1.failures[0].reason).toMatch(/binary/);
    expect(s1.relationshipsAdded).toBeGreaterThan(12 * 3);
    const stats1 = JSON.parse(run(['stats', '--data', data, '--json']).stdout);
    const second = JSON.parse(run(['ingest', '--data', data, '--json', join(dir, 'in')]).stdout);
    expect(second.documents).toMatchObject({ new: 0, unchanged: 12 });
    expect(second.nodesAdded).toBe(0);
    expect(JSON.parse(run(['stats', '--data', data, '--json']).stdout)).toEqual(stats1);
    expect(stats1.nodes.Document).toBe(12);
    expect(stats1.relationships.CHAIRED).toBe(12);
  });

  it('prints a readable summary and progress lines when not on a terminal', () => {
    const r = run(['ingest', '--data', join(dir, 'data2'), '--workers', '2', join(dir, 'in', 'a00.txt'), join(dir, 'in', 'a01.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/documents\s+2 read: 2 new, 0 unchanged, 0 failed/);
    expect(r.stderr).toMatch(/ingest: 2\/2 documents \(100%\)/);
  });

  it('retract removes one document; an unknown id is an error', () => {
    const data = join(dir, 'data3');
    run(['ingest', '--data', data, join(dir, 'in', 'a00.txt'), join(dir, 'in', 'a01.txt')]);
    const ids = spawnSync(process.execPath, [bin, 'extract', join(dir, 'in', 'a00.txt')], { encoding: 'utf8', env }).stdout;
    const docId = JSON.parse(ids).document.id;
    const r = run(['retract', '--data', data, docId]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/retracted doc:/);
    expect(JSON.parse(run(['stats', '--data', data, '--json']).stdout).nodes.Document).toBe(1);
    const again = run(['retract', '--data', data, docId]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/no document/);
    const compact = run(['compact', '--data', data]);
    expect(compact.status).toBe(0);
    expect(compact.stdout).toMatch(/compacted memory .*: \d+ → \d+ bytes/);
    expect(JSON.parse(run(['stats', '--data', data, '--json']).stdout).nodes.Document).toBe(1);
  });

  it('kill -9 during an ingest leaves every committed document whole, and a rerun completes it', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 400; i++) writeFileSync(join(many, `m${String(i).padStart(3, '0')}.txt`), article(i + 100));
    const data = join(dir, 'data-kill');
    const child = spawn(process.execPath, [bin, 'ingest', '--quiet', '--workers', '0', '--batch', '1', '--data', data, many], { env, stdio: 'ignore' });
    const log = join(data, 'graph.jsonl');
    // wait until some documents are committed, then kill without warning
    const t0 = Date.now();
    while (!(existsSync(log) && statSync(log).size > 20_000) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const s = MemoryStore.open(data); // takes over the dead process's lock
    const ids = await s.documentIds();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(400);
    // every committed document is whole: its meeting, chair and plan are all there
    for (const id of ids) {
      const rels = await s.relationships(id);
      expect(rels.some((r) => r.type === 'REPORTS')).toBe(true);
    }
    const st = await s.stats();
    expect(st.relationships.CHAIRED).toBe(ids.length);
    expect(st.relationships.APPROVED).toBe(ids.length);
    await s.close();
    const rerun = JSON.parse(run(['ingest', '--json', '--data', data, many]).stdout);
    expect(rerun.documents).toMatchObject({ new: 400 - ids.length, unchanged: ids.length, failed: 0 });
  });

  it('who-held answers who held a title in a city on a day', () => {
    const data = join(dir, 'data-who');
    run(['ingest', '--data', data, join(dir, 'in')]);
    // article(0): 绍兴, 1月1日 2022 (published 2022-01-10), 市长 赵建国
    const r = run(['who-held', '市长', '--city', '绍兴', '--date', '2022-01-01', '--data', data, '--json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.basis).toBe('within');
    expect(a.holders.map((h: { name: string }) => h.name)).toEqual(['赵建国']);
    expect(run(['who-held', '市长', '--city', '绍兴', '--date', '2021-01-01', '--data', data]).status).toBe(1);
    expect(run(['who-held', '市长', '--data', data]).status).toBe(2);
  });

  it('a dead Neo4j fails fast with a message naming the URI', () => {
    const t0 = Date.now();
    const r = run(['stats', '--store', 'neo4j'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).toMatch(/neo4j:start|NEO4J_URI/);
    const noUri = run(['stats', '--store', 'neo4j']);
    expect(noUri.status).toBe(2);
    expect(noUri.stderr).toMatch(/NEO4J_URI/);
  });

  it('--help documents every option of every store command', () => {
    const help = run(['ingest', '--help']).stdout;
    for (const opt of ['--data', '--store', '--json', '--workers', '--batch', '--quiet', 'NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) expect(help).toContain(opt);
    expect(run(['stats', '--help']).stdout).toMatch(/--json/);
    expect(run(['retract', '--help']).stdout).toMatch(/document-id/);
    expect(run(['schema', '--help']).stdout).toMatch(/schema apply/);
  });
});
