// Entry of an extraction worker thread. Its module is either the compiled bundle of the worker
// (plain JavaScript, see compiled-worker.ts) or the TypeScript source, for which the thread first
// registers tsx's loader (worker threads do not inherit the main thread's).
import { workerData } from 'node:worker_threads';

if (!workerData.compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
