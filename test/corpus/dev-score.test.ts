import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline/index.js';

/**
 * The dev-set score through the shared scorer, against the floors in floors.json (a ratchet).
 * Reads the real articles from ../shared when present; skips with a visible message when not.
 */
const shared = resolve(__dirname, '../../../shared');
const dev = join(shared, 'corpus/dev');
const gold = join(shared, 'corpus/gold');
const scorer = join(shared, 'eval/score.mjs');
const present = existsSync(dev) && existsSync(gold) && existsSync(scorer);
if (!present) console.warn(`[dev-score] SKIPPED: ${dev} not found — the shared corpus is needed to score extraction`);

describe.skipIf(!present)('dev corpus score (shared/eval/score.mjs)', () => {
  it('stays at or above every floor in test/corpus/floors.json', () => {
    const files = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort();
    const lines = files.map((f) => {
      const r = extractDocument({ source: f, bytes: readFileSync(join(dev, f)) });
      if (!r.ok) throw new Error(`${f}: ${r.error}`);
      return JSON.stringify(r.record);
    });
    const out = join(mkdtempSync(join(tmpdir(), 'govgraph-score-')), 'out.jsonl');
    writeFileSync(out, lines.join('\n') + '\n');
    const summary = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', gold, '--json', out], { encoding: 'utf8' }));
    const floors = JSON.parse(readFileSync(join(__dirname, 'floors.json'), 'utf8')) as Record<string, number | string>;
    const below: string[] = [];
    for (const [k, floor] of Object.entries(floors)) {
      if (typeof floor !== 'number') continue;
      const v = k === 'overall' ? summary.overall : summary[k]?.f1 ?? summary[k]?.acc;
      if (typeof v !== 'number' || v < floor) below.push(`${k} ${v} < ${floor}`);
    }
    console.log(`[dev-score] overall ${summary.overall.toFixed(3)}`);
    expect(below).toEqual([]);
  });
});
