import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../../src/domain/index.js';
import { extractDocument, toGraphBatch } from '../../src/pipeline/index.js';
import { findRule, RULES } from '../../src/pipeline/rules.js';
import { later, otherCity, outletA, outletB } from '../support/articles.js';

const examples = resolve(__dirname, '../../examples/articles');
const dev = resolve(__dirname, '../../../shared/corpus/dev');
/** How many registered rules the dev articles exercise (a floor that only rises). */
const DEV_RULES_USED_FLOOR = 41;

/**
 * A made-up report that exercises the rarer cues (a group's session, a lecture, the platform, the presider,
 * 强调 at its level, an appraisal, a council's questioning, a visitor who convenes a meeting).
 */
const rarerCues = [
  '3月2日，某县第十届人民代表大会第三次会议开幕。大会执行主席邬启明宣布大会开幕。',
  '县人大常委会副主任钱文担任会议主持人。县领导孙立、童嘉树分别主持分组讨论。',
  '县委书记卜凡为全体代表讲党课。县长温家顺强调，要抓好落实。',
  '会上，镇党委书记柏青松代表镇党委，对过去一年来的工作表示充分的肯定。',
  '县议员钱立、孙文等两位议员联合质询。',
  '3月3日，副市长凌云来某县调研并召开座谈会，县委书记卜凡参加会议。',
].join('\n');

function records(): ExtractionRecord[] {
  const texts = [outletA, outletB, otherCity, later, rarerCues].map((text, i) => ({ source: `t${i}.txt`, bytes: Buffer.from(text) }));
  for (const dir of [examples, dev]) {
    if (!existsSync(dir)) {
      console.warn(`[rules] ${dir} not found: checking the other articles only`);
      continue;
    }
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) texts.push({ source: f, bytes: readFileSync(join(dir, f)) });
  }
  return texts.flatMap((t) => {
    const r = extractDocument(t);
    return r.ok ? [r.record] : [];
  });
}

describe('the rule registry', () => {
  it('has one entry per id, each described, with a confidence in (0, 1]', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.confidence, r.id).toBeGreaterThan(0);
      expect(r.confidence, r.id).toBeLessThanOrEqual(1);
    }
  });

  it('every edge names a registered rule exactly, and its confidence is read from the registry', () => {
    const recs = records();
    expect(recs.length).toBeGreaterThan(4);
    const used = new Set<string>();
    for (const rec of recs) {
      for (const x of rec.relations) {
        const r = findRule(x.rule);
        expect(r, `${rec.document.source}: ${x.rule}`).toBeDefined();
        const name = x.nameRule ? findRule(x.nameRule) : undefined;
        if (x.nameRule) expect(name, x.nameRule).toBeDefined();
        expect(x.confidence).toBe(Math.min(r!.confidence, name?.confidence ?? 1));
        used.add(x.rule);
      }
      // what the store keeps: the same rules, and the facts resolve adds are registered too
      for (const x of toGraphBatch(rec, { ingestedAt: '2026-01-01T00:00:00.000Z' }).rels) {
        const r = findRule(x.rule);
        expect(r, `${rec.document.source}: ${x.rule}`).toBeDefined();
        expect(x.confidence).toBeLessThanOrEqual(r!.confidence);
        used.add(x.rule);
      }
    }
    // the articles exercise the registry: the dev corpus uses at least as many rules as it did when
    // this floor was set (41 of 82; it only rises — the rest come from layouts the dev set lacks and
    // are each tested with made-up sentences); the project's own articles alone cannot, so without
    // the corpus the check is skipped (and says so)
    if (existsSync(dev)) expect(used.size).toBeGreaterThanOrEqual(DEV_RULES_USED_FLOOR);
    else console.warn(`[rules] SKIPPED the registry coverage check: ${dev} not found`);
  });
});
