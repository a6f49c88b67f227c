import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { forgetRemembered, memo } from '../../src/pipeline/memo.js';
import { extractDocument } from '../../src/pipeline/extract.js';

describe('memo and forgetRemembered', () => {
  it('remembers a string function per string, and forgets it all on request', () => {
    let calls = 0;
    const len = memo((s: string) => (calls++, s.length));
    expect([len('市长'), len('市长'), len('副市长')]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
    forgetRemembered();
    expect(len('市长')).toBe(2);
    expect(calls).toBe(3);
  });

  it('what extraction remembers changes no answer: the sample articles read the same with it forgotten before each', () => {
    const dir = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
    const texts = readdirSync(dir)
      .sort()
      .map((f) => ({ source: f, bytes: readFileSync(join(dir, f)) }));
    // a made-up article of our own too, read once already, so that the second reading finds it remembered
    const own = { source: 'own.txt', bytes: Buffer.from('3月2日，县委书记王一民主持召开县委常委会会议，县委副书记、县长李二水出席。会议审议通过了《某县乡村振兴实施方案》。') };
    const remembered = [...texts, own, own].map((t) => JSON.stringify(extractDocument(t)));
    const forgotten = [...texts, own, own].map((t) => {
      forgetRemembered();
      return JSON.stringify(extractDocument(t));
    });
    expect(texts.length).toBeGreaterThan(3);
    expect(forgotten).toEqual(remembered);
  });
});

describe('GOVGRAPH_FORGET_EVERY (benchmarks of a repeated corpus)', () => {
  it('an extraction thread forgets what it remembered whenever the task number enters another round of N', async () => {
    process.env.GOVGRAPH_FORGET_EVERY = '2';
    try {
      vi.resetModules();
      const { runTask } = await import('../../src/app/extract-worker.js');
      const fresh = await import('../../src/pipeline/memo.js');
      let calls = 0;
      const probe = fresh.memo((s: string) => (calls++, s));
      const task = (seq: number) => runTask({ seq, path: 'a.txt', bytes: Buffer.from('县长王一民主持召开县政府常务会议。'), ingestedAt: 'x', want: { format: 'jsonl', diagnostics: false } });
      probe('x');
      task(0); // round 0 starts: forgotten
      probe('x');
      task(1); // same round
      probe('x');
      task(2); // round 1: forgotten
      probe('x');
      expect(calls).toBe(3);
    } finally {
      delete process.env.GOVGRAPH_FORGET_EVERY;
      vi.resetModules();
    }
  });
});
