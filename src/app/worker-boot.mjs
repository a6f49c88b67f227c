// Entry of an extraction worker thread: the sources are TypeScript, so each thread registers
// tsx's loader before importing the worker module (workers do not inherit the main thread's).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
