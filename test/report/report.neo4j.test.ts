import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jStore } from '../../src/storage/index.js';
import { claimTestDatabase, neo4jEnabled, testNeo4jConfig } from '../support/neo4j-test-db.js';
import { sampleDataDir } from '../support/sample-store.js';
import { fillWithSamples } from '../support/samples.js';

/** The same reports from Neo4j as from the embedded store: one use-case module, byte-equal output. */
const bin = resolve(__dirname, '../../bin/govgraph.mjs');
const run = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });

describe.skipIf(!neo4jEnabled).sequential('reports on Neo4j', () => {
  let s: Neo4jStore;
  let data: string;
  beforeAll(async () => {
    s = await claimTestDatabase();
    await fillWithSamples(s);
    data = await sampleDataDir();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('attendance, person, meeting and city reports read the same on both engines, in every format', () => {
    const cfg = testNeo4jConfig()!;
    const neo = { NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user ?? '', NEO4J_PASSWORD: cfg.password ?? '', NEO4J_DATABASE: cfg.database ?? '' };
    for (const args of [
      ['attendance', '--city', '岚州'],
      ['attendance', '--city', '岚州', '--format', 'csv'],
      ['person', '--person', '苏明远', '--format', 'json'],
      ['meeting', '--meeting', '县政府第五次常务会议', '--format', 'html'],
      ['city', '--city', '鹤汀'],
    ]) {
      const a = run(['report', ...args], neo);
      const b = run(['report', ...args, '--data', data], { NEO4J_URI: '' });
      expect(a.status, `${args.join(' ')}: ${a.stderr}`).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      expect(a.stdout, args.join(' ')).toBe(b.stdout);
    }
  });
});
