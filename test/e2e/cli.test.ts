import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

const article = [
  '市政府召开第十二次常务会议',
  '发布日期：2021-09-03',
  '9月2日上午，市委副书记、市长郑伟国主持召开市政府第十二次常务会议，审议并原则通过《某市城市更新三年行动计划》。',
  '副市长何立新、邓美玲出席会议。',
  '（记者 汤晓明）',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govgraph-cli-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a-utf8.txt'), article);
  writeFileSync(join(dir, 'in', 'b-gbk.txt'), iconv.encode(article, 'gbk'));
  writeFileSync(join(dir, 'in', 'c-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]));
  writeFileSync(join(dir, 'in', 'd-binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]));
});

describe('govgraph extract', () => {
  it('--help documents every option', () => {
    const r = run(['extract', '--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--format', 'jsonl', 'json', 'pretty', '--quiet', '--no-diagnostics', '--max-bytes', '--workers', '--help']) expect(r.stdout).toContain(opt);
  });

  it('reads every encoding, reports the binary file by name, and still extracts the others', () => {
    const r = run(['extract', '--format', 'jsonl', join(dir, 'in')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/d-binary\.bin: binary file/);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.document.source)).toEqual(['a-utf8.txt', 'b-gbk.txt', 'c-utf16.txt']);
    // the same text is the same document whatever its encoding
    expect(new Set(recs.map((x) => x.document.id)).size).toBe(1);
    const rec = recs[0];
    expect(rec.document.publishedAt).toBe('2021-09-03');
    const byId = new Map(rec.people.map((p: { id: string; name: string }) => [p.id, p.name]));
    const chairs = rec.relations.filter((x: { type: string }) => x.type === 'CHAIRED').map((x: { from: string }) => byId.get(x.from));
    expect(chairs).toEqual(['郑伟国']);
    const attended = rec.relations.filter((x: { type: string }) => x.type === 'ATTENDED').map((x: { from: string }) => byId.get(x.from));
    expect(attended.sort()).toEqual(['何立新', '邓美玲'].sort());
    expect(rec.meetings[0].date).toBe('2021-09-02');
    expect(rec.plans.map((p: { title: string }) => p.title)).toEqual(['某市城市更新三年行动计划']);
  });

  it('bad paths in a folder are named and skipped; ingest stores the rest; --max-bytes refuses a large file', () => {
    const bad = join(dir, 'bad');
    mkdirSync(join(bad, 'sub'), { recursive: true });
    writeFileSync(join(bad, 'a.txt'), article);
    writeFileSync(join(bad, 'large.txt'), article.repeat(50));
    symlinkSync(bad, join(bad, 'sub', 'loop'));
    symlinkSync(join(bad, 'gone.txt'), join(bad, 'broken.txt'));
    const r = run(['extract', '--max-bytes', '4k', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.txt: a broken symbolic link/);
    expect(r.stderr).toMatch(/loop: a folder already read/);
    expect(r.stderr).toMatch(/large\.txt: .* over the size limit of 4 KB/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const data = join(dir, 'bad-store');
    const i = spawnSync(process.execPath, [bin, 'ingest', '--json', '--max-bytes', '4k', '--data', data, bad], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
    const summary = JSON.parse(i.stdout);
    expect(summary.documents).toMatchObject({ new: 1, failed: 3 });
    expect(summary.failures.map((f: { path: string }) => f.path).sort()).toEqual([join(bad, 'broken.txt'), join(bad, 'large.txt'), join(bad, 'sub', 'loop')]);
    expect(run(['extract', '--max-bytes', 'lots', bad]).status).toBe(2);
  });

  it('--workers: worker threads give the same output, in input order, as one thread', () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    // distinct texts (distinct dates), so order mistakes would show
    for (let i = 1; i <= 12; i++) writeFileSync(join(many, `${String(i).padStart(2, '0')}.txt`), article.replace('9月2日', `8月${i}日`));
    const one = run(['extract', '--workers', '0', many]);
    const two = run(['extract', '--workers', '2', many]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).meetings[0].date)).toEqual(Array.from({ length: 12 }, (_, i) => `2021-08-${String(i + 1).padStart(2, '0')}`));
    for (const format of ['json', 'pretty']) expect(run(['extract', '--format', format, '--workers', '2', many]).stdout).toBe(run(['extract', '--format', format, '--workers', '0', many]).stdout);
    expect(run(['extract', '--workers', 'two', many]).status).toBe(2);
  });

  it('reads standard input with -', () => {
    const r = run(['extract', '-'], article);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.source).toBe('stdin');
  });

  it('pretty output is aligned text, json is one array', () => {
    const p = run(['extract', '--format', 'pretty', join(dir, 'in', 'a-utf8.txt')]);
    expect(p.stdout).toContain('CHAIRED');
    expect(p.stdout).toContain('郑伟国');
    const j = run(['extract', '--format', 'json', join(dir, 'in', 'a-utf8.txt'), join(dir, 'in', 'b-gbk.txt')]);
    expect(JSON.parse(j.stdout)).toHaveLength(2);
  });

  it('fails with usage errors for unknown formats, missing files and commands', () => {
    expect(run(['extract', '--format', 'xml', 'x']).status).toBe(2);
    expect(run(['extract']).status).toBe(2);
    const missing = run(['extract', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    expect(run(['frobnicate']).status).toBe(2);
  });
});
