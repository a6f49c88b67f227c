import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/storage/index.js';
import { fillWithSamples } from './samples.js';

/** A data directory holding the sample articles and the test articles (for CLI tests). */
export async function sampleDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'govgraph-samples-'));
  const s = SqliteStore.open(dir);
  await fillWithSamples(s);
  await s.close();
  return dir;
}
