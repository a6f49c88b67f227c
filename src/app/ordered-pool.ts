import { Worker } from 'node:worker_threads';

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
  /** How far tasks may run ahead of the oldest result not yet handed on (bounds memory). */
  window?: number;
  /**
   * Tasks a worker may hold at once (default 2): the next one waits in its queue while it works on
   * one, so it never sits idle for the round trip through this thread.
   */
  depth?: number;
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
  const window = Math.max(o.window ?? o.workers * 4, o.workers);
  const depth = Math.max(1, o.depth ?? 2);
  const results = new Map<number, R>();
  const { boot, workerData } = o.thread();
  const workers = Array.from({ length: Math.min(o.workers, o.count) }, () => new Worker(boot, { workerData }));
  /** Tasks each worker holds (sent, not yet answered). */
  const held = new Map<Worker, number>(workers.map((w) => [w, 0]));
  /** The worker holding the fewest tasks, if it has room for another. */
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
      const pump = () => {
        let answered = false;
        for (let w = leastBusy(); w && !stopped && next < o.count && next - delivered < window; w = leastBusy()) {
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
            held.set(w, held.get(w)! + 1);
            w.postMessage(p.task);
          }
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
        w.on('message', (r: R) => {
          held.set(w, held.get(w)! - 1);
          if (held.get(w) === 0) onIdle.get(w)?.();
          results.set(r.seq, r);
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
