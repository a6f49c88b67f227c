import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The default corpus of the benchmarks: the shared dev articles beside the repository. */
export const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../shared/corpus/dev');

/** The .txt articles of a folder (name and bytes), or exit 2 with a message when there is none. */
export function loadCorpus(dir: string, bench: string): Array<{ name: string; bytes: Buffer }> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    files = [];
  }
  if (!files.length) {
    console.error(`${bench}: no corpus at ${dir} (pass --corpus DIR)`);
    process.exit(2);
  }
  return files.map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
}
