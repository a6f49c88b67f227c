import { Worker } from 'node:worker_threads';

/**
 * Several tasks to a message (`OrderedPoolOptions.batch`): the worker answers them with one message,
 * an array of results in the order of the tasks.
 */
export interface BatchOptions<T> {
  /** Tasks in one message, at most. */
  tasks: number;
  /** What a task weighs (its bytes); a message is closed once it weighs `weight` (a heavy task ends it). */
  weigh: (t: T) => number;
  weight: number;
}

export interface OrderedPoolOptions<T extends { seq: number }, R extends { seq: number }> {
  /** How many tasks there are (seq 0 … count-1). */
  count: number;
  /**
   * Prepares task seq on this thread (reads its file …); or answers it at once (a read failure,
   * a repeat) without a worker.
   */
  prepare: (seq: number) => { task: T } | { result: R };
  /** Extraction threads; 0 runs every task on this thread with `inline`. */
  workers: number;
  /**
   * How a worker thread starts: its module (a URL to worker-boot.mjs) and its workerData. Asked
   * once, only when threads are started (finding the module may compile it).
   */
  thread: () => { boot: URL; workerData: unknown };
  inline: (t: T) => R;
  /** Results are handed here one at a time, in task order (seq 0, 1, 2 …), awaited. */
  onResult: (r: R) => Promise<void> | void;
  /** Checked after each result: true stops the run (no more tasks are started). */
  stop?: () => boolean;
  /**
   * How many messages (tasks, or batches of them) may run ahead of the oldest result not yet
   * handed on (bounds memory).
   */
  window?: number;
  /**
   * Messages a worker may hold at once (default 2): the next one waits in its queue while it works
   * on one, so it never sits idle for the round trip through this thread.
   */
  depth?: number;
  /**
   * Send consecutive tasks together (the worker must answer an array with an array): thousands of
   * small tasks otherwise cost a message and a wake-up of this thread each, which on a machine with
   * no core to spare takes time from the workers. Batches stay small enough that every worker gets
   * some of a short run.
   */
  batch?: BatchOptions<T>;
}

/**
 * Tasks on a fixed pool of worker threads, results handed on in input order. Memory stays bounded:
 * at most `window` tasks are prepared and not yet handed on, however many there are.
 */
export async function runOrdered<T extends { seq: number }, R extends { seq: number }>(o: OrderedPoolOptions<T, R>): Promise<void> {
  const stop = o.stop ?? (() => false);
  if (o.workers <= 0 || o.count <= 1) {
    for (let seq = 0; seq < o.count; seq++) {
      const p = o.prepare(seq);
      await o.onResult('result' in p ? p.result : o.inline(p.task));
      if (stop()) return;
    }
    return;
  }
  const depth = Math.max(1, o.depth ?? 2);
  const nWorkers = Math.min(o.workers, o.count);
  // a batch holds no more than a share of the run that lets every worker have messages in hand
  const perMessage = o.batch ? Math.max(1, Math.min(o.batch.tasks, Math.ceil(o.count / (nWorkers * depth * 2)))) : 1;
  const window = Math.max(o.window ?? o.workers * 4, nWorkers * depth);
  /** The last task of each message sent whose results are not all handed on yet (ascending). */
  const messageEnds: number[] = [];
  const results = new Map<number, R>();
  const { boot, workerData } = o.thread();
  const workers = Array.from({ length: nWorkers }, () => new Worker(boot, { workerData }));
  /** Messages each worker holds (sent, not yet answered). */
  const held = new Map<Worker, number>(workers.map((w) => [w, 0]));
  /** The worker holding the fewest messages, if it has room for another. */
  const leastBusy = (): Worker | null => {
    let best: Worker | null = null;
    for (const w of workers) if (held.get(w)! < depth && (!best || held.get(w)! < held.get(best)!)) best = w;
    return best;
  };
  /** Called when a worker holds no task any more (or has exited): see `closeWhenIdle`. */
  const onIdle = new Map<Worker, () => void>();
  const gone = new Set<Worker>();
  let next = 0;
  let delivered = 0;
  let stopped = false;
  let delivering = false;

  try {
    await new Promise<void>((resolve, reject) => {
      const finishIfDone = () => {
        if (delivering) return;
        if (delivered === o.count || stopped) resolve(); // a stopped run does not wait for the tasks still out
      };
      const room = () => next < o.count && next - delivered < window * perMessage && messageEnds.length < window;
      const pump = () => {
        let answered = false;
        for (let w = leastBusy(); w && !stopped && room(); w = leastBusy()) {
          const tasks: T[] = [];
          let weight = 0;
          while (room() && tasks.length < perMessage && weight < (o.batch?.weight ?? Infinity)) {
            const seq = next++;
            let p: { task: T } | { result: R };
            try {
              p = o.prepare(seq);
            } catch (e) {
              reject(e);
              return;
            }
            if ('result' in p) {
              results.set(seq, p.result);
              answered = true;
            } else {
              tasks.push(p.task);
              weight += o.batch?.weigh(p.task) ?? 0;
            }
          }
          if (!tasks.length) continue;
          messageEnds.push(tasks[tasks.length - 1]!.seq);
          held.set(w, held.get(w)! + 1);
          w.postMessage(o.batch ? tasks : tasks[0]);
        }
        if (answered) queueMicrotask(() => void drain()); // not from here: no recursion however many are answered at once
      };
      const drain = async () => {
        if (delivering) return;
        delivering = true;
        const before = delivered;
        try {
          while (!stopped && results.has(delivered)) {
            const r = results.get(delivered)!;
            results.delete(delivered);
            if (messageEnds[0] === delivered) messageEnds.shift();
            delivered++;
            await o.onResult(r);
            if (stop()) stopped = true;
          }
        } catch (e) {
          stopped = true;
          reject(e);
        } finally {
          delivering = false;
        }
        if (delivered > before) pump(); // room in the window for more tasks
        finishIfDone();
      };
      for (const w of workers) {
        w.on('message', (answer: R | R[]) => {
          held.set(w, held.get(w)! - 1);
          if (held.get(w) === 0) onIdle.get(w)?.();
          for (const r of Array.isArray(answer) ? answer : [answer]) results.set(r.seq, r);
          void drain();
          pump();
        });
        w.on('error', (e) => {
          stopped = true;
          reject(e);
        });
        w.on('exit', (code) => {
          gone.add(w);
          onIdle.get(w)?.();
          if (code !== 0 && !stopped) {
            stopped = true;
            reject(new Error(`worker thread exited with code ${code}`));
          }
        });
      }
      pump();
      finishIfDone();
    });
  } finally {
    stopped = true;
    await Promise.all(workers.map(closeWhenIdle));
  }

  /**
   * A worker is closed only once it has answered the tasks it holds: terminating a thread in the
   * middle of a native call (nodejieba's) aborts the whole process (`terminate called after
   * throwing an instance of 'Napi::Error'`), which a run stopped early (a full disk, a closed
   * output) would otherwise risk. The wait is bounded by `depth` tasks per worker.
   */
  async function closeWhenIdle(w: Worker): Promise<void> {
    if (held.get(w)! > 0 && !gone.has(w)) await new Promise<void>((idle) => onIdle.set(w, idle));
    await w.terminate();
  }
}
