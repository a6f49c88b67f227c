import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.js';
import { extractDocument } from '../../src/pipeline/extract.js';
import { normalise } from '../../src/pipeline/normalise.js';

/** Text that looks like the input: Han characters, the punctuation of these articles, brackets, digits, pinyin. */
const pieces = ['市', '长', '委', '书记', '主持', '召开', '会议', '常务', '出席', '、', '，', ',', ',,', '。', '《', '》', '“', '”', '(', ')', '（', '）', '\n', ' ', '第', '次', '5月', '12日', '2020年', '(wù)', '務', '會', '?', '!', '記者', '责任编辑：', '王', '李', '张', '审议通过', 'X', '20xx', '·', '\u3000', '\ufeff', '发布时间：2021-01-01', '传达学习', '学习了', '精神', '重要讲话', '在', '上', '所作的', '报告', '汇报', '对', '进行了', '强调', '县长', '总理', '由', '参加', '列席'];
const articleLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 80 }).map((a) => a.join(''));

function checkRecord(rec: ReturnType<typeof extractDocument>) {
  if (!rec.ok) return;
  const r = rec.record;
  const ids = new Set([...r.people.map((p) => p.id), ...r.meetings.map((m) => m.id), ...r.plans.map((p) => p.id), r.document.id]);
  expect(typeof r.document.id).toBe('string');
  expect(r.document.id.startsWith('doc:')).toBe(true);
  for (const p of r.people) expect(typeof p.name === 'string' && Array.isArray(p.titles)).toBe(true);
  for (const m of r.meetings) expect(m.date === null || /^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(m.date)).toBe(true);
  for (const x of r.relations) {
    expect(typeof x.evidence).toBe('string');
    expect(typeof x.rule).toBe('string');
    expect(x.confidence).toBeGreaterThan(0);
    expect(x.confidence).toBeLessThanOrEqual(1);
    if (x.type !== 'HELD_IN') {
      expect(ids.has(x.from)).toBe(true);
      expect(ids.has(x.to)).toBe(true);
    }
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

describe('properties', () => {
  it('normalise never throws and its offsets stay in bounds and in order', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        const n = normalise(s);
        expect(n.map.length).toBe(n.text.length + 1);
        let prev = 0;
        for (let i = 0; i < n.map.length; i++) {
          const o = n.map[i]!;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(s.length);
          expect(o).toBeGreaterThanOrEqual(prev);
          prev = o;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decode never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const d = decode(b);
        expect(typeof d.ok).toBe('boolean');
        if (!d.ok) expect(d.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('extraction never throws and its output always matches the contract', () => {
    fc.assert(
      fc.property(articleLike, (s) => checkRecord(extractDocument({ source: 'p.txt', text: s }))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => checkRecord(extractDocument({ source: 'p.bin', bytes: b }))),
      { numRuns: 200 },
    );
  });
});
