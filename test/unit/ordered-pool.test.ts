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
});
