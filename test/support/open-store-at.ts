// A child process of the store-fault tests: opens the embedded store in `dir` for writing at the
// wall-clock moment `at` (ms), so that two of them set up one new store at the same instant.
import { SqliteStore } from '../../src/storage/index.js';

const [dir, at] = process.argv.slice(2);
const pause = new Int32Array(new SharedArrayBuffer(4));
const wait = Number(at) - Date.now();
if (wait > 0) Atomics.wait(pause, 0, 0, wait);
try {
  SqliteStore.open(dir!).closeSync();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
