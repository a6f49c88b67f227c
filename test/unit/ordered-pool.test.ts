import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/app/ordered-pool.js';

// a worker that answers each task after a delay the task names (later tasks may finish first)
const dir = mkdtempSync(join(tmpdir(), 'govgraph-pool-'));
const echo = join(dir, 'echo.mjs');
writeFileSync(
  echo,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => { const until = Date.now() + t.ms; while (Date.now() < until); parentPort.postMessage({ seq: t.seq, value: t.seq * 10 }); });
`,
);
// the same, leaving a mark (a file named by the task) once it has answered
const marking = join(dir, 'marking.mjs');
writeFileSync(
  marking,
  `import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', (t) => { const until = Date.now() + t.ms; while (Date.now() < until); writeFileSync(join(workerData, String(t.seq)), ''); parentPort.postMessage({ seq: t.seq, value: t.seq * 10 }); });
`,
);
// answers a batch (an array of tasks) with an array, each result telling the size of its message
const batching = join(dir, 'batching.mjs');
writeFileSync(
  batching,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (ts) => { parentPort.postMessage(ts.map((t) => ({ seq: t.seq, value: t.seq * 10, batch: ts.length, weight: ts.reduce((a, x) => a + x.ms, 0) }))); });
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Task = { seq: number; ms: number };
type Result = { seq: number; value: number };

async function run(o: { count: number; workers: number; depth?: number; ms: (seq: number) => number }) {
  const got: number[] = [];
  let prepared = 0;
  let mostOut = 0;
  await runOrdered<Task, Result>({
    count: o.count,
    workers: o.workers,
    depth: o.depth,
    thread: () => ({ boot: pathToFileURL(echo), workerData: null }),
    prepare: (seq) => {
      prepared++;
      mostOut = Math.max(mostOut, prepared - got.length);
      return { task: { seq, ms: o.ms(seq) } };
    },
    inline: (t) => ({ seq: t.seq, value: t.seq * 10 }),
    onResult: (r) => void got.push(r.value),
  });
  return { got, mostOut };
}

describe('runOrdered (worker pool, results in input order)', () => {
  it('hands results on in input order when later tasks finish first', async () => {
    const { got } = await run({ count: 12, workers: 2, ms: (seq) => (seq % 3 === 0 ? 30 : 1) });
    expect(got).toEqual(Array.from({ length: 12 }, (_, i) => i * 10));
  });

  it('a worker holds the next task while it works on one (depth 2), never more', async () => {
    const { got, mostOut } = await run({ count: 8, workers: 1, depth: 2, ms: () => 10 });
    expect(got).toHaveLength(8);
    expect(mostOut).toBe(2);
    expect((await run({ count: 8, workers: 1, depth: 1, ms: () => 10 })).mostOut).toBe(1);
  });

  it('a run stopped early closes each worker only once it has answered the tasks it holds (none is cut off mid-task)', async () => {
    const marks = join(dir, 'marks');
    mkdirSync(marks);
    const sent: number[] = [];
    const got: number[] = [];
    await runOrdered<Task, Result>({
      count: 10,
      workers: 2,
      depth: 2,
      thread: () => ({ boot: pathToFileURL(marking), workerData: marks }),
      prepare: (seq) => {
        sent.push(seq);
        return { task: { seq, ms: seq === 0 ? 1 : 150 } };
      },
      inline: (t) => ({ seq: t.seq, value: t.seq * 10 }),
      onResult: (r) => void got.push(r.value),
      stop: () => true,
    });
    expect(got).toEqual([0]);
    expect(sent.length).toBeGreaterThan(1);
    expect(readdirSync(marks).map(Number).sort((a, b) => a - b)).toEqual(sent);
  });

  describe('batch: consecutive tasks in one message', () => {
    type Batched = Result & { batch: number; weight: number };
    async function batched(o: { count: number; workers: number; tasks: number; weight: number; ms: (seq: number) => number; window?: number }) {
      const got: Batched[] = [];
      let prepared = 0;
      let mostAhead = 0;
      await runOrdered<Task, Batched>({
        count: o.count,
        workers: o.workers,
        window: o.window,
        batch: { tasks: o.tasks, weigh: (t) => t.ms, weight: o.weight },
        thread: () => ({ boot: pathToFileURL(batching), workerData: null }),
        prepare: (seq) => {
          prepared++;
          mostAhead = Math.max(mostAhead, prepared - got.length);
          // every seventh task is answered here, without a worker (an unreadable file)
          return seq % 7 === 3 ? { result: { seq, value: -1, batch: 0, weight: 0 } } : { task: { seq, ms: o.ms(seq) } };
        },
        inline: (t) => ({ seq: t.seq, value: t.seq * 10, batch: 0, weight: 0 }),
        onResult: (r) => void got.push(r),
      });
      return { got, mostAhead };
    }

    it('hands every result on in input order, those answered without a worker among them', async () => {
      const { got } = await batched({ count: 500, workers: 2, tasks: 16, weight: 1000, ms: () => 1 });
      expect(got.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i));
      expect(got.filter((r) => r.value === -1).map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i).filter((i) => i % 7 === 3));
      expect(got.filter((r) => r.value !== -1).every((r) => r.value === r.seq * 10)).toBe(true);
    });

    it('sends many small tasks in few messages, never more than `tasks` in one', async () => {
      const { got } = await batched({ count: 500, workers: 2, tasks: 16, weight: 1000, ms: () => 1 });
      const sizes = got.filter((r) => r.value !== -1).map((r) => r.batch);
      expect(Math.max(...sizes)).toBe(16);
      // (the messages: each result's share of its message adds up to one per message)
      const messages = sizes.reduce((a, n) => a + 1 / n, 0);
      expect(Math.round(messages)).toBeLessThan(60);
    });

    it('closes a message once it weighs `weight`: a heavy task ends its message', async () => {
      const { got } = await batched({ count: 200, workers: 2, tasks: 16, weight: 100, ms: (seq) => (seq === 20 ? 500 : 10) });
      const real = got.filter((r) => r.value !== -1);
      // the heavy task's message holds it and at most the light ones before it (under the weight)
      expect(real.find((r) => r.seq === 20)!.weight).toBeLessThan(500 + 100);
      expect(real.find((r) => r.seq === 21)!.weight).toBeLessThan(500);
      // no message goes on past the weight: what is in it before its last task weighs less
      expect(real.every((r) => r.weight - 10 < 100 || r.weight >= 500)).toBe(true);
      expect(Math.max(...real.filter((r) => r.weight < 500).map((r) => r.batch))).toBe(10);
    });

    it('a short run still reaches every worker (a message holds a share of it, not `tasks`)', async () => {
      const { got } = await batched({ count: 6, workers: 2, tasks: 64, weight: 1e9, ms: () => 1 });
      expect(got.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(Math.max(...got.map((r) => r.batch))).toBe(1);
    });

    it('the window counts messages: tasks prepared ahead of those handed on stay bounded', async () => {
      const { got, mostAhead } = await batched({ count: 2000, workers: 2, tasks: 8, weight: 1e9, ms: () => 1, window: 4 });
      expect(got).toHaveLength(2000);
      // 4 messages of at most 8 tasks, and the tasks answered here among them
      expect(mostAhead).toBeLessThanOrEqual(4 * 8 + 8);
    });
  });
});
